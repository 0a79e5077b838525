package org.coopkit.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.coopkit.error.ValidationException;
import org.coopkit.error.Violation;
import org.coopkit.model.CountryCode;
import org.coopkit.model.Limits;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.PartialDate;
import org.coopkit.model.organisation.OrganisationType;
import org.coopkit.model.result.Actual;
import org.coopkit.model.result.Baseline;
import org.coopkit.model.result.Breakdown;
import org.coopkit.model.result.Direction;
import org.coopkit.model.result.Disaggregation;
import org.coopkit.model.result.EventCount;
import org.coopkit.model.result.Indicator;
import org.coopkit.model.result.IndicatorId;
import org.coopkit.model.result.Logframe;
import org.coopkit.model.result.Measure;
import org.coopkit.model.result.MeasureKind;
import org.coopkit.model.result.Period;
import org.coopkit.model.result.Result;
import org.coopkit.model.result.ResultId;
import org.coopkit.model.result.ResultLevel;
import org.coopkit.model.result.Sex;
import org.coopkit.model.result.Target;
import org.coopkit.model.source.SourceId;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * A {@link Logframe} as JSON: the project's id, its results with their indicators, stamps last. A
 * value's breakdown is flattened into it ({@code country}, {@code sex}, {@code organisationType}),
 * a period into {@code start} and {@code end}, and numbers are decimal strings, as money's are.
 */
final class LogframeJson {
  static final ShapedObjectReader.Shape SHAPE =
      ShapedObjectReader.Shape.of(
          "Logframe",
          "project",
          "results",
          VersionAndTimestamps.VERSION,
          VersionAndTimestamps.CREATED_AT,
          VersionAndTimestamps.UPDATED_AT);
  static final ShapedObjectReader.Shape RESULT =
      ShapedObjectReader.Shape.of(
          "Result",
          "id",
          "level",
          "statement",
          "contributesTo",
          "components",
          "events",
          "indicators");
  static final ShapedObjectReader.Shape INDICATOR =
      ShapedObjectReader.Shape.of(
          "Indicator",
          "id",
          "statement",
          "measure",
          "unit",
          "levels",
          "direction",
          "disaggregations",
          "computedFrom",
          "baselines",
          "targets",
          "actuals");
  static final ShapedObjectReader.Shape VALUE =
      ShapedObjectReader.Shape.of(
          "Value",
          "country",
          "sex",
          "organisationType",
          "date",
          "start",
          "end",
          "value",
          "sources",
          "note");
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,40}(\\.[0-9]{1,20})?");

  private LogframeJson() {}

  static void write(JsonGenerator g, Logframe l) {
    g.writeStartObject();
    g.writeStringProperty("project", l.id().toString());
    FieldWriter.list(g, "results", l.results(), LogframeJson::write);
    VersionAndTimestamps.write(g, l);
    g.writeEndObject();
  }

  static void write(JsonGenerator g, Result r) {
    g.writeStartObject();
    g.writeStringProperty("id", r.id().toString());
    g.writeStringProperty("level", EnumJson.code(r.level()));
    FieldWriter.text(g, "statement", r.statement());
    FieldWriter.optional(g, "contributesTo", r.contributesTo());
    FieldWriter.strings(g, "components", r.components());
    FieldWriter.strings(g, "events", r.events());
    FieldWriter.list(g, "indicators", r.indicators(), LogframeJson::write);
    g.writeEndObject();
  }

  static void write(JsonGenerator g, Indicator i) {
    g.writeStartObject();
    g.writeStringProperty("id", i.id().toString());
    FieldWriter.text(g, "statement", i.statement());
    g.writeStringProperty("measure", EnumJson.code(i.measure().kind()));
    FieldWriter.optional(g, "unit", i.measure().unit());
    FieldWriter.list(g, "levels", i.measure().levels(), ValueJson::write);
    g.writeStringProperty("direction", EnumJson.code(i.direction()));
    FieldWriter.strings(
        g, "disaggregations", i.disaggregations().stream().map(EnumJson::code).toList());
    if (i.computedFrom() != null) {
      g.writeStringProperty("computedFrom", EnumJson.code(i.computedFrom()));
    }
    FieldWriter.list(
        g,
        "baselines",
        i.baselines(),
        (gen, b) -> value(gen, b.breakdown(), b.date(), null, b.value(), List.of(), b.note()));
    FieldWriter.list(
        g,
        "targets",
        i.targets(),
        (gen, t) -> value(gen, t.breakdown(), null, t.period(), t.value(), List.of(), t.note()));
    FieldWriter.list(
        g,
        "actuals",
        i.actuals(),
        (gen, a) -> value(gen, a.breakdown(), null, a.period(), a.value(), a.sources(), a.note()));
    g.writeEndObject();
  }

  private static void value(
      JsonGenerator g,
      Breakdown breakdown,
      @Nullable PartialDate date,
      @Nullable Period period,
      BigDecimal value,
      List<SourceId> sources,
      @Nullable String note) {
    g.writeStartObject();
    FieldWriter.optional(g, "country", breakdown.country());
    if (breakdown.sex() != null) {
      g.writeStringProperty("sex", EnumJson.code(breakdown.sex()));
    }
    if (breakdown.organisationType() != null) {
      g.writeStringProperty("organisationType", EnumJson.code(breakdown.organisationType()));
    }
    FieldWriter.date(g, "date", date);
    if (period != null) {
      g.writeStringProperty("start", period.start().toString());
      g.writeStringProperty("end", period.end().toString());
    }
    g.writeStringProperty("value", value.toPlainString());
    FieldWriter.strings(g, "sources", sources);
    FieldWriter.optional(g, "note", note);
    g.writeEndObject();
  }

  static Logframe read(JsonParser p) {
    ShapedObjectReader r = ShapedObjectReader.start(p, SHAPE);
    Logframe.Builder b = Logframe.builder();
    while (r.next()) {
      switch (r.name()) {
        case "project" -> b.project(ValueJson.projectId(p));
        case "results" ->
            b.results(
                TokenReader.list(p, "Logframe", "results", Limits.LIST, LogframeJson::result));
        case VersionAndTimestamps.VERSION -> b.version(TokenReader.longInteger(p));
        case VersionAndTimestamps.CREATED_AT -> b.createdAt(ValueJson.instant(p));
        case VersionAndTimestamps.UPDATED_AT -> b.updatedAt(ValueJson.instant(p));
        default -> throw r.unexpected();
      }
    }
    VersionAndTimestamps.check(r);
    return r.build(b::build);
  }

  static Result result(JsonParser p) {
    ShapedObjectReader r = ShapedObjectReader.start(p, RESULT);
    Result.Builder b = Result.builder();
    while (r.next()) {
      switch (r.name()) {
        case "id" -> b.id(ResultId.of(ValueJson.uuid(p, "ResultId")));
        case "level" -> b.level(EnumJson.read(p, ResultLevel.class));
        case "statement" -> b.statement(ValueJson.localizedText(p));
        case "contributesTo" -> b.contributesTo(ResultId.of(ValueJson.uuid(p, "ResultId")));
        case "components" ->
            b.components(
                TokenReader.list(
                    p, "Result", "components", Limits.COMPONENTS, ValueJson::componentId));
        case "events" ->
            b.events(TokenReader.list(p, "Result", "events", Limits.LIST, ValueJson::eventId));
        case "indicators" ->
            b.indicators(
                TokenReader.list(p, "Result", "indicators", Limits.LIST, LogframeJson::indicator));
        default -> throw r.unexpected();
      }
    }
    return r.build(b::build);
  }

  static Indicator indicator(JsonParser p) {
    ShapedObjectReader r = ShapedObjectReader.start(p, INDICATOR);
    Indicator.Builder b = Indicator.builder();
    MeasureKind[] kind = {null};
    String[] unit = {null};
    List<LocalizedText> levels = new ArrayList<>();
    while (r.next()) {
      switch (r.name()) {
        case "id" -> b.id(IndicatorId.of(ValueJson.uuid(p, "IndicatorId")));
        case "statement" -> b.statement(ValueJson.localizedText(p));
        case "measure" -> kind[0] = EnumJson.read(p, MeasureKind.class);
        case "unit" -> unit[0] = TokenReader.string(p);
        case "levels" ->
            levels.addAll(
                TokenReader.list(p, "Indicator", "levels", Limits.LIST, ValueJson::localizedText));
        case "direction" -> b.direction(EnumJson.read(p, Direction.class));
        case "disaggregations" -> {
          Set<Disaggregation> by = EnumSet.noneOf(Disaggregation.class);
          by.addAll(
              TokenReader.list(
                  p,
                  "Indicator",
                  "disaggregations",
                  Limits.LIST,
                  q -> EnumJson.read(q, Disaggregation.class)));
          b.disaggregations(by);
        }
        case "computedFrom" -> b.computedFrom(EnumJson.read(p, EventCount.class));
        case "baselines" ->
            b.baselines(
                TokenReader.list(
                    p, "Indicator", "baselines", Limits.LIST, q -> (Baseline) value(q, 'b')));
        case "targets" ->
            b.targets(
                TokenReader.list(
                    p, "Indicator", "targets", Limits.LIST, q -> (Target) value(q, 't')));
        case "actuals" ->
            b.actuals(
                TokenReader.list(
                    p, "Indicator", "actuals", Limits.LIST, q -> (Actual) value(q, 'a')));
        default -> throw r.unexpected();
      }
    }
    return r.build(
        () -> {
          if (kind[0] != null) {
            b.measure(new Measure(kind[0], unit[0], levels));
          }
          return b.build();
        });
  }

  /** A baseline ({@code b}), target ({@code t}) or actual value ({@code a}). */
  private static Object value(JsonParser p, char type) {
    ShapedObjectReader r = ShapedObjectReader.start(p, VALUE);
    CountryCode country = null;
    Sex sex = null;
    OrganisationType organisationType = null;
    PartialDate date = null;
    LocalDate start = null;
    LocalDate end = null;
    BigDecimal value = null;
    List<SourceId> sources = List.of();
    String note = null;
    while (r.next()) {
      switch (r.name()) {
        case "country" -> country = ValueJson.country(p);
        case "sex" -> sex = EnumJson.read(p, Sex.class);
        case "organisationType" -> organisationType = EnumJson.read(p, OrganisationType.class);
        case "date" -> date = ValueJson.partialDate(p);
        case "start" -> start = ValueJson.date(p);
        case "end" -> end = ValueJson.date(p);
        case "value" -> {
          String text = TokenReader.string(p);
          if (!DECIMAL.matcher(text).matches()) {
            throw JsonDataException.at(
                p,
                "Invalid Value: value: must be a decimal number such as 12.5: digits, an optional"
                    + " fraction, no exponent ('"
                    + TokenReader.shorten(text)
                    + "')");
          }
          value = new BigDecimal(text);
        }
        case "sources" ->
            sources =
                TokenReader.list(
                    p,
                    "Value",
                    "sources",
                    Limits.LIST,
                    q -> SourceId.of(ValueJson.uuid(q, "SourceId")));
        case "note" -> note = TokenReader.string(p);
        default -> throw r.unexpected();
      }
    }
    Breakdown breakdown = new Breakdown(country, sex, organisationType);
    BigDecimal v = value;
    PartialDate d = date;
    LocalDate s = start;
    LocalDate e = end;
    List<SourceId> cited = sources;
    String n = note;
    return r.build(
        () -> {
          if (v == null) {
            throw missing("value");
          }
          if (type == 'b') {
            if (d == null) {
              throw missing("date");
            }
            return new Baseline(breakdown, v, d, n);
          }
          if (s == null || e == null) {
            throw missing(s == null ? "start" : "end");
          }
          Period period = Period.of(s, e);
          return type == 't'
              ? new Target(period, breakdown, v, n)
              : new Actual(period, breakdown, v, cited, n);
        });
  }

  static final ShapedObjectReader.Shape MEASURE =
      ShapedObjectReader.Shape.of("Measure", "kind", "unit", "levels");
  static final ShapedObjectReader.Shape BREAKDOWN =
      ShapedObjectReader.Shape.of("Breakdown", "country", "sex", "organisationType");
  static final ShapedObjectReader.Shape PERIOD =
      ShapedObjectReader.Shape.of("Period", "start", "end");

  static void write(JsonGenerator g, Baseline b) {
    value(g, b.breakdown(), b.date(), null, b.value(), List.of(), b.note());
  }

  static void write(JsonGenerator g, Target t) {
    value(g, t.breakdown(), null, t.period(), t.value(), List.of(), t.note());
  }

  static void write(JsonGenerator g, Actual a) {
    value(g, a.breakdown(), null, a.period(), a.value(), a.sources(), a.note());
  }

  static Baseline baseline(JsonParser p) {
    return (Baseline) value(p, 'b');
  }

  static Target target(JsonParser p) {
    return (Target) value(p, 't');
  }

  static Actual actual(JsonParser p) {
    return (Actual) value(p, 'a');
  }

  static void write(JsonGenerator g, Measure m) {
    g.writeStartObject();
    g.writeStringProperty("kind", EnumJson.code(m.kind()));
    FieldWriter.optional(g, "unit", m.unit());
    FieldWriter.list(g, "levels", m.levels(), ValueJson::write);
    g.writeEndObject();
  }

  static Measure measure(JsonParser p) {
    ShapedObjectReader r = ShapedObjectReader.start(p, MEASURE);
    MeasureKind kind = null;
    String unit = null;
    List<LocalizedText> levels = List.of();
    while (r.next()) {
      switch (r.name()) {
        case "kind" -> kind = EnumJson.read(p, MeasureKind.class);
        case "unit" -> unit = TokenReader.string(p);
        case "levels" ->
            levels =
                TokenReader.list(p, "Measure", "levels", Limits.LIST, ValueJson::localizedText);
        default -> throw r.unexpected();
      }
    }
    MeasureKind k = kind;
    String u = unit;
    List<LocalizedText> l = levels;
    return r.build(
        () -> {
          if (k == null) {
            throw missing("kind");
          }
          return new Measure(k, u, l);
        });
  }

  static void write(JsonGenerator g, Breakdown b) {
    g.writeStartObject();
    FieldWriter.optional(g, "country", b.country());
    if (b.sex() != null) {
      g.writeStringProperty("sex", EnumJson.code(b.sex()));
    }
    if (b.organisationType() != null) {
      g.writeStringProperty("organisationType", EnumJson.code(b.organisationType()));
    }
    g.writeEndObject();
  }

  static Breakdown breakdown(JsonParser p) {
    ShapedObjectReader r = ShapedObjectReader.start(p, BREAKDOWN);
    CountryCode country = null;
    Sex sex = null;
    OrganisationType type = null;
    while (r.next()) {
      switch (r.name()) {
        case "country" -> country = ValueJson.country(p);
        case "sex" -> sex = EnumJson.read(p, Sex.class);
        case "organisationType" -> type = EnumJson.read(p, OrganisationType.class);
        default -> throw r.unexpected();
      }
    }
    return new Breakdown(country, sex, type);
  }

  static void write(JsonGenerator g, Period period) {
    g.writeStartObject();
    g.writeStringProperty("start", period.start().toString());
    g.writeStringProperty("end", period.end().toString());
    g.writeEndObject();
  }

  static Period period(JsonParser p) {
    ShapedObjectReader r = ShapedObjectReader.start(p, PERIOD);
    LocalDate start = null;
    LocalDate end = null;
    while (r.next()) {
      switch (r.name()) {
        case "start" -> start = ValueJson.date(p);
        case "end" -> end = ValueJson.date(p);
        default -> throw r.unexpected();
      }
    }
    LocalDate s = start;
    LocalDate e = end;
    return r.build(
        () -> {
          if (s == null || e == null) {
            throw missing(s == null ? "start" : "end");
          }
          return Period.of(s, e);
        });
  }

  private static ValidationException missing(String field) {
    return new ValidationException("Value", List.of(new Violation(field, "is required", "null")));
  }
}
