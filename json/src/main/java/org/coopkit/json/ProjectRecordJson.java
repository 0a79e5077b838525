package org.coopkit.json;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.coopkit.model.Money;
import org.coopkit.model.PartialDate;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.BudgetLine;
import org.coopkit.model.project.BudgetStatus;
import org.coopkit.model.project.BudgetType;
import org.coopkit.model.project.EndDateExtension;
import org.coopkit.model.project.FundingKind;
import org.coopkit.model.project.FundingLine;
import org.coopkit.model.project.PolicyMarker;
import org.coopkit.model.project.PolicyMarkerCode;
import org.coopkit.model.project.PolicySignificance;
import org.coopkit.model.project.Sector;
import org.coopkit.model.project.SectorVocabulary;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;

/**
 * The parts of a project added to {@code coopkit/1} in 0.2, all optional so that a document written
 * before still reads: end-date extensions, funding lines, budget lines, sectors and policy markers.
 * Percentages are decimal strings such as {@code "80.00"}, like money amounts, so no JSON reader
 * rounds them.
 */
final class ProjectRecordJson {
  /** A percentage: up to three whole digits and two decimals, no sign, no exponent. */
  private static final Pattern PERCENT = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,2})?");

  static final ShapedObjectReader.Shape EXTENSION =
      ShapedObjectReader.Shape.of("EndDateExtension", "previousEnd", "newEnd", "decided", "note");
  static final ShapedObjectReader.Shape FUNDING =
      ShapedObjectReader.Shape.of(
          "FundingLine", "donor", "amount", "share", "kind", "from", "until");
  static final ShapedObjectReader.Shape BUDGET =
      ShapedObjectReader.Shape.of("BudgetLine", "amount", "year", "type", "status");
  static final ShapedObjectReader.Shape SECTOR =
      ShapedObjectReader.Shape.of("Sector", "vocabulary", "code", "percentage");
  static final ShapedObjectReader.Shape MARKER =
      ShapedObjectReader.Shape.of("PolicyMarker", "marker", "significance");

  private ProjectRecordJson() {}

  static void write(JsonGenerator g, EndDateExtension x) {
    g.writeStartObject();
    FieldWriter.date(g, "previousEnd", x.previousEnd());
    FieldWriter.date(g, "newEnd", x.newEnd());
    FieldWriter.date(g, "decided", x.decided());
    FieldWriter.optional(g, "note", x.note());
    g.writeEndObject();
  }

  static EndDateExtension extension(JsonParser p) {
    ShapedObjectReader r = ShapedObjectReader.start(p, EXTENSION);
    PartialDate previousEnd = null;
    PartialDate newEnd = null;
    PartialDate decided = null;
    String note = null;
    while (r.next()) {
      switch (r.name()) {
        case "previousEnd" -> previousEnd = ValueJson.partialDate(p);
        case "newEnd" -> newEnd = ValueJson.partialDate(p);
        case "decided" -> decided = ValueJson.partialDate(p);
        case "note" -> note = TokenReader.string(p);
        default -> throw r.unexpected();
      }
    }
    r.require("previousEnd", "newEnd");
    PartialDate a = previousEnd;
    PartialDate b = newEnd;
    PartialDate d = decided;
    String n = note;
    return r.build(() -> new EndDateExtension(a, b, d, n));
  }

  static void write(JsonGenerator g, FundingLine f) {
    g.writeStartObject();
    g.writeStringProperty("donor", f.donor().toString());
    if (f.amount() != null) {
      g.writeName("amount");
      ValueJson.write(g, f.amount());
    }
    percent(g, "share", f.share());
    g.writeStringProperty("kind", EnumJson.code(f.kind()));
    FieldWriter.date(g, "from", f.from());
    FieldWriter.date(g, "until", f.until());
    g.writeEndObject();
  }

  static FundingLine funding(JsonParser p) {
    ShapedObjectReader r = ShapedObjectReader.start(p, FUNDING);
    OrganisationId donor = null;
    Money amount = null;
    BigDecimal share = null;
    FundingKind kind = null;
    PartialDate from = null;
    PartialDate until = null;
    while (r.next()) {
      switch (r.name()) {
        case "donor" -> donor = ValueJson.organisationId(p);
        case "amount" -> amount = ValueJson.money(p);
        case "share" -> share = percent(p, "FundingLine", "share");
        case "kind" -> kind = EnumJson.read(p, FundingKind.class);
        case "from" -> from = ValueJson.partialDate(p);
        case "until" -> until = ValueJson.partialDate(p);
        default -> throw r.unexpected();
      }
    }
    r.require("donor", "kind");
    OrganisationId d = donor;
    Money a = amount;
    BigDecimal s = share;
    FundingKind k = kind;
    PartialDate f = from;
    PartialDate u = until;
    return r.build(() -> new FundingLine(d, a, s, k, f, u));
  }

  static void write(JsonGenerator g, BudgetLine b) {
    g.writeStartObject();
    g.writeName("amount");
    ValueJson.write(g, b.amount());
    if (b.year() != null) {
      g.writeNumberProperty("year", b.year());
    }
    g.writeStringProperty("type", EnumJson.code(b.type()));
    g.writeStringProperty("status", EnumJson.code(b.status()));
    g.writeEndObject();
  }

  static BudgetLine budget(JsonParser p) {
    ShapedObjectReader r = ShapedObjectReader.start(p, BUDGET);
    Money amount = null;
    Integer year = null;
    BudgetType type = null;
    BudgetStatus status = null;
    while (r.next()) {
      switch (r.name()) {
        case "amount" -> amount = ValueJson.money(p);
        case "year" -> year = TokenReader.integer(p);
        case "type" -> type = EnumJson.read(p, BudgetType.class);
        case "status" -> status = EnumJson.read(p, BudgetStatus.class);
        default -> throw r.unexpected();
      }
    }
    r.require("amount", "type", "status");
    Money a = amount;
    Integer y = year;
    BudgetType t = type;
    BudgetStatus s = status;
    return r.build(() -> new BudgetLine(a, y, t, s));
  }

  static void write(JsonGenerator g, Sector s) {
    g.writeStartObject();
    g.writeStringProperty("vocabulary", EnumJson.code(s.vocabulary()));
    g.writeStringProperty("code", s.code());
    percent(g, "percentage", s.percentage());
    g.writeEndObject();
  }

  static Sector sector(JsonParser p) {
    ShapedObjectReader r = ShapedObjectReader.start(p, SECTOR);
    SectorVocabulary vocabulary = null;
    String code = null;
    BigDecimal percentage = null;
    while (r.next()) {
      switch (r.name()) {
        case "vocabulary" -> vocabulary = EnumJson.read(p, SectorVocabulary.class);
        case "code" -> code = TokenReader.string(p);
        case "percentage" -> percentage = percent(p, "Sector", "percentage");
        default -> throw r.unexpected();
      }
    }
    r.require("vocabulary", "code");
    SectorVocabulary v = vocabulary;
    String c = code;
    BigDecimal pc = percentage;
    return r.build(() -> new Sector(v, c, pc));
  }

  static void write(JsonGenerator g, PolicyMarker m) {
    ReferenceAndCode.write(g, MARKER, EnumJson.code(m.marker()), m.significance());
  }

  static PolicyMarker marker(JsonParser p) {
    return ReferenceAndCode.read(
        p,
        MARKER,
        q -> EnumJson.read(q, PolicyMarkerCode.class),
        PolicySignificance.class,
        PolicyMarker::new);
  }

  private static void percent(JsonGenerator g, String name, @Nullable BigDecimal value) {
    if (value != null) {
      g.writeStringProperty(name, value.toPlainString());
    }
  }

  private static BigDecimal percent(JsonParser p, String subject, String field) {
    String text = TokenReader.string(p);
    if (!PERCENT.matcher(text).matches()) {
      throw JsonDataException.at(
          p,
          "Invalid "
              + subject
              + ": "
              + field
              + ": must be a percentage such as 80 or 12.50, as a string ('"
              + TokenReader.shorten(text)
              + "')");
    }
    return new BigDecimal(text);
  }
}
