package org.coopkit.json;

import java.net.URI;
import java.net.URISyntaxException;
import org.coopkit.model.source.Source;
import org.coopkit.model.source.SourceId;
import org.coopkit.model.source.SourceKind;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/** A {@link Source} as JSON: its components by name, the id as a string, stamps last. */
final class SourceJson {
  static final ObjectReading.Shape SHAPE =
      ObjectReading.Shape.of(
          "Source",
          "id",
          "link",
          "title",
          "publisher",
          "kind",
          "speaksFor",
          "readOn",
          StoreStamps.VERSION,
          StoreStamps.CREATED_AT,
          StoreStamps.UPDATED_AT);

  private SourceJson() {}

  static void write(JsonGenerator g, Source s) {
    g.writeStartObject();
    g.writeStringProperty("id", s.id().toString());
    g.writeStringProperty("link", s.link().toString());
    g.writeStringProperty("title", s.title());
    FieldWriter.optional(g, "publisher", s.publisher());
    g.writeStringProperty("kind", EnumCodes.code(s.kind()));
    FieldWriter.date(g, "speaksFor", s.speaksFor());
    FieldWriter.optional(g, "readOn", s.readOn());
    StoreStamps.write(g, s.version(), s.createdAt(), s.updatedAt());
    g.writeEndObject();
  }

  private static URI link(JsonParser p) {
    String text = TokenReader.string(p);
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw JsonDataException.at(p, "Invalid Source: link: must be an address (a URI)");
    }
  }

  static Source read(JsonParser p) {
    ObjectReading r = ObjectReading.start(p, SHAPE);
    Source.Builder b = Source.builder();
    while (r.next()) {
      switch (r.name()) {
        case "id" -> b.id(SourceId.of(ValueJson.uuid(p, "SourceId")));
        case "link" -> b.link(link(p));
        case "title" -> b.title(TokenReader.string(p));
        case "publisher" -> b.publisher(TokenReader.string(p));
        case "kind" -> b.kind(EnumCodes.read(p, SourceKind.class));
        case "speaksFor" -> b.speaksFor(ValueJson.partialDate(p));
        case "readOn" -> b.readOn(ValueJson.date(p));
        case StoreStamps.VERSION -> b.version(TokenReader.longInteger(p));
        case StoreStamps.CREATED_AT -> b.createdAt(ValueJson.instant(p));
        case StoreStamps.UPDATED_AT -> b.updatedAt(ValueJson.instant(p));
        default -> throw r.unexpected();
      }
    }
    StoreStamps.check(r);
    return r.build(b::build);
  }
}
