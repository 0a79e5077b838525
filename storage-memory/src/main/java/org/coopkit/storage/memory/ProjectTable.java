package org.coopkit.storage.memory;

import java.util.List;
import java.util.Optional;
import org.coopkit.model.CountryCode;
import org.coopkit.model.ExternalId;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.Component;
import org.coopkit.model.project.ComponentId;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectId;
import org.coopkit.model.project.ProjectOrganisation;
import org.coopkit.query.Page;
import org.coopkit.query.ProjectQuery;
import org.coopkit.query.internal.ProjectSearch;

/**
 * Projects, sorted by code and id, unique by code and by their components' ids, and indexed by
 * participating country, organisation and external id.
 */
final class ProjectTable extends SortedTable<ProjectId, Project, ProjectQuery> {
  private final UniqueIndex<ProjectId, Project, String> byCode;
  private final MultiIndex<ProjectId, Project, CountryCode> byCountry;
  private final MultiIndex<ProjectId, Project, OrganisationId> byOrganisation;
  private final MultiIndex<ProjectId, Project, ExternalId> byExternalId;

  private ProjectTable(
      AggregateDescriptor<ProjectId, Project> kind,
      UniqueIndex<ProjectId, Project, String> byCode,
      MultiIndex<ProjectId, Project, CountryCode> byCountry,
      MultiIndex<ProjectId, Project, OrganisationId> byOrganisation,
      MultiIndex<ProjectId, Project, ExternalId> byExternalId,
      UniqueValuesIndex<ProjectId, Project, ComponentId> byComponent) {
    super(kind, List.of(byCode, byCountry, byOrganisation, byExternalId, byComponent));
    this.byCode = byCode;
    this.byCountry = byCountry;
    this.byOrganisation = byOrganisation;
    this.byExternalId = byExternalId;
  }

  static ProjectTable create() {
    AggregateDescriptor<ProjectId, Project> kind =
        new AggregateDescriptor<>(
            "Project",
            Project::id,
            Project::version,
            ProjectSearch::sortKey,
            ProjectId::value,
            ProjectId::of,
            ProjectSearch::cursor);
    return new ProjectTable(
        kind,
        new UniqueIndex<>("Project.code", Project::code, Project::id),
        new MultiIndex<>(Project::countryCodes),
        new MultiIndex<>(
            p -> p.organisations().stream().map(ProjectOrganisation::organisation).toList()),
        new MultiIndex<>(Project::externalIds),
        new UniqueValuesIndex<>(
            "Component.id", p -> p.components().stream().map(Component::id).toList(), Project::id));
  }

  Optional<Project> byCode(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  @Override
  Page<Project> find(ProjectQuery query) {
    PageWalk<ProjectId, Project> walk = walk();
    walk.narrow(byCountry, query.countries());
    walk.narrow(byOrganisation, query.organisations());
    walk.narrow(byExternalId, query.externalIds());
    return walk.page(
        project -> ProjectSearch.matches(query, project),
        query.direction(),
        query.limit(),
        query.after());
  }
}
