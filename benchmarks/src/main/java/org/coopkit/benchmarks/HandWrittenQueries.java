package org.coopkit.benchmarks;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.coopkit.model.CountryCode;
import org.coopkit.model.Link;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.PartialDate;
import org.coopkit.model.ParticipantCount;
import org.coopkit.model.ParticipantCount.Qualifier;
import org.coopkit.model.Topic;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventDates;
import org.coopkit.model.event.EventFormat;
import org.coopkit.model.event.EventId;
import org.coopkit.model.event.EventStatus;
import org.coopkit.model.event.EventType;
import org.coopkit.model.event.KeyMessage;
import org.coopkit.model.event.Organiser;
import org.coopkit.model.event.OrganiserRole;
import org.coopkit.model.event.Participation;
import org.coopkit.model.event.Venue;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.ComponentId;
import org.coopkit.model.project.ProjectId;
import org.coopkit.query.EventQuery;
import org.coopkit.report.Dimension;
import org.coopkit.report.RawTally;
import org.jspecify.annotations.Nullable;

/**
 * The hand-written SQL baselines, on coopkit's own tables and indexes, in plain JDBC:
 *
 * <ul>
 *   <li>{@link #firstPage}: the selective query's first page as full events, in two statements: the
 *       page's event rows, found through {@code event_reach} by country and period with the same
 *       predicates and order as coopkit's, then all their lists in one {@code UNION ALL} over the
 *       child tables. The first statement is the one anyone would write first: it reads the
 *       country's index from its first event and drops those that ended before the period;
 *   <li>{@link #firstPageBySpan}: the same page with the first statement written as a demanding
 *       engineer would after looking at its plan: one ordered, limited range of the {@code
 *       (country, span_class, first_day)} index per class of how long an event may last, each
 *       starting no earlier than its class's longest event before the period, merged in order. This
 *       is the fair baseline: it reads what coopkit's statement reads;
 *   <li>{@link #floorPage}: not a page of the query but the least a full page can cost: one range
 *       of the same index (one-day events from the period's first day on) and their lists;
 *   <li>{@link #dashboard}: the seven {@code GROUP BY}s of a project dashboard (the same figures as
 *       coopkit's report store), each over the project's events with their adopted key messages
 *       counted per event.
 * </ul>
 *
 * <p>Each runs in one read-only transaction of the given connection (auto-commit off), committed at
 * the end.
 */
final class HandWrittenQueries {
  private static final String PAGE =
      """
      SELECT e.id, e.event_type, e.status, e.event_format, e.start_date, e.end_date, e.time_zone,
             e.venue_name, e.venue_city, e.venue_country, e.participants_total,
             e.participants_qualifier, e.version, e.created_at, e.updated_at
      FROM event_reach r JOIN event e ON e.id = r.event_id
      WHERE r.country = ? AND r.last_day >= ? AND r.first_day <= ?
      ORDER BY r.first_day, r.event_id
      LIMIT ?""";

  /** One class's range of {@code event_reach}: events of that class that may overlap the period. */
  private static final String SPAN_RANGE =
      """
      (SELECT r.event_id, r.first_day FROM event_reach r
       WHERE r.country = ? AND r.span_class = ? AND r.first_day >= ? AND r.first_day <= ?
         AND r.last_day >= ?
       ORDER BY r.first_day, r.event_id LIMIT ?)""";

  /** {@code %s}: the classes' ranges, one {@link #SPAN_RANGE} each, in {@code UNION ALL}. */
  private static final String PAGE_BY_SPAN =
      """
      SELECT e.id, e.event_type, e.status, e.event_format, e.start_date, e.end_date, e.time_zone,
             e.venue_name, e.venue_city, e.venue_country, e.participants_total,
             e.participants_qualifier, e.version, e.created_at, e.updated_at
      FROM (%s) p JOIN event e ON e.id = p.event_id
      ORDER BY p.first_day, p.event_id
      LIMIT ?""";

  /** The span classes' longest events in days after their first (V15), the last unbounded. */
  private static final long[] SPAN_LONGEST_DAYS = {0, 7, 63, 511, -1};

  /** The first span class's range alone, with the page's rows: one index range scan. */
  private static final String FLOOR_PAGE =
      """
      SELECT e.id, e.event_type, e.status, e.event_format, e.start_date, e.end_date, e.time_zone,
             e.venue_name, e.venue_city, e.venue_country, e.participants_total,
             e.participants_qualifier, e.version, e.created_at, e.updated_at
      FROM event_reach r JOIN event e ON e.id = r.event_id
      WHERE r.country = ? AND r.span_class = 0 AND r.first_day >= ?
      ORDER BY r.first_day, r.event_id
      LIMIT ?""";

  /** The child tables' rows of some events as one shape: kind, event, 3 strings, 2 ints. */
  private static final String[] LISTS = {
    "SELECT 1, event_id, field_name, lang, content, item, position FROM event_text",
    "SELECT 2, event_id, project_id, NULL, NULL, position, NULL FROM event_project",
    "SELECT 3, event_id, component_id, NULL, NULL, position, NULL FROM event_component",
    "SELECT 4, event_id, organisation_id, organiser_role, NULL, position, NULL"
        + " FROM event_organiser",
    "SELECT 5, event_id, country, qualifier, NULL, participants, NULL FROM event_participation",
    "SELECT 6, event_id, topic, NULL, NULL, position, NULL FROM event_topic",
    "SELECT 7, event_id, NULL, NULL, NULL, position, CASE WHEN adopted THEN 1 ELSE 0 END"
        + " FROM event_key_message",
    "SELECT 8, event_id, uri, title, link_kind, position, NULL FROM event_link",
  };

  private static final String PER_EVENT =
      """
      SELECT e.id, e.first_day, e.event_type, e.status, e.venue_country,
             e.participants_total AS n, e.participants_qualifier AS q,
             (SELECT COUNT(*) FROM event_key_message k
              WHERE k.event_id = e.id AND k.adopted = TRUE) AS adopted
      FROM event_project p JOIN event e ON e.id = p.event_id
      WHERE p.project_id = ?""";

  private static final Map<Dimension, String> DASHBOARD = dashboardStatements();

  /** A page: at most the query's limit of events, and whether more follow. */
  record Page(List<Event> items, boolean more) {}

  private HandWrittenQueries() {}

  /**
   * The first page of a query with one country and a period, nothing else.
   *
   * @throws IllegalArgumentException for any other query
   */
  static Page firstPage(Connection connection, EventQuery query) throws SQLException {
    String country = countryOf(query);
    return page(
        connection,
        query,
        PAGE,
        statement -> {
          statement.setString(1, country);
          statement.setObject(2, query.from());
          statement.setObject(3, query.to());
          statement.setInt(4, query.limit() + 1);
        });
  }

  /**
   * The same page as {@link #firstPage}, its rows read by span class.
   *
   * @throws IllegalArgumentException for a query other than one country and a period
   */
  static Page firstPageBySpan(Connection connection, EventQuery query) throws SQLException {
    String country = countryOf(query);
    LocalDate from = Objects.requireNonNull(query.from());
    String ranges =
        String.join(" UNION ALL ", Collections.nCopies(SPAN_LONGEST_DAYS.length, SPAN_RANGE));
    return page(
        connection,
        query,
        String.format(Locale.ROOT, PAGE_BY_SPAN, ranges),
        statement -> {
          int i = 1;
          for (int spanClass = 0; spanClass < SPAN_LONGEST_DAYS.length; spanClass++) {
            long longest = SPAN_LONGEST_DAYS[spanClass];
            statement.setString(i++, country);
            statement.setInt(i++, spanClass);
            // The unbounded class starts from the earliest day any event may have.
            statement.setObject(i++, longest < 0 ? LocalDate.of(1, 1, 1) : from.minusDays(longest));
            statement.setObject(i++, query.to());
            statement.setObject(i++, from);
            statement.setInt(i++, query.limit() + 1);
          }
          statement.setInt(i, query.limit() + 1);
        });
  }

  /**
   * What a page costs at the least: one index range (the query's country, one-day events from the
   * period's first day on, as many as a full page) and the lists of what it finds. Not the query's
   * page: it leaves out longer events and goes past the period's end to fill the page.
   *
   * @throws IllegalArgumentException for a query other than one country and a period
   */
  static Page floorPage(Connection connection, EventQuery query) throws SQLException {
    String country = countryOf(query);
    return page(
        connection,
        query,
        FLOOR_PAGE,
        statement -> {
          statement.setString(1, country);
          statement.setObject(2, query.from());
          statement.setInt(3, query.limit() + 1);
        });
  }

  /** Sets a statement's parameters. */
  @FunctionalInterface
  private interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  /**
   * The country of a query that asks for one country and a period and nothing else: the only query
   * these statements answer as coopkit does (first page, ascending, no other filter).
   */
  private static String countryOf(EventQuery query) {
    if (query.countries().size() == 1 && query.from() != null && query.to() != null) {
      CountryCode country = query.countries().iterator().next();
      EventQuery plain =
          EventQuery.builder()
              .country(country)
              .between(query.from(), query.to())
              .limit(query.limit())
              .build();
      if (plain.equals(query)) {
        return country.alpha2();
      }
    }
    throw new IllegalArgumentException(
        "one country and a period, nothing else, expected: " + query);
  }

  /** Reads a page's rows with {@code sql}, then their lists, in one transaction. */
  private static Page page(Connection connection, EventQuery query, String sql, Binder binder)
      throws SQLException {
    Map<String, EventRow> rows = new LinkedHashMap<>();
    try (PreparedStatement page = connection.prepareStatement(sql)) {
      binder.bind(page);
      try (ResultSet rs = page.executeQuery()) {
        while (rs.next()) {
          EventRow row = EventRow.read(rs);
          rows.put(row.id, row);
        }
      }
    }
    boolean more = rows.size() > query.limit();
    List<String> ids =
        new ArrayList<>(rows.keySet()).subList(0, Math.min(rows.size(), query.limit()));
    List<Event> items = new ArrayList<>(ids.size());
    if (!ids.isEmpty()) {
      readLists(connection, ids, rows);
      for (String id : ids) {
        items.add(rows.get(id).toEvent());
      }
    }
    connection.commit();
    return new Page(items, more);
  }

  private static void readLists(Connection connection, List<String> ids, Map<String, EventRow> rows)
      throws SQLException {
    String in = " WHERE event_id IN (" + "?, ".repeat(ids.size() - 1) + "?)";
    StringBuilder sql = new StringBuilder();
    for (String select : LISTS) {
      sql.append(sql.length() == 0 ? "" : " UNION ALL ").append(select).append(in);
    }
    try (PreparedStatement lists = connection.prepareStatement(sql.toString())) {
      int index = 1;
      for (int i = 0; i < LISTS.length; i++) {
        for (String id : ids) {
          lists.setString(index++, id);
        }
      }
      try (ResultSet rs = lists.executeQuery()) {
        while (rs.next()) {
          EventRow row = rows.get(rs.getString(2).strip());
          int i1 = rs.getInt(6);
          boolean i1Null = rs.wasNull();
          row.add(
              rs.getInt(1),
              rs.getString(3),
              rs.getString(4),
              rs.getString(5),
              i1Null ? null : i1,
              rs.getInt(7));
        }
      }
    }
  }

  /**
   * The dashboard figures of one project over all time: for each dimension coopkit's dashboard
   * shows, group key to tally, as coopkit's report store returns them.
   */
  static Map<Dimension, Map<String, RawTally>> dashboard(Connection connection, ProjectId project)
      throws SQLException {
    Map<Dimension, Map<String, RawTally>> figures = new EnumMap<>(Dimension.class);
    for (Map.Entry<Dimension, String> statement : DASHBOARD.entrySet()) {
      Map<String, RawTally> groups = new LinkedHashMap<>();
      try (PreparedStatement query = connection.prepareStatement(statement.getValue())) {
        query.setString(1, project.toString());
        try (ResultSet rs = query.executeQuery()) {
          boolean keyed = statement.getKey() != Dimension.TOTAL;
          int k = keyed ? 1 : 0;
          while (rs.next()) {
            long events = rs.getLong(k + 1);
            if (events == 0) {
              continue;
            }
            String key =
                !keyed
                    ? ""
                    : statement.getKey() == Dimension.YEAR
                        ? String.valueOf(rs.getInt(1))
                        : rs.getString(1).strip();
            groups.put(key, figures(events, rs, k + 2));
          }
        }
      }
      figures.put(statement.getKey(), groups);
    }
    connection.commit();
    return figures;
  }

  /** The dimensions a project dashboard shows. */
  static List<Dimension> dashboardDimensions() {
    return List.copyOf(DASHBOARD.keySet());
  }

  private static Map<Dimension, String> dashboardStatements() {
    Map<Dimension, String> statements = new EnumMap<>(Dimension.class);
    statements.put(Dimension.TOTAL, tally("", "x.n", "x.q", "", ""));
    statements.put(Dimension.YEAR, tally("EXTRACT(YEAR FROM x.first_day)", "x.n", "x.q", "", ""));
    statements.put(Dimension.TYPE, tally("x.event_type", "x.n", "x.q", "", ""));
    statements.put(Dimension.STATUS, tally("x.status", "x.n", "x.q", "", ""));
    statements.put(
        Dimension.COMPONENT,
        tally("c.component_id", "x.n", "x.q", " JOIN event_component c ON c.event_id = x.id", ""));
    statements.put(
        Dimension.VENUE_COUNTRY,
        tally("x.venue_country", "x.n", "x.q", "", " WHERE x.venue_country IS NOT NULL"));
    statements.put(
        Dimension.PARTICIPANT_COUNTRY,
        tally(
            "pc.country",
            "pc.participants",
            "pc.qualifier",
            " JOIN event_participation pc ON pc.event_id = x.id",
            ""));
    return statements;
  }

  /** Reads what {@link #tally(String, String, String, String, String)} selects after COUNT(*). */
  private static RawTally figures(long events, ResultSet rs, int first) throws SQLException {
    RawTally.Builder b = RawTally.builder().events(events);
    int i = first;
    for (Qualifier qualifier : Qualifier.values()) {
      b.counted(qualifier, rs.getLong(i), rs.getLong(i + 1));
      i += 2;
    }
    return b.eventsWithoutCount(rs.getLong(i)).adoptedKeyMessages(rs.getLong(i + 1)).build();
  }

  private static String tally(String key, String n, String q, String join, String where) {
    String keyColumn = key.isEmpty() ? "" : key + ", ";
    StringBuilder figures = new StringBuilder();
    for (Qualifier qualifier : Qualifier.values()) {
      figures
          .append(" SUM(CASE WHEN ")
          .append(q)
          .append(" = '")
          .append(qualifier.name())
          .append("' THEN 1 ELSE 0 END), SUM(CASE WHEN ")
          .append(q)
          .append(" = '")
          .append(qualifier.name())
          .append("' THEN ")
          .append(n)
          .append(" ELSE 0 END),");
    }
    return "SELECT "
        + keyColumn
        + "COUNT(*),"
        + figures
        + " SUM(CASE WHEN "
        + n
        + " IS NULL THEN 1 ELSE 0 END),"
        + " SUM(x.adopted)"
        + " FROM ("
        + PER_EVENT
        + ") x"
        + join
        + where
        + (key.isEmpty() ? "" : " GROUP BY " + key);
  }

  /** One event as read: its row, then its lists as they arrive. */
  private static final class EventRow {
    final String id;
    final String type;
    final String status;
    final String format;
    final String start;
    final String end;
    final @Nullable String zone;
    final @Nullable String venueName;
    final @Nullable String venueCity;
    final @Nullable String venueCountry;
    final @Nullable Integer total;
    final @Nullable String qualifier;
    final long version;
    final LocalDateTime createdAt;
    final LocalDateTime updatedAt;
    final Map<String, TreeMap<Integer, TreeMap<Integer, String[]>>> texts = new LinkedHashMap<>();
    final TreeMap<Integer, String> projects = new TreeMap<>();
    final TreeMap<Integer, String> components = new TreeMap<>();
    final TreeMap<Integer, String[]> organisers = new TreeMap<>();
    final Set<CountryCode> countries = new TreeSet<>();
    final Map<CountryCode, ParticipantCount> byCountry = new LinkedHashMap<>();
    final TreeMap<Integer, String> topics = new TreeMap<>();
    final TreeMap<Integer, Boolean> keyMessages = new TreeMap<>();
    final TreeMap<Integer, @Nullable String[]> links = new TreeMap<>();

    private EventRow(ResultSet rs) throws SQLException {
      id = rs.getString(1).strip();
      type = rs.getString(2);
      status = rs.getString(3);
      format = rs.getString(4);
      start = rs.getString(5);
      end = rs.getString(6);
      zone = rs.getString(7);
      venueName = rs.getString(8);
      venueCity = rs.getString(9);
      venueCountry = rs.getString(10);
      int n = rs.getInt(11);
      total = rs.wasNull() ? null : n;
      qualifier = rs.getString(12);
      version = rs.getLong(13);
      createdAt = rs.getObject(14, LocalDateTime.class);
      updatedAt = rs.getObject(15, LocalDateTime.class);
    }

    static EventRow read(ResultSet rs) throws SQLException {
      return new EventRow(rs);
    }

    void add(
        int kind,
        @Nullable String s1,
        @Nullable String s2,
        @Nullable String s3,
        @Nullable Integer i1,
        int i2) {
      switch (kind) {
        case 1 ->
            texts
                .computeIfAbsent(s1, f -> new TreeMap<>())
                .computeIfAbsent(i1, i -> new TreeMap<>())
                .put(i2, new String[] {s2, s3});
        case 2 -> projects.put(i1, s1);
        case 3 -> components.put(i1, s1);
        case 4 -> organisers.put(i1, new String[] {s1, s2});
        case 5 -> {
          CountryCode country = CountryCode.of(s1.strip());
          countries.add(country);
          if (i1 != null) {
            byCountry.put(
                country, new ParticipantCount(i1, ParticipantCount.Qualifier.valueOf(s2)));
          }
        }
        case 6 -> topics.put(i1, s1);
        case 7 -> keyMessages.put(i1, i2 == 1);
        case 8 -> links.put(i1, new String[] {s1, s2, s3});
        default -> throw new IllegalStateException("unknown list " + kind);
      }
    }

    Event toEvent() {
      List<ProjectId> projectIds =
          projects.values().stream().map(p -> ProjectId.parse(p.strip())).toList();
      List<ComponentId> componentIds =
          components.values().stream().map(c -> ComponentId.parse(c.strip())).toList();
      List<Organiser> organiserList =
          organisers.values().stream()
              .map(
                  o ->
                      Organiser.of(OrganisationId.parse(o[0].strip()), OrganiserRole.valueOf(o[1])))
              .toList();
      Set<Topic> topicSet = new LinkedHashSet<>();
      topics.values().forEach(t -> topicSet.add(Topic.of(t)));
      List<KeyMessage> messages = new ArrayList<>();
      keyMessages.forEach(
          (position, adopted) ->
              messages.add(new KeyMessage(text("KEY_MESSAGE", position), adopted)));
      List<Link> linkList = new ArrayList<>();
      for (String[] link : links.values()) {
        linkList.add(new Link(uri(link[0]), link[1], Link.Kind.valueOf(link[2])));
      }
      Venue venue =
          venueName == null && venueCity == null && venueCountry == null
              ? null
              : new Venue(
                  venueName,
                  venueCity,
                  venueCountry == null ? null : CountryCode.of(venueCountry.strip()));
      return Event.builder()
          .id(EventId.parse(id.strip()))
          .projects(projectIds)
          .components(componentIds)
          .title(text("TITLE", 0))
          .type(EventType.valueOf(type))
          .status(EventStatus.valueOf(status))
          .dates(
              new EventDates(
                  PartialDate.parse(start),
                  PartialDate.parse(end),
                  zone == null ? null : ZoneId.of(zone)))
          .format(EventFormat.valueOf(format))
          .venue(venue)
          .organisers(organiserList)
          .participation(
              Participation.builder()
                  .total(
                      total == null
                          ? null
                          : new ParticipantCount(
                              total, ParticipantCount.Qualifier.valueOf(qualifier)))
                  .countries(countries)
                  .byCountry(byCountry)
                  .build())
          .topics(topicSet)
          .keyMessages(messages)
          .description(texts.containsKey("DESCRIPTION") ? text("DESCRIPTION", 0) : null)
          .links(linkList)
          .version(version)
          .createdAt(createdAt.toInstant(ZoneOffset.UTC))
          .updatedAt(updatedAt.toInstant(ZoneOffset.UTC))
          .build();
    }

    private LocalizedText text(String field, int item) {
      TreeMap<Integer, String[]> languages = texts.getOrDefault(field, new TreeMap<>()).get(item);
      if (languages == null) {
        throw new IllegalStateException("event " + id + " has no " + field + " " + item);
      }
      Map<String, String> ordered = new LinkedHashMap<>();
      languages.values().forEach(l -> ordered.put(l[0], l[1]));
      return LocalizedText.of(ordered);
    }

    private static URI uri(String text) {
      try {
        return new URI(text);
      } catch (URISyntaxException e) {
        throw new IllegalStateException("a stored link is not a URI", e);
      }
    }
  }
}
