package org.coopkit.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.coopkit.Coopkit;
import org.coopkit.error.DuplicateException;
import org.coopkit.error.StorageUnavailableException;
import org.coopkit.model.project.Project;
import org.coopkit.storage.tck.Fixtures;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A storage made with {@link HostTransactions} joins the transaction a host has open on the calling
 * thread, on every database: its writes commit and roll back with the host's, a failed call leaves
 * the host's transaction usable, a read-only host transaction is read-only for coopkit too, and
 * without a host transaction the storage runs its own. The host here is plain JDBC, as a
 * transaction framework would do it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostTransactionsTest {
  private final SchemaPerDatabase schemas = new SchemaPerDatabase();
  private final Map<Database, Joined> joined = new EnumMap<>(Database.class);

  /** A storage joining {@link #host}, and the host's pool. */
  private record Joined(JdbcStorage storage, Coopkit coopkit, DataSource dataSource, Host host) {}

  @AfterAll
  void dropSchemas() {
    joined.values().forEach(j -> j.storage().close());
    schemas.close();
  }

  private synchronized Joined on(Database database) {
    return joined.computeIfAbsent(
        database,
        d -> {
          DataSource dataSource = schemas.schema(d).dataSource();
          Host host = new Host();
          JdbcStorage storage = JdbcStorage.create(dataSource, JdbcStorageOptions.DEFAULT, host);
          return new Joined(storage, Coopkit.builder().storage(storage).build(), dataSource, host);
        });
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void aCallInsideTheHostsTransactionIsUndoneWhenTheHostRollsBack(Database database)
      throws SQLException {
    // given
    Joined j = on(database);
    Project project = Fixtures.anyProject();
    int releasedBefore = j.host().released.get();

    // when
    j.host().run(j.dataSource(), false, false, () -> j.coopkit().projects().create(project));

    // then
    assertThat(j.coopkit().projects().find(project.id())).isEmpty();
    assertThat(j.host().released.get() - releasedBefore).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void aCallInsideTheHostsTransactionIsSeenByNoOneElseUntilTheHostCommits(Database database)
      throws SQLException {
    // given
    Joined j = on(database);
    Project project = Fixtures.anyProject();
    // The storage's own transactions run on other threads' terms: read from another thread, which
    // is in no host transaction, while this one holds its transaction open.
    Reader reader = new Reader(j.coopkit());

    // when
    boolean seenBeforeCommit =
        j.host()
            .run(
                j.dataSource(),
                false,
                true,
                () -> {
                  j.coopkit().projects().create(project);
                  assertThat(j.coopkit().projects().find(project.id()))
                      .as("the host's transaction sees its own write")
                      .isPresent();
                  return reader.sees(project);
                });

    // then
    assertThat(seenBeforeCommit).isFalse();
    assertThat(reader.sees(project)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void aFailedCallLeavesTheHostsTransactionUsableAndWhatCameBeforeItInPlace(Database database)
      throws SQLException {
    // given
    Joined j = on(database);
    Project first = Fixtures.anyProject();
    // The same id under another code: the service checks codes itself, so this one fails in the
    // database, on its primary key.
    Project sameId = Fixtures.anyProject().toBuilder().id(first.id()).build();
    Project after = Fixtures.anyProject();

    // when
    j.host()
        .run(
            j.dataSource(),
            false,
            true,
            () -> {
              j.coopkit().projects().create(first);
              assertThatThrownBy(() -> j.coopkit().projects().create(sameId))
                  .isInstanceOf(DuplicateException.class);
              // PostgreSQL refuses any statement after a failed one, unless rolled back to a
              // savepoint taken before it.
              return j.coopkit().projects().create(after);
            });

    // then
    assertThat(j.coopkit().projects().get(first.id()).code()).isEqualTo(first.code());
    assertThat(j.coopkit().projects().findByCode(sameId.code())).isEmpty();
    assertThat(j.coopkit().projects().find(after.id())).isPresent();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void aReadOnlyHostTransactionReadsButRefusesAWriteBeforeAnyStatement(Database database)
      throws SQLException {
    // given
    Joined j = on(database);
    Project stored = j.coopkit().projects().create(Fixtures.anyProject());
    Project refused = Fixtures.anyProject();
    int releasedBefore = j.host().released.get();

    // when
    Project read =
        j.host()
            .run(
                j.dataSource(),
                true,
                true,
                () -> {
                  assertThatThrownBy(() -> j.coopkit().projects().create(refused))
                      .isInstanceOf(IllegalStateException.class)
                      .hasMessageContaining("read-only transaction");
                  return j.coopkit().projects().get(stored.id());
                });

    // then
    assertThat(read).isEqualTo(stored);
    assertThat(j.coopkit().projects().find(refused.id())).isEmpty();
    assertThat(j.host().released.get() - releasedBefore).isEqualTo(2);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void withoutAHostTransactionTheStorageCommitsItsOwn(Database database) {
    // given
    Joined j = on(database);
    int releasedBefore = j.host().released.get();

    // when
    Project project = j.coopkit().projects().create(Fixtures.anyProject());

    // then
    assertThat(new Reader(j.coopkit()).sees(project)).isTrue();
    assertThat(j.host().released.get()).isEqualTo(releasedBefore);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void aHostConnectionThatCannotBeHadFailsTheCallAsUnavailable(Database database) {
    // given
    Joined j = on(database);
    j.host().broken.set(true);

    // when, then
    try {
      assertThatThrownBy(() -> j.coopkit().projects().create(Fixtures.anyProject()))
          .isInstanceOf(StorageUnavailableException.class)
          .hasMessageContaining("SQLState 08003");
    } finally {
      j.host().broken.remove();
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void theSchemaVersionIsTheLastMigrationAndAMigratedSchemaValidates(Database database) {
    // given
    JdbcStorage storage = on(database).storage();

    // when
    String version = storage.schemaVersion();

    // then
    assertThat(version).isEqualTo("15.1");
    storage.validateSchema();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void anUnmigratedSchemaFailsValidationNamingTheFirstMigrationMissing(Database database) {
    try (FreshSchema empty = database.openFreshSchema()) {
      // given
      JdbcStorage storage =
          JdbcStorage.create(empty.dataSource(), JdbcStorageOptions.DEFAULT.withMigrate(false));

      // when, then
      assertThatThrownBy(storage::validateSchema)
          .isInstanceOf(StorageUnavailableException.class)
          .hasMessageContaining("is at version none and not up to date")
          .hasMessageContaining("migration 1 (schema)")
          .satisfies(e -> assertThat(((StorageUnavailableException) e).isRetryable()).isFalse());
    }
  }

  /** A body run inside the host's transaction. */
  interface Body<T> {
    T run() throws SQLException;
  }

  /**
   * The host: one transaction per thread on a connection of its own pool, as a transaction
   * framework keeps it.
   */
  static final class Host implements HostTransactions {
    final ThreadLocal<@Nullable Connection> current = new ThreadLocal<>();
    final ThreadLocal<Boolean> readOnly = ThreadLocal.withInitial(() -> false);
    final ThreadLocal<Boolean> broken = ThreadLocal.withInitial(() -> false);
    final AtomicInteger released = new AtomicInteger();

    @Override
    public @Nullable Connection currentConnection() throws SQLException {
      if (broken.get()) {
        throw new SQLException("no connection for this test", "08003");
      }
      return current.get();
    }

    @Override
    public boolean isCurrentReadOnly() {
      return readOnly.get();
    }

    @Override
    public void release(Connection connection) {
      assertThat(connection).isSameAs(current.get());
      released.incrementAndGet();
    }

    /** Runs {@code body} in a transaction of the host's, then commits or rolls it back. */
    <T> T run(DataSource dataSource, boolean asReadOnly, boolean commit, Body<T> body)
        throws SQLException {
      try (Connection connection = dataSource.getConnection()) {
        connection.setAutoCommit(false);
        connection.setReadOnly(asReadOnly);
        current.set(connection);
        readOnly.set(asReadOnly);
        try {
          T result = body.run();
          if (commit) {
            connection.commit();
          } else {
            connection.rollback();
          }
          return result;
        } catch (RuntimeException | Error | SQLException e) {
          connection.rollback();
          throw e;
        } finally {
          current.remove();
          readOnly.remove();
          connection.setReadOnly(false);
          connection.setAutoCommit(true);
        }
      }
    }
  }

  /** Reads on a thread of its own, outside any host transaction. */
  private record Reader(Coopkit coopkit) {
    boolean sees(Project project) {
      Thread[] thread = new Thread[1];
      boolean[] seen = new boolean[1];
      RuntimeException[] failure = new RuntimeException[1];
      thread[0] =
          new Thread(
              () -> {
                try {
                  seen[0] = coopkit.projects().find(project.id()).isPresent();
                } catch (RuntimeException e) {
                  failure[0] = e;
                }
              });
      thread[0].start();
      try {
        thread[0].join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
      if (failure[0] != null) {
        throw failure[0];
      }
      return seen[0];
    }
  }
}
