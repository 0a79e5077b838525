package org.coopkit.storage.jdbc;

import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_COMPONENT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_KEY_MESSAGE;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_LINK;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_ORGANISER;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_PARTICIPATION;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_PROJECT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_REPORTED_FIGURE;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_TEXT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_TOPIC;
import static org.jooq.impl.DSL.select;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.coopkit.model.CountryCode;
import org.coopkit.model.ExternalId;
import org.coopkit.model.Link;
import org.coopkit.model.ParticipantCount;
import org.coopkit.model.Topic;
import org.coopkit.model.event.Organiser;
import org.coopkit.model.event.OrganiserRole;
import org.coopkit.model.event.ReportedFigure;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.ComponentId;
import org.coopkit.model.project.ProjectId;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.Record3;
import org.jooq.Record4;
import org.jooq.Record5;
import org.jooq.Result;
import org.jooq.SelectField;
import org.jspecify.annotations.Nullable;

/**
 * The lists of one event (texts, projects, components, organisers, countries, topics, key messages,
 * links, external ids) as their rows come, each kept in its order: from the MULTISETs of a
 * one-statement read ({@link #of}) or from the rows of the plain list statement of a page ({@link
 * #byId}). Apart from {@link JdbcEventStore} so that both forms of reading an event's child rows,
 * which must agree, read side by side.
 */
final class EventLists {
  private static final Field<Result<Record5<String, Integer, String, Integer, String>>> TEXTS =
      ChildRows.of(
          "texts",
          EVENT_TEXT.EVENT_ID,
          EVENT.ID,
          select(
              EVENT_TEXT.FIELD_NAME,
              EVENT_TEXT.ITEM,
              EVENT_TEXT.LANG,
              EVENT_TEXT.POSITION,
              EVENT_TEXT.CONTENT));
  private static final Field<Result<Record2<String, Integer>>> PROJECTS =
      ChildRows.of(
          "projects",
          EVENT_PROJECT.EVENT_ID,
          EVENT.ID,
          select(EVENT_PROJECT.PROJECT_ID, EVENT_PROJECT.POSITION));
  private static final Field<Result<Record2<String, Integer>>> COMPONENTS =
      ChildRows.of(
          "components",
          EVENT_COMPONENT.EVENT_ID,
          EVENT.ID,
          select(EVENT_COMPONENT.COMPONENT_ID, EVENT_COMPONENT.POSITION));
  private static final Field<Result<Record3<String, String, Integer>>> ORGANISERS =
      ChildRows.of(
          "organisers",
          EVENT_ORGANISER.EVENT_ID,
          EVENT.ID,
          select(
              EVENT_ORGANISER.ORGANISATION_ID,
              EVENT_ORGANISER.ORGANISER_ROLE,
              EVENT_ORGANISER.POSITION));
  private static final Field<Result<Record3<String, Integer, String>>> PARTICIPATION =
      ChildRows.of(
          "participation",
          EVENT_PARTICIPATION.EVENT_ID,
          EVENT.ID,
          select(
              EVENT_PARTICIPATION.COUNTRY,
              EVENT_PARTICIPATION.PARTICIPANTS,
              EVENT_PARTICIPATION.QUALIFIER));
  private static final Field<Result<Record2<String, Integer>>> TOPICS =
      ChildRows.of(
          "topics",
          EVENT_TOPIC.EVENT_ID,
          EVENT.ID,
          select(EVENT_TOPIC.TOPIC, EVENT_TOPIC.POSITION));
  private static final Field<Result<Record2<Integer, Boolean>>> KEY_MESSAGES =
      ChildRows.of(
          "key_messages",
          EVENT_KEY_MESSAGE.EVENT_ID,
          EVENT.ID,
          select(EVENT_KEY_MESSAGE.POSITION, EVENT_KEY_MESSAGE.ADOPTED));
  private static final Field<Result<Record4<Integer, String, String, String>>> LINKS =
      ChildRows.of(
          "links",
          EVENT_LINK.EVENT_ID,
          EVENT.ID,
          select(EVENT_LINK.POSITION, EVENT_LINK.URI, EVENT_LINK.TITLE, EVENT_LINK.LINK_KIND));
  private static final Field<Result<Record3<Integer, String, String>>> EXTERNAL_IDS =
      EventTableRows.EXTERNAL_IDS.list(EVENT.ID);
  private static final Field<Result<Record5<Integer, Integer, String, String, String>>> REPORTED =
      ChildRows.of(
          "reported_figures",
          EVENT_REPORTED_FIGURE.EVENT_ID,
          EVENT.ID,
          select(
              EVENT_REPORTED_FIGURE.POSITION,
              EVENT_REPORTED_FIGURE.PARTICIPANTS,
              EVENT_REPORTED_FIGURE.QUALIFIER,
              EVENT_REPORTED_FIGURE.SOURCE,
              EVENT_REPORTED_FIGURE.REPORTED_ON));

  /** What a one-statement read selects: the event row and each of its lists. */
  static final List<SelectField<?>> SELECT = selection();

  // Each list by position (or in its own order), as EventReader builds the event from them.
  final List<TextRows.Row> texts = new ArrayList<>();
  final TreeMap<Integer, ProjectId> projects = new TreeMap<>();
  final TreeMap<Integer, ComponentId> components = new TreeMap<>();
  final TreeMap<Integer, Organiser> organisers = new TreeMap<>();
  final Set<CountryCode> countries = new TreeSet<>();
  final Map<CountryCode, ParticipantCount> byCountry = new LinkedHashMap<>();
  final TreeMap<Integer, Topic> topics = new TreeMap<>();
  final TreeMap<Integer, Boolean> keyMessages = new TreeMap<>();
  final TreeMap<Integer, Link> links = new TreeMap<>();
  final TreeMap<Integer, ExternalId> externalIds = new TreeMap<>();
  final TreeMap<Integer, ReportedFigure> reported = new TreeMap<>();

  private EventLists() {}

  /** The lists of the event of {@code r}, a row of a read that selected {@link #SELECT}. */
  static EventLists of(Record r) {
    EventLists lists = new EventLists();
    r.get(TEXTS)
        .forEach(
            t ->
                lists.texts.add(
                    new TextRows.Row(t.value1(), t.value2(), t.value3(), t.value4(), t.value5())));
    r.get(PROJECTS).forEach(p -> lists.project(p.value1(), p.value2()));
    r.get(COMPONENTS).forEach(c -> lists.component(c.value1(), c.value2()));
    r.get(ORGANISERS).forEach(o -> lists.organiser(o.value1(), o.value2(), o.value3()));
    r.get(PARTICIPATION).forEach(p -> lists.country(p.value1(), p.value2(), p.value3()));
    r.get(TOPICS).forEach(t -> lists.topics.put(t.value2(), Topic.of(t.value1())));
    r.get(KEY_MESSAGES).forEach(m -> lists.keyMessages.put(m.value1(), m.value2()));
    r.get(LINKS).forEach(l -> lists.link(l.value1(), l.value2(), l.value3(), l.value4()));
    r.get(EXTERNAL_IDS)
        .forEach(x -> lists.externalIds.put(x.value1(), ExternalId.of(x.value2(), x.value3())));
    r.get(REPORTED)
        .forEach(f -> lists.reported(f.value1(), f.value2(), f.value3(), f.value4(), f.value5()));
    return lists;
  }

  /** The current row of {@link #listStatement}: kind, event id, three strings, two numbers. */
  void add(ResultSet r) throws SQLException {
    int kind = r.getInt(1);
    String s1 = r.getString(3);
    String s2 = r.getString(4);
    String s3 = r.getString(5);
    int first = r.getInt(6);
    Integer n1 = r.wasNull() ? null : first;
    int n2 = r.getInt(7);
    switch (kind) {
      case 1 -> texts.add(new TextRows.Row(s1, n1, s2, n2, s3));
      case 2 -> project(s1, n1);
      case 3 -> component(s1, n1);
      case 4 -> organiser(s1, s2, n1);
      case 5 -> country(s1, n1, s2);
      case 6 -> topics.put(n1, Topic.of(s1));
      case 7 -> keyMessages.put(n1, n2 != 0);
      case 8 -> link(n1, s1, s2, s3);
      case 9 -> externalIds.put(n1, ExternalId.of(s1, s2));
      case 10 -> reported(n1, n2, s1, s2, s3);
      default -> throw new IllegalStateException("no list of kind " + kind);
    }
  }

  private void project(String id, int position) {
    projects.put(position, ProjectId.of(IdText.uuid(id)));
  }

  private void component(String id, int position) {
    components.put(position, ComponentId.of(IdText.uuid(id)));
  }

  private void organiser(String organisation, String role, int position) {
    organisers.put(
        position,
        Organiser.of(
            OrganisationId.of(IdText.uuid(organisation)),
            StoredEnums.valueOf(OrganiserRole.class, role)));
  }

  private void country(String alpha2, @Nullable Integer participants, @Nullable String qualifier) {
    CountryCode country = CountryCode.of(alpha2.strip());
    countries.add(country);
    if (participants != null) {
      byCountry.put(
          country,
          new ParticipantCount(
              participants, StoredEnums.valueOf(ParticipantCount.Qualifier.class, qualifier)));
    }
  }

  private void reported(
      int position,
      int participants,
      String qualifier,
      @Nullable String source,
      @Nullable String reportedOn) {
    reported.put(
        position,
        ReportedFigure.of(
            new ParticipantCount(
                participants, StoredEnums.valueOf(ParticipantCount.Qualifier.class, qualifier)),
            source,
            TextForms.partialDateOrNull(reportedOn)));
  }

  private void link(int position, String uri, @Nullable String title, String kind) {
    links.put(
        position, new Link(TextForms.uri(uri), title, StoredEnums.valueOf(Link.Kind.class, kind)));
  }

  /**
   * The lists of the events {@code ids}, read by the list statement, each in the order of {@code
   * ids}; an event without rows in a child table has that list empty.
   */
  static Map<String, EventLists> byId(Connection connection, List<String> ids) throws SQLException {
    Map<String, EventLists> lists = new LinkedHashMap<>();
    for (String id : ids) {
      lists.put(id, new EventLists());
    }
    String listSql = LIST_STATEMENTS.computeIfAbsent(lists.size(), EventLists::listStatement);
    try (PreparedStatement statementOfLists = connection.prepareStatement(listSql)) {
      int index = 1;
      for (int table = 0; table < LIST_SELECTS.size(); table++) {
        for (String id : lists.keySet()) {
          statementOfLists.setString(index++, id);
        }
      }
      try (ResultSet rs = statementOfLists.executeQuery()) {
        while (rs.next()) {
          lists.get(rs.getString(2).strip()).add(rs);
        }
      }
    }
    return lists;
  }

  /**
   * The lists of {@code ids} events in one statement: each child table's rows, in one shape (kind,
   * event id, three strings, two numbers), joined by {@code UNION ALL}; the ids bound once per
   * table. Plain SQL, rendered once per number of ids and kept.
   */
  private static String listStatement(int ids) {
    String in = " WHERE event_id IN (" + "?, ".repeat(ids - 1) + "?)";
    return LIST_SELECTS.stream()
        .map(select -> select + in)
        .collect(Collectors.joining(" UNION ALL "));
  }

  /** One SELECT per child table, in the shape of {@link #add}. */
  private static final List<String> LIST_SELECTS =
      List.of(
          "SELECT 1, event_id, field_name, lang, content, item, position FROM event_text",
          "SELECT 2, event_id, project_id, NULL, NULL, position, NULL FROM event_project",
          "SELECT 3, event_id, component_id, NULL, NULL, position, NULL FROM event_component",
          "SELECT 4, event_id, organisation_id, organiser_role, NULL, position, NULL"
              + " FROM event_organiser",
          "SELECT 5, event_id, country, qualifier, NULL, participants, NULL"
              + " FROM event_participation",
          "SELECT 6, event_id, topic, NULL, NULL, position, NULL FROM event_topic",
          "SELECT 7, event_id, NULL, NULL, NULL, position,"
              + " CASE WHEN adopted THEN 1 ELSE 0 END FROM event_key_message",
          "SELECT 8, event_id, uri, title, link_kind, position, NULL FROM event_link",
          "SELECT 9, event_id, scheme, id_value, NULL, position, NULL FROM event_external_id",
          "SELECT 10, event_id, qualifier, source, reported_on, position, participants"
              + " FROM event_reported_figure");

  /** {@link #listStatement} by number of ids: pages are at most {@code Paging.MAX_LIMIT + 1}. */
  private static final Map<Integer, String> LIST_STATEMENTS = new ConcurrentHashMap<>();

  private static List<SelectField<?>> selection() {
    List<SelectField<?>> fields = new ArrayList<>(EventRow.COLUMNS);
    fields.addAll(
        List.of(
            TEXTS,
            PROJECTS,
            COMPONENTS,
            ORGANISERS,
            PARTICIPATION,
            TOPICS,
            KEY_MESSAGES,
            LINKS,
            EXTERNAL_IDS,
            REPORTED));
    return List.copyOf(fields);
  }
}
