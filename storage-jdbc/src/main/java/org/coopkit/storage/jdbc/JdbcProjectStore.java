package org.coopkit.storage.jdbc;

import static org.coopkit.storage.jdbc.internal.schema.Tables.COMPONENT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_COMPONENT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.ORGANISATION;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectId;
import org.coopkit.query.Page;
import org.coopkit.query.ProjectQuery;
import org.coopkit.spi.ProjectStore;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;
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
final class JdbcProjectStore implements ProjectStore {
  static final String KIND = "Project";

  private static final VersionedRows.OwnRow OWN_ROW =
      new VersionedRows.OwnRow(KIND, PROJECT, PROJECT.ID, PROJECT.VERSION);

  private static final AggregateTables<Project, ProjectId> TABLES =
      new AggregateTables<>(
          OWN_ROW,
          ProjectReader.SELECT,
          ProjectReader::project,
          ProjectTableRows::of,
          ProjectTableRows.CHILDREN,
          ProjectId::of,
          ProjectId::value);

  private final TransactionContext transaction;

  JdbcProjectStore(TransactionContext transaction) {
    this.transaction = transaction;
  }

  // Reading.

  @Override
  public Optional<Project> get(ProjectId id) {
    return TABLES.get(transaction, id);
  }

  @Override
  public Optional<Project> getByCode(String code) {
    return TABLES.one(transaction, PROJECT.CODE.eq(code));
  }

  @Override
  public Optional<Project> getForUpdate(ProjectId id) {
    return TABLES.getForUpdate(transaction, id);
  }

  @Override
  public Set<ProjectId> existing(Collection<ProjectId> ids) {
    return TABLES.existing(transaction, ids);
  }

  @Override
  public Page<Project> find(ProjectQuery query) {
    List<Project> found = TABLES.fetch(transaction, dsl -> ProjectPageQuery.of(dsl, query));
    return Pages.of(found, query.limit(), ProjectQuery::cursorAfter);
  }

  // Writing.

  @Override
  public void insert(Project project) {
    TABLES.insert(transaction, List.of(project), context(project, List.of()));
  }

  /**
   * Updates the project's own row and replaces its lists, as {@link AggregateTables#update} does,
   * but its components apart: {@link ProjectComponents} keeps the rows of those that stay, which
   * events may refer to.
   */
  @Override
  public void update(Project project, long expectedVersion) {
    DSLContext dsl = transaction.write();
    String id = TABLES.key(project.id());
    List<TableRows> rows = ProjectTableRows.of(List.of(project));
    int components = rows.size() - 2;
    ProjectComponents write = new ProjectComponents(project);
    try {
      OWN_ROW.replace(
          dsl, id, expectedVersion, rows.subList(0, components), ProjectTableRows.CHILDREN);
      write.write(dsl, id, rows.get(components), rows.get(components + 1));
    } catch (DataAccessException e) {
      throw transaction.translate(e, context(project, write.removed()));
    }
  }

  @Override
  public void delete(ProjectId id, long expectedVersion) {
    TABLES.delete(transaction, id, expectedVersion, TABLES.referencedAs(id));
  }

  /**
   * The first of {@code project}'s components whose id another project's component has, asked where
   * the transaction survives the failure (MariaDB, H2); PostgreSQL's error names the key itself.
   */
  private @Nullable String componentOfAnotherProject(Project project) {
    if (transaction.dialect().family() == SQLDialect.POSTGRES) {
      return null;
    }
    List<String> ids = project.components().stream().map(c -> c.id().toString()).toList();
    Set<String> taken = new HashSet<>();
    transaction
        .read()
        .select(COMPONENT.ID)
        .from(COMPONENT)
        .where(COMPONENT.ID.in(ids))
        .and(COMPONENT.PROJECT_ID.ne(ColumnValues.id(project.id().value())))
        .fetch(COMPONENT.ID)
        .forEach(id -> taken.add(id.strip()));
    return ids.stream().filter(taken::contains).findFirst().orElse(null);
  }

  /** What a failed write of {@code project} can tell about its failure. */
  private TransactionContext.WriteFacts context(Project project, List<String> removedComponents) {
    return new TransactionContext.WriteFacts() {
      @Override
      public @Nullable String uniqueValue(String field) {
        return switch (field) {
          case "Project.id" -> project.id().toString();
          case "Project.code" -> project.code();
          case "Component.id" -> componentOfAnotherProject(project);
          default -> null;
        };
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
        // Asked only where the transaction survives the failure (MariaDB, H2); PostgreSQL's
        // error names the key itself.
        if (transaction.dialect().family() == SQLDialect.POSTGRES) {
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
