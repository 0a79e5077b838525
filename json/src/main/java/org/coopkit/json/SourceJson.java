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
  static final ShapedObjectReader.Shape SHAPE =
      ShapedObjectReader.Shape.of(
          "Source",
          "id",
          "link",
          "title",
          "publisher",
          "kind",
          "speaksFor",
          "readOn",
          VersionAndTimestamps.VERSION,
          VersionAndTimestamps.CREATED_AT,
          VersionAndTimestamps.UPDATED_AT);

  private SourceJson() {}

  static void write(JsonGenerator g, Source s) {
    g.writeStartObject();
    g.writeStringProperty("id", s.id().toString());
    g.writeStringProperty("link", s.link().toString());
    g.writeStringProperty("title", s.title());
    FieldWriter.optional(g, "publisher", s.publisher());
    g.writeStringProperty("kind", EnumJson.code(s.kind()));
    FieldWriter.date(g, "speaksFor", s.speaksFor());
    FieldWriter.optional(g, "readOn", s.readOn());
    VersionAndTimestamps.write(g, s);
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
    ShapedObjectReader r = ShapedObjectReader.start(p, SHAPE);
    Source.Builder b = Source.builder();
    while (r.next()) {
      switch (r.name()) {
        case "id" -> b.id(SourceId.of(ValueJson.uuid(p, "SourceId")));
        case "link" -> b.link(link(p));
        case "title" -> b.title(TokenReader.string(p));
        case "publisher" -> b.publisher(TokenReader.string(p));
        case "kind" -> b.kind(EnumJson.read(p, SourceKind.class));
        case "speaksFor" -> b.speaksFor(ValueJson.partialDate(p));
        case "readOn" -> b.readOn(ValueJson.date(p));
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
