package org.coopkit.storage.jdbc;

import static java.util.Objects.requireNonNull;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_COMPONENT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_EXTERNAL_ID;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_ORGANISER;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_PROJECT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_REACH;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_TOPIC;
import static org.jooq.impl.DSL.select;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.coopkit.model.Topic;
import org.coopkit.query.Cursor;
import org.coopkit.query.EventQuery;
import org.coopkit.query.SortDirection;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.Select;
import org.jooq.SelectConditionStep;
import org.jooq.SelectField;
import org.jooq.SelectSeekStep2;
import org.jooq.Table;

/**
 * The keyset query of a page of events: the filters of an {@link EventQuery}, its order (first day,
 * then id) and the cursor's seek, read off {@code event_reach}'s country index when one country is
 * asked for. Apart from {@link JdbcEventStore} so that the query whose plan matters most reads on
 * its own (and tests can look at its plan).
 */
final class EventPageQuery {
  // The sort key each span class's branch carries for the merge of their pages.
  private static final String SORT_DAY = "sort_day";
  private static final String SORT_ID = "sort_id";

  private EventPageQuery() {}

  /**
   * The first statement {@link JdbcEventStore#find} runs in a read-only transaction: the event rows
   * of at most {@code limit + 1} events (one more tells whether another page follows), without
   * their lists. EventQueryPlanTest looks at its plan.
   */
  static ResultQuery<Record> rowsOnly(DSLContext dsl, EventQuery query) {
    return query(dsl, query, false);
  }

  /**
   * The page's events with their lists, in one statement: the page's ids in a derived table joined
   * back to the events and their lists (MULTISETs), so that lists are made for the page alone.
   */
  static ResultQuery<Record> withLists(DSLContext dsl, EventQuery query) {
    return query(dsl, query, true);
  }

  /** The page's events: their rows only, or with their lists (one statement). */
  private static ResultQuery<Record> query(DSLContext dsl, EventQuery query, boolean withLists) {
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
    boolean certainly = query.certainlyInPeriod();
    if (oneCountry) {
      where.add(r.COUNTRY.eq(query.countries().iterator().next().alpha2()));
      where.addAll(period(r.FIRST_DAY, r.LAST_DAY, from, to, certainly));
    } else if (!query.countries().isEmpty()) {
      // The venue's country or a participating country: event_reach holds both, with the days,
      // so that a country and a period read one range of its index.
      Condition reach = EVENT_REACH.COUNTRY.in(strings(query.countries()));
      for (Condition c : period(EVENT_REACH.FIRST_DAY, EVENT_REACH.LAST_DAY, from, to, certainly)) {
        reach = reach.and(c);
      }
      where.add(k.ID.in(select(EVENT_REACH.EVENT_ID).from(EVENT_REACH).where(reach)));
    }
    // event_reach's rows carry their event's days: with one country the period is tested there
    // only, as a repeat on the event row would only mislead the planner's estimates.
    if (!oneCountry) {
      where.addAll(period(k.FIRST_DAY, k.LAST_DAY, from, to, certainly));
    }
    if (!query.externalIds().isEmpty()) {
      where.add(
          ExternalIdFilter.carrying(
              k.ID,
              EVENT_EXTERNAL_ID,
              EVENT_EXTERNAL_ID.EVENT_ID,
              EVENT_EXTERNAL_ID.SCHEME,
              EVENT_EXTERNAL_ID.ID_VALUE,
              query.externalIds()));
    }
    if (!query.series().isEmpty()) {
      where.add(k.SERIES_CODE.in(query.series()));
    }
    if (query.partOf() != null) {
      where.add(k.PART_OF.eq(IdText.of(query.partOf().value())));
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
                      EVENT_TOPIC.TOPIC_KEY.in(query.topics().stream().map(Topic::key).toList()))));
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
    Cursor after = query.after();
    int rows = query.limit() + 1;
    SelectField<?>[] columns =
        withLists
            ? new SelectField<?>[] {k.ID}
            : k.fields(EventRow.COLUMNS.toArray(Field<?>[]::new));
    Select<Record> keyset;
    if (oneCountry || (from != null && !certainly && !narrowedByList(query))) {
      // One branch per span class, each an ordered range of a span index (event_reach's for one
      // country, the event's otherwise) that starts, for a period's first day, no earlier than the
      // longest event of its class may start: the rows passed over no longer grow with the store
      // (see SpanClass). The branches' pages are merged, in order, into the page. A search
      // narrowed by a list (projects, organisers, ...) reads that list's index instead.
      Field<LocalDate> day = oneCountry ? r.FIRST_DAY : k.FIRST_DAY;
      Field<String> id = oneCountry ? r.EVENT_ID : k.ID;
      Field<Short> spanClassOf = oneCountry ? r.SPAN_CLASS : k.SPAN_CLASS;
      Select<Record> branches = null;
      for (int spanClass = 0; spanClass < SpanClass.COUNT; spanClass++) {
        List<Condition> branch = new ArrayList<>(where);
        branch.add(spanClassOf.eq((short) spanClass));
        Long longestDays = SpanClass.longestDays(spanClass);
        if (from != null && longestDays != null && !certainly) {
          branch.add(day.ge(from.minusDays(longestDays)));
        }
        Select<Record> page =
            keyset(
                dsl.select(columns)
                    .select(day.as(SORT_DAY), id.as(SORT_ID))
                    .from(oneCountry ? r.join(k).on(k.ID.eq(r.EVENT_ID)) : k)
                    .where(branch),
                day,
                id,
                ascending,
                after,
                rows);
        branches = branches == null ? page : branches.unionAll(page);
      }
      Table<Record> merged = requireNonNull(branches).asTable("merged");
      Field<LocalDate> mergedDay = requireNonNull(merged.field(SORT_DAY, LocalDate.class));
      Field<String> mergedId = requireNonNull(merged.field(SORT_ID, String.class));
      keyset =
          dsl.select(Arrays.copyOf(merged.fields(), columns.length))
              .from(merged)
              .orderBy(
                  ascending ? mergedDay.asc() : mergedDay.desc(),
                  ascending ? mergedId.asc() : mergedId.desc())
              .limit(rows);
    } else {
      keyset =
          keyset(
              dsl.select(columns).from(k).where(where), k.FIRST_DAY, k.ID, ascending, after, rows);
    }
    if (!withLists) {
      // The narrow row only: the keyset query is the page, as no list is computed per row.
      return keyset;
    }
    // With the lists (MULTISETs), the page's ids first, so that lists are made for them alone.
    Table<Record> page = keyset.asTable("page");
    Field<String> pageId = page.field(k.ID);
    return dsl.select(EventLists.SELECT)
        .from(page.join(EVENT).on(EVENT.ID.eq(pageId)))
        .orderBy(
            ascending ? EVENT.FIRST_DAY.asc() : EVENT.FIRST_DAY.desc(),
            ascending ? pageId.asc() : pageId.desc());
  }

  /** Whether the query keeps only events found in a list's index, which then leads the read. */
  private static boolean narrowedByList(EventQuery query) {
    return !query.projects().isEmpty()
        || !query.components().isEmpty()
        || !query.countries().isEmpty()
        || !query.externalIds().isEmpty()
        || !query.topics().isEmpty()
        || !query.organisers().isEmpty();
  }

  /** The select's rows in page order after the cursor, at most {@code rows} of them. */
  private static Select<Record> keyset(
      SelectConditionStep<Record> select,
      Field<LocalDate> day,
      Field<String> id,
      boolean ascending,
      @org.jspecify.annotations.Nullable Cursor after,
      int rows) {
    SelectSeekStep2<Record, LocalDate, String> ordered =
        select.orderBy(ascending ? day.asc() : day.desc(), ascending ? id.asc() : id.desc());
    return after == null
        ? ordered.limit(rows)
        : ordered.seek(day(after), IdText.of(after.id())).limit(rows);
  }

  /**
   * The period filter on an event's days (the days it may cover, see {@link EventQuery#from()}):
   * those that may overlap the period, or with {@code certainly} those inside it.
   */
  private static List<Condition> period(
      Field<LocalDate> firstDay,
      Field<LocalDate> lastDay,
      @org.jspecify.annotations.Nullable LocalDate from,
      @org.jspecify.annotations.Nullable LocalDate to,
      boolean certainly) {
    List<Condition> conditions = new ArrayList<>();
    if (from != null) {
      conditions.add(certainly ? firstDay.ge(from) : lastDay.ge(from));
    }
    if (to != null) {
      conditions.add(certainly ? lastDay.le(to) : firstDay.le(to));
    }
    return conditions;
  }

  /** The day of the cursor's position: {@link EventQuery} has checked it is an ISO date. */
  private static LocalDate day(Cursor after) {
    return LocalDate.parse(after.sortKey());
  }

  private static List<String> strings(Collection<?> ids) {
    return ids.stream().map(Object::toString).toList();
  }

  private static List<String> names(Collection<? extends Enum<?>> values) {
    return values.stream().map(Enum::name).toList();
  }
}
