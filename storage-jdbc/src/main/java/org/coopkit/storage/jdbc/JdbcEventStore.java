package org.coopkit.storage.jdbc;

import static org.coopkit.storage.jdbc.internal.schema.Tables.COMPONENT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_COMPONENT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_KEY_MESSAGE;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_LINK;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_ORGANISER;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_PARTICIPATION;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_PROJECT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_REACH;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_TEXT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_TOPIC;
import static org.coopkit.storage.jdbc.internal.schema.Tables.ORGANISATION;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.coopkit.error.ValidationException;
import org.coopkit.error.Violation;
import org.coopkit.model.CountryCode;
import org.coopkit.model.Link;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.PartialDate;
import org.coopkit.model.ParticipantCount;
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
import org.coopkit.query.Cursor;
import org.coopkit.query.EventQuery;
import org.coopkit.query.Page;
import org.coopkit.query.SearchText;
import org.coopkit.query.SortDirection;
import org.coopkit.spi.EventStore;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.Record3;
import org.jooq.Record4;
import org.jooq.Record5;
import org.jooq.Result;
import org.jooq.ResultQuery;
import org.jooq.Select;
import org.jooq.SelectField;
import org.jooq.SelectSeekStep2;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jspecify.annotations.Nullable;

/**
 * Events in the tables {@code event} and {@code event_*}. An event and all its lists are read in
 * one statement (MULTISET). A page of a search, in a read-only transaction (one snapshot), is two
 * statements: the page's event rows by the filters and the keyset (first day, id), then all their
 * lists by id; in a read-write transaction it is one, the page's ids in a derived table joined back
 * to the events and their lists.
 */
final class JdbcEventStore implements EventStore {
  static final String KIND = "Event";

  private static final String TITLE = "TITLE";
  private static final String DESCRIPTION = "DESCRIPTION";
  private static final String KEY_MESSAGE = "KEY_MESSAGE";

  /** The columns of the {@code event} row, in the order {@link #rows} writes them. */
  static final List<Field<?>> ROOT =
      List.of(
          EVENT.ID,
          EVENT.EVENT_TYPE,
          EVENT.STATUS,
          EVENT.EVENT_FORMAT,
          EVENT.START_DATE,
          EVENT.END_DATE,
          EVENT.TIME_ZONE,
          EVENT.FIRST_DAY,
          EVENT.LAST_DAY,
          EVENT.VENUE_NAME,
          EVENT.VENUE_CITY,
          EVENT.VENUE_COUNTRY,
          EVENT.PARTICIPANTS_TOTAL,
          EVENT.PARTICIPANTS_QUALIFIER,
          EVENT.SEARCH_TEXT,
          EVENT.VERSION,
          EVENT.CREATED_AT,
          EVENT.UPDATED_AT);

  /** Each child table and its column naming the event. */
  private static final Map<Table<?>, Field<String>> CHILDREN = childTables();

  private static final VersionedRows.OwnRow OWN_ROW =
      new VersionedRows.OwnRow(KIND, EVENT, EVENT.ID, EVENT.VERSION);

  private static final Field<Result<Record5<String, Integer, String, Integer, String>>> TEXTS =
      multiset(
              select(
                      EVENT_TEXT.FIELD_NAME,
                      EVENT_TEXT.ITEM,
                      EVENT_TEXT.LANG,
                      EVENT_TEXT.POSITION,
                      EVENT_TEXT.CONTENT)
                  .from(EVENT_TEXT)
                  .where(EVENT_TEXT.EVENT_ID.eq(EVENT.ID)))
          .as("texts");
  private static final Field<Result<Record2<String, Integer>>> PROJECTS =
      multiset(
              select(EVENT_PROJECT.PROJECT_ID, EVENT_PROJECT.POSITION)
                  .from(EVENT_PROJECT)
                  .where(EVENT_PROJECT.EVENT_ID.eq(EVENT.ID)))
          .as("projects");
  private static final Field<Result<Record2<String, Integer>>> COMPONENTS =
      multiset(
              select(EVENT_COMPONENT.COMPONENT_ID, EVENT_COMPONENT.POSITION)
                  .from(EVENT_COMPONENT)
                  .where(EVENT_COMPONENT.EVENT_ID.eq(EVENT.ID)))
          .as("components");
  private static final Field<Result<Record3<String, String, Integer>>> ORGANISERS =
      multiset(
              select(
                      EVENT_ORGANISER.ORGANISATION_ID,
                      EVENT_ORGANISER.ORGANISER_ROLE,
                      EVENT_ORGANISER.POSITION)
                  .from(EVENT_ORGANISER)
                  .where(EVENT_ORGANISER.EVENT_ID.eq(EVENT.ID)))
          .as("organisers");
  private static final Field<Result<Record3<String, Integer, String>>> PARTICIPATION =
      multiset(
              select(
                      EVENT_PARTICIPATION.COUNTRY,
                      EVENT_PARTICIPATION.PARTICIPANTS,
                      EVENT_PARTICIPATION.QUALIFIER)
                  .from(EVENT_PARTICIPATION)
                  .where(EVENT_PARTICIPATION.EVENT_ID.eq(EVENT.ID)))
          .as("participation");
  private static final Field<Result<Record2<String, Integer>>> TOPICS =
      multiset(
              select(EVENT_TOPIC.TOPIC, EVENT_TOPIC.POSITION)
                  .from(EVENT_TOPIC)
                  .where(EVENT_TOPIC.EVENT_ID.eq(EVENT.ID)))
          .as("topics");
  private static final Field<Result<Record2<Integer, Boolean>>> KEY_MESSAGES =
      multiset(
              select(EVENT_KEY_MESSAGE.POSITION, EVENT_KEY_MESSAGE.ADOPTED)
                  .from(EVENT_KEY_MESSAGE)
                  .where(EVENT_KEY_MESSAGE.EVENT_ID.eq(EVENT.ID)))
          .as("key_messages");
  private static final Field<Result<Record4<Integer, String, String, String>>> LINKS =
      multiset(
              select(EVENT_LINK.POSITION, EVENT_LINK.URI, EVENT_LINK.TITLE, EVENT_LINK.LINK_KIND)
                  .from(EVENT_LINK)
                  .where(EVENT_LINK.EVENT_ID.eq(EVENT.ID)))
          .as("links");

  /** The event row's columns a read needs. */
  private static final List<SelectField<?>> ROW = EventRow.COLUMNS;

  /** What a one-statement read selects: the event row and each of its lists. */
  private static final List<SelectField<?>> SELECT = selection();

  private final TransactionContext transaction;

  JdbcEventStore(TransactionContext transaction) {
    this.transaction = transaction;
  }

  // Reading.

  @Override
  public Optional<Event> get(EventId id) {
    try {
      return transaction
          .read()
          .select(SELECT)
          .from(EVENT)
          .where(EVENT.ID.eq(ColumnValues.id(id.value())))
          .fetchOptional(r -> event(EventRow.of(r), Lists.of(r)));
    } catch (RuntimeException e) {
      throw transaction.translateRead(e);
    }
  }

  @Override
  public Optional<Event> getForUpdate(EventId id) {
    try {
      transaction.lockRow(EVENT, EVENT.ID, ColumnValues.id(id.value()));
    } catch (RuntimeException e) {
      throw transaction.translateRead(e);
    }
    return get(id);
  }

  @Override
  public Set<EventId> existing(Collection<EventId> ids) {
    try {
      return transaction
          .existing(EVENT, EVENT.ID, ids.stream().map(EventId::toString).toList())
          .stream()
          .map(id -> EventId.of(ColumnValues.uuid(id)))
          .collect(Collectors.toSet());
    } catch (RuntimeException e) {
      throw transaction.translateRead(e);
    }
  }

  @Override
  public Page<Event> find(EventQuery query) {
    List<Event> found;
    try {
      DSLContext dsl = transaction.read();
      if (transaction.readOnly()) {
        // One snapshot for the transaction: the page's rows, then all their lists in a second
        // statement, which the database answers faster than a JSON-aggregated list per row.
        // jOOQ renders the page's statement; both are read in plain JDBC, because making a jOOQ
        // record of every row cost more on the client than the database took to answer.
        ResultQuery<Record> page = pageQuery(dsl, query);
        String statement = dsl.render(page);
        List<Object> binds = dsl.extractBindValues(page);
        found = dsl.connectionResult(c -> read(c, statement, binds));
      } else {
        // At READ COMMITTED two statements could see a writer's commit between them: one.
        found = pageQuery(dsl, query, true).fetch(r -> event(EventRow.of(r), Lists.of(r)));
      }
    } catch (RuntimeException e) {
      throw transaction.translateRead(e);
    }
    if (found.size() <= query.limit()) {
      return Page.last(found);
    }
    List<Event> items = found.subList(0, query.limit());
    Event last = items.get(items.size() - 1);
    return new Page<>(items, new Cursor(EventQuery.sortKey(last), last.id().value()).encode());
  }

  /** The events of a page: its event rows by {@code statement}, then their lists by id. */
  private static List<Event> read(Connection connection, String statement, List<Object> binds)
      throws SQLException {
    List<EventRow> rows = new ArrayList<>();
    try (PreparedStatement page = connection.prepareStatement(statement)) {
      for (int i = 0; i < binds.size(); i++) {
        page.setObject(i + 1, binds.get(i));
      }
      try (ResultSet rs = page.executeQuery()) {
        while (rs.next()) {
          rows.add(EventRow.read(rs));
        }
      }
    }
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<String, Lists> lists = new LinkedHashMap<>();
    for (EventRow row : rows) {
      lists.put(row.id(), new Lists());
    }
    List<String> ids = new ArrayList<>(lists.keySet());
    String listSql = LIST_STATEMENTS.computeIfAbsent(ids.size(), JdbcEventStore::listStatement);
    try (PreparedStatement statementOfLists = connection.prepareStatement(listSql)) {
      int index = 1;
      for (int table = 0; table < LIST_SELECTS.size(); table++) {
        for (String id : ids) {
          statementOfLists.setString(index++, id);
        }
      }
      try (ResultSet rs = statementOfLists.executeQuery()) {
        while (rs.next()) {
          lists.get(rs.getString(2).strip()).add(rs);
        }
      }
    }
    List<Event> events = new ArrayList<>(rows.size());
    for (EventRow row : rows) {
      events.add(event(row, lists.get(row.id())));
    }
    return events;
  }

  /**
   * The first statement {@link #find} runs in a read-only transaction: the event rows of at most
   * {@code limit + 1} events (one more tells whether another page follows), without their lists.
   * Package-private so that tests can look at its plan.
   */
  static ResultQuery<Record> pageQuery(DSLContext dsl, EventQuery query) {
    return pageQuery(dsl, query, false);
  }

  /** The page's events: their rows only, or with their lists (one statement). */
  private static ResultQuery<Record> pageQuery(
      DSLContext dsl, EventQuery query, boolean withLists) {
    var k = EVENT.as("k");
    List<Condition> where = new ArrayList<>();
    LocalDate from = query.from();
    LocalDate to = query.to();
    if (!query.projects().isEmpty()) {
      where.add(
          k.ID.in(
              select(EVENT_PROJECT.EVENT_ID)
                  .from(EVENT_PROJECT)
                  .where(EVENT_PROJECT.PROJECT_ID.in(strings(query.projects())))));
    }
    if (!query.components().isEmpty()) {
      where.add(
          k.ID.in(
              select(EVENT_COMPONENT.EVENT_ID)
                  .from(EVENT_COMPONENT)
                  .where(EVENT_COMPONENT.COMPONENT_ID.in(strings(query.components())))));
    }
    // One country: the page is read off event_reach's country index in page order (it holds each
    // event's days), stopping at the page's end; the events are looked up by id as found.
    var r = EVENT_REACH.as("r");
    boolean oneCountry = query.countries().size() == 1;
    if (oneCountry) {
      where.add(r.COUNTRY.eq(query.countries().iterator().next().alpha2()));
      if (from != null) {
        where.add(r.LAST_DAY.ge(from));
      }
      if (to != null) {
        where.add(r.FIRST_DAY.le(to));
      }
    } else if (!query.countries().isEmpty()) {
      // The venue's country or a participating country: event_reach holds both, with the days,
      // so that a country and a period read one range of its index.
      Condition reach = EVENT_REACH.COUNTRY.in(strings(query.countries()));
      if (from != null) {
        reach = reach.and(EVENT_REACH.LAST_DAY.ge(from));
      }
      if (to != null) {
        reach = reach.and(EVENT_REACH.FIRST_DAY.le(to));
      }
      where.add(k.ID.in(select(EVENT_REACH.EVENT_ID).from(EVENT_REACH).where(reach)));
    }
    // event_reach's rows carry their event's days: with one country the period is tested there
    // only, as a repeat on the event row would only mislead the planner's estimates.
    if (from != null && !oneCountry) {
      where.add(k.LAST_DAY.ge(from));
    }
    if (to != null && !oneCountry) {
      where.add(k.FIRST_DAY.le(to));
    }
    if (!query.types().isEmpty()) {
      where.add(k.EVENT_TYPE.in(names(query.types())));
    }
    if (!query.statuses().isEmpty()) {
      where.add(k.STATUS.in(names(query.statuses())));
    }
    if (!query.topics().isEmpty()) {
      where.add(
          k.ID.in(
              select(EVENT_TOPIC.EVENT_ID)
                  .from(EVENT_TOPIC)
                  .where(
                      EVENT_TOPIC.TOPIC.in(query.topics().stream().map(Topic::label).toList()))));
    }
    if (!query.organisers().isEmpty()) {
      where.add(
          k.ID.in(
              select(EVENT_ORGANISER.EVENT_ID)
                  .from(EVENT_ORGANISER)
                  .where(EVENT_ORGANISER.ORGANISATION_ID.in(strings(query.organisers())))));
    }
    if (query.text() != null) {
      where.add(k.SEARCH_TEXT.contains(query.text()));
    }
    boolean ascending = query.direction() == SortDirection.ASCENDING;
    Field<LocalDate> sortDay = oneCountry ? r.FIRST_DAY : k.FIRST_DAY;
    Field<String> sortId = oneCountry ? r.EVENT_ID : k.ID;
    Cursor after = query.after();
    int rows = query.limit() + 1;
    SelectSeekStep2<Record, LocalDate, String> ordered =
        dsl.select(withLists ? new Field<?>[] {k.ID} : k.fields(ROW.toArray(Field<?>[]::new)))
            .from(oneCountry ? r.join(k).on(k.ID.eq(r.EVENT_ID)) : k)
            .where(where)
            .orderBy(
                ascending ? sortDay.asc() : sortDay.desc(),
                ascending ? sortId.asc() : sortId.desc());
    Select<Record> keyset =
        after == null
            ? ordered.limit(rows)
            : ordered.seek(day(after), ColumnValues.id(after.id())).limit(rows);
    if (!withLists) {
      // The narrow row only: the keyset query is the page, as no list is computed per row.
      return keyset;
    }
    // With the lists (MULTISETs), the page's ids first, so that lists are made for them alone.
    Table<Record> page = keyset.asTable("page");
    Field<String> pageId = page.field(k.ID);
    return dsl.select(SELECT)
        .from(page.join(EVENT).on(EVENT.ID.eq(pageId)))
        .orderBy(
            ascending ? EVENT.FIRST_DAY.asc() : EVENT.FIRST_DAY.desc(),
            ascending ? pageId.asc() : pageId.desc());
  }

  private static LocalDate day(Cursor after) {
    try {
      return LocalDate.parse(after.sortKey());
    } catch (DateTimeParseException e) {
      throw new ValidationException(
          "EventQuery",
          List.of(
              new Violation(
                  "after",
                  "must be a cursor returned by a previous page of events",
                  after.encode())));
    }
  }

  private static Event event(EventRow r, Lists lists) {
    String id = r.id();
    Map<String, TreeMap<Integer, LocalizedText>> texts = TextRows.read(lists.texts);
    List<ProjectId> projects = List.copyOf(lists.projects.values());
    List<ComponentId> components = List.copyOf(lists.components.values());
    List<Organiser> organisers = List.copyOf(lists.organisers.values());
    Set<CountryCode> countries = lists.countries;
    Map<CountryCode, ParticipantCount> byCountry = lists.byCountry;
    Integer total = r.total();
    Participation participation =
        new Participation(
            total == null
                ? null
                : new ParticipantCount(
                    total, ColumnValues.enumValue(ParticipantCount.Qualifier.class, r.qualifier())),
            countries,
            byCountry);
    Set<Topic> topics = new LinkedHashSet<>(lists.topics.values());
    List<LocalizedText> keyMessageTexts = TextRows.list(texts, KEY_MESSAGE);
    List<KeyMessage> keyMessages = new ArrayList<>();
    lists.keyMessages.forEach(
        (position, adopted) ->
            keyMessages.add(new KeyMessage(keyMessageTexts.get(position), adopted)));
    List<Link> links = List.copyOf(lists.links.values());
    String zone = r.zone();
    EventDates dates =
        new EventDates(
            PartialDate.parse(r.start()),
            PartialDate.parse(r.end()),
            zone == null ? null : ZoneId.of(zone));
    String venueName = r.venueName();
    String venueCity = r.venueCity();
    String venueCountry = r.venueCountry();
    Venue venue =
        venueName == null && venueCity == null && venueCountry == null
            ? null
            : new Venue(venueName, venueCity, ColumnValues.countryOrNull(venueCountry));
    return Event.builder()
        .id(EventId.of(ColumnValues.uuid(id)))
        .projects(projects)
        .components(components)
        .title(TextRows.required(texts, TITLE, "event " + id))
        .type(ColumnValues.enumValue(EventType.class, r.type()))
        .status(ColumnValues.enumValue(EventStatus.class, r.status()))
        .dates(dates)
        .format(ColumnValues.enumValue(EventFormat.class, r.format()))
        .venue(venue)
        .organisers(organisers)
        .participation(participation)
        .topics(topics)
        .keyMessages(keyMessages)
        .description(TextRows.single(texts, DESCRIPTION))
        .links(links)
        .version(r.version())
        .createdAt(ColumnValues.instant(r.createdAt()))
        .updatedAt(ColumnValues.instant(r.updatedAt()))
        .build();
  }

  /**
   * The lists of one event as its rows come, from the MULTISETs of a one-statement read ({@link
   * #of}) or from the rows of the list statement ({@link #add}), each kept in its order.
   */
  private static final class Lists {
    final List<TextRows.Row> texts = new ArrayList<>();
    final TreeMap<Integer, ProjectId> projects = new TreeMap<>();
    final TreeMap<Integer, ComponentId> components = new TreeMap<>();
    final TreeMap<Integer, Organiser> organisers = new TreeMap<>();
    final Set<CountryCode> countries = new TreeSet<>();
    final Map<CountryCode, ParticipantCount> byCountry = new LinkedHashMap<>();
    final TreeMap<Integer, Topic> topics = new TreeMap<>();
    final TreeMap<Integer, Boolean> keyMessages = new TreeMap<>();
    final TreeMap<Integer, Link> links = new TreeMap<>();

    static Lists of(Record r) {
      Lists lists = new Lists();
      r.get(TEXTS)
          .forEach(
              t ->
                  lists.texts.add(
                      new TextRows.Row(
                          t.value1(), t.value2(), t.value3(), t.value4(), t.value5())));
      r.get(PROJECTS).forEach(p -> lists.project(p.value1(), p.value2()));
      r.get(COMPONENTS).forEach(c -> lists.component(c.value1(), c.value2()));
      r.get(ORGANISERS).forEach(o -> lists.organiser(o.value1(), o.value2(), o.value3()));
      r.get(PARTICIPATION).forEach(p -> lists.country(p.value1(), p.value2(), p.value3()));
      r.get(TOPICS).forEach(t -> lists.topics.put(t.value2(), Topic.of(t.value1())));
      r.get(KEY_MESSAGES).forEach(m -> lists.keyMessages.put(m.value1(), m.value2()));
      r.get(LINKS).forEach(l -> lists.link(l.value1(), l.value2(), l.value3(), l.value4()));
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
        default -> throw new IllegalStateException("no list of kind " + kind);
      }
    }

    private void project(String id, int position) {
      projects.put(position, ProjectId.of(ColumnValues.uuid(id)));
    }

    private void component(String id, int position) {
      components.put(position, ComponentId.of(ColumnValues.uuid(id)));
    }

    private void organiser(String organisation, String role, int position) {
      organisers.put(
          position,
          Organiser.of(
              OrganisationId.of(ColumnValues.uuid(organisation)),
              ColumnValues.enumValue(OrganiserRole.class, role)));
    }

    private void country(
        String alpha2, @Nullable Integer participants, @Nullable String qualifier) {
      CountryCode country = CountryCode.of(alpha2.strip());
      countries.add(country);
      if (participants != null) {
        byCountry.put(
            country,
            new ParticipantCount(
                participants, ColumnValues.enumValue(ParticipantCount.Qualifier.class, qualifier)));
      }
    }

    private void link(int position, String uri, @Nullable String title, String kind) {
      links.put(
          position,
          new Link(ColumnValues.uri(uri), title, ColumnValues.enumValue(Link.Kind.class, kind)));
    }
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

  /** One SELECT per child table, in the shape of {@link Lists#add}. */
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
          "SELECT 8, event_id, uri, title, link_kind, position, NULL FROM event_link");

  /** {@link #listStatement} by number of ids: pages are at most {@code Paging.MAX_LIMIT + 1}. */
  private static final Map<Integer, String> LIST_STATEMENTS = new ConcurrentHashMap<>();

  // Writing.

  @Override
  public void insert(Event event) {
    List<Event> events = List.of(event);
    DSLContext dsl = transaction.write();
    try {
      rows(events).forEach(table -> table.insert(dsl));
    } catch (DataAccessException e) {
      throw transaction.translate(e, context(events));
    }
  }

  /**
   * Inserts events as given, in as few statements as their number allows (on PostgreSQL by {@code
   * COPY}); for {@link JdbcStorage#insertEvents}.
   */
  void insertAll(List<Event> events) {
    DSLContext dsl = transaction.write();
    try {
      rows(events).forEach(table -> table.insertInBulk(dsl));
    } catch (DataAccessException e) {
      throw transaction.translate(e, context(events));
    }
  }

  @Override
  public void update(Event event, long expectedVersion) {
    DSLContext dsl = transaction.write();
    String id = ColumnValues.id(event.id().value());
    List<TableRows> rows = rows(List.of(event));
    try {
      OWN_ROW.update(dsl, id, expectedVersion, rows.get(0));
      VersionedRows.deleteChildren(dsl, CHILDREN, List.of(id));
      rows.subList(1, rows.size()).forEach(table -> table.insert(dsl));
    } catch (DataAccessException e) {
      throw transaction.translate(e, context(List.of(event)));
    }
  }

  @Override
  public void delete(EventId id, long expectedVersion) {
    DSLContext dsl = transaction.write();
    String key = ColumnValues.id(id.value());
    try {
      OWN_ROW.delete(dsl, key, expectedVersion);
    } catch (DataAccessException e) {
      throw transaction.translate(e, new TransactionContext.WriteFacts() {});
    }
  }

  /** The rows of {@code events}: the {@code event} rows first, then each child table's. */
  static List<TableRows> rows(Collection<Event> events) {
    TableRows root = new TableRows(EVENT, ROOT);
    TableRows texts =
        new TableRows(
            EVENT_TEXT,
            List.of(
                EVENT_TEXT.EVENT_ID,
                EVENT_TEXT.FIELD_NAME,
                EVENT_TEXT.ITEM,
                EVENT_TEXT.LANG,
                EVENT_TEXT.POSITION,
                EVENT_TEXT.CONTENT));
    TableRows projects =
        new TableRows(
            EVENT_PROJECT,
            List.of(EVENT_PROJECT.EVENT_ID, EVENT_PROJECT.PROJECT_ID, EVENT_PROJECT.POSITION));
    TableRows components =
        new TableRows(
            EVENT_COMPONENT,
            List.of(
                EVENT_COMPONENT.EVENT_ID, EVENT_COMPONENT.COMPONENT_ID, EVENT_COMPONENT.POSITION));
    TableRows organisers =
        new TableRows(
            EVENT_ORGANISER,
            List.of(
                EVENT_ORGANISER.EVENT_ID,
                EVENT_ORGANISER.ORGANISATION_ID,
                EVENT_ORGANISER.ORGANISER_ROLE,
                EVENT_ORGANISER.POSITION));
    TableRows participation =
        new TableRows(
            EVENT_PARTICIPATION,
            List.of(
                EVENT_PARTICIPATION.EVENT_ID, EVENT_PARTICIPATION.COUNTRY,
                EVENT_PARTICIPATION.PARTICIPANTS, EVENT_PARTICIPATION.QUALIFIER));
    TableRows topics =
        new TableRows(
            EVENT_TOPIC, List.of(EVENT_TOPIC.EVENT_ID, EVENT_TOPIC.TOPIC, EVENT_TOPIC.POSITION));
    TableRows keyMessages =
        new TableRows(
            EVENT_KEY_MESSAGE,
            List.of(
                EVENT_KEY_MESSAGE.EVENT_ID, EVENT_KEY_MESSAGE.POSITION, EVENT_KEY_MESSAGE.ADOPTED));
    TableRows links =
        new TableRows(
            EVENT_LINK,
            List.of(
                EVENT_LINK.EVENT_ID,
                EVENT_LINK.POSITION,
                EVENT_LINK.URI,
                EVENT_LINK.TITLE,
                EVENT_LINK.LINK_KIND));
    TableRows reach =
        new TableRows(
            EVENT_REACH,
            List.of(
                EVENT_REACH.EVENT_ID,
                EVENT_REACH.COUNTRY,
                EVENT_REACH.FIRST_DAY,
                EVENT_REACH.LAST_DAY));
    for (Event e : events) {
      String id = ColumnValues.id(e.id().value());
      LocalDate firstDay = e.dates().firstDay();
      LocalDate lastDay = e.dates().lastDay();
      Venue venue = e.venue();
      ParticipantCount total = e.participation().total();
      root.add(
          id,
          e.type().name(),
          e.status().name(),
          e.format().name(),
          e.dates().start().toString(),
          e.dates().end().toString(),
          e.dates().timeZone() == null ? null : e.dates().timeZone().getId(),
          firstDay,
          lastDay,
          venue == null ? null : venue.name(),
          venue == null ? null : venue.city(),
          venue == null ? null : ColumnValues.country(venue.country()),
          total == null ? null : total.value(),
          total == null ? null : total.qualifier().name(),
          SearchText.of(e),
          e.version(),
          ColumnValues.utc(e.createdAt()),
          ColumnValues.utc(e.updatedAt()));
      TextRows.append(texts.rows(), e.title(), id, TITLE, 0);
      TextRows.append(texts.rows(), e.description(), id, DESCRIPTION, 0);
      for (int i = 0; i < e.keyMessages().size(); i++) {
        KeyMessage message = e.keyMessages().get(i);
        TextRows.append(texts.rows(), message.text(), id, KEY_MESSAGE, i);
        keyMessages.add(id, i, message.adopted());
      }
      for (int i = 0; i < e.projects().size(); i++) {
        projects.add(id, e.projects().get(i).toString(), i);
      }
      for (int i = 0; i < e.components().size(); i++) {
        components.add(id, e.components().get(i).toString(), i);
      }
      for (int i = 0; i < e.organisers().size(); i++) {
        Organiser o = e.organisers().get(i);
        organisers.add(id, o.organisation().toString(), o.role().name(), i);
      }
      Map<CountryCode, ParticipantCount> byCountry = e.participation().byCountry();
      for (CountryCode country : e.participation().countries()) {
        ParticipantCount count = byCountry.get(country);
        participation.add(
            id,
            country.alpha2(),
            count == null ? null : count.value(),
            count == null ? null : count.qualifier().name());
      }
      int position = 0;
      for (Topic topic : e.topics()) {
        topics.add(id, topic.label(), position++);
      }
      for (int i = 0; i < e.links().size(); i++) {
        Link link = e.links().get(i);
        links.add(id, i, link.uri().toString(), link.title(), link.kind().name());
      }
      Set<String> reached = new TreeSet<>();
      if (venue != null && venue.country() != null) {
        reached.add(venue.country().alpha2());
      }
      e.participation().countries().forEach(c -> reached.add(c.alpha2()));
      for (String country : reached) {
        reach.add(id, country, firstDay, lastDay);
      }
    }
    return List.of(
        root,
        texts,
        projects,
        components,
        organisers,
        participation,
        topics,
        keyMessages,
        links,
        reach);
  }

  /** What a failed write of {@code events} can tell about its failure. */
  private TransactionContext.WriteFacts context(List<Event> events) {
    return new TransactionContext.WriteFacts() {
      @Override
      public @Nullable String uniqueValue(String field) {
        return events.size() == 1 ? events.get(0).id().toString() : null;
      }

      @Override
      public @Nullable String missingTarget(Constraint constraint) {
        return switch (constraint.name()) {
          case "event_project_project_fk" ->
              transaction.firstMissing(
                  PROJECT,
                  PROJECT.ID,
                  events.stream()
                      .flatMap(e -> e.projects().stream())
                      .map(Object::toString)
                      .toList());
          case "event_component_component_fk" ->
              transaction.firstMissing(
                  COMPONENT,
                  COMPONENT.ID,
                  events.stream()
                      .flatMap(e -> e.components().stream())
                      .map(Object::toString)
                      .toList());
          case "event_organiser_org_fk" ->
              transaction.firstMissing(
                  ORGANISATION,
                  ORGANISATION.ID,
                  events.stream()
                      .flatMap(e -> e.organisers().stream())
                      .map(o -> o.organisation().toString())
                      .toList());
          default -> null;
        };
      }
    };
  }

  private static Map<Table<?>, Field<String>> childTables() {
    Map<Table<?>, Field<String>> children = new LinkedHashMap<>();
    children.put(EVENT_TEXT, EVENT_TEXT.EVENT_ID);
    children.put(EVENT_PROJECT, EVENT_PROJECT.EVENT_ID);
    children.put(EVENT_COMPONENT, EVENT_COMPONENT.EVENT_ID);
    children.put(EVENT_ORGANISER, EVENT_ORGANISER.EVENT_ID);
    children.put(EVENT_PARTICIPATION, EVENT_PARTICIPATION.EVENT_ID);
    children.put(EVENT_TOPIC, EVENT_TOPIC.EVENT_ID);
    children.put(EVENT_KEY_MESSAGE, EVENT_KEY_MESSAGE.EVENT_ID);
    children.put(EVENT_LINK, EVENT_LINK.EVENT_ID);
    children.put(EVENT_REACH, EVENT_REACH.EVENT_ID);
    return children;
  }

  private static List<SelectField<?>> selection() {
    List<SelectField<?>> fields = new ArrayList<>(EventRow.COLUMNS);
    fields.addAll(
        List.of(
            TEXTS, PROJECTS, COMPONENTS, ORGANISERS, PARTICIPATION, TOPICS, KEY_MESSAGES, LINKS));
    return List.copyOf(fields);
  }

  private static List<String> strings(Collection<?> ids) {
    return ids.stream().map(Object::toString).toList();
  }

  private static List<String> names(Collection<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).toList();
  }
}
