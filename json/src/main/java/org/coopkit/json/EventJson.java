package org.coopkit.json;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.coopkit.error.ValidationException;
import org.coopkit.model.CountryCode;
import org.coopkit.model.Limits;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.PartialDate;
import org.coopkit.model.ParticipantCount;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventDates;
import org.coopkit.model.event.EventFormat;
import org.coopkit.model.event.EventSeries;
import org.coopkit.model.event.EventStatus;
import org.coopkit.model.event.EventType;
import org.coopkit.model.event.KeyMessage;
import org.coopkit.model.event.Organiser;
import org.coopkit.model.event.OrganiserRole;
import org.coopkit.model.event.Participation;
import org.coopkit.model.event.ReportedFigure;
import org.coopkit.model.event.Venue;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** An {@link Event} and its parts as JSON. */
final class EventJson {
  static final ShapedObjectReader.Shape SHAPE =
      ShapedObjectReader.Shape.of(
          "Event",
          "id",
          "projects",
          "components",
          "title",
          "type",
          "status",
          "dates",
          "format",
          "venue",
          "organisers",
          "participation",
          "topics",
          "keyMessages",
          "description",
          "links",
          "partOf",
          "series",
          "externalIds",
          VersionAndTimestamps.VERSION,
          VersionAndTimestamps.CREATED_AT,
          VersionAndTimestamps.UPDATED_AT);
  static final ShapedObjectReader.Shape DATES =
      ShapedObjectReader.Shape.of("EventDates", "start", "end", "timeZone", "onOrBefore");
  static final ShapedObjectReader.Shape SERIES =
      ShapedObjectReader.Shape.of("EventSeries", "code", "name");
  static final ShapedObjectReader.Shape VENUE =
      ShapedObjectReader.Shape.of("Venue", "name", "city", "country");
  static final ShapedObjectReader.Shape ORGANISER =
      ShapedObjectReader.Shape.of("Organiser", "organisation", "role");
  static final ShapedObjectReader.Shape PARTICIPATION =
      ShapedObjectReader.Shape.of(
          "Participation",
          "total",
          "countries",
          "byCountry",
          "countryCount",
          "organisationCount",
          "experts",
          "note",
          "reported");
  static final ShapedObjectReader.Shape REPORTED_FIGURE =
      ShapedObjectReader.Shape.of("ReportedFigure", "count", "source", "reportedOn");
  static final ShapedObjectReader.Shape KEY_MESSAGE =
      ShapedObjectReader.Shape.of("KeyMessage", "text", "adopted");

  private EventJson() {}

  static void write(JsonGenerator g, Event e) {
    g.writeStartObject();
    g.writeStringProperty("id", e.id().toString());
    FieldWriter.strings(g, "projects", e.projects());
    FieldWriter.strings(g, "components", e.components());
    g.writeName("title");
    ValueJson.write(g, e.title());
    g.writeStringProperty("type", EnumJson.code(e.type()));
    g.writeStringProperty("status", EnumJson.code(e.status()));
    g.writeName("dates");
    write(g, e.dates());
    g.writeStringProperty("format", EnumJson.code(e.format()));
    if (e.venue() != null) {
      g.writeName("venue");
      write(g, e.venue());
    }
    FieldWriter.list(g, "organisers", e.organisers(), EventJson::write);
    if (!e.participation().equals(Participation.UNKNOWN)) {
      g.writeName("participation");
      write(g, e.participation());
    }
    FieldWriter.strings(g, "topics", e.topics());
    FieldWriter.list(g, "keyMessages", e.keyMessages(), EventJson::write);
    FieldWriter.text(g, "description", e.description());
    FieldWriter.list(g, "links", e.links(), ValueJson::write);
    FieldWriter.optional(g, "partOf", e.partOf());
    if (e.series() != null) {
      g.writeName("series");
      write(g, e.series());
    }
    FieldWriter.list(g, "externalIds", e.externalIds(), ValueJson::write);
    VersionAndTimestamps.write(g, e);
    g.writeEndObject();
  }

  static Event read(JsonParser p) {
    ShapedObjectReader r = ShapedObjectReader.start(p, SHAPE);
    Event.Builder b = Event.builder();
    while (r.next()) {
      switch (r.name()) {
        case "id" -> b.id(ValueJson.eventId(p));
        case "projects" ->
            b.projects(TokenReader.list(p, "Event", "projects", Limits.LIST, ValueJson::projectId));
        case "components" ->
            b.components(
                TokenReader.list(p, "Event", "components", Limits.LIST, ValueJson::componentId));
        case "title" -> b.title(ValueJson.localizedText(p));
        case "type" -> b.type(EnumJson.read(p, EventType.class));
        case "status" -> b.status(EnumJson.read(p, EventStatus.class));
        case "dates" -> b.dates(dates(p));
        case "format" -> b.format(EnumJson.read(p, EventFormat.class));
        case "venue" -> b.venue(venue(p));
        case "organisers" ->
            b.organisers(
                TokenReader.list(p, "Event", "organisers", Limits.LIST, EventJson::organiser));
        case "participation" -> b.participation(participation(p));
        case "topics" ->
            b.topics(
                new LinkedHashSet<>(
                    TokenReader.list(p, "Event", "topics", Limits.LIST, ValueJson::topic)));
        case "keyMessages" ->
            b.keyMessages(
                TokenReader.list(p, "Event", "keyMessages", Limits.LIST, EventJson::keyMessage));
        case "description" -> b.description(ValueJson.localizedText(p));
        case "links" ->
            b.links(TokenReader.list(p, "Event", "links", Limits.LIST, ValueJson::link));
        case "partOf" -> b.partOf(ValueJson.eventId(p));
        case "series" -> b.series(series(p));
        case "externalIds" ->
            b.externalIds(
                TokenReader.list(p, "Event", "externalIds", Limits.LIST, ValueJson::externalId));
        case VersionAndTimestamps.VERSION -> b.version(TokenReader.longInteger(p));
        case VersionAndTimestamps.CREATED_AT -> b.createdAt(ValueJson.instant(p));
        case VersionAndTimestamps.UPDATED_AT -> b.updatedAt(ValueJson.instant(p));
        default -> throw r.unexpected();
      }
    }
    VersionAndTimestamps.check(r);
    return r.build(b::build);
  }

  // Dates.

  static void write(JsonGenerator g, EventDates d) {
    // Each part only when known: {} for dates not known at all.
    g.writeStartObject();
    FieldWriter.date(g, "start", d.start());
    FieldWriter.date(g, "end", d.end());
    FieldWriter.optional(g, "timeZone", d.timeZone());
    FieldWriter.optional(g, "onOrBefore", d.onOrBefore());
    g.writeEndObject();
  }

  static void write(JsonGenerator g, EventSeries s) {
    g.writeStartObject();
    g.writeStringProperty("code", s.code());
    FieldWriter.optional(g, "name", s.name());
    g.writeEndObject();
  }

  static EventSeries series(JsonParser p) {
    ShapedObjectReader r = ShapedObjectReader.start(p, SERIES);
    String code = null;
    String name = null;
    while (r.next()) {
      switch (r.name()) {
        case "code" -> code = TokenReader.string(p);
        case "name" -> name = TokenReader.string(p);
        default -> throw r.unexpected();
      }
    }
    r.require("code");
    String c = code;
    String n = name;
    return r.build(() -> new EventSeries(java.util.Objects.requireNonNull(c), n));
  }

  static EventDates dates(JsonParser p) {
    ShapedObjectReader r = ShapedObjectReader.start(p, DATES);
    PartialDate start = null;
    PartialDate end = null;
    ZoneId timeZone = null;
    LocalDate onOrBefore = null;
    while (r.next()) {
      switch (r.name()) {
        case "start" -> start = ValueJson.partialDate(p);
        case "end" -> end = ValueJson.partialDate(p);
        case "timeZone" -> timeZone = ValueJson.zone(p);
        case "onOrBefore" -> onOrBefore = ValueJson.date(p);
        default -> throw r.unexpected();
      }
    }
    // Every part is optional since 0.2 (an event whose date is not known yet is {}); 0.1's
    // documents always hold start and end.
    PartialDate s = start;
    PartialDate e = end;
    ZoneId z = timeZone;
    LocalDate o = onOrBefore;
    return r.build(() -> EventDates.ofParts(s, e, z, o));
  }

  // Venue.

  static void write(JsonGenerator g, Venue v) {
    g.writeStartObject();
    FieldWriter.optional(g, "name", v.name());
    FieldWriter.optional(g, "city", v.city());
    FieldWriter.optional(g, "country", v.country());
    g.writeEndObject();
  }

  static Venue venue(JsonParser p) {
    ShapedObjectReader r = ShapedObjectReader.start(p, VENUE);
    String name = null;
    String city = null;
    CountryCode country = null;
    while (r.next()) {
      switch (r.name()) {
        case "name" -> name = TokenReader.string(p);
        case "city" -> city = TokenReader.string(p);
        case "country" -> country = ValueJson.country(p);
        default -> throw r.unexpected();
      }
    }
    String n = name;
    String c = city;
    CountryCode co = country;
    return r.build(() -> new Venue(n, c, co));
  }

  // Organisers.

  static void write(JsonGenerator g, Organiser o) {
    ReferenceAndCode.write(g, ORGANISER, o.organisation().toString(), o.role());
  }

  static Organiser organiser(JsonParser p) {
    return ReferenceAndCode.read(
        p, ORGANISER, ValueJson::organisationId, OrganiserRole.class, Organiser::new);
  }

  // Participation: the counts per country are an object keyed by country code.

  static void write(JsonGenerator g, Participation p) {
    g.writeStartObject();
    if (p.total() != null) {
      g.writeName("total");
      ValueJson.write(g, p.total());
    }
    FieldWriter.strings(g, "countries", p.countries());
    if (!p.byCountry().isEmpty()) {
      g.writeName("byCountry");
      g.writeStartObject();
      for (Map.Entry<CountryCode, ParticipantCount> entry : p.byCountry().entrySet()) {
        g.writeName(entry.getKey().alpha2());
        ValueJson.write(g, entry.getValue());
      }
      g.writeEndObject();
    }
    count(g, "countryCount", p.countryCount());
    count(g, "organisationCount", p.organisationCount());
    count(g, "experts", p.experts());
    FieldWriter.optional(g, "note", p.note());
    if (!p.reported().isEmpty()) {
      g.writeName("reported");
      g.writeStartArray();
      for (ReportedFigure f : p.reported()) {
        write(g, f);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  static void write(JsonGenerator g, ReportedFigure f) {
    g.writeStartObject();
    g.writeName("count");
    ValueJson.write(g, f.count());
    FieldWriter.optional(g, "source", f.source());
    FieldWriter.date(g, "reportedOn", f.reportedOn());
    g.writeEndObject();
  }

  static ReportedFigure reportedFigure(JsonParser p) {
    ShapedObjectReader r = ShapedObjectReader.start(p, REPORTED_FIGURE);
    ParticipantCount count = null;
    String source = null;
    PartialDate reportedOn = null;
    while (r.next()) {
      switch (r.name()) {
        case "count" -> count = ValueJson.participantCount(p);
        case "source" -> source = TokenReader.string(p);
        case "reportedOn" -> reportedOn = ValueJson.partialDate(p);
        default -> throw r.unexpected();
      }
    }
    r.require("count");
    ParticipantCount c = requireNonNull(count);
    String from = source;
    PartialDate on = reportedOn;
    return r.build(() -> ReportedFigure.of(c, from, on));
  }

  private static void count(JsonGenerator g, String name, @Nullable ParticipantCount count) {
    if (count != null) {
      g.writeName(name);
      ValueJson.write(g, count);
    }
  }

  static Participation participation(JsonParser p) {
    ShapedObjectReader r = ShapedObjectReader.start(p, PARTICIPATION);
    ParticipantCount total = null;
    Set<CountryCode> countries = Set.of();
    Map<CountryCode, ParticipantCount> byCountry = Map.of();
    Participation.Builder figures = Participation.builder();
    while (r.next()) {
      switch (r.name()) {
        case "total" -> total = ValueJson.participantCount(p);
        case "countryCount" -> figures.countryCount(ValueJson.participantCount(p));
        case "organisationCount" -> figures.organisationCount(ValueJson.participantCount(p));
        case "experts" -> figures.experts(ValueJson.participantCount(p));
        case "note" -> figures.note(TokenReader.string(p));
        case "reported" ->
            figures.reported(
                TokenReader.list(
                    p,
                    "Participation",
                    "participation.reported",
                    Limits.LIST,
                    EventJson::reportedFigure));
        case "countries" ->
            countries =
                new LinkedHashSet<>(
                    TokenReader.list(
                        p,
                        "Participation",
                        "participation.countries",
                        Limits.LIST,
                        ValueJson::country));
        case "byCountry" -> byCountry = byCountry(p);
        default -> throw r.unexpected();
      }
    }
    ParticipantCount t = total;
    Set<CountryCode> c = countries;
    Map<CountryCode, ParticipantCount> b = byCountry;
    return r.build(() -> figures.total(t).countries(c).byCountry(b).build());
  }

  private static Map<CountryCode, ParticipantCount> byCountry(JsonParser p) {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw TokenReader.wrongType(p, "an object from country code to count");
    }
    Map<CountryCode, ParticipantCount> counts = new LinkedHashMap<>();
    while (p.nextToken() != JsonToken.END_OBJECT) {
      if (counts.size() == Limits.LIST) {
        throw JsonDataException.at(
            p,
            "Invalid Participation: participation.byCountry: must hold"
                + " at most "
                + Limits.LIST
                + " entries");
      }
      // The key is read at the property name, so a wrong code is reported there.
      CountryCode country;
      try {
        country = CountryCode.of(p.currentName());
      } catch (ValidationException e) {
        throw TokenReader.invalid(p, p.currentTokenLocation(), "CountryCode", e);
      }
      if (counts.containsKey(country)) {
        throw JsonDataException.at(
            p,
            "Invalid Participation: participation.byCountry: must not"
                + " repeat a country ('"
                + country
                + "')");
      }
      p.nextToken();
      counts.put(country, ValueJson.participantCount(p));
    }
    return counts;
  }

  // Key messages.

  static void write(JsonGenerator g, KeyMessage m) {
    g.writeStartObject();
    g.writeName("text");
    ValueJson.write(g, m.text());
    g.writeBooleanProperty("adopted", m.adopted());
    g.writeEndObject();
  }

  static KeyMessage keyMessage(JsonParser p) {
    ShapedObjectReader r = ShapedObjectReader.start(p, KEY_MESSAGE);
    LocalizedText text = null;
    boolean adopted = false;
    while (r.next()) {
      switch (r.name()) {
        case "text" -> text = ValueJson.localizedText(p);
        case "adopted" -> adopted = TokenReader.bool(p);
        default -> throw r.unexpected();
      }
    }
    r.require("text");
    LocalizedText t = text;
    boolean a = adopted;
    return r.build(() -> new KeyMessage(t, a));
  }
}
