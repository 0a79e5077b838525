package org.coopkit.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coopkit.model.event.EventType;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.project.Project;
import org.coopkit.query.EventQuery;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The plans PostgreSQL makes for the statements the event store runs, over 100,000 events: the
 * common searches use indexes and never read an event table whole.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventQueryPlanTest {
  private static final int EVENTS = 100_000;
  private static final int PROJECTS = 100;
  private static final Pattern SEQUENTIAL_SCAN = Pattern.compile("Seq Scan on (\\w+)");
  private static final Pattern ROWS_REMOVED = Pattern.compile("Rows Removed by Filter: (\\d+)");

  private final SchemaPerDatabase schemas = new SchemaPerDatabase();
  private final List<Project> projects = new ArrayList<>();
  private Duration loading = Duration.ZERO;

  @BeforeAll
  void loadOneHundredThousandEvents() {
    JdbcStorage storage = schemas.storage(Database.POSTGRESQL);
    for (int i = 0; i < PROJECTS; i++) {
      projects.add(ManyEvents.project());
    }
    List<Organisation> organisations =
        List.of(ManyEvents.organisation(), ManyEvents.organisation(), ManyEvents.organisation());
    storage.inTransaction(
        s -> {
          organisations.forEach(s.organisations()::insert);
          projects.forEach(s.projects()::insert);
          return null;
        });
    Instant start = Instant.now();
    storage.insertEvents(new ManyEvents(42, projects, organisations).next(EVENTS));
    loading = Duration.between(start, Instant.now());
    schemas.dsl(Database.POSTGRESQL).execute("ANALYZE");
  }

  @AfterAll
  void dropSchema() {
    schemas.close();
  }

  /**
   * Every event of the bulk insert is stored. Its time is printed for whoever reads the log (about
   * 20 seconds on an idle two-core machine), not checked: speed is the benchmarks' business.
   */
  @Test
  void oneHundredThousandBulkInsertedEventsAreAllStored() {
    System.err.printf(
        "[coopkit-test] %,d events bulk-inserted into PostgreSQL in %.1f s%n",
        EVENTS, loading.toMillis() / 1000.0);
    assertThat(schemas.dsl(Database.POSTGRESQL).fetchCount(DSL.table(DSL.name("event"))))
        .isEqualTo(EVENTS);
  }

  @Test
  void theFirstPageOfACountryInANinetyDayWindowReadsNoEventTableWhole() {
    LocalDate from = ManyEvents.FIRST_DAY.plusYears(5);
    assertUsesIndexes(
        EventQuery.builder()
            .country(ManyEvents.country(7))
            .between(from, from.plusDays(89))
            .build());
  }

  /**
   * The rows the database reads and throws away for a country's first page do not grow with the
   * store: each span class's index range starts at most its longest event before the window (see
   * SpanClass), where reading the country's index from its first event passed over every event of
   * the five years before (963 rows here), and more at each further year.
   */
  @Test
  void theFirstPageOfACountryLateInTheStorePassesOverFewRows() {
    LocalDate from = ManyEvents.FIRST_DAY.plusYears(5);
    assertPassesOverFewRows(
        EventQuery.builder()
            .country(ManyEvents.country(7))
            .between(from, from.plusDays(89))
            .limit(20)
            .build(),
        100);
  }

  /**
   * The same for a period anywhere, read off the event table's span index: the rows passed over are
   * at most the events that start in the week before the period (these events last up to four days,
   * so all are of the classes bounded by a week or less), where reading from the first event passed
   * over five years of them (about 71,000 rows at 100,000 events).
   */
  @Test
  void theFirstPageOfAPeriodLateInTheStorePassesOverFewRows() {
    LocalDate from = ManyEvents.FIRST_DAY.plusYears(5);
    int weekBefore =
        schemas
            .dsl(Database.POSTGRESQL)
            .fetchCount(
                DSL.table(DSL.name("event")),
                DSL.field(DSL.name("first_day"), LocalDate.class)
                    .between(from.minusDays(7), from.minusDays(1)));
    assertPassesOverFewRows(
        EventQuery.builder().between(from, from.plusDays(29)).limit(20).build(), weekBefore + 1);
  }

  @Test
  void theFirstPageOfAProjectsEventsReadsNoEventTableWhole() {
    assertUsesIndexes(EventQuery.builder().project(projects.get(3).id()).build());
  }

  @Test
  void theFirstPageOfADateRangeReadsNoEventTableWhole() {
    LocalDate from = ManyEvents.FIRST_DAY.plusYears(3);
    assertUsesIndexes(EventQuery.builder().between(from, from.plusDays(30)).build());
  }

  @Test
  void theFirstPageOfATypeReadsNoEventTableWhole() {
    assertUsesIndexes(EventQuery.builder().type(EventType.TRAINING).build());
  }

  @Test
  void aLaterPageOfACountryReadsNoEventTableWholeEither() {
    EventQuery first = EventQuery.builder().country(ManyEvents.country(3)).limit(100).build();
    String cursor =
        schemas
            .storage(Database.POSTGRESQL)
            .inTransaction(s -> s.events().find(first))
            .nextCursor();
    assertThat(cursor).isNotNull();
    assertUsesIndexes(first.after(cursor));
  }

  private void assertPassesOverFewRows(EventQuery query, int bound) {
    DSLContext dsl = schemas.dsl(Database.POSTGRESQL);
    String plan =
        String.join(
            "\n",
            dsl.fetch("EXPLAIN ANALYZE " + dsl.renderInlined(EventPageQuery.rowsOnly(dsl, query)))
                .getValues(0, String.class));
    int passedOver = 0;
    Matcher matcher = ROWS_REMOVED.matcher(plan);
    while (matcher.find()) {
      passedOver += Integer.parseInt(matcher.group(1));
    }
    assertThat(passedOver).as("rows removed by filters in the plan:%n%s", plan).isLessThan(bound);
    assertThat(dsl.fetch(EventPageQuery.rowsOnly(dsl, query)))
        .as("a full page and the row that tells another follows")
        .hasSize(21);
  }

  private void assertUsesIndexes(EventQuery query) {
    DSLContext dsl = schemas.dsl(Database.POSTGRESQL);
    ResultQuery<Record> statement = EventPageQuery.rowsOnly(dsl, query);
    String plan =
        String.join(
            "\n", dsl.fetch("EXPLAIN " + dsl.renderInlined(statement)).getValues(0, String.class));
    List<String> scanned = new ArrayList<>();
    Matcher matcher = SEQUENTIAL_SCAN.matcher(plan);
    while (matcher.find()) {
      scanned.add(matcher.group(1));
    }
    assertThat(scanned)
        .as("tables read whole in the plan:%n%s", plan)
        .noneMatch(table -> table.equals("event") || table.startsWith("event_"));
    assertThat(plan).as("the plan").contains("Index");
    assertThat(dsl.fetch(statement)).as("the page the statement reads").isNotEmpty();
  }
}
