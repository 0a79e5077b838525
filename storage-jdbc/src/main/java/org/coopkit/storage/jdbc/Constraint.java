package org.coopkit.storage.jdbc;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The unique keys and foreign keys of the schema whose violations mean something to a caller, with
 * what each means in the model's words. The names are those of the Flyway scripts; a violation is
 * matched to its constraint by name: on PostgreSQL the error's constraint field, on H2 and MariaDB
 * (whose drivers have no such field) the name as it stands in the driver's message, an identifier
 * the server does not translate.
 *
 * @param name the constraint's (or unique index's) name in the schema
 * @param unique whether it is a unique key (else a foreign key)
 * @param field for a unique key, the field that must be unique (e.g. {@code Project.code}); for a
 *     foreign key, the path of the referring field (e.g. {@code Event.projects})
 * @param targetKind for a foreign key, the kind referred to (e.g. {@code Project}); the kind of the
 *     duplicate's aggregate for a unique key
 * @param referencedBy for a foreign key, what still refers to a target that cannot be deleted
 */
record Constraint(
    String name, boolean unique, String field, String targetKind, String referencedBy) {

  static final List<Constraint> ALL =
      List.of(
          unique("organisation_pk", "Organisation.id", "Organisation"),
          unique("project_pk", "Project.id", "Project"),
          unique("project_code_ux", "Project.code", "Project"),
          unique("component_pk", "Component.id", "Project"),
          unique("event_pk", "Event.id", "Event"),
          unique("contact_pk", "Contact.id", "Contact"),
          unique("source_pk", "Source.id", "Source"),
          unique("fact_provenance_pk", "FactProvenance.fact", "FactProvenance"),
          reference("fact_source_source_fk", "FactProvenance.sources", "Source", "facts"),
          unique("logframe_pk", "Logframe.id", "Logframe"),
          reference("logframe_project_fk", "Logframe.id", "Project", "its logframe"),
          reference("organisation_parent_fk", "Organisation.parent", "Organisation", "units"),
          reference(
              "project_organisation_org_fk", "Project.organisations", "Organisation", "projects"),
          reference("project_funding_donor_fk", "Project.funding", "Organisation", "projects"),
          reference(
              "project_relation_related_fk",
              "Project.relations",
              "Project",
              "relations of other projects"),
          reference("event_project_project_fk", "Event.projects", "Project", "events"),
          reference("event_component_component_fk", "Event.components", "Component", "events"),
          reference("event_organiser_org_fk", "Event.organisers", "Organisation", "events"),
          reference("event_part_of_fk", "Event.partOf", "Event", "parts of it"),
          reference("contact_organisation_fk", "Contact.organisation", "Organisation", "contacts"),
          reference(
              "contact_role_project_fk", "Contact.roles.project", "Project", "roles of contacts"),
          reference(
              "contact_role_org_fk",
              "Contact.roles.organisation",
              "Organisation",
              "roles of contacts"));

  /** Any of the names, as a whole word in any case (H2 upper-cases and prefixes the schema). */
  private static final Pattern NAMES =
      Pattern.compile(
          ALL.stream().map(Constraint::name).collect(Collectors.joining("|", "(?i)\\b(", ")\\b")));

  /** The primary key of the aggregate kind whose root table is {@code table}, if any. */
  static Optional<Constraint> primaryKeyOf(String table) {
    return named(table.toLowerCase(Locale.ROOT) + "_pk").filter(Constraint::unique);
  }

  /** The constraint with this name, in any case. */
  static Optional<Constraint> named(@Nullable String name) {
    if (name == null) {
      return Optional.empty();
    }
    String lower = name.toLowerCase(Locale.ROOT);
    return ALL.stream().filter(c -> c.name.equals(lower)).findFirst();
  }

  /**
   * The first of the constraints named in {@code text}, a driver's message: for H2 and MariaDB,
   * whose errors carry the constraint's name nowhere else.
   */
  static Optional<Constraint> mentionedIn(@Nullable String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher matcher = NAMES.matcher(text);
    return matcher.find() ? named(matcher.group(1)) : Optional.empty();
  }

  private static Constraint unique(String name, String field, String kind) {
    return new Constraint(name, true, field, kind, "");
  }

  private static Constraint reference(
      String name, String path, String targetKind, String referencedBy) {
    return new Constraint(name, false, path, targetKind, referencedBy);
  }
}
