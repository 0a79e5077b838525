package org.coopkit.storage.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.coopkit.model.CountryCode;
import org.coopkit.model.ExternalId;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.Component;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectId;
import org.coopkit.model.project.ProjectOrganisation;
import org.coopkit.query.Page;
import org.coopkit.query.ProjectQuery;
import org.coopkit.query.internal.ProjectSearch;
import org.coopkit.report.ReportScope;

/**
 * Projects, sorted by code and id, unique by code and by their components' ids, and indexed by
 * participating country, organisation and external id.
 */
final class ProjectTable extends SortedTable<ProjectId, Project, ProjectQuery> {
  private final UniqueIndex<ProjectId, Project, String> byCode =
      indexed(new UniqueIndex<>("Project.code", Project::code, Project::id));
  private final MultiIndex<ProjectId, Project, CountryCode> byCountry =
      indexed(new MultiIndex<>(Project::countryCodes));
  private final MultiIndex<ProjectId, Project, OrganisationId> byOrganisation =
      indexed(
          new MultiIndex<>(
              p -> p.organisations().stream().map(ProjectOrganisation::organisation).toList()));
  private final MultiIndex<ProjectId, Project, ExternalId> byExternalId =
      indexed(new MultiIndex<>(Project::externalIds));

  private ProjectTable() {
    super(
        new AggregateDescriptor<>(
            "Project",
            Project::id,
            Project::version,
            ProjectSearch::sortKey,
            ProjectId::value,
            ProjectId::of,
            ProjectSearch::cursor));
    // Checks only that no component id is another project's: no query reads it.
    indexed(
        new UniqueValuesIndex<>(
            "Component.id", p -> p.components().stream().map(Component::id).toList(), Project::id));
  }

  static ProjectTable create() {
    return new ProjectTable();
  }

  Optional<Project> byCode(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /**
   * The projects of {@code scope}: those it names that are stored, those of its framework (any of a
   * project's frameworks, as {@link ProjectQuery#frameworks()} matches), or all.
   */
  List<Project> inScope(ReportScope scope) {
    if (!scope.projects().isEmpty()) {
      List<Project> named = new ArrayList<>();
      for (ProjectId id : scope.projects()) {
        Project project = get(id);
        if (project != null) {
          named.add(project);
        }
      }
      return named;
    }
    String framework = scope.framework();
    if (framework == null) {
      return List.copyOf(all());
    }
    ProjectQuery ofFramework = ProjectQuery.builder().framework(framework).build();
    return all().stream().filter(p -> ProjectSearch.matches(ofFramework, p)).toList();
  }

  @Override
  Page<Project> find(ProjectQuery query) {
    SortedTablePager<ProjectId, Project> pager = pager();
    pager.narrow(byCountry, query.countries());
    pager.narrow(byOrganisation, query.organisations());
    pager.narrow(byExternalId, query.externalIds());
    return pager.page(
        project -> ProjectSearch.matches(query, project),
        query.direction(),
        query.limit(),
        query.after());
  }
}
