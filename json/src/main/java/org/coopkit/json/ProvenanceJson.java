package org.coopkit.json;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.coopkit.model.Limits;
import org.coopkit.model.source.Adoption;
import org.coopkit.model.source.AdoptionRule;
import org.coopkit.model.source.AggregateKind;
import org.coopkit.model.source.Fact;
import org.coopkit.model.source.FactPath;
import org.coopkit.model.source.FactProvenance;
import org.coopkit.model.source.ReportedValue;
import org.coopkit.model.source.SourceId;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * A {@link FactProvenance} as JSON: the fact (kind, aggregate id, path), its sources, its reported
 * values and its adoption, then its version and time.
 */
final class ProvenanceJson {
  static final ShapedObjectReader.Shape SHAPE =
      ShapedObjectReader.Shape.of(
          "FactProvenance",
          "kind",
          "aggregateId",
          "path",
          "sources",
          "reported",
          "adoption",
          VersionAndTimestamps.VERSION,
          VersionAndTimestamps.UPDATED_AT);
  static final ShapedObjectReader.Shape VALUE =
      ShapedObjectReader.Shape.of("ReportedValue", "value", "sources", "approximate", "note");
  static final ShapedObjectReader.Shape FACT =
      ShapedObjectReader.Shape.of("Fact", "kind", "aggregateId", "path");
  static final ShapedObjectReader.Shape ADOPTION =
      ShapedObjectReader.Shape.of("Adoption", "value", "rule", "actor", "reason", "at");

  private ProvenanceJson() {}

  static void write(JsonGenerator g, FactProvenance f) {
    g.writeStartObject();
    g.writeStringProperty("kind", EnumJson.code(f.fact().kind()));
    g.writeStringProperty("aggregateId", f.fact().aggregateId().toString());
    g.writeStringProperty("path", f.fact().path().value());
    FieldWriter.strings(g, "sources", f.sources());
    FieldWriter.list(g, "reported", f.reported(), ProvenanceJson::write);
    Adoption a = f.adoption();
    if (a != null) {
      g.writeName("adoption");
      write(g, a);
    }
    g.writeNumberProperty(VersionAndTimestamps.VERSION, f.version());
    g.writeStringProperty(VersionAndTimestamps.UPDATED_AT, f.updatedAt().toString());
    g.writeEndObject();
  }

  static void write(JsonGenerator g, Adoption a) {
    g.writeStartObject();
    g.writeStringProperty("value", a.value());
    g.writeStringProperty("rule", EnumJson.code(a.rule()));
    g.writeStringProperty("actor", a.actor());
    FieldWriter.optional(g, "reason", a.reason());
    g.writeStringProperty("at", a.at().toString());
    g.writeEndObject();
  }

  static void write(JsonGenerator g, Fact f) {
    g.writeStartObject();
    g.writeStringProperty("kind", EnumJson.code(f.kind()));
    g.writeStringProperty("aggregateId", f.aggregateId().toString());
    g.writeStringProperty("path", f.path().value());
    g.writeEndObject();
  }

  static Fact fact(JsonParser p) {
    ShapedObjectReader r = ShapedObjectReader.start(p, FACT);
    AggregateKind kind = null;
    UUID id = null;
    FactPath path = null;
    while (r.next()) {
      switch (r.name()) {
        case "kind" -> kind = EnumJson.read(p, AggregateKind.class);
        case "aggregateId" -> id = ValueJson.uuid(p, "Fact");
        case "path" -> path = path(p);
        default -> throw r.unexpected();
      }
    }
    if (kind == null || id == null || path == null) {
      throw JsonDataException.at(p, "Invalid Fact: kind, aggregateId and path are required");
    }
    AggregateKind k = kind;
    UUID i = id;
    FactPath pa = path;
    return r.build(() -> new Fact(k, i, pa));
  }

  static FactPath path(JsonParser p) {
    return TokenReader.convert(p, "FactPath", FactPath::of);
  }

  static SourceId sourceId(JsonParser p) {
    return SourceId.of(ValueJson.uuid(p, "SourceId"));
  }

  static void write(JsonGenerator g, ReportedValue v) {
    g.writeStartObject();
    g.writeStringProperty("value", v.value());
    FieldWriter.strings(g, "sources", v.sources());
    if (v.approximate()) {
      g.writeBooleanProperty("approximate", true);
    }
    FieldWriter.optional(g, "note", v.note());
    g.writeEndObject();
  }

  static FactProvenance read(JsonParser p) {
    ShapedObjectReader r = ShapedObjectReader.start(p, SHAPE);
    AggregateKind kind = null;
    UUID id = null;
    FactPath path = null;
    List<SourceId> sources = List.of();
    List<ReportedValue> reported = List.of();
    Adoption adoption = null;
    long version = 0;
    Instant updatedAt = Instant.EPOCH;
    while (r.next()) {
      switch (r.name()) {
        case "kind" -> kind = EnumJson.read(p, AggregateKind.class);
        case "aggregateId" -> id = ValueJson.uuid(p, "FactProvenance");
        case "path" -> path = path(p);
        case "sources" -> sources = sources(p);
        case "reported" ->
            reported =
                TokenReader.list(
                    p, "FactProvenance", "reported", Limits.LIST, ProvenanceJson::value);
        case "adoption" -> adoption = adoption(p);
        case VersionAndTimestamps.VERSION -> version = TokenReader.longInteger(p);
        case VersionAndTimestamps.UPDATED_AT -> updatedAt = ValueJson.instant(p);
        default -> throw r.unexpected();
      }
    }
    r.allOrNone(VersionAndTimestamps.VERSION, VersionAndTimestamps.UPDATED_AT);
    if (kind == null || id == null || path == null) {
      throw JsonDataException.at(
          p, "Invalid FactProvenance: kind, aggregateId and path are required");
    }
    FactProvenance.Builder b =
        FactProvenance.builder(new Fact(kind, id, path))
            .sources(sources)
            .reported(reported)
            .adoption(adoption)
            .version(version)
            .updatedAt(updatedAt);
    return r.build(b::build);
  }

  private static List<SourceId> sources(JsonParser p) {
    return TokenReader.list(p, "FactProvenance", "sources", Limits.LIST, ProvenanceJson::sourceId);
  }

  static ReportedValue value(JsonParser p) {
    ShapedObjectReader r = ShapedObjectReader.start(p, VALUE);
    ReportedValue.Builder b = ReportedValue.builder();
    while (r.next()) {
      switch (r.name()) {
        case "value" -> b.value(TokenReader.string(p));
        case "sources" -> b.sources(sources(p));
        case "approximate" -> b.approximate(TokenReader.bool(p));
        case "note" -> b.note(TokenReader.string(p));
        default -> throw r.unexpected();
      }
    }
    return r.build(b::build);
  }

  static Adoption adoption(JsonParser p) {
    ShapedObjectReader r = ShapedObjectReader.start(p, ADOPTION);
    String value = null;
    AdoptionRule rule = null;
    String actor = null;
    String reason = null;
    Instant at = null;
    while (r.next()) {
      switch (r.name()) {
        case "value" -> value = TokenReader.string(p);
        case "rule" -> rule = EnumJson.read(p, AdoptionRule.class);
        case "actor" -> actor = TokenReader.string(p);
        case "reason" -> reason = TokenReader.string(p);
        case "at" -> at = ValueJson.instant(p);
        default -> throw r.unexpected();
      }
    }
    if (value == null || rule == null || actor == null || at == null) {
      throw JsonDataException.at(p, "Invalid Adoption: value, rule, actor and at are required");
    }
    String v = value;
    AdoptionRule ru = rule;
    String ac = actor;
    String re = reason;
    Instant t = at;
    return r.build(
        () ->
            ru == AdoptionRule.CHOSEN
                ? Adoption.chosen(v, ac, re == null ? "" : re, t)
                : Adoption.byRule(ru, v, ac, t));
  }
}
