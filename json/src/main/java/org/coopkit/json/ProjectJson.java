package org.coopkit.json;

import org.coopkit.model.Limits;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.project.Component;
import org.coopkit.model.project.CooperationFramework;
import org.coopkit.model.project.CountryRole;
import org.coopkit.model.project.OrganisationRole;
import org.coopkit.model.project.ParticipatingCountry;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectDates;
import org.coopkit.model.project.ProjectOrganisation;
import org.coopkit.model.project.ProjectRelation;
import org.coopkit.model.project.ProjectStatus;
import org.coopkit.model.project.RelationType;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/** A {@link Project} and its parts as JSON. */
final class ProjectJson {
  static final ShapedObjectReader.Shape SHAPE =
      ShapedObjectReader.Shape.of(
          "Project",
          "id",
          "code",
          "title",
          "acronym",
          "summary",
          "aims",
          "status",
          "dates",
          "framework",
          "frameworks",
          "countries",
          "organisations",
          "relations",
          "budget",
          "funding",
          "budgets",
          "sectors",
          "policyMarkers",
          "components",
          "links",
          "externalIds",
          VersionAndTimestamps.VERSION,
          VersionAndTimestamps.CREATED_AT,
          VersionAndTimestamps.UPDATED_AT);
  static final ShapedObjectReader.Shape DATES =
      ShapedObjectReader.Shape.of(
          "ProjectDates",
          "plannedStart",
          "plannedEnd",
          "actualStart",
          "actualEnd",
          "signed",
          "launched",
          "durationMonths",
          "extensions");
  static final ShapedObjectReader.Shape FRAMEWORK =
      ShapedObjectReader.Shape.of("CooperationFramework", "code", "name", "acronym");
  static final ShapedObjectReader.Shape COUNTRY =
      ShapedObjectReader.Shape.of(
          "ParticipatingCountry", "country", "role", "validFrom", "validUntil", "note");
  static final ShapedObjectReader.Shape ORGANISATION =
      ShapedObjectReader.Shape.of("ProjectOrganisation", "organisation", "role");
  static final ShapedObjectReader.Shape RELATION =
      ShapedObjectReader.Shape.of("ProjectRelation", "project", "type");
  static final ShapedObjectReader.Shape COMPONENT =
      ShapedObjectReader.Shape.of(
          "Component", "id", "code", "title", "objective", "expectedResults");

  private ProjectJson() {}

  static void write(JsonGenerator g, Project p) {
    g.writeStartObject();
    g.writeStringProperty("id", p.id().toString());
    g.writeStringProperty("code", p.code());
    g.writeName("title");
    ValueJson.write(g, p.title());
    FieldWriter.optional(g, "acronym", p.acronym());
    FieldWriter.text(g, "summary", p.summary());
    FieldWriter.text(g, "aims", p.aims());
    g.writeStringProperty("status", EnumJson.code(p.status()));
    if (!p.dates().equals(ProjectDates.UNKNOWN)) {
      g.writeName("dates");
      write(g, p.dates());
    }
    // One framework as 0.1 wrote it; several (since 0.2) as a list, the primary first.
    if (p.frameworks().size() == 1) {
      g.writeName("framework");
      write(g, p.frameworks().get(0));
    } else {
      FieldWriter.list(g, "frameworks", p.frameworks(), ProjectJson::write);
    }
    FieldWriter.list(g, "countries", p.countries(), ProjectJson::write);
    FieldWriter.list(g, "organisations", p.organisations(), ProjectJson::write);
    FieldWriter.list(g, "relations", p.relations(), ProjectJson::write);
    if (p.budget() != null) {
      g.writeName("budget");
      ValueJson.write(g, p.budget());
    }
    FieldWriter.list(g, "funding", p.funding(), ProjectRecordJson::write);
    FieldWriter.list(g, "budgets", p.budgets(), ProjectRecordJson::write);
    FieldWriter.list(g, "sectors", p.sectors(), ProjectRecordJson::write);
    FieldWriter.list(g, "policyMarkers", p.policyMarkers(), ProjectRecordJson::write);
    FieldWriter.list(g, "components", p.components(), ProjectJson::write);
    FieldWriter.list(g, "links", p.links(), ValueJson::write);
    FieldWriter.list(g, "externalIds", p.externalIds(), ValueJson::write);
    VersionAndTimestamps.write(g, p);
    g.writeEndObject();
  }

  static Project read(JsonParser p) {
    ShapedObjectReader r = ShapedObjectReader.start(p, SHAPE);
    Project.Builder b = Project.builder();
    while (r.next()) {
      switch (r.name()) {
        case "id" -> b.id(ValueJson.projectId(p));
        case "code" -> b.code(TokenReader.string(p));
        case "title" -> b.title(ValueJson.localizedText(p));
        case "acronym" -> b.acronym(TokenReader.string(p));
        case "summary" -> b.summary(ValueJson.localizedText(p));
        case "aims" -> b.aims(ValueJson.localizedText(p));
        case "status" -> b.status(EnumJson.read(p, ProjectStatus.class));
        case "dates" -> b.dates(dates(p));
        case "framework" -> b.framework(framework(p));
        case "frameworks" ->
            b.frameworks(
                TokenReader.list(p, "Project", "frameworks", Limits.LIST, ProjectJson::framework));
        case "countries" ->
            b.countries(
                TokenReader.list(p, "Project", "countries", Limits.LIST, ProjectJson::country));
        case "organisations" ->
            b.organisations(
                TokenReader.list(
                    p, "Project", "organisations", Limits.LIST, ProjectJson::organisation));
        case "relations" ->
            b.relations(
                TokenReader.list(p, "Project", "relations", Limits.LIST, ProjectJson::relation));
        case "budget" -> b.budget(ValueJson.money(p));
        case "funding" ->
            b.funding(
                TokenReader.list(p, "Project", "funding", Limits.LIST, ProjectRecordJson::funding));
        case "budgets" ->
            b.budgets(
                TokenReader.list(p, "Project", "budgets", Limits.LIST, ProjectRecordJson::budget));
        case "sectors" ->
            b.sectors(
                TokenReader.list(p, "Project", "sectors", Limits.LIST, ProjectRecordJson::sector));
        case "policyMarkers" ->
            b.policyMarkers(
                TokenReader.list(
                    p, "Project", "policyMarkers", Limits.LIST, ProjectRecordJson::marker));
        case "components" ->
            b.components(
                TokenReader.list(
                    p, "Project", "components", Limits.COMPONENTS, ProjectJson::component));
        case "links" ->
            b.links(TokenReader.list(p, "Project", "links", Limits.LIST, ValueJson::link));
        case "externalIds" ->
            b.externalIds(
                TokenReader.list(p, "Project", "externalIds", Limits.LIST, ValueJson::externalId));
        case VersionAndTimestamps.VERSION -> b.version(TokenReader.longInteger(p));
        case VersionAndTimestamps.CREATED_AT -> b.createdAt(ValueJson.instant(p));
        case VersionAndTimestamps.UPDATED_AT -> b.updatedAt(ValueJson.instant(p));
        default -> throw r.unexpected();
      }
    }
    VersionAndTimestamps.check(r);
    return r.build(b::build);
  }

  // Dates: each of the four is optional.

  static void write(JsonGenerator g, ProjectDates d) {
    g.writeStartObject();
    FieldWriter.date(g, "plannedStart", d.plannedStart());
    FieldWriter.date(g, "plannedEnd", d.plannedEnd());
    FieldWriter.date(g, "actualStart", d.actualStart());
    FieldWriter.date(g, "actualEnd", d.actualEnd());
    FieldWriter.date(g, "signed", d.signed());
    FieldWriter.date(g, "launched", d.launched());
    if (d.durationMonths() != null) {
      g.writeNumberProperty("durationMonths", d.durationMonths());
    }
    FieldWriter.list(g, "extensions", d.extensions(), ProjectRecordJson::write);
    g.writeEndObject();
  }

  static ProjectDates dates(JsonParser p) {
    ShapedObjectReader r = ShapedObjectReader.start(p, DATES);
    ProjectDates.Builder b = ProjectDates.builder();
    while (r.next()) {
      switch (r.name()) {
        case "plannedStart" -> b.plannedStart(ValueJson.partialDate(p));
        case "plannedEnd" -> b.plannedEnd(ValueJson.partialDate(p));
        case "actualStart" -> b.actualStart(ValueJson.partialDate(p));
        case "actualEnd" -> b.actualEnd(ValueJson.partialDate(p));
        case "signed" -> b.signed(ValueJson.partialDate(p));
        case "launched" -> b.launched(ValueJson.partialDate(p));
        case "durationMonths" -> b.durationMonths(TokenReader.integer(p));
        case "extensions" ->
            b.extensions(
                TokenReader.list(
                    p, "ProjectDates", "extensions", Limits.LIST, ProjectRecordJson::extension));
        default -> throw r.unexpected();
      }
    }
    return r.build(b::build);
  }

  // The framework.

  static void write(JsonGenerator g, CooperationFramework f) {
    g.writeStartObject();
    g.writeStringProperty("code", f.code());
    g.writeName("name");
    ValueJson.write(g, f.name());
    FieldWriter.optional(g, "acronym", f.acronym());
    g.writeEndObject();
  }

  static CooperationFramework framework(JsonParser p) {
    ShapedObjectReader r = ShapedObjectReader.start(p, FRAMEWORK);
    String code = null;
    LocalizedText name = null;
    String acronym = null;
    while (r.next()) {
      switch (r.name()) {
        case "code" -> code = TokenReader.string(p);
        case "name" -> name = ValueJson.localizedText(p);
        case "acronym" -> acronym = TokenReader.string(p);
        default -> throw r.unexpected();
      }
    }
    r.require("code", "name");
    String c = code;
    LocalizedText n = name;
    String a = acronym;
    return r.build(() -> new CooperationFramework(c, n, a));
  }

  // Countries, organisations and relations: pairs of a reference and a code.

  static void write(JsonGenerator g, ParticipatingCountry c) {
    g.writeStartObject();
    g.writeStringProperty("country", c.country().alpha2());
    g.writeStringProperty("role", EnumJson.code(c.role()));
    FieldWriter.date(g, "validFrom", c.validFrom());
    FieldWriter.date(g, "validUntil", c.validUntil());
    FieldWriter.optional(g, "note", c.note());
    g.writeEndObject();
  }

  /** A participating country; 0.1 documents have only its country and role. */
  static ParticipatingCountry country(JsonParser p) {
    ShapedObjectReader r = ShapedObjectReader.start(p, COUNTRY);
    ParticipatingCountry.Builder b = ParticipatingCountry.builder();
    while (r.next()) {
      switch (r.name()) {
        case "country" -> b.country(ValueJson.country(p));
        case "role" -> b.role(EnumJson.read(p, CountryRole.class));
        case "validFrom" -> b.validFrom(ValueJson.partialDate(p));
        case "validUntil" -> b.validUntil(ValueJson.partialDate(p));
        case "note" -> b.note(TokenReader.string(p));
        default -> throw r.unexpected();
      }
    }
    r.require("country", "role");
    return r.build(b::build);
  }

  static void write(JsonGenerator g, ProjectOrganisation o) {
    ReferenceAndCode.write(g, ORGANISATION, o.organisation().toString(), o.role());
  }

  static ProjectOrganisation organisation(JsonParser p) {
    return ReferenceAndCode.read(
        p,
        ORGANISATION,
        ValueJson::organisationId,
        OrganisationRole.class,
        ProjectOrganisation::new);
  }

  static void write(JsonGenerator g, ProjectRelation relation) {
    ReferenceAndCode.write(g, RELATION, relation.project().toString(), relation.type());
  }

  static ProjectRelation relation(JsonParser p) {
    return ReferenceAndCode.read(
        p, RELATION, ValueJson::projectId, RelationType.class, ProjectRelation::new);
  }

  // Components.

  static void write(JsonGenerator g, Component c) {
    g.writeStartObject();
    g.writeStringProperty("id", c.id().toString());
    FieldWriter.optional(g, "code", c.code());
    g.writeName("title");
    ValueJson.write(g, c.title());
    FieldWriter.text(g, "objective", c.objective());
    FieldWriter.list(g, "expectedResults", c.expectedResults(), ValueJson::write);
    g.writeEndObject();
  }

  static Component component(JsonParser p) {
    ShapedObjectReader r = ShapedObjectReader.start(p, COMPONENT);
    Component.Builder b = Component.builder();
    while (r.next()) {
      switch (r.name()) {
        case "id" -> b.id(ValueJson.componentId(p));
        case "code" -> b.code(TokenReader.string(p));
        case "title" -> b.title(ValueJson.localizedText(p));
        case "objective" -> b.objective(ValueJson.localizedText(p));
        case "expectedResults" ->
            b.expectedResults(
                TokenReader.list(
                    p, "Component", "expectedResults", Limits.LIST, ValueJson::localizedText));
        default -> throw r.unexpected();
      }
    }
    return r.build(b::build);
  }
}
