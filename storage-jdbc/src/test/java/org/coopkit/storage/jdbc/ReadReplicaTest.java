package org.coopkit.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.coopkit.Coopkit;
import org.coopkit.error.StorageUnavailableException;
import org.coopkit.model.project.Project;
import org.coopkit.query.ProjectQuery;
import org.coopkit.spi.StorageSession;
import org.coopkit.spi.TransactionMode;
import org.coopkit.storage.tck.Fixtures;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A storage with a read replica, on a real PostgreSQL primary and a streaming replica of it that
 * the class starts once and stops at the end ({@link PostgresReplicaPair}). Where a transaction ran
 * is proved twice: by the server itself ({@code pg_is_in_recovery()} is true on the replica only)
 * and by counting the connections each of the host's {@code DataSource}s handed out.
 *
 * <p>A replica lags behind its primary by a moment that no test may depend on: a test that needs
 * the replica to have a write waits for its replay (a bounded poll of WAL positions), and one that
 * needs it to lag pauses its replay.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class ReadReplicaTest {
  private static final JdbcStorageOptions OPTIONS =
      JdbcStorageOptions.DEFAULT.withSchema("coopkit_replicated");

  /** What the replica's pool is given and no message, log or {@code toString} may show. */
  private static final String PASSWORD = "replica-secret-42";

  private PostgresReplicaPair pair;
  private HikariDataSource primaryPool;
  private HikariDataSource replicaPool;
  private CountingDataSource primary;
  private CountingDataSource replica;
  private JdbcStorage storage;
  private Coopkit coopkit;

  @BeforeAll
  void startPrimaryAndReplica() throws Exception {
    pair = PostgresReplicaPair.start();
    primaryPool = pool("host-primary", pair.primaryUrl());
    replicaPool = pool("host-replica", pair.replicaUrl() + "?password=" + PASSWORD);
    primary = new CountingDataSource(primaryPool);
    replica = new CountingDataSource(replicaPool);
    storage = JdbcStorage.create(primary, replica, OPTIONS);
    coopkit = Coopkit.builder().storage(storage).build();
  }

  @AfterAll
  void stopPrimaryAndReplica() {
    try {
      if (storage != null) {
        storage.close();
      }
      if (replicaPool != null) {
        replicaPool.close();
      }
      if (primaryPool != null) {
        primaryPool.close();
      }
    } finally {
      if (pair != null) {
        pair.close();
      }
    }
  }

  @Test
  void aReadOnlyTransactionRunsOnTheReplica() {
    // given
    int fromPrimary = primary.handedOut();
    int fromReplica = replica.handedOut();

    // when
    boolean recovering = storage.inTransaction(TransactionMode.READ_ONLY, this::onAStandby);

    // then
    assertThat(recovering).as("pg_is_in_recovery() inside the read-only transaction").isTrue();
    assertThat(replica.handedOut()).isEqualTo(fromReplica + 1);
    assertThat(primary.handedOut()).isEqualTo(fromPrimary);
  }

  @Test
  void aReadOnlyUnitOfWorkRunsOnTheReplicaAndAReadWriteOneOnThePrimary() {
    // given
    Project project = coopkit.projects().create(Fixtures.anyProject());
    pair.awaitReplay();
    int fromPrimary = primary.handedOut();
    int fromReplica = replica.handedOut();

    // when
    Project read = coopkit.inReadOnlyTransaction(tx -> tx.projects().get(project.id()));

    // then
    assertThat(read).isEqualTo(project);
    assertThat(replica.handedOut()).isEqualTo(fromReplica + 1);
    assertThat(primary.handedOut()).isEqualTo(fromPrimary);

    // when
    boolean recovering = storage.inTransaction(TransactionMode.READ_WRITE, this::onAStandby);

    // then
    assertThat(recovering).as("pg_is_in_recovery() inside the read-write transaction").isFalse();
    assertThat(primary.handedOut()).isEqualTo(fromPrimary + 1);
    assertThat(replica.handedOut()).isEqualTo(fromReplica + 1);
  }

  @Test
  void aWriteThroughCoopkitAppearsOnAReadOnlySearchOnceTheReplicaHasReplayedIt() {
    // given
    Project project = coopkit.projects().create(Fixtures.anyProject());

    // when
    pair.awaitReplay();
    int fromReplica = replica.handedOut();
    List<Project> found = coopkit.projects().search(byCode(project)).items();

    // then
    assertThat(found).containsExactly(project);
    assertThat(replica.handedOut()).as("the search ran on the replica").isEqualTo(fromReplica + 1);
  }

  @Test
  void aReadOnlySearchDoesNotSeeAWriteTheReplicaHasNotReplayedButAReadWriteUnitDoes() {
    // given: the replica lags for as long as this test needs
    pair.awaitReplay();
    pair.pauseReplay();
    Project project;
    try {
      // when
      project = coopkit.projects().create(Fixtures.anyProject());

      // then: the replica is stale, the primary is not
      assertThat(coopkit.projects().search(byCode(project)).items()).isEmpty();
      List<Project> onThePrimary =
          coopkit.inTransaction(tx -> tx.projects().search(byCode(project)).items());
      assertThat(onThePrimary).containsExactly(project);
    } finally {
      pair.resumeReplay();
    }

    // and once the replica caught up, it is seen there too
    pair.awaitReplay();
    assertThat(coopkit.projects().search(byCode(project)).items()).containsExactly(project);
  }

  @Test
  void aReadInsideAReadWriteUnitReadsThePrimaryAndSeesTheUnitsOwnUncommittedWrite() {
    // given
    int fromReplica = replica.handedOut();
    int fromPrimary = primary.handedOut();

    // when: a read-only service call, made while the unit runs on this thread, joins it
    List<Project> seen =
        coopkit.inTransaction(
            tx -> {
              Project created = tx.projects().create(Fixtures.anyProject());
              return coopkit.projects().search(byCode(created)).items();
            });

    // then
    assertThat(seen).as("the unit's own write, not committed yet when read").hasSize(1);
    assertThat(replica.handedOut()).as("connections from the replica").isEqualTo(fromReplica);
    assertThat(primary.handedOut()).as("connections from the primary").isEqualTo(fromPrimary + 1);
  }

  @Test
  void aConnectionLostOnTheReplicaIsRetriedOnTheReplica() {
    // given
    AtomicInteger attempts = new AtomicInteger();
    int fromReplica = replica.handedOut();

    // when: the first attempt's backend is terminated under it, as a failover or an operator does
    boolean recovering =
        storage.inTransaction(
            TransactionMode.READ_ONLY,
            s -> {
              if (attempts.incrementAndGet() == 1) {
                ((JdbcSession) s)
                    .transaction()
                    .read()
                    .select(
                        DSL.field("pg_terminate_backend(pg_backend_pid())", SQLDataType.BOOLEAN))
                    .fetch();
              }
              return onAStandby(s);
            });

    // then
    assertThat(attempts).hasValue(2);
    assertThat(recovering).as("the second attempt ran on the replica").isTrue();
    assertThat(replica.handedOut()).isEqualTo(fromReplica + 2);
  }

  @Test
  void aReplicaWhoseSchemaIsBehindThePrimaryIsRefusedAtCreationNamingBothVersions() {
    // given: the primary has a later migration that the replica has not replayed
    JdbcStorageOptions options = JdbcStorageOptions.DEFAULT.withSchema("coopkit_behind");
    JdbcStorage.create(primaryPool, options).close();
    String current = storage.schemaVersion();
    pair.awaitReplay();
    pair.pauseReplay();
    StorageUnavailableException failure;
    try {
      JdbcStorage.create(primaryPool, options, List.of("classpath:db/later")).close();

      // when
      failure =
          catchThrowableOfType(
              StorageUnavailableException.class,
              () -> JdbcStorage.create(primary, replica, options.withMigrate(false)));
    } finally {
      pair.resumeReplay();
    }

    // then
    assertThat(failure).as("the creation's failure").isNotNull();
    assertThat(failure.getMessage())
        .startsWith("coopkit's schema on the read replica (the application's CountingDataSource)")
        .contains(
            "is at version " + current + " but the primary's is at 999",
            "the replica lags behind the primary")
        .doesNotContain(PASSWORD);
    assertThat(failure.isRetryable()).as("the replica may catch up").isTrue();

    // and once it has, the same creation succeeds
    pair.awaitReplay();
    try (JdbcStorage caughtUp = JdbcStorage.create(primary, replica, options.withMigrate(false))) {
      assertThat(caughtUp.schemaVersion()).isEqualTo("999");
    }
  }

  @Test
  void aReplicaThatHasNotReplayedANewSchemaIsRefusedNamingTheVersionExpected() {
    // given
    JdbcStorageOptions options = JdbcStorageOptions.DEFAULT.withSchema("coopkit_not_replayed");
    pair.awaitReplay();
    pair.pauseReplay();
    StorageUnavailableException failure;
    try {
      // when: the primary is migrated by the creation itself, the replica never sees it
      failure =
          catchThrowableOfType(
              StorageUnavailableException.class,
              () -> JdbcStorage.create(primary, replica, options));
    } finally {
      pair.resumeReplay();
    }

    // then
    assertThat(failure).as("the creation's failure").isNotNull();
    assertThat(failure.getMessage())
        .startsWith(
            "Could not read coopkit's schema version on the read replica (the application's"
                + " CountingDataSource)")
        .contains("SQLState 42P01", "expected version " + storage.schemaVersion())
        .doesNotContain(PASSWORD);
    assertThat(failure.isRetryable()).isTrue();
  }

  @Test
  void anUnreachableReplicaIsRefusedAtCreationNamingItWithoutItsPassword() throws Exception {
    // given
    PGSimpleDataSource nowhere = new PGSimpleDataSource();
    nowhere.setServerNames(new String[] {"127.0.0.1"});
    nowhere.setPortNumbers(new int[] {portNothingListensOn()});
    nowhere.setDatabaseName("postgres");
    nowhere.setUser(pair.user());
    nowhere.setPassword(PASSWORD);
    nowhere.setConnectTimeout(5);

    // when
    StorageUnavailableException failure =
        catchThrowableOfType(
            StorageUnavailableException.class,
            () -> JdbcStorage.create(primaryPool, nowhere, OPTIONS));

    // then
    assertThat(failure).as("the creation's failure").isNotNull();
    assertThat(failure.getMessage())
        .startsWith("Could not connect to the read replica (the application's PGSimpleDataSource)")
        .contains("SQLState 08001", "expected it to answer as a replica of the primary")
        .doesNotContain(PASSWORD);
    assertThat(failure.isRetryable()).isTrue();
  }

  @Test
  void anUnreachableReplicaPoolIsRefusedAtCreationNamingItWithoutThePasswordInItsUrl()
      throws Exception {
    // given: a pool that starts on first use, as a host's may, and fails to
    try (HikariDataSource nowhere = new HikariDataSource()) {
      nowhere.setPoolName("host-nowhere");
      nowhere.setJdbcUrl(
          "jdbc:postgresql://127.0.0.1:"
              + portNothingListensOn()
              + "/postgres?password="
              + PASSWORD);
      nowhere.setUsername(pair.user());
      nowhere.setPassword(PASSWORD);

      // when
      StorageUnavailableException failure =
          catchThrowableOfType(
              StorageUnavailableException.class,
              () -> JdbcStorage.create(primaryPool, nowhere, OPTIONS));

      // then
      assertThat(failure).as("the creation's failure").isNotNull();
      assertThat(failure.getMessage())
          .startsWith(
              "Could not connect to the read replica (pool host-nowhere on jdbc:postgresql:")
          .contains("password=***", "SQLState 08001")
          .doesNotContain(PASSWORD);
      assertThat(failure.isRetryable()).isTrue();
    }
  }

  @Test
  void aReplicaOfAnotherKindOfDatabaseIsRefusedAtCreation() {
    // given
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:not_a_replica");

    // when
    IllegalArgumentException failure =
        catchThrowableOfType(
            IllegalArgumentException.class, () -> JdbcStorage.create(primaryPool, h2, OPTIONS));

    // then
    assertThat(failure).as("the creation's failure").isNotNull();
    assertThat(failure.getMessage())
        .isEqualTo(
            "The read replica must be the same database as the primary (PostgreSQL), but the read"
                + " replica (the application's JdbcDataSource) is H2");
  }

  @Test
  void theStorageNamesBothPoolsWithoutAPasswordAndLeavesThemOpenWhenClosed() {
    // given
    JdbcStorage own = JdbcStorage.create(primaryPool, replicaPool, OPTIONS);

    // when
    String shown = own.toString();
    own.close();

    // then
    assertThat(shown)
        .startsWith("JdbcStorage[Postgres, the primary (pool host-primary on jdbc:postgresql:")
        .contains(", reads on the read replica (pool host-replica on jdbc:postgresql:")
        .doesNotContain(PASSWORD);
    assertThat(primaryPool.isClosed()).isFalse();
    assertThat(replicaPool.isClosed()).isFalse();
    assertThat(storage.inTransaction(TransactionMode.READ_ONLY, this::onAStandby)).isTrue();
  }

  /** Whether the session's connection is to a server in recovery: a standby, the replica. */
  private boolean onAStandby(StorageSession session) {
    return Boolean.TRUE.equals(
        ((JdbcSession) session)
            .transaction()
            .read()
            .select(DSL.field("pg_is_in_recovery()", SQLDataType.BOOLEAN))
            .fetchOne(0, Boolean.class));
  }

  private static ProjectQuery byCode(Project project) {
    return ProjectQuery.builder().text(project.code()).build();
  }

  private HikariDataSource pool(String name, String url) {
    HikariConfig config = new HikariConfig();
    config.setPoolName(name);
    config.setJdbcUrl(url);
    config.setUsername(pair.user());
    config.setPassword(PASSWORD);
    config.setMaximumPoolSize(4);
    config.setMinimumIdle(0);
    return new HikariDataSource(config);
  }

  private static int portNothingListensOn() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** A host's DataSource that counts the connections it hands out. */
  private static final class CountingDataSource implements DataSource {
    private final DataSource delegate;
    private final AtomicInteger handedOut = new AtomicInteger();

    CountingDataSource(DataSource delegate) {
      this.delegate = delegate;
    }

    int handedOut() {
      return handedOut.get();
    }

    @Override
    public Connection getConnection() throws SQLException {
      Connection connection = delegate.getConnection();
      handedOut.incrementAndGet();
      return connection;
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      Connection connection = delegate.getConnection(user, password);
      handedOut.incrementAndGet();
      return connection;
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
      return delegate.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
      delegate.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
      delegate.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
      return delegate.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      return delegate.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
      return type.isInstance(this) ? type.cast(this) : delegate.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
      return type.isInstance(this) || delegate.isWrapperFor(type);
    }
  }
}
