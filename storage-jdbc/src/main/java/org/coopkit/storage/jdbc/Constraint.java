package org.coopkit.storage.jdbc;

import static org.coopkit.storage.jdbc.internal.schema.Tables.COMPONENT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.CONTACT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.CONTACT_ROLE;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_COMPONENT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_ORGANISER;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_PROJECT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.FACT_PROVENANCE;
import static org.coopkit.storage.jdbc.internal.schema.Tables.FACT_SOURCE;
import static org.coopkit.storage.jdbc.internal.schema.Tables.LOGFRAME;
import static org.coopkit.storage.jdbc.internal.schema.Tables.ORGANISATION;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT_FUNDING;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT_ORGANISATION;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT_RELATION;
import static org.coopkit.storage.jdbc.internal.schema.Tables.SOURCE;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jooq.Table;
import org.jooq.TableField;
import org.jspecify.annotations.Nullable;

/**
 * The unique keys and foreign keys of the schema whose violations mean something to a caller, with
 * what each means in the model's words and where it stands: its table and column, and for a foreign
 * key the table it refers to. The names are those of the Flyway scripts. PostgreSQL names the
 * violated constraint in a field of its error ({@link PostgresErrors}); H2's and MariaDB's drivers
 * do not, so there the failed statement's table tells which constraints it may have violated
 * ({@link #uniqueKeysOf}, {@link #referencesFrom}, {@link #referencesTo}), and where that leaves
 * several, {@link ConstraintViolations} asks the database which one holds the values written.
 *
 * @param name the constraint's (or unique index's) name in the schema
 * @param unique whether it is a unique key (else a foreign key)
 * @param field for a unique key, the field that must be unique (e.g. {@code Project.code}); for a
 *     foreign key, the path of the referring field (e.g. {@code Event.projects})
 * @param targetKind for a foreign key, the kind referred to (e.g. {@code Project}); the kind of the
 *     duplicate's aggregate for a unique key
 * @param referencedBy for a foreign key, what still refers to a target that cannot be deleted
 * @param table the table the constraint is on
 * @param column the one column of a unique key, or the referring column of a foreign key; {@code
 *     null} for a unique key of several columns
 * @param target for a foreign key, the table referred to; {@code null} for a unique key
 */
record Constraint(
    String name,
    boolean unique,
    String field,
    String targetKind,
    String referencedBy,
    Table<?> table,
    @Nullable TableField<?, String> column,
    @Nullable Table<?> target) {

  static final List<Constraint> ALL =
      List.of(
          unique("organisation_pk", "Organisation.id", "Organisation", ORGANISATION.ID),
          unique("project_pk", "Project.id", "Project", PROJECT.ID),
          unique("project_code_ux", "Project.code", "Project", PROJECT.CODE),
          unique("component_pk", "Component.id", "Project", COMPONENT.ID),
          unique("event_pk", "Event.id", "Event", EVENT.ID),
          unique("contact_pk", "Contact.id", "Contact", CONTACT.ID),
          unique("source_pk", "Source.id", "Source", SOURCE.ID),
          new Constraint(
              "fact_provenance_pk",
              true,
              "FactProvenance.fact",
              "FactProvenance",
              "",
              FACT_PROVENANCE,
              null,
              null),
          reference(
              "fact_source_source_fk",
              "FactProvenance.sources",
              "Source",
              "facts",
              FACT_SOURCE.SOURCE_ID,
              SOURCE),
          unique("logframe_pk", "Logframe.id", "Logframe", LOGFRAME.PROJECT_ID),
          reference(
              "logframe_project_fk",
              "Logframe.id",
              "Project",
              "its logframe",
              LOGFRAME.PROJECT_ID,
              PROJECT),
          reference(
              "organisation_parent_fk",
              "Organisation.parent",
              "Organisation",
              "units",
              ORGANISATION.PARENT_ID,
              ORGANISATION),
          reference(
              "project_organisation_org_fk",
              "Project.organisations",
              "Organisation",
              "projects",
              PROJECT_ORGANISATION.ORGANISATION_ID,
              ORGANISATION),
          reference(
              "project_funding_donor_fk",
              "Project.funding",
              "Organisation",
              "projects",
              PROJECT_FUNDING.DONOR_ID,
              ORGANISATION),
          reference(
              "project_relation_related_fk",
              "Project.relations",
              "Project",
              "relations of other projects",
              PROJECT_RELATION.RELATED_ID,
              PROJECT),
          reference(
              "event_project_project_fk",
              "Event.projects",
              "Project",
              "events",
              EVENT_PROJECT.PROJECT_ID,
              PROJECT),
          reference(
              "event_component_component_fk",
              "Event.components",
              "Component",
              "events",
              EVENT_COMPONENT.COMPONENT_ID,
              COMPONENT),
          reference(
              "event_organiser_org_fk",
              "Event.organisers",
              "Organisation",
              "events",
              EVENT_ORGANISER.ORGANISATION_ID,
              ORGANISATION),
          reference(
              "event_part_of_fk", "Event.partOf", "Event", "parts of it", EVENT.PART_OF, EVENT),
          reference(
              "contact_organisation_fk",
              "Contact.organisation",
              "Organisation",
              "contacts",
              CONTACT.ORGANISATION_ID,
              ORGANISATION),
          reference(
              "contact_role_project_fk",
              "Contact.roles.project",
              "Project",
              "roles of contacts",
              CONTACT_ROLE.PROJECT_ID,
              PROJECT),
          reference(
              "contact_role_org_fk",
              "Contact.roles.organisation",
              "Organisation",
              "roles of contacts",
              CONTACT_ROLE.ORGANISATION_ID,
              ORGANISATION));

  /**
   * The tables whose rows a delete from a table takes with it, where other rows may refer to them:
   * a project's components go with the project (the schema cascades), and events may refer to them.
   */
  private static final Map<String, List<String>> CASCADES = Map.of("project", List.of("component"));

  /** The constraint with this name, in any case. */
  static Optional<Constraint> named(@Nullable String name) {
    if (name == null) {
      return Optional.empty();
    }
    String lower = name.toLowerCase(Locale.ROOT);
    return ALL.stream().filter(c -> c.name.equals(lower)).findFirst();
  }

  /**
   * The unique keys a write into {@code table} may violate: all of the table's for an insert; for
   * an update, those but the primary key, which an update never sets.
   */
  static List<Constraint> uniqueKeysOf(String table, boolean updating) {
    return ALL.stream()
        .filter(c -> c.unique && on(c.table, table))
        .filter(c -> !updating || !c.name.endsWith("_pk"))
        .toList();
  }

  /** The foreign keys of {@code table}: what an insert or update of its rows may refer to. */
  static List<Constraint> referencesFrom(String table) {
    return ALL.stream().filter(c -> !c.unique && on(c.table, table)).toList();
  }

  /**
   * The foreign keys that refer to {@code table}, or to a table whose rows a delete from it takes
   * along: what a delete from it may leave referring to nothing.
   */
  static List<Constraint> referencesTo(String table) {
    List<String> deleted = new ArrayList<>();
    deleted.add(table);
    deleted.addAll(CASCADES.getOrDefault(table.toLowerCase(Locale.ROOT), List.of()));
    return ALL.stream()
        .filter(c -> c.target != null && deleted.stream().anyMatch(t -> on(c.target, t)))
        .toList();
  }

  private static boolean on(Table<?> table, String name) {
    return table.getName().equalsIgnoreCase(name);
  }

  private static Constraint unique(
      String name, String field, String kind, TableField<?, String> column) {
    return new Constraint(name, true, field, kind, "", column.getTable(), column, null);
  }

  private static Constraint reference(
      String name,
      String path,
      String targetKind,
      String referencedBy,
      TableField<?, String> column,
      Table<?> target) {
    return new Constraint(
        name, false, path, targetKind, referencedBy, column.getTable(), column, target);
  }
}
