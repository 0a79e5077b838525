package org.coopkit.storage.jdbc;

import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_COMPONENT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_KEY_MESSAGE;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_PARTICIPATION;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_PROJECT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT_FRAMEWORK;
import static org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT_FUNDING;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectDistinct;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coopkit.model.Money;
import org.coopkit.model.ParticipantCount;
import org.coopkit.model.ParticipantCount.Qualifier;
import org.coopkit.report.Dimension;
import org.coopkit.report.EventScope;
import org.coopkit.report.RawTally;
import org.coopkit.report.ReportScope;
import org.coopkit.report.Tallies;
import org.coopkit.spi.ProjectStore;
import org.coopkit.spi.ReportStore;
import org.coopkit.storage.jdbc.internal.schema.tables.Event;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.DatePart;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.ResultQuery;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Reports as one {@code GROUP BY} statement per dimension: the events in scope, joined to the list
 * the dimension groups by (components, projects, participating countries), with their adopted key
 * messages counted per event beforehand, so that every event counts once per group. Funding totals
 * are one more, over the funding lines of the projects in scope.
 */
final class JdbcReportStore implements ReportStore {
  private final TransactionContext transaction;

  JdbcReportStore(TransactionContext transaction) {
    this.transaction = transaction;
  }

  @Override
  public Map<String, RawTally> tally(EventScope scope, Dimension dimension) {
    ResultQuery<Record> query = query(transaction.read(), scope, dimension);
    int keys = keyCount(dimension);
    Map<String, RawTally> groups = new LinkedHashMap<>();
    try {
      for (Record r : query.fetch()) {
        long events = number(r.get(keys));
        if (events == 0) {
          continue;
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < keys; i++) {
          // Only the year is ever null: that of an event whose start is not known.
          Object key = r.get(i);
          parts.add(key == null ? Tallies.YEAR_NOT_KNOWN : String.valueOf(key).strip());
        }
        groups.put(String.join("/", parts), tally(events, r, keys + 1));
      }
    } catch (RuntimeException e) {
      throw transaction.translateRead(e);
    }
    return groups;
  }

  /**
   * The funding totals in one {@code GROUP BY} of {@code project_funding}'s lines with an amount
   * (those with a share alone have none), summed exactly as {@code DECIMAL}s: the lines of the
   * scope's projects, of its framework's, or all.
   */
  @Override
  public Map<Currency, Money> fundingTotals(ReportScope scope, ProjectStore projects) {
    var f = PROJECT_FUNDING;
    List<Condition> where = new ArrayList<>();
    where.add(f.AMOUNT.isNotNull());
    if (!scope.projects().isEmpty()) {
      where.add(f.PROJECT_ID.in(strings(scope.projects())));
    } else if (scope.framework() != null) {
      // Any of the project's frameworks, not only the primary one, as ProjectQuery's filter.
      where.add(
          f.PROJECT_ID.in(
              select(PROJECT_FRAMEWORK.PROJECT_ID)
                  .from(PROJECT_FRAMEWORK)
                  .where(PROJECT_FRAMEWORK.CODE.eq(scope.framework()))));
    }
    Field<BigDecimal> sum = sum(f.AMOUNT).as("total");
    Map<Currency, Money> totals = new LinkedHashMap<>();
    try {
      for (Record2<String, BigDecimal> r :
          transaction.read().select(f.CURRENCY, sum).from(f).where(where).groupBy(f.CURRENCY)) {
        Currency currency = Currency.getInstance(r.value1().strip());
        totals.put(currency, new Money(r.value2(), currency));
      }
    } catch (RuntimeException e) {
      throw transaction.translateRead(e);
    }
    return totals;
  }

  /**
   * Reads the figures that {@link #query} selects after a row's keys and its event count: per
   * qualifier in declaration order an event count and a sum, then the events without a count and
   * the adopted key messages.
   */
  private static RawTally tally(long events, Record r, int first) {
    RawTally.Builder b = RawTally.builder().events(events);
    int i = first;
    for (Qualifier q : Qualifier.values()) {
      b.counted(q, number(r.get(i)), number(r.get(i + 1)));
      i += 2;
    }
    return b.eventsWithoutCount(number(r.get(i)))
        .adoptedKeyMessages(number(r.get(i + 1)))
        .eventsInParent(number(r.get(i + 2)))
        .eventsPerhapsOutsidePeriod(number(r.get(i + 3)))
        .build();
  }

  /**
   * The statement {@link #tally} runs: group keys, the event count, then the figures of {@link
   * RawTally} in the order {@link #tally(long, Record, int)} reads them. The events in scope come
   * first as a derived table, one row each with their adopted key messages counted (an index lookup
   * per event); the dimension's list is joined to that, so that an event's count is taken once
   * however many groups it falls in.
   */
  static ResultQuery<Record> query(DSLContext dsl, EventScope scope, Dimension dimension) {
    var e = EVENT.as("e");
    Table<?> x = eventsInScope(scope, e);
    Field<String> id = x.field(e.ID);
    Field<String> venueCountry = x.field(e.VENUE_COUNTRY);
    Field<Integer> participants = x.field(e.PARTICIPANTS_TOTAL);
    Field<String> qualifier = x.field(e.PARTICIPANTS_QUALIFIER);
    // The year the event starts in, null (grouped as "unknown") when its start is not known.
    Field<Integer> year =
        when(x.field(e.START_DATE).isNull(), DSL.castNull(Integer.class))
            .otherwise(DSL.extract(x.field(e.FIRST_DAY), DatePart.YEAR));
    Field<Integer> inParent = x.field("in_parent", Integer.class);
    Table<?> grouped = x;
    Condition groupedWhere = DSL.noCondition();
    List<Field<?>> keys = new ArrayList<>();
    switch (dimension) {
      case TOTAL -> {}
      case YEAR -> keys.add(year);
      case TYPE -> keys.add(x.field(e.EVENT_TYPE));
      case STATUS -> keys.add(x.field(e.STATUS));
      case VENUE_COUNTRY -> {
        keys.add(venueCountry);
        groupedWhere = venueCountry.isNotNull();
      }
      case COMPONENT -> {
        var c = EVENT_COMPONENT.as("c");
        grouped = x.join(c).on(c.EVENT_ID.eq(id));
        keys.add(c.COMPONENT_ID);
      }
      case PROJECT -> {
        var p = EVENT_PROJECT.as("p");
        grouped = x.join(p).on(p.EVENT_ID.eq(id));
        keys.add(p.PROJECT_ID);
      }
      case SERIES -> {
        Field<String> series = x.field(e.SERIES_CODE);
        keys.add(series);
        groupedWhere = series.isNotNull();
      }
      case PARTICIPANT_COUNTRY, YEAR_AND_PARTICIPANT_COUNTRY -> {
        // The per-country count applies, not the event's total.
        var p = EVENT_PARTICIPATION.as("p");
        grouped = x.join(p).on(p.EVENT_ID.eq(id));
        participants = p.PARTICIPANTS;
        qualifier = p.QUALIFIER;
        if (dimension == Dimension.YEAR_AND_PARTICIPANT_COUNTRY) {
          keys.add(year);
        }
        keys.add(p.COUNTRY);
      }
    }

    List<SelectField<?>> fields = new ArrayList<>(keys);
    fields.add(count().as("events"));
    for (Qualifier q : Qualifier.values()) {
      // A part counted within its parent brings no figure of its own (see Tallies).
      Condition counted = qualifier.eq(q.name()).and(inParent.eq(inline(0)));
      String name = q.name().toLowerCase(java.util.Locale.ROOT);
      fields.add(sum(when(counted, inline(1)).otherwise(inline(0))).as(name + "_events"));
      fields.add(sumWhere(participants, counted).as(name + "_participants"));
    }
    fields.add(
        sum(when(participants.isNull().and(inParent.eq(inline(0))), inline(1)).otherwise(inline(0)))
            .as("without_count"));
    fields.add(sum(x.field("adopted", Integer.class)).as("adopted"));
    fields.add(sum(inParent).as("in_parent"));
    fields.add(sum(x.field("perhaps_outside", Integer.class)).as("perhaps_outside"));
    var select = dsl.select(fields).from(grouped).where(groupedWhere);
    return keys.isEmpty() ? select : select.groupBy(keys);
  }

  /**
   * The events in {@code scope}, one row each as the derived table {@code x}: the columns of {@code
   * e} the tallies read and the event's count of adopted key messages ({@code adopted}).
   */
  private static Table<?> eventsInScope(EventScope scope, Event e) {
    List<Condition> where = new ArrayList<>();
    Table<?> from = e;
    if (!scope.projects().isEmpty()) {
      // Start from the projects' rows: testing every event against an IN list walks the whole
      // event table on H2. One project names an event at most once (the primary key); several
      // need the event ids made distinct first, or a joint event would count twice.
      var scoped = EVENT_PROJECT.as("scoped");
      Table<?> events =
          scope.projects().size() == 1
              ? scoped
              : selectDistinct(scoped.EVENT_ID)
                  .from(scoped)
                  .where(scoped.PROJECT_ID.in(strings(scope.projects())))
                  .asTable("scoped");
      Field<String> eventId = events.field(scoped.EVENT_ID);
      from = events.join(e).on(e.ID.eq(eventId));
      if (scope.projects().size() == 1) {
        where.add(scoped.PROJECT_ID.eq(strings(scope.projects()).get(0)));
      }
    }
    where.addAll(inScope(scope, e));
    // A part is counted within its parent when the parent is in scope too and reports a total
    // of what took place (see Tallies): the parent joined by its primary key, so at most one row.
    // A join rather than EXISTS in the select list: the tallies read in_parent a dozen times, and
    // PostgreSQL copied such a subquery into each of them, which raised the plan's estimated
    // cost past its JIT thresholds at 100,000 events (3.7 s compiling a 50 ms statement).
    var parent = EVENT.as("parent");
    List<Condition> parentInScope = new ArrayList<>(inScope(scope, parent));
    parentInScope.add(parent.ID.eq(e.PART_OF));
    parentInScope.add(parent.PARTICIPANTS_TOTAL.isNotNull());
    parentInScope.add(parent.PARTICIPANTS_QUALIFIER.ne(ParticipantCount.Qualifier.PLANNED.name()));
    if (!scope.projects().isEmpty()) {
      // By the parent's primary key, as inScope tests a country.
      var parentProject = EVENT_PROJECT.as("parent_project");
      parentInScope.add(
          exists(
              selectOne()
                  .from(parentProject)
                  .where(parentProject.EVENT_ID.eq(parent.ID))
                  .and(parentProject.PROJECT_ID.in(strings(scope.projects())))));
    }
    from = from.leftJoin(parent).on(DSL.and(parentInScope));
    Field<Integer> inParent =
        when(parent.ID.isNotNull(), inline(1)).otherwise(inline(0)).as("in_parent");
    // Whether some of the days the event may cover lie outside the scope's period.
    Condition outside = DSL.falseCondition();
    if (scope.from() != null) {
      outside = outside.or(e.FIRST_DAY.lt(scope.from()));
    }
    if (scope.to() != null) {
      outside = outside.or(e.LAST_DAY.gt(scope.to()));
    }
    Field<Integer> perhapsOutside =
        (scope.from() == null && scope.to() == null
                ? inline(0)
                : when(outside, inline(1)).otherwise(inline(0)))
            .as("perhaps_outside");
    Field<Integer> adopted =
        DSL.field(
                select(count())
                    .from(EVENT_KEY_MESSAGE)
                    .where(EVENT_KEY_MESSAGE.EVENT_ID.eq(e.ID))
                    .and(EVENT_KEY_MESSAGE.ADOPTED.isTrue()))
            .as("adopted");
    return select(
            e.ID,
            e.FIRST_DAY,
            e.START_DATE,
            e.SERIES_CODE,
            e.EVENT_TYPE,
            e.STATUS,
            e.VENUE_COUNTRY,
            e.PARTICIPANTS_TOTAL,
            e.PARTICIPANTS_QUALIFIER,
            adopted,
            inParent,
            perhapsOutside)
        .from(from)
        .where(where)
        .asTable("x");
  }

  /**
   * The parts of {@code scope} but its projects that test the event row {@code e}: the period (days
   * the event may cover, as {@link EventScope#matches}), types, statuses and countries.
   */
  private static List<Condition> inScope(EventScope scope, Event e) {
    List<Condition> where = new ArrayList<>();
    if (scope.from() != null) {
      where.add(e.LAST_DAY.ge(scope.from()));
    }
    if (scope.to() != null) {
      where.add(e.FIRST_DAY.le(scope.to()));
    }
    if (!scope.types().isEmpty()) {
      where.add(e.EVENT_TYPE.in(scope.types().stream().map(Enum::name).toList()));
    }
    if (!scope.statuses().isEmpty()) {
      where.add(e.STATUS.in(scope.statuses().stream().map(Enum::name).toList()));
    }
    if (scope.venueCountry() != null) {
      where.add(e.VENUE_COUNTRY.eq(scope.venueCountry().alpha2()));
    }
    if (scope.participantCountry() != null) {
      // A lookup by the participation's primary key for each row. H2 ran "e.id IN (SELECT ...)"
      // again for every row when it stood in the parent's join condition: a country profile took
      // time growing with the square of the events.
      var p = EVENT_PARTICIPATION.as(e.getName() + "_country");
      where.add(
          exists(
              selectOne()
                  .from(p)
                  .where(p.EVENT_ID.eq(e.ID))
                  .and(p.COUNTRY.eq(scope.participantCountry().alpha2()))));
    }
    return where;
  }

  private static Field<BigDecimal> sumWhere(Field<Integer> value, Condition condition) {
    return sum(when(condition, value).otherwise(inline(0)));
  }

  /** How many key columns a dimension's rows start with. */
  private static int keyCount(Dimension dimension) {
    return switch (dimension) {
      case TOTAL -> 0;
      case YEAR_AND_PARTICIPANT_COUNTRY -> 2;
      default -> 1;
    };
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private static List<String> strings(java.util.Collection<?> ids) {
    return ids.stream().map(Object::toString).toList();
  }
}
