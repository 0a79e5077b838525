package org.coopkit.csv;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.coopkit.UnitOfWork;
import org.coopkit.error.ValidationException;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectId;

/**
 * Finds the projects and organisations cells name, by id, code or name, remembering the last few
 * hundred answers: a long file names the same few again and again. Only what is found is
 * remembered, and an import creates no projects or organisations, so an answer stays true.
 */
final class ReferenceLookup {
  private static final int REMEMBERED = 256;
  private static final Pattern UUID_FORM =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private final Map<String, ProjectId> projects = lru();
  private final Map<String, OrganisationId> organisations = lru();

  /** The project with this id or code; refuses the cell if there is none. */
  ProjectId project(UnitOfWork tx, String text) {
    ProjectId known = projects.get(text);
    if (known != null) {
      return known;
    }
    Optional<Project> found;
    try {
      found =
          UUID_FORM.matcher(text).matches()
              ? tx.projects().find(ProjectId.parse(text))
              : tx.projects().findByCode(text);
    } catch (ValidationException e) {
      found = Optional.empty();
    }
    ProjectId id =
        found
            .map(Project::id)
            .orElseThrow(() -> new CellRefused("must be the id or code of a stored project", text));
    projects.put(text, id);
    return id;
  }

  /** The organisation with this id, or the one with this name or acronym. */
  OrganisationId organisation(UnitOfWork tx, String text) {
    OrganisationId known = organisations.get(text);
    if (known != null) {
      return known;
    }
    OrganisationId id;
    if (UUID_FORM.matcher(text).matches()) {
      id =
          tx.organisations()
              .find(OrganisationId.parse(text))
              .map(Organisation::id)
              .orElseThrow(() -> new CellRefused("must be the id of a stored organisation", text));
    } else {
      List<Organisation> named;
      try {
        named = tx.organisations().findByName(text);
      } catch (ValidationException e) {
        named = List.of();
      }
      if (named.isEmpty()) {
        throw new CellRefused("must be the id, name or acronym of a stored organisation", text);
      }
      if (named.size() > 1) {
        throw new CellRefused(
            "names " + named.size() + " organisations; give the organisation's id", text);
      }
      id = named.get(0).id();
    }
    organisations.put(text, id);
    return id;
  }

  private static <V> Map<String, V> lru() {
    return new LinkedHashMap<>(16, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > REMEMBERED;
      }
    };
  }
}
