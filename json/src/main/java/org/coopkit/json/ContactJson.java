package org.coopkit.json;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.coopkit.model.EmailAddress;
import org.coopkit.model.Limits;
import org.coopkit.model.PhoneNumber;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.PersonalDataExport;
import org.coopkit.model.contact.RoleAssignment;
import org.coopkit.model.contact.RoleType;
import org.coopkit.model.contact.Visibility;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.ProjectId;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * A {@link Contact} and its role assignments as JSON, and a {@link PersonalDataExport} (a subject
 * access export: the contact, the codes of the projects and the names of the organisations its
 * roles refer to, keyed by id, and when it was made). Names, e-mail addresses and phone numbers are
 * personal data: they are written as they are (the document is the data set), but no problem
 * message ever shows them.
 */
final class ContactJson {
  static final ShapedObjectReader.Shape SHAPE =
      ShapedObjectReader.Shape.of(
          "Contact",
          "id",
          "displayName",
          "sortName",
          "honorific",
          "jobTitle",
          "organisation",
          "unit",
          "emails",
          "phones",
          "languages",
          "visibility",
          "roles",
          "externalIds",
          "nameWithheld",
          VersionAndTimestamps.VERSION,
          VersionAndTimestamps.CREATED_AT,
          VersionAndTimestamps.UPDATED_AT);
  static final ShapedObjectReader.Shape ROLE =
      ShapedObjectReader.Shape.of(
          "RoleAssignment",
          "id",
          "type",
          "title",
          "project",
          "organisation",
          "country",
          "validFrom",
          "validUntil",
          "seenOn",
          "unit");
  static final ShapedObjectReader.Shape EXPORT =
      ShapedObjectReader.Shape.of(
          "PersonalDataExport", "contact", "projectCodes", "organisationNames", "exportedAt");

  private ContactJson() {}

  static void write(JsonGenerator g, Contact c) {
    g.writeStartObject();
    g.writeStringProperty("id", c.id().toString());
    g.writeStringProperty("displayName", c.displayName());
    g.writeStringProperty("sortName", c.sortName());
    FieldWriter.optional(g, "honorific", c.honorific());
    FieldWriter.optional(g, "jobTitle", c.jobTitle());
    FieldWriter.optional(g, "organisation", c.organisation());
    FieldWriter.optional(g, "unit", c.unit());
    // Not FieldWriter.strings: these types' toString() is redacted on purpose.
    FieldWriter.list(g, "emails", c.emails(), (gen, e) -> gen.writeString(e.value()));
    FieldWriter.list(g, "phones", c.phones(), (gen, ph) -> gen.writeString(ph.value()));
    FieldWriter.strings(g, "languages", c.languages());
    g.writeStringProperty("visibility", EnumJson.code(c.visibility()));
    FieldWriter.list(g, "roles", c.roles(), ContactJson::write);
    FieldWriter.list(g, "externalIds", c.externalIds(), ValueJson::write);
    if (c.nameWithheld()) {
      // The names then hold the placeholder; a reader drops them again.
      g.writeBooleanProperty("nameWithheld", true);
    }
    VersionAndTimestamps.write(g, c);
    g.writeEndObject();
  }

  static Contact read(JsonParser p) {
    ShapedObjectReader r = ShapedObjectReader.start(p, SHAPE);
    Contact.Builder b = Contact.builder();
    while (r.next()) {
      switch (r.name()) {
        case "id" -> b.id(ValueJson.contactId(p));
        case "displayName" -> b.displayName(TokenReader.string(p));
        case "sortName" -> b.sortName(TokenReader.string(p));
        case "honorific" -> b.honorific(TokenReader.string(p));
        case "jobTitle" -> b.jobTitle(TokenReader.string(p));
        case "organisation" -> b.organisation(ValueJson.organisationId(p));
        case "unit" -> b.unit(TokenReader.string(p));
        case "emails" ->
            b.emails(
                TokenReader.<EmailAddress>list(
                    p, "Contact", "emails", Limits.LIST, ValueJson::email));
        case "phones" ->
            b.phones(
                TokenReader.<PhoneNumber>list(
                    p, "Contact", "phones", Limits.LIST, ValueJson::phone));
        case "languages" ->
            b.languages(
                TokenReader.list(p, "Contact", "languages", Limits.LANGUAGES, TokenReader::string));
        case "visibility" -> b.visibility(EnumJson.read(p, Visibility.class));
        case "roles" ->
            b.roles(TokenReader.list(p, "Contact", "roles", Limits.LIST, ContactJson::role));
        case "externalIds" ->
            b.externalIds(
                TokenReader.list(p, "Contact", "externalIds", Limits.LIST, ValueJson::externalId));
        case "nameWithheld" -> b.nameWithheld(TokenReader.bool(p));
        case VersionAndTimestamps.VERSION -> b.version(TokenReader.longInteger(p));
        case VersionAndTimestamps.CREATED_AT -> b.createdAt(ValueJson.instant(p));
        case VersionAndTimestamps.UPDATED_AT -> b.updatedAt(ValueJson.instant(p));
        default -> throw r.unexpected();
      }
    }
    VersionAndTimestamps.check(r);
    return r.build(b::build);
  }

  static void write(JsonGenerator g, RoleAssignment role) {
    g.writeStartObject();
    g.writeStringProperty("id", role.id().toString());
    g.writeStringProperty("type", EnumJson.code(role.type()));
    FieldWriter.optional(g, "title", role.title());
    FieldWriter.optional(g, "project", role.project());
    FieldWriter.optional(g, "organisation", role.organisation());
    FieldWriter.optional(g, "country", role.country());
    FieldWriter.optional(g, "validFrom", role.validFrom());
    FieldWriter.optional(g, "validUntil", role.validUntil());
    FieldWriter.optional(g, "seenOn", role.seenOn());
    FieldWriter.optional(g, "unit", role.unit());
    g.writeEndObject();
  }

  static RoleAssignment role(JsonParser p) {
    ShapedObjectReader r = ShapedObjectReader.start(p, ROLE);
    RoleAssignment.Builder b = RoleAssignment.builder();
    while (r.next()) {
      switch (r.name()) {
        case "id" -> b.id(ValueJson.roleId(p));
        case "type" -> b.type(EnumJson.read(p, RoleType.class));
        case "title" -> b.title(TokenReader.string(p));
        case "project" -> b.project(ValueJson.projectId(p));
        case "organisation" -> b.organisation(ValueJson.organisationId(p));
        case "country" -> b.country(ValueJson.country(p));
        case "validFrom" -> b.validFrom(ValueJson.date(p));
        case "validUntil" -> b.validUntil(ValueJson.date(p));
        case "seenOn" -> b.seenOn(ValueJson.date(p));
        case "unit" -> b.unit(TokenReader.string(p));
        default -> throw r.unexpected();
      }
    }
    return r.build(b::build);
  }

  // A subject access export: the contact, and the names of what its roles refer to.

  static void write(JsonGenerator g, PersonalDataExport export) {
    g.writeStartObject();
    g.writeName("contact");
    write(g, export.contact());
    names(g, "projectCodes", export.projectCodes());
    names(g, "organisationNames", export.organisationNames());
    g.writeStringProperty("exportedAt", export.exportedAt().toString());
    g.writeEndObject();
  }

  static PersonalDataExport export(JsonParser p) {
    ShapedObjectReader r = ShapedObjectReader.start(p, EXPORT);
    Contact contact = null;
    Map<ProjectId, String> projectCodes = Map.of();
    Map<OrganisationId, String> organisationNames = Map.of();
    Instant exportedAt = null;
    while (r.next()) {
      switch (r.name()) {
        case "contact" -> contact = read(p);
        case "projectCodes" -> projectCodes = names(p, "projectCodes", ProjectId::of);
        case "organisationNames" ->
            organisationNames = names(p, "organisationNames", OrganisationId::of);
        case "exportedAt" -> exportedAt = ValueJson.instant(p);
        default -> throw r.unexpected();
      }
    }
    r.require("contact", "exportedAt");
    Contact c = contact;
    Map<ProjectId, String> codes = projectCodes;
    Map<OrganisationId, String> names = organisationNames;
    Instant at = exportedAt;
    return r.build(() -> new PersonalDataExport(c, codes, names, at));
  }

  /** Writes an id-to-name map as an object keyed by id, unless it is empty. */
  private static void names(JsonGenerator g, String name, Map<?, String> names) {
    if (!names.isEmpty()) {
      g.writeName(name);
      g.writeStartObject();
      names.forEach((id, text) -> g.writeStringProperty(id.toString(), text));
      g.writeEndObject();
    }
  }

  private static <I> Map<I, String> names(JsonParser p, String path, Function<UUID, I> id) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw TokenReader.wrongType(p, "an object from id to name");
    }
    Map<I, String> names = new LinkedHashMap<>();
    while (p.nextToken() != JsonToken.END_OBJECT) {
      if (names.size() == Limits.LIST * 2) {
        throw JsonDataException.at(
            p,
            "Invalid PersonalDataExport: "
                + path
                + ": must hold at most "
                + Limits.LIST * 2
                + " entries");
      }
      String key = p.currentName();
      UUID uuid = ValueJson.parseUuid(key);
      if (uuid == null) {
        throw JsonDataException.at(
            p,
            "Invalid PersonalDataExport: "
                + path
                + ": keys must be UUIDs ('"
                + TokenReader.shorten(key)
                + "')");
      }
      p.nextToken();
      names.put(id.apply(uuid), TokenReader.string(p));
    }
    return names;
  }
}
