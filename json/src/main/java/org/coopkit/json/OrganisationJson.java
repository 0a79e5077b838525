package org.coopkit.json;

import org.coopkit.model.Limits;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.organisation.OrganisationType;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/** An {@link Organisation} as JSON: its components by name, ids as strings, stamps last. */
final class OrganisationJson {
  static final ShapedObjectReader.Shape SHAPE =
      ShapedObjectReader.Shape.of(
          "Organisation",
          "id",
          "name",
          "acronym",
          "type",
          "country",
          "parent",
          "links",
          "externalIds",
          VersionAndTimestamps.VERSION,
          VersionAndTimestamps.CREATED_AT,
          VersionAndTimestamps.UPDATED_AT);

  private OrganisationJson() {}

  static void write(JsonGenerator g, Organisation o) {
    g.writeStartObject();
    g.writeStringProperty("id", o.id().toString());
    g.writeName("name");
    ValueJson.write(g, o.name());
    FieldWriter.optional(g, "acronym", o.acronym());
    g.writeStringProperty("type", EnumJson.code(o.type()));
    FieldWriter.optional(g, "country", o.country());
    FieldWriter.optional(g, "parent", o.parent());
    FieldWriter.list(g, "links", o.links(), ValueJson::write);
    FieldWriter.list(g, "externalIds", o.externalIds(), ValueJson::write);
    VersionAndTimestamps.write(g, o);
    g.writeEndObject();
  }

  static Organisation read(JsonParser p) {
    ShapedObjectReader r = ShapedObjectReader.start(p, SHAPE);
    Organisation.Builder b = Organisation.builder();
    while (r.next()) {
      switch (r.name()) {
        case "id" -> b.id(ValueJson.organisationId(p));
        case "name" -> b.name(ValueJson.localizedText(p));
        case "acronym" -> b.acronym(TokenReader.string(p));
        case "type" -> b.type(EnumJson.read(p, OrganisationType.class));
        case "country" -> b.country(ValueJson.country(p));
        case "parent" -> b.parent(ValueJson.organisationId(p));
        case "links" ->
            b.links(TokenReader.list(p, "Organisation", "links", Limits.LIST, ValueJson::link));
        case "externalIds" ->
            b.externalIds(
                TokenReader.list(
                    p, "Organisation", "externalIds", Limits.LIST, ValueJson::externalId));
        case VersionAndTimestamps.VERSION -> b.version(TokenReader.longInteger(p));
        case VersionAndTimestamps.CREATED_AT -> b.createdAt(ValueJson.instant(p));
        case VersionAndTimestamps.UPDATED_AT -> b.updatedAt(ValueJson.instant(p));
        default -> throw r.unexpected();
      }
    }
    VersionAndTimestamps.check(r);
    return r.build(b::build);
  }
}
