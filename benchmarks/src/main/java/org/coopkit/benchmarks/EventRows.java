package org.coopkit.benchmarks;

import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.coopkit.model.CountryCode;
import org.coopkit.model.Link;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.ParticipantCount;
import org.coopkit.model.Topic;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.KeyMessage;
import org.coopkit.model.event.Organiser;
import org.coopkit.model.event.Participation;
import org.coopkit.model.event.Venue;
import org.coopkit.query.internal.SearchText;
import org.jspecify.annotations.Nullable;

/**
 * The rows of coopkit's event tables for an event, written by hand from the schema (storage-jdbc's
 * {@code db/migration}) for the baselines: the plain JDBC batches and PostgreSQL's COPY write
 * exactly these, and the load harness checks that coopkit reads them back equal to the events.
 */
enum EventRows {
  EVENT(
      "event",
      List.of(
          column("id", Types.CHAR),
          column("event_type", Types.VARCHAR),
          column("status", Types.VARCHAR),
          column("event_format", Types.VARCHAR),
          column("start_date", Types.VARCHAR),
          column("end_date", Types.VARCHAR),
          column("time_zone", Types.VARCHAR),
          column("first_day", Types.DATE),
          column("last_day", Types.DATE),
          column("venue_name", Types.VARCHAR),
          column("venue_city", Types.VARCHAR),
          column("venue_country", Types.CHAR),
          column("participants_total", Types.INTEGER),
          column("participants_qualifier", Types.VARCHAR),
          column("country_count", Types.INTEGER),
          column("country_count_qualifier", Types.VARCHAR),
          column("organisation_count", Types.INTEGER),
          column("organisation_count_qualifier", Types.VARCHAR),
          column("experts", Types.INTEGER),
          column("experts_qualifier", Types.VARCHAR),
          column("participation_note", Types.VARCHAR),
          column("search_text", Types.VARCHAR),
          column("version", Types.BIGINT),
          column("created_at", Types.TIMESTAMP),
          column("updated_at", Types.TIMESTAMP))) {
    @Override
    void rows(Event e, String id, Consumer<@Nullable Object[]> out) {
      Venue venue = e.venue();
      Participation p = e.participation();
      ParticipantCount total = p.total();
      ParticipantCount countries = p.countryCount();
      ParticipantCount organisations = p.organisationCount();
      ParticipantCount experts = p.experts();
      out.accept(
          new Object[] {
            id,
            e.type().name(),
            e.status().name(),
            e.format().name(),
            e.dates().start().toString(),
            e.dates().end().toString(),
            e.dates().timeZone() == null ? null : e.dates().timeZone().getId(),
            e.dates().firstDay(),
            e.dates().lastDay(),
            venue == null ? null : venue.name(),
            venue == null ? null : venue.city(),
            venue == null || venue.country() == null ? null : venue.country().alpha2(),
            total == null ? null : total.value(),
            total == null ? null : total.qualifier().name(),
            countries == null ? null : countries.value(),
            countries == null ? null : countries.qualifier().name(),
            organisations == null ? null : organisations.value(),
            organisations == null ? null : organisations.qualifier().name(),
            experts == null ? null : experts.value(),
            experts == null ? null : experts.qualifier().name(),
            p.note(),
            SearchText.of(e),
            e.version(),
            utc(e.createdAt()),
            utc(e.updatedAt())
          });
    }
  },
  EVENT_TEXT(
      "event_text",
      List.of(
          column("event_id", Types.CHAR),
          column("field_name", Types.VARCHAR),
          column("item", Types.INTEGER),
          column("lang", Types.VARCHAR),
          column("position", Types.INTEGER),
          column("content", Types.VARCHAR))) {
    @Override
    void rows(Event e, String id, Consumer<@Nullable Object[]> out) {
      text(e.title(), id, "TITLE", 0, out);
      text(e.description(), id, "DESCRIPTION", 0, out);
      for (int i = 0; i < e.keyMessages().size(); i++) {
        text(e.keyMessages().get(i).text(), id, "KEY_MESSAGE", i, out);
      }
    }
  },
  EVENT_PROJECT(
      "event_project",
      List.of(
          column("event_id", Types.CHAR),
          column("project_id", Types.CHAR),
          column("position", Types.INTEGER))) {
    @Override
    void rows(Event e, String id, Consumer<@Nullable Object[]> out) {
      for (int i = 0; i < e.projects().size(); i++) {
        out.accept(new Object[] {id, e.projects().get(i).toString(), i});
      }
    }
  },
  EVENT_COMPONENT(
      "event_component",
      List.of(
          column("event_id", Types.CHAR),
          column("component_id", Types.CHAR),
          column("position", Types.INTEGER))) {
    @Override
    void rows(Event e, String id, Consumer<@Nullable Object[]> out) {
      for (int i = 0; i < e.components().size(); i++) {
        out.accept(new Object[] {id, e.components().get(i).toString(), i});
      }
    }
  },
  EVENT_ORGANISER(
      "event_organiser",
      List.of(
          column("event_id", Types.CHAR),
          column("organisation_id", Types.CHAR),
          column("organiser_role", Types.VARCHAR),
          column("position", Types.INTEGER))) {
    @Override
    void rows(Event e, String id, Consumer<@Nullable Object[]> out) {
      for (int i = 0; i < e.organisers().size(); i++) {
        Organiser o = e.organisers().get(i);
        out.accept(new Object[] {id, o.organisation().toString(), o.role().name(), i});
      }
    }
  },
  EVENT_PARTICIPATION(
      "event_participation",
      List.of(
          column("event_id", Types.CHAR),
          column("country", Types.CHAR),
          column("participants", Types.INTEGER),
          column("qualifier", Types.VARCHAR))) {
    @Override
    void rows(Event e, String id, Consumer<@Nullable Object[]> out) {
      Map<CountryCode, ParticipantCount> byCountry = e.participation().byCountry();
      for (CountryCode country : e.participation().countries()) {
        ParticipantCount count = byCountry.get(country);
        out.accept(
            new Object[] {
              id,
              country.alpha2(),
              count == null ? null : count.value(),
              count == null ? null : count.qualifier().name()
            });
      }
    }
  },
  EVENT_TOPIC(
      "event_topic",
      List.of(
          column("event_id", Types.CHAR),
          column("topic", Types.VARCHAR),
          column("topic_key", Types.VARCHAR),
          column("position", Types.INTEGER))) {
    @Override
    void rows(Event e, String id, Consumer<@Nullable Object[]> out) {
      int position = 0;
      for (Topic topic : e.topics()) {
        out.accept(new Object[] {id, topic.label(), topic.key(), position++});
      }
    }
  },
  EVENT_KEY_MESSAGE(
      "event_key_message",
      List.of(
          column("event_id", Types.CHAR),
          column("position", Types.INTEGER),
          column("adopted", Types.BOOLEAN))) {
    @Override
    void rows(Event e, String id, Consumer<@Nullable Object[]> out) {
      List<KeyMessage> messages = e.keyMessages();
      for (int i = 0; i < messages.size(); i++) {
        out.accept(new Object[] {id, i, messages.get(i).adopted()});
      }
    }
  },
  EVENT_LINK(
      "event_link",
      List.of(
          column("event_id", Types.CHAR),
          column("position", Types.INTEGER),
          column("uri", Types.VARCHAR),
          column("title", Types.VARCHAR),
          column("link_kind", Types.VARCHAR))) {
    @Override
    void rows(Event e, String id, Consumer<@Nullable Object[]> out) {
      for (int i = 0; i < e.links().size(); i++) {
        Link link = e.links().get(i);
        out.accept(new Object[] {id, i, link.uri().toString(), link.title(), link.kind().name()});
      }
    }
  },
  EVENT_REACH(
      "event_reach",
      List.of(
          column("event_id", Types.CHAR),
          column("country", Types.CHAR),
          column("first_day", Types.DATE),
          column("last_day", Types.DATE))) {
    @Override
    void rows(Event e, String id, Consumer<@Nullable Object[]> out) {
      Set<String> reached = new TreeSet<>();
      Venue venue = e.venue();
      if (venue != null && venue.country() != null) {
        reached.add(venue.country().alpha2());
      }
      e.participation().countries().forEach(c -> reached.add(c.alpha2()));
      LocalDate first = e.dates().firstDay();
      LocalDate last = e.dates().lastDay();
      for (String country : reached) {
        out.accept(new Object[] {id, country, first, last});
      }
    }
  };

  /** A column and its JDBC type. */
  record Column(String name, int type) {}

  private final String table;
  private final List<Column> columns;

  EventRows(String table, List<Column> columns) {
    this.table = table;
    this.columns = columns;
  }

  /** The table's name. */
  String table() {
    return table;
  }

  List<Column> columns() {
    return columns;
  }

  /** {@code INSERT INTO table (columns) VALUES (?, …)}. */
  String insertSql() {
    StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (");
    StringBuilder marks = new StringBuilder();
    for (int i = 0; i < columns.size(); i++) {
      sql.append(i == 0 ? "" : ", ").append(columns.get(i).name());
      marks.append(i == 0 ? "?" : ", ?");
    }
    return sql.append(") VALUES (").append(marks).append(')').toString();
  }

  /** The column list, comma-separated. */
  String columnList() {
    return String.join(", ", columns.stream().map(Column::name).toList());
  }

  /** Hands each row of {@code event} in this table to {@code out}, values in column order. */
  abstract void rows(Event event, String id, Consumer<@Nullable Object[]> out);

  /** How many rows {@code events} make in each table, in table order. */
  static long[] count(List<Event> events) {
    long[] counts = new long[values().length];
    for (Event e : events) {
      String id = e.id().toString();
      for (EventRows table : values()) {
        table.rows(e, id, row -> counts[table.ordinal()]++);
      }
    }
    return counts;
  }

  private static Column column(String name, int type) {
    return new Column(name, type);
  }

  private static void text(
      @Nullable LocalizedText text,
      String id,
      String field,
      int item,
      Consumer<@Nullable Object[]> out) {
    if (text == null) {
      return;
    }
    int position = 0;
    for (Map.Entry<String, String> language : text.texts().entrySet()) {
      out.accept(
          new Object[] {id, field, item, language.getKey(), position++, language.getValue()});
    }
  }

  private static LocalDateTime utc(java.time.Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
