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
import java.util.stream.Collectors;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectId;
import org.coopkit.query.Page;
import org.coopkit.query.ProjectQuery;
import org.coopkit.query.internal.ProjectSearch;
import org.coopkit.spi.ProjectStore;
import org.jooq.Condition;
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

  private final TransactionContext transaction;

  JdbcProjectStore(TransactionContext transaction) {
    this.transaction = transaction;
  }

  // Reading.

  @Override
  public Optional<Project> get(ProjectId id) {
    return one(PROJECT.ID.eq(ColumnValues.id(id.value())));
  }

  @Override
  public Optional<Project> getByCode(String code) {
    return one(PROJECT.CODE.eq(code));
  }

  private Optional<Project> one(Condition condition) {
    try {
      return transaction
          .read()
          .select(ProjectReader.SELECT)
          .from(PROJECT)
          .where(condition)
          .fetchOptional(ProjectReader::project);
    } catch (RuntimeException e) {
      throw transaction.translateRead(e);
    }
  }

  @Override
  public Optional<Project> getForUpdate(ProjectId id) {
    try {
      transaction.lockRow(PROJECT, PROJECT.ID, ColumnValues.id(id.value()));
    } catch (RuntimeException e) {
      throw transaction.translateRead(e);
    }
    return get(id);
  }

  @Override
  public Set<ProjectId> existing(Collection<ProjectId> ids) {
    try {
      return transaction
          .existing(PROJECT, PROJECT.ID, ids.stream().map(ProjectId::toString).toList())
          .stream()
          .map(id -> ProjectId.of(ColumnValues.uuid(id)))
          .collect(Collectors.toSet());
    } catch (RuntimeException e) {
      throw transaction.translateRead(e);
    }
  }

  @Override
  public Page<Project> find(ProjectQuery query) {
    List<Project> found;
    try {
      found = ProjectPageQuery.of(transaction.read(), query).fetch(ProjectReader::project);
    } catch (RuntimeException e) {
      throw transaction.translateRead(e);
    }
    return Pages.of(found, query.limit(), ProjectSearch::cursorAfter);
  }

  // Writing.

  @Override
  public void insert(Project project) {
    DSLContext dsl = transaction.write();
    try {
      ProjectTableRows.of(List.of(project)).forEach(table -> table.insert(dsl));
    } catch (DataAccessException e) {
      throw transaction.translate(e, context(project, List.of()));
    }
  }

  @Override
  public void update(Project project, long expectedVersion) {
    DSLContext dsl = transaction.write();
    String id = ColumnValues.id(project.id().value());
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
    DSLContext dsl = transaction.write();
    String key = ColumnValues.id(id.value());
    try {
      OWN_ROW.delete(dsl, key, expectedVersion);
    } catch (DataAccessException e) {
      throw transaction.translate(
          e,
          new TransactionContext.WriteFacts() {
            @Override
            public @Nullable String referencedId(Constraint constraint) {
              return constraint.targetKind().equals(KIND) ? key : null;
            }
          });
    }
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
