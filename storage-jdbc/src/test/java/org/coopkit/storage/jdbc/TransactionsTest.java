package org.coopkit.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.coopkit.storage.jdbc.StoredRowsTest.stamped;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.coopkit.Coopkit;
import org.coopkit.error.ConflictException;
import org.coopkit.error.DuplicateException;
import org.coopkit.error.StorageUnavailableException;
import org.coopkit.model.EmailAddress;
import org.coopkit.model.Topic;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.RoleAssignment;
import org.coopkit.model.contact.RoleType;
import org.coopkit.model.event.Event;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectId;
import org.coopkit.query.EventQuery;
import org.coopkit.query.Paging;
import org.coopkit.spi.StorageSession;
import org.coopkit.spi.TransactionMode;
import org.coopkit.storage.tck.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Transactions against each other on a real database: optimistic locking and the unique code
 * decided by the database's locks, deadlocks retried, and the session's limits.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class TransactionsTest {
  private final SchemaPerDatabase schemas = new SchemaPerDatabase();
  private final ExecutorService threads = Executors.newCachedThreadPool();

  @AfterAll
  void dropSchemas() {
    threads.shutdownNow();
    schemas.close();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void ofTwoTransactionsUpdatingTheSameVersionTheSecondGetsAConflictOnceTheFirstCommits(
      Database database) throws Exception {
    // given
    JdbcStorage storage = schemas.storage(database);
    Project project = stamped(Fixtures.anyProject());
    storage.inTransaction(
        s -> {
          s.projects().insert(project);
          return null;
        });
    CountDownLatch firstWrote = new CountDownLatch(1);

    // when
    Future<?> first =
        threads.submit(
            () ->
                storage.inTransaction(
                    s -> {
                      s.projects().update(project.toBuilder().title("First").version(2).build(), 1);
                      firstWrote.countDown();
                      LockWaits.awaitWaiterOn(schemas.schema(database), "project");
                      return null;
                    }));
    await(firstWrote);
    ConflictException conflict =
        catchThrowableOfType(
            ConflictException.class,
            () ->
                storage.inTransaction(
                    s -> {
                      s.projects()
                          .update(project.toBuilder().title("Second").version(2).build(), 1);
                      return null;
                    }));
    first.get();

    // then
    assertThat(conflict).as("the second writer's conflict").isNotNull();
    assertThat(conflict.expectedVersion()).isEqualTo(1);
    assertThat(conflict.actualVersion()).isEqualTo(2);
    assertThat(read(storage, project.id()).title().english()).isEqualTo("First");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void twoTransactionsInsertingTheSameCodeRaceToTheUniqueIndexAndOnlyTheFirstCommits(
      Database database) throws Exception {
    // given
    JdbcStorage storage = schemas.storage(database);
    String code = Fixtures.uniqueCode();
    Project winner = stamped(Fixtures.anyProject().toBuilder().code(code).build());
    Project loser = stamped(Fixtures.anyProject().toBuilder().code(code).build());
    CountDownLatch firstWrote = new CountDownLatch(1);
    CountDownLatch secondRetries = new CountDownLatch(1);
    CountDownLatch firstCommitted = new CountDownLatch(1);
    AtomicInteger secondAttempts = new AtomicInteger();

    // when: the first commits once the second waits on the index (PostgreSQL, MariaDB) or, on
    // H2, which refuses a key an open transaction wrote at once as contention, once the second
    // runs again; that second run waits for the commit, so that it meets the committed key
    Future<?> first =
        threads.submit(
            () -> {
              storage.inTransaction(
                  s -> {
                    s.projects().insert(winner);
                    firstWrote.countDown();
                    if (database == Database.H2) {
                      await(secondRetries);
                    } else {
                      LockWaits.awaitWaiterOn(schemas.schema(database), "project");
                    }
                    return null;
                  });
              firstCommitted.countDown();
              return null;
            });
    await(firstWrote);
    // Straight to the store, past the service's check: the unique index decides.
    DuplicateException duplicate =
        catchThrowableOfType(
            DuplicateException.class,
            () ->
                storage.inTransaction(
                    s -> {
                      // Only H2 runs the second again by design. Should a server's lock wait
                      // give up on a slow machine, the run again waits on the index once more,
                      // where the first sees it; waiting for the first's commit here would hang.
                      if (secondAttempts.incrementAndGet() > 1 && database == Database.H2) {
                        secondRetries.countDown();
                        await(firstCommitted);
                      }
                      s.projects().insert(loser);
                      return null;
                    }));
    first.get();

    // then
    assertThat(duplicate).as("the second insert's failure").isNotNull();
    assertThat(duplicate.field()).isEqualTo("Project.code");
    assertThat(duplicate.value()).isEqualTo(code);
    assertThat(storage.inTransaction(s -> s.projects().getByCode(code)).map(Project::id))
        .contains(winner.id());
    assertThat(storage.<Optional<Project>>inTransaction(s -> s.projects().get(loser.id())))
        .isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = Database.class,
      names = {"POSTGRESQL", "MARIADB"})
  void aDeadlockIsRetriedAndBothTransactionsCommit(Database database) throws Exception {
    // given
    JdbcStorage storage = schemas.storage(database);
    Project a = stamped(Fixtures.anyProject());
    Project b = stamped(Fixtures.anyProject());
    storage.inTransaction(
        s -> {
          s.projects().insert(a);
          s.projects().insert(b);
          return null;
        });
    AtomicInteger attempts = new AtomicInteger();
    CyclicBarrier bothWroteOnce = new CyclicBarrier(2);
    CountDownLatch oneCommitted = new CountDownLatch(1);

    // when: each updates both rows in the opposite order; the victim's second run waits for the
    // winner's commit, as a retry that comes too early meets a version conflict instead (its read
    // is not locked and sees the row the winner is replacing)
    List<Future<Object>> done = new ArrayList<>();
    for (ProjectId[] order : new ProjectId[][] {{a.id(), b.id()}, {b.id(), a.id()}}) {
      done.add(
          threads.submit(
              () -> {
                storage.inTransaction(
                    s -> {
                      int attempt = attempts.incrementAndGet();
                      if (attempt > 2) {
                        await(oneCommitted);
                      }
                      touch(s, order[0]);
                      if (attempt <= 2) {
                        await(bothWroteOnce);
                      }
                      touch(s, order[1]);
                      return null;
                    });
                oneCommitted.countDown();
                return null;
              }));
    }
    for (Future<Object> future : done) {
      future.get();
    }

    // then
    assertThat(attempts.get()).as("two transactions, the deadlock's victim run twice").isEqualTo(3);
    assertThat(read(storage, a.id()).version()).isEqualTo(3);
    assertThat(read(storage, b.id()).version()).isEqualTo(3);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void aReadForUpdateWaitsForTheWriterHoldingTheRowAndReadsWhatItCommitted(Database database)
      throws Exception {
    // given
    JdbcStorage storage = schemas.storage(database);
    Project project = stamped(Fixtures.anyProject());
    storage.inTransaction(
        s -> {
          s.projects().insert(project);
          return null;
        });
    CountDownLatch writerWrote = new CountDownLatch(1);

    // when: a writer changes the row and commits only once the reader is seen waiting on it
    Future<?> writer =
        threads.submit(
            () ->
                storage.inTransaction(
                    s -> {
                      touch(s, project.id());
                      writerWrote.countDown();
                      LockWaits.awaitWaiterOn(schemas.schema(database), "project");
                      return null;
                    }));
    await(writerWrote);
    long read =
        storage.inTransaction(s -> s.projects().getForUpdate(project.id()).orElseThrow().version());
    writer.get();

    // then
    assertThat(read).as("the version the locked read returned").isEqualTo(2L);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void anErasureWaitsForTheWriterHoldingTheContactAndKeepsWhatItCommitted(Database database)
      throws Exception {
    // given
    JdbcStorage storage = schemas.storage(database);
    Coopkit coopkit = Coopkit.builder().storage(storage).build();
    Project project = coopkit.projects().create(Fixtures.anyProject());
    Contact contact =
        coopkit
            .contacts()
            .create(
                Fixtures.anyContact().toBuilder()
                    .addEmail(EmailAddress.of("erased@example.org"))
                    .build());
    RoleAssignment role = Fixtures.role(RoleType.EXPERT, project.id());
    CountDownLatch writerWrote = new CountDownLatch(1);

    // when: a writer adds a role and commits only once the erasure is seen waiting on the row
    Future<?> writer =
        threads.submit(
            () ->
                storage.inTransaction(
                    s -> {
                      Contact current = s.contacts().get(contact.id()).orElseThrow();
                      s.contacts().update(current.toBuilder().addRole(role).version(2).build(), 1);
                      writerWrote.countDown();
                      LockWaits.awaitWaiterOn(schemas.schema(database), "contact");
                      return null;
                    }));
    await(writerWrote);
    Contact erased = coopkit.contacts().erase(contact.id());
    writer.get();

    // then
    assertThat(erased.version()).as("the erasure came after the writer's version").isEqualTo(3L);
    assertThat(erased.roles()).extracting(RoleAssignment::id).containsExactly(role.id());
    assertThat(erased.emails()).isEmpty();
    assertThat(coopkit.contacts().get(contact.id()).displayName()).isEqualTo(Contact.ERASED_NAME);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = Database.class,
      names = {"POSTGRESQL", "MARIADB"})
  void withoutRetriesTheDeadlocksVictimFailsWithARetryableStorageUnavailable(Database database)
      throws Exception {
    // given
    schemas.storage(database);
    JdbcStorage storage =
        JdbcStorage.create(
            schemas.schema(database).dataSource(),
            JdbcStorageOptions.DEFAULT.withMigrate(false).withMaxRetries(0));
    Project a = stamped(Fixtures.anyProject());
    Project b = stamped(Fixtures.anyProject());
    storage.inTransaction(
        s -> {
          s.projects().insert(a);
          s.projects().insert(b);
          return null;
        });
    CyclicBarrier bothWroteOnce = new CyclicBarrier(2);
    AtomicReference<Throwable> failure = new AtomicReference<>();

    // when
    List<Future<?>> done = new ArrayList<>();
    for (ProjectId[] order : new ProjectId[][] {{a.id(), b.id()}, {b.id(), a.id()}}) {
      done.add(
          threads.submit(
              () -> {
                Throwable thrown =
                    catchThrowable(
                        () ->
                            storage.inTransaction(
                                s -> {
                                  touch(s, order[0]);
                                  await(bothWroteOnce);
                                  touch(s, order[1]);
                                  return null;
                                }));
                if (thrown != null) {
                  failure.set(thrown);
                }
              }));
    }
    for (Future<?> future : done) {
      future.get();
    }

    // then
    assertThat(failure.get())
        .isInstanceOfSatisfying(
            StorageUnavailableException.class, e -> assertThat(e.isRetryable()).isTrue());
    assertThat(failure.get().getMessage()).contains("contention on each of its 1 attempt;");
    assertThat(read(storage, a.id()).version() + read(storage, b.id()).version())
        .as("one transaction committed both updates")
        .isEqualTo(4);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void aSessionServesOnlyItsOwnThreadAndOnlyUntilItsWorkReturns(Database database)
      throws Exception {
    // given
    JdbcStorage storage = schemas.storage(database);
    ProjectId id = Fixtures.newProjectId();
    AtomicReference<StorageSession> kept = new AtomicReference<>();

    // when
    Throwable fromOtherThread =
        storage.inTransaction(
            s -> {
              kept.set(s);
              try {
                return threads.submit(() -> catchThrowable(() -> s.projects().get(id))).get();
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });

    // then
    assertThat(fromOtherThread)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("thread");
    assertThatThrownBy(() -> kept.get().projects().get(id))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("until the work");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void aNestedTransactionIsRejectedAndAReadOnlyOneRefusesWrites(Database database) {
    // given
    JdbcStorage storage = schemas.storage(database);
    Project project = stamped(Fixtures.anyProject());

    // when
    Throwable nested =
        catchThrowable(
            () ->
                storage.inTransaction(
                    s -> storage.inTransaction(TransactionMode.READ_ONLY, inner -> null)));
    Throwable write =
        catchThrowable(
            () ->
                storage.inTransaction(
                    TransactionMode.READ_ONLY,
                    s -> {
                      s.projects().insert(project);
                      return null;
                    }));

    // then
    assertThat(nested).isInstanceOf(IllegalStateException.class).hasMessageContaining("nested");
    assertThat(write).isInstanceOf(IllegalStateException.class).hasMessageContaining("READ_ONLY");
    assertThat(storage.<Optional<Project>>inTransaction(s -> s.projects().get(project.id())))
        .isEmpty();
    assertThat(storage.<String>inTransaction(TransactionMode.READ_ONLY, s -> "reads still work"))
        .isEqualTo("reads still work");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void writesOfOneTransactionBecomeVisibleTogetherToConcurrentReaders(Database database)
      throws Exception {
    // given
    JdbcStorage storage = schemas.storage(database);
    Topic topic = Fixtures.uniqueTopic();
    int transactions = 100;
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicInteger checks = new AtomicInteger();
    EventQuery withTopic = EventQuery.builder().topic(topic).limit(Paging.MAX_LIMIT).build();

    // when
    Future<?> writer =
        threads.submit(
            () -> {
              try {
                for (int i = 0; i < transactions; i++) {
                  // The ConcurrencyTestSuite's test, with the project written before its event.
                  Project project = stamped(Fixtures.anyProject());
                  Event event =
                      stamped(Fixtures.eventOf(project.id()).toBuilder().addTopic(topic).build());
                  storage.inTransaction(
                      s -> {
                        s.projects().insert(project);
                        s.events().insert(event);
                        return null;
                      });
                }
              } finally {
                writing.set(false);
              }
            });
    List<Future<?>> readers = new ArrayList<>();
    for (int r = 0; r < 3; r++) {
      readers.add(
          threads.submit(
              () -> {
                while (writing.get()) {
                  for (Event event :
                      storage
                          .inTransaction(TransactionMode.READ_ONLY, s -> s.events().find(withTopic))
                          .items()) {
                    Set<ProjectId> committed =
                        storage.inTransaction(
                            TransactionMode.READ_ONLY,
                            s -> s.projects().existing(event.projects()));
                    assertThat(committed)
                        .as("the project committed with event %s", event.id())
                        .containsExactlyElementsOf(event.projects());
                  }
                  checks.incrementAndGet();
                }
              }));
    }
    writer.get();
    for (Future<?> reader : readers) {
      reader.get();
    }

    // then
    assertThat(
            storage
                .inTransaction(TransactionMode.READ_ONLY, s -> s.events().find(withTopic))
                .items())
        .hasSize(transactions);
    assertThat(checks.get()).as("reads made while writing").isPositive();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void aReadOnlyTransactionKeepsReadingItsSnapshotWhileAWriterCommits(Database database)
      throws Exception {
    assertEachTransactionRunsAtItsLevel(schemas.storage(database));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = Database.class,
      names = {"POSTGRESQL", "MARIADB"})
  void overAHostsSerializablePoolTransactionsRunAtTheirLevelAndConnectionsComeBackUnchanged(
      Database database) throws Exception {
    HikariConfig config = new HikariConfig();
    try (FreshSchema schema = database.openFreshSchema()) {
      config.setJdbcUrl(schema.url());
      config.setUsername(schema.target().user());
      config.setPassword(schema.target().password());
      config.setMaximumPoolSize(2);
      config.setTransactionIsolation("TRANSACTION_SERIALIZABLE");
      try (HikariDataSource pool = new HikariDataSource(config)) {
        // HikariCP itself resets a returned connection: what coopkit left is read at close.
        List<String> returned = new ArrayList<>();
        assertEachTransactionRunsAtItsLevel(
            JdbcStorage.create(StateAtClose.of(pool, returned::add)));

        assertThat(returned)
            .as("isolation, read-only and auto-commit of each connection coopkit gave back")
            .isNotEmpty()
            .allMatch(
                state ->
                    state.equals(
                        StateAtClose.state(Connection.TRANSACTION_SERIALIZABLE, false, true)));
      }
    }
  }

  /**
   * A read-only transaction reads one snapshot however writers commit meanwhile; a read-write one
   * (READ COMMITTED) sees each commit.
   */
  private void assertEachTransactionRunsAtItsLevel(JdbcStorage storage) {
    // given
    Project project = stamped(Fixtures.anyProject());
    storage.inTransaction(
        s -> {
          s.projects().insert(project);
          return null;
        });

    // when: a transaction reads, a writer commits the project's next version, the first reads it
    long readerSaw =
        storage.inTransaction(
            TransactionMode.READ_ONLY, s -> readAfterACommit(storage, s, project));
    long writerSaw = storage.inTransaction(s -> readAfterACommit(storage, s, project));

    // then: version 2 was committed during the reader, version 3 during the read-write one
    assertThat(readerSaw).as("version the read-only transaction read").isEqualTo(1L);
    assertThat(writerSaw).as("version the read-write transaction read").isEqualTo(3L);
  }

  /**
   * The project's version as {@code s} reads it after another transaction committed its next one.
   * The first read is of another table: a snapshot taken per table at its first read (H2's
   * REPEATABLE READ) would show the new version, a snapshot of the whole database would not.
   */
  private long readAfterACommit(JdbcStorage storage, StorageSession s, Project project) {
    s.organisations().get(Fixtures.anyOrganisation().id());
    try {
      threads
          .submit(
              () ->
                  storage.inTransaction(
                      w -> {
                        touch(w, project.id());
                        return null;
                      }))
          .get(2, TimeUnit.MINUTES);
    } catch (Exception e) {
      throw new IllegalStateException("the writer did not commit", e);
    }
    return s.projects().get(project.id()).orElseThrow().version();
  }

  /** Reads the project and writes it back with the next version. */
  private static void touch(StorageSession s, ProjectId id) {
    Project current = s.projects().get(id).orElseThrow();
    s.projects()
        .update(current.toBuilder().version(current.version() + 1).build(), current.version());
  }

  private static Project read(JdbcStorage storage, ProjectId id) {
    return storage
        .inTransaction(TransactionMode.READ_ONLY, s -> s.projects().get(id))
        .orElseThrow();
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await(2, TimeUnit.MINUTES);
    } catch (Exception e) {
      throw new IllegalStateException("the other transaction did not get there", e);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(2, TimeUnit.MINUTES)) {
        throw new IllegalStateException("the other transaction did not commit");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
