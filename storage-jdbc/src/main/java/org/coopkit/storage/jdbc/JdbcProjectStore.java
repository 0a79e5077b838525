package org.coopkit.storage.jdbc;

import static org.coopkit.storage.jdbc.internal.schema.Tables.COMPONENT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_COMPONENT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.ORGANISATION;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT;

import java.util.List;
import java.util.Optional;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectId;
import org.coopkit.query.Page;
import org.coopkit.query.ProjectQuery;
import org.coopkit.query.internal.ProjectSearch;
import org.coopkit.spi.ProjectStore;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * Projects with their components, in the tables {@code project}, {@code project_*}, {@code
 * component} and {@code component_text}. Reads are one statement each (MULTISET), as for events. An
 * update replaces the project's lists, except components ({@link ProjectComponents}).
 *
 * <p>The store runs the statements and translates their failures; what they hold is elsewhere: the
 * rows a project is written as in {@link ProjectTableRows}, a page's keyset query in {@link
 * ProjectPageQuery}, and the way back from rows to projects in {@link ProjectReader}.
 */
final class JdbcProjectStore extends JdbcAggregateStore<ProjectId, Project, ProjectQuery>
    implements ProjectStore {
  static final String KIND = "Project";

  private static final VersionedRows.OwnRow OWN_ROW =
      new VersionedRows.OwnRow(KIND, PROJECT, PROJECT.ID, PROJECT.VERSION);

  JdbcProjectStore(TransactionContext transaction) {
    super(
        transaction,
        OWN_ROW,
        ProjectReader.SELECT,
        ProjectReader::project,
        ProjectTableRows::of,
        Project::id,
        ProjectId::of,
        ProjectId::value);
  }

  @Override
  public Optional<Project> getByCode(String code) {
    return one(PROJECT.CODE.eq(code));
  }

  @Override
  public Page<Project> find(ProjectQuery query) {
    List<Project> found = fetch(dsl -> ProjectPageQuery.of(dsl, query));
    return Pages.of(found, query.limit(), ProjectSearch::cursorAfter);
  }

  /**
   * Updates the project's own row and replaces its lists, as every store does, but its components
   * apart: {@link ProjectComponents} keeps the rows of those that stay, which events may refer to.
   */
  @Override
  public void update(Project project, long expectedVersion) {
    String id = key(project.id());
    List<TableRows> rows = ProjectTableRows.of(List.of(project));
    int components = rows.size() - 2;
    ProjectComponents write = new ProjectComponents(project);
    // The facts read the removed components when a statement failed: by then write has named them.
    write(
        context(project, write.removed()),
        dsl -> {
          OWN_ROW.replace(dsl, id, expectedVersion, rows.subList(0, components));
          write.write(dsl, id, rows.get(components), rows.get(components + 1));
        });
  }

  /**
   * What a failed delete of {@code id} can tell: its id, for a key that names projects as its
   * target; for one that names components, the first of its components an event refers to.
   */
  @Override
  TransactionContext.WriteFacts deleteFacts(ProjectId id) {
    TransactionContext.WriteFacts project = referencedAs(id);
    String key = key(id);
    return new TransactionContext.WriteFacts() {
      @Override
      public @Nullable String referencedId(Constraint constraint) {
        if (!constraint.name().equals("event_component_component_fk")) {
          return project.referencedId(constraint);
        }
        return transaction
            .read()
            .select(EVENT_COMPONENT.COMPONENT_ID)
            .from(EVENT_COMPONENT)
            .join(COMPONENT)
            .on(COMPONENT.ID.eq(EVENT_COMPONENT.COMPONENT_ID))
            .where(COMPONENT.PROJECT_ID.eq(key))
            .limit(1)
            .fetchOptional(EVENT_COMPONENT.COMPONENT_ID)
            .map(String::strip)
            .orElse(null);
      }
    };
  }

  @Override
  TransactionContext.WriteFacts writeFacts(List<Project> projects) {
    return context(projects.get(0), List.of());
  }

  /** What a failed write of {@code project} can tell about its failure. */
  private TransactionContext.WriteFacts context(Project project, List<String> removedComponents) {
    String ownId = key(project.id());
    return new TransactionContext.WriteFacts() {
      @Override
      public List<String> uniqueValues(String field) {
        return switch (field) {
          case "Project.id" -> List.of(project.id().toString());
          case "Project.code" -> List.of(project.code());
          case "Component.id" -> project.components().stream().map(c -> c.id().toString()).toList();
          default -> List.of();
        };
      }

      /** The project's own components are not duplicates of those it writes. */
      @Override
      public Condition othersUnder(Constraint unique) {
        return unique.name().equals("component_pk")
            ? COMPONENT.PROJECT_ID.ne(ownId)
            : DSL.noCondition();
      }

      @Override
      public @Nullable String missingTarget(Constraint constraint) {
        return switch (constraint.name()) {
          case "project_organisation_org_fk" ->
              transaction.firstMissing(
                  ORGANISATION,
                  ORGANISATION.ID,
                  project.organisations().stream().map(o -> o.organisation().toString()).toList());
          case "project_funding_donor_fk" ->
              transaction.firstMissing(
                  ORGANISATION,
                  ORGANISATION.ID,
                  project.funding().stream().map(f -> f.donor().toString()).toList());
          case "project_relation_related_fk" ->
              transaction.firstMissing(
                  PROJECT,
                  PROJECT.ID,
                  project.relations().stream().map(r -> r.project().toString()).toList());
          default -> null;
        };
      }

      @Override
      public @Nullable String referencedId(Constraint constraint) {
        if (!constraint.name().equals("event_component_component_fk")
            || removedComponents.isEmpty()) {
          return null;
        }
        return transaction
            .read()
            .select(EVENT_COMPONENT.COMPONENT_ID)
            .from(EVENT_COMPONENT)
            .where(EVENT_COMPONENT.COMPONENT_ID.in(removedComponents))
            .limit(1)
            .fetchOptional(EVENT_COMPONENT.COMPONENT_ID)
            .map(String::strip)
            .orElse(null);
      }
    };
  }
}
