package org.coopkit.storage.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.coopkit.error.StorageUnavailableException;
import org.coopkit.storage.jdbc.internal.OptionalDependencies;
import org.jspecify.annotations.Nullable;

/**
 * One {@code DataSource} a {@link TransactionRunner} borrows connections from (the primary, or the
 * read replica), with how it is named in messages and what its transactions set on a connection.
 * Apart from the runner so that a storage with a read replica runs the same retry loop on either,
 * and says in each failure which of the two failed.
 */
final class ConnectionSource {
  private final DataSource dataSource;
  private final String description;
  private final ConnectionSetup setup;

  /**
   * @param dataSource where connections come from
   * @param description how it is named in messages (a pool, a URL without password, a class)
   * @param setup what a transaction sets on its connections
   */
  ConnectionSource(DataSource dataSource, String description, ConnectionSetup setup) {
    this.dataSource = dataSource;
    this.description = description;
    this.setup = setup;
  }

  /** How this source is named in messages and logs: never a password. */
  String description() {
    return description;
  }

  ConnectionSetup setup() {
    return setup;
  }

  /**
   * A connection from the pool, which has waited as long as it was told to.
   *
   * @param storageClosed whether the storage was closed, which makes the failure final
   * @throws StorageUnavailableException if the pool gave none, saying why
   */
  Connection connection(boolean storageClosed) {
    long start = System.nanoTime();
    try {
      return dataSource.getConnection();
    } catch (SQLException e) {
      long waited = (System.nanoTime() - start) / 1_000_000;
      HikariDataSource hikari = hikari();
      // A closed pool does not open again: retrying it would retry forever.
      boolean poolClosed = storageClosed || (hikari != null && hikari.isClosed());
      throw new StorageUnavailableException(
          "Could not get a connection from " + description + whyNoConnection(e, waited),
          !poolClosed,
          e);
    }
  }

  /**
   * After a lost connection, the pool's other idle connections are likely dead too (a restart, a
   * failover, every backend terminated): HikariCP is told to retire them all, so that the next
   * attempt, and the next call, open new ones instead of drawing the dead ones one by one. A pool
   * that is not HikariCP's is left to its own checks.
   */
  void evictIdleConnections() {
    HikariDataSource hikari = hikari();
    HikariPoolMXBean pool = hikari == null ? null : hikari.getHikariPoolMXBean();
    if (pool != null) {
      pool.softEvictConnections();
    }
  }

  /** The HikariCP pool behind {@link #dataSource}, if it is one. */
  private @Nullable HikariDataSource hikari() {
    if (!OptionalDependencies.hikariPresent()) {
      // The host's pool is another, and HikariCP's types must not be touched.
      return null;
    }
    if (dataSource instanceof HikariDataSource hikari) {
      return hikari;
    }
    try {
      return dataSource.isWrapperFor(HikariDataSource.class)
          ? dataSource.unwrap(HikariDataSource.class)
          : null;
    } catch (SQLException e) {
      return null;
    }
  }

  /**
   * Why the pool gave no connection, for the message: with HikariCP, how long it waited and whether
   * every connection was in use (an exhausted pool) or the server gave no new one.
   */
  private String whyNoConnection(SQLException e, long waitedMillis) {
    String state = "SQLState " + e.getSQLState();
    HikariDataSource hikari = hikari();
    if (hikari == null) {
      return " after " + waitedMillis + " ms (" + state + ")";
    }
    HikariPoolMXBean pool = hikari.getHikariPoolMXBean();
    if (hikari.isClosed() || pool == null) {
      return ": the pool is closed, and does not open again (not retryable)";
    }
    String wait =
        " within its connection timeout of "
            + hikari.getConnectionTimeout()
            + " ms (waited "
            + waitedMillis
            + " ms): ";
    int active = pool.getActiveConnections();
    if (active >= hikari.getMaximumPoolSize()) {
      return wait
          + "all "
          + active
          + " connections were in use and "
          + pool.getThreadsAwaitingConnection()
          + " more callers are waiting; the pool is exhausted (transactions hold connections"
          + " too long, or the pool is too small)";
    }
    return wait + "the database did not give a new connection (" + state + ")";
  }
}
