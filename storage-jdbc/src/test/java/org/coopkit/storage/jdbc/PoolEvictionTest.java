package org.coopkit.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopkit.storage.jdbc.StoredRowsTest.stamped;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.coopkit.model.project.Project;
import org.coopkit.storage.tck.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * After a lost connection the pool's other idle connections are retired, so that a restart or a
 * failover that killed every backend costs the next call one retry, not one per dead connection.
 * Observed from PostgreSQL's own list of backends, by an application name only this test's pool
 * uses.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class PoolEvictionTest {
  private static final int POOL_SIZE = 4;

  /** How long a backend may take to show up or to go: only a hang guard. */
  private static final Duration PATIENCE = Duration.ofMinutes(2);

  @Test
  void aLostConnectionRetiresThePoolsOtherIdleConnections() throws Exception {
    try (FreshSchema schema = Database.POSTGRESQL.openFreshSchema();
        PostgresBackends backends = PostgresBackends.on(schema);
        Connection admin = admin(schema)) {
      String application = "coopkit-eviction-" + schema.name();
      try (HikariDataSource pool = pool(schema, application)) {
        // given: the pool holds all its connections, idle
        JdbcStorage storage = JdbcStorage.create(pool);
        Project project = stamped(Fixtures.anyProject());
        storage.inTransaction(
            s -> {
              s.projects().insert(project);
              return null;
            });
        Set<Integer> before = awaitBackends(admin, application, POOL_SIZE);
        AtomicInteger runs = new AtomicInteger();

        // when: the work's backend is terminated on its first run, which the storage runs again
        storage.inTransaction(
            s -> {
              s.projects().update(project.toBuilder().title("Renamed").version(2).build(), 1);
              if (runs.incrementAndGet() == 1) {
                backends.terminateWriterOf("project");
              }
              return s.projects().get(project.id()); // fails on the first run: no connection
            });

        // then: none of the connections open before is left
        assertThat(runs.get()).as("runs of the work").isEqualTo(2);
        awaitGone(admin, before);
      }
    }
  }

  private static HikariDataSource pool(FreshSchema schema, String application) {
    HikariConfig config = new HikariConfig();
    config.setPoolName(application);
    config.setJdbcUrl(schema.url());
    config.setUsername(schema.target().user());
    config.setPassword(schema.target().password());
    config.setMaximumPoolSize(POOL_SIZE);
    config.setMinimumIdle(POOL_SIZE);
    config.addDataSourceProperty("ApplicationName", application);
    return new HikariDataSource(config);
  }

  private static Connection admin(FreshSchema schema) throws SQLException {
    return DriverManager.getConnection(
        schema.url(), schema.target().user(), schema.target().password());
  }

  /** The pids of the pool's backends, once there are {@code count} of them. */
  private static Set<Integer> awaitBackends(Connection admin, String application, int count)
      throws Exception {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    try (PreparedStatement query =
        admin.prepareStatement("SELECT pid FROM pg_stat_activity WHERE application_name = ?")) {
      query.setString(1, application);
      while (true) {
        Set<Integer> pids = new HashSet<>();
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            pids.add(rows.getInt(1));
          }
        }
        if (pids.size() >= count) {
          return pids;
        }
        if (System.nanoTime() > deadline) {
          throw new AssertionError("The pool opened " + pids.size() + " of " + count + " backends");
        }
        Thread.sleep(20);
      }
    }
  }

  /** Returns once none of {@code pids} is a backend any more. */
  private static void awaitGone(Connection admin, Set<Integer> pids) throws Exception {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    Array array = admin.createArrayOf("int4", pids.toArray());
    try (PreparedStatement query =
        admin.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE pid = ANY (?)")) {
      query.setArray(1, array);
      while (true) {
        int left;
        try (ResultSet rows = query.executeQuery()) {
          rows.next();
          left = rows.getInt(1);
        }
        if (left == 0) {
          return;
        }
        if (System.nanoTime() > deadline) {
          throw new AssertionError(left + " of the pool's earlier connections are still open");
        }
        Thread.sleep(20);
      }
    }
  }
}
