package org.coopkit.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.coopkit.storage.jdbc.StoredRowsTest.stamped;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.coopkit.error.StorageUnavailableException;
import org.coopkit.model.event.Event;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectId;
import org.coopkit.spi.TransactionMode;
import org.coopkit.storage.jdbc.internal.schema.DefaultSchema;
import org.coopkit.storage.tck.Fixtures;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * A PostgreSQL backend terminated in the middle of a transaction ({@code pg_terminate_backend}, as
 * an operator, a crash or a failover does): the transaction is rolled back by the server and run
 * again on a new connection, up to {@link JdbcStorageOptions#maxRetries()} times; when the retries
 * are used up the call fails with a retryable {@link StorageUnavailableException}. In no case is
 * part of an aggregate left behind: the tests count the raw rows of every event table.
 *
 * <p>Each victim is ended while it provably waits on a row lock held by the test (see {@link
 * PostgresBackends}), so the fault lands mid-statement, after part of the aggregate was written in
 * the same transaction, every time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class TerminatedConnectionTest {
  private static final int CHUNK = 10;

  private FreshSchema schema;
  private PostgresBackends backends;
  private Organisation organiser;

  @BeforeAll
  void openSchema() {
    schema = Database.POSTGRESQL.openFreshSchema();
    backends = PostgresBackends.on(schema);
    organiser = ManyEvents.organisation();
    storage(JdbcStorageOptions.DEFAULT)
        .inTransaction(
            s -> {
              s.organisations().insert(organiser);
              return null;
            });
  }

  @AfterAll
  void dropSchema() {
    if (backends != null) {
      backends.close();
    }
    if (schema != null) {
      schema.close();
    }
  }

  @Test
  void aBulkInsertWhoseBackendIsTerminatedMidChunkRunsTheChunkAgainAndStoresEveryEventOnce()
      throws Exception {
    // given: chunk 2 of 3 refers to a project the test holds locked, so it waits mid-chunk
    JdbcStorage storage = storage(JdbcStorageOptions.DEFAULT.withBulkChunkSize(CHUNK));
    Project free = stored(storage);
    Project locked = stored(storage);
    List<Event> events = threeChunks(free, locked);
    backends.lock("project", locked.id().toString());
    CompletableFuture<List<Integer>> terminated = backends.terminateBlocked(1);

    // when
    int inserted = storage.insertEvents(events);

    // then
    assertThat(terminated.get()).as("backends terminated").hasSize(1);
    assertThat(inserted).isEqualTo(3 * CHUNK);
    assertThat(rawRows(events)).isEqualTo(rowsOf(events));
    for (Event event : List.of(events.get(0), events.get(CHUNK + 3), events.get(3 * CHUNK - 1))) {
      assertThat(read(storage, event)).contains(event);
    }
  }

  @Test
  void aBulkInsertTerminatedOnEveryAttemptFailsRetryablyLeavingNoRowOfTheFailedChunk()
      throws Exception {
    // given: one retry, and a backend terminated on both attempts of chunk 2
    JdbcStorage storage =
        storage(JdbcStorageOptions.DEFAULT.withBulkChunkSize(CHUNK).withMaxRetries(1));
    Project free = stored(storage);
    Project locked = stored(storage);
    List<Event> events = threeChunks(free, locked);
    backends.lock("project", locked.id().toString());
    CompletableFuture<List<Integer>> terminated = backends.terminateBlocked(2);

    // when
    StorageUnavailableException failure =
        catchThrowableOfType(StorageUnavailableException.class, () -> storage.insertEvents(events));

    // then
    assertThat(terminated.get()).as("backends terminated").hasSize(2);
    assertThat(failure).as("the failure once retries are used up").isNotNull();
    assertThat(failure.isRetryable()).isTrue();
    assertThat(failure.getMessage())
        .startsWith("Lost the connection to pool coopkit-")
        .contains("on each of its 2 attempts")
        // 57P01 when the driver reads the server's notice, 08006 when it finds the socket closed
        // first (as in the middle of a COPY): both say the server ended the connection.
        .containsPattern("SQLState (57P01|08006)");
    List<Event> committed = events.subList(0, CHUNK);
    List<Event> rest = events.subList(CHUNK, 3 * CHUNK);
    assertThat(rawRows(committed)).as("chunk 1, committed").isEqualTo(rowsOf(committed));
    assertThat(rawRows(rest).values()).as("chunks 2 and 3, not a row").containsOnly(0);

    // and the next call, once the lock is gone, goes through on the pool's new connections
    assertThat(storage.insertEvents(rest)).isEqualTo(2 * CHUNK);
    assertThat(rawRows(events)).isEqualTo(rowsOf(events));
  }

  @Test
  void anUpdateWhoseBackendIsTerminatedMidAggregateRunsAgainAndCommitsTheWholeNewVersion()
      throws Exception {
    // given: the new version adds a locked project, so the update waits after writing the event
    // row and replacing its texts
    JdbcStorage storage = storage(JdbcStorageOptions.DEFAULT);
    Project free = stored(storage);
    Project locked = stored(storage);
    Event event = storedEvent(storage, free);
    Event changed = changed(event, locked);
    backends.lock("project", locked.id().toString());
    CompletableFuture<List<Integer>> terminated = backends.terminateBlocked(1);
    AtomicInteger runs = new AtomicInteger();

    // when
    storage.inTransaction(
        s -> {
          runs.incrementAndGet();
          s.events().update(changed, 1);
          return null;
        });

    // then
    assertThat(terminated.get()).hasSize(1);
    assertThat(runs.get()).as("the work, run again once").isEqualTo(2);
    assertThat(read(storage, event)).contains(changed);
    assertThat(rawRows(List.of(changed))).isEqualTo(rowsOf(List.of(changed)));
  }

  @Test
  void anUpdateTerminatedWithoutRetriesFailsRetryablyAndTheStoredVersionStaysWhole()
      throws Exception {
    // given
    JdbcStorage storage = storage(JdbcStorageOptions.DEFAULT.withMaxRetries(0));
    Project free = stored(storage);
    Project locked = stored(storage);
    Event event = storedEvent(storage, free);
    Map<String, Integer> before = rawRows(List.of(event));
    Event changed = changed(event, locked);
    backends.lock("project", locked.id().toString());
    CompletableFuture<List<Integer>> terminated = backends.terminateBlocked(1);

    // when
    StorageUnavailableException failure =
        catchThrowableOfType(
            StorageUnavailableException.class,
            () ->
                storage.inTransaction(
                    s -> {
                      s.events().update(changed, 1);
                      return null;
                    }));

    // then
    assertThat(terminated.get()).hasSize(1);
    assertThat(failure).isNotNull();
    assertThat(failure.isRetryable()).isTrue();
    assertThat(failure.getMessage()).contains("on each of its 1 attempt ");
    assertThat(read(storage, event)).contains(event);
    assertThat(rawRows(List.of(event))).isEqualTo(before);

    // and the same call again succeeds
    storage.inTransaction(
        s -> {
          s.events().update(changed, 1);
          return null;
        });
    assertThat(read(storage, event)).contains(changed);
  }

  @Test
  void aConnectionLostWhileCommittingIsNotRunAgainAndSaysTheOutcomeIsUnknown() {
    // given
    JdbcStorage storage = storage(JdbcStorageOptions.DEFAULT);
    Project free = stored(storage);
    Project other = stored(storage);
    Event event = storedEvent(storage, free);
    Event changed = changed(event, other);
    AtomicInteger runs = new AtomicInteger();

    // when: the work writes, then its own backend is terminated before the work returns
    StorageUnavailableException failure =
        catchThrowableOfType(
            StorageUnavailableException.class,
            () ->
                storage.inTransaction(
                    s -> {
                      runs.incrementAndGet();
                      s.events().update(changed, 1);
                      backends.terminateWriterOf("event");
                      return null;
                    }));

    // then
    assertThat(failure).isNotNull();
    assertThat(failure.isRetryable()).isTrue();
    assertThat(failure.getMessage())
        .contains("while committing", "may or may not have been committed", "read back");
    assertThat(runs.get()).as("runs of the work").isEqualTo(1);
    assertThat(read(storage, event)).as("the server rolled it back").contains(event);
  }

  /** A storage over the schema's pool, which is migrated by the first one. */
  private JdbcStorage storage(JdbcStorageOptions options) {
    return JdbcStorage.create(schema.dataSource(), options);
  }

  private static Project stored(JdbcStorage storage) {
    Project project = ManyEvents.project();
    storage.inTransaction(
        s -> {
          s.projects().insert(project);
          return null;
        });
    return project;
  }

  private Event storedEvent(JdbcStorage storage, Project project) {
    Event event = stamped(Fixtures.fullyPopulatedEvent(project, organiser.id()));
    storage.inTransaction(
        s -> {
          s.events().insert(event);
          return null;
        });
    return event;
  }

  /** The event's next version, which also names {@code added}. */
  private static Event changed(Event event, Project added) {
    List<ProjectId> projects = new ArrayList<>(event.projects());
    projects.add(added.id());
    return event.toBuilder().title("Changed " + event.id()).projects(projects).version(2).build();
  }

  /** Chunks 1 and 3 on {@code free}, chunk 2 on {@code locked}. */
  private List<Event> threeChunks(Project free, Project locked) {
    List<Event> events = new ArrayList<>();
    events.addAll(new ManyEvents(1, List.of(free), List.of(organiser)).next(CHUNK));
    events.addAll(new ManyEvents(2, List.of(locked), List.of(organiser)).next(CHUNK));
    events.addAll(new ManyEvents(3, List.of(free), List.of(organiser)).next(CHUNK));
    return events;
  }

  private static Optional<Event> read(JdbcStorage storage, Event event) {
    return storage.inTransaction(TransactionMode.READ_ONLY, s -> s.events().get(event.id()));
  }

  /** How many rows the adapter writes for {@code events}, per event table. */
  private static Map<String, Integer> rowsOf(Collection<Event> events) {
    Map<String, Integer> rows = new LinkedHashMap<>();
    for (Table<?> table : eventTables()) {
      rows.put(table.getName(), 0);
    }
    for (TableRows table : EventTableRows.of(events)) {
      rows.merge(table.table().getName(), table.rows().size(), Integer::sum);
    }
    return rows;
  }

  /** How many rows of {@code events} every event table holds, read past the adapter. */
  private Map<String, Integer> rawRows(Collection<Event> events) {
    DSLContext dsl = schema.dsl();
    List<String> ids = events.stream().map(e -> e.id().toString()).toList();
    Map<String, Integer> rows = new LinkedHashMap<>();
    for (Table<?> table : eventTables()) {
      rows.put(table.getName(), dsl.fetchCount(table, owner(table).in(ids)));
    }
    return rows;
  }

  /** Every table that holds a part of an event: {@code event} and its child tables. */
  private static List<Table<?>> eventTables() {
    return DefaultSchema.DEFAULT_SCHEMA.getTables().stream()
        .filter(t -> t.getName().equals(EVENT.getName()) || t.field("event_id") != null)
        .toList();
  }

  @SuppressWarnings("unchecked")
  private static Field<String> owner(Table<?> table) {
    return table.getName().equals(EVENT.getName())
        ? (Field<String>) table.field(EVENT.ID.getName())
        : (Field<String>) table.field("event_id");
  }
}
