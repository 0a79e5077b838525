package org.coopkit.storage.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Tells when a transaction waits on a row lock in one table of a test's schema, as the database
 * itself reports it, so that a test orders two transactions by what the database does rather than
 * by how long a thread sleeps.
 *
 * <p>Each database is asked about this schema only, so that other test runs on the same server
 * never count:
 *
 * <ul>
 *   <li>H2: a session of this (private, in-memory) database that another session blocks;
 *   <li>PostgreSQL: a backend with a lock not yet granted that holds a lock on the table;
 *   <li>MariaDB: a lock on the table that InnoDB lists, which it does only while one is waited on.
 * </ul>
 */
final class LockWaits {
  /**
   * How long a waiter may take to show up: only a hang guard, since the caller waits for something
   * it has just set in motion.
   */
  private static final Duration PATIENCE = Duration.ofMinutes(2);

  private LockWaits() {}

  /**
   * Returns once a transaction is seen waiting on a row lock of {@code table} in {@code schema}.
   *
   * @throws IllegalStateException if none shows up within {@link #PATIENCE}
   */
  static void awaitWaiterOn(FreshSchema schema, String table) {
    DatabaseTarget target = schema.target();
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    try (Connection admin =
            DriverManager.getConnection(schema.url(), target.user(), target.password());
        PreparedStatement query = admin.prepareStatement(sql(schema.target().database()))) {
      if (schema.target().database() != Database.H2) {
        query.setString(1, qualified(schema, table));
      }
      while (System.nanoTime() < deadline) {
        try (ResultSet found = query.executeQuery()) {
          if (found.next() && found.getInt(1) > 0) {
            return;
          }
        }
        Thread.sleep(5);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not ask " + schema + " for lock waits", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while looking for a lock wait", e);
    }
    throw new IllegalStateException(
        "No transaction waited on a lock of " + table + " in " + schema + " within " + PATIENCE);
  }

  private static String sql(Database database) {
    return switch (database) {
      case H2 -> "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL";
      case POSTGRESQL ->
          "SELECT COUNT(*) FROM pg_locks w WHERE NOT w.granted AND EXISTS"
              + " (SELECT 1 FROM pg_locks r WHERE r.pid = w.pid AND r.relation = to_regclass(?))";
      case MARIADB -> "SELECT COUNT(*) FROM information_schema.INNODB_LOCKS WHERE lock_table = ?";
    };
  }

  /** The table's name as the database's lock views spell it. */
  private static String qualified(FreshSchema schema, String table) {
    return schema.target().database() == Database.MARIADB
        ? "`" + schema.name() + "`.`" + table + "`"
        : schema.name() + "." + table;
  }
}
