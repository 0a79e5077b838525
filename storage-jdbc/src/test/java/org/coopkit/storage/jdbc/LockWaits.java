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
 *   <li>MariaDB: a lock on the table that InnoDB lists, which it does only while one is waited on;
 *       or another session of the schema still running a statement that must lock rows of the table
 *       (an {@code UPDATE}, {@code INSERT}, {@code DELETE} or {@code ... FOR UPDATE} naming it)
 *       while the caller, which holds them, is idle. InnoDB's views do not list every such wait: on
 *       a loaded machine a blocked {@code UPDATE} was seen missing from them for minutes, while the
 *       server's process list showed it running.
 * </ul>
 *
 * <p>Should no waiter show up, the failure lists what the server's sessions were doing.
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
    Database database = target.database();
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    try (Connection admin =
            DriverManager.getConnection(schema.url(), target.user(), target.password());
        PreparedStatement query = admin.prepareStatement(waiters(database))) {
      switch (database) {
        case H2 -> {}
        case POSTGRESQL -> query.setString(1, schema.name() + "." + table);
        case MARIADB -> {
          query.setString(1, "`" + schema.name() + "`.`" + table + "`");
          query.setString(2, schema.name());
          query.setString(3, "%`" + table + "`%");
        }
      }
      while (System.nanoTime() < deadline) {
        try (ResultSet found = query.executeQuery()) {
          if (found.next() && found.getInt(1) > 0) {
            return;
          }
        }
        Thread.sleep(5);
      }
      throw new IllegalStateException(
          "No transaction waited on a lock of "
              + table
              + " in "
              + schema
              + " within "
              + PATIENCE
              + "; the server's sessions:"
              + sessions(admin, database));
    } catch (SQLException e) {
      throw new IllegalStateException("Could not ask " + schema + " for lock waits", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while looking for a lock wait", e);
    }
  }

  private static String waiters(Database database) {
    return switch (database) {
      case H2 -> "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE BLOCKER_ID IS NOT NULL";
      case POSTGRESQL ->
          "SELECT COUNT(*) FROM pg_locks w WHERE NOT w.granted AND EXISTS"
              + " (SELECT 1 FROM pg_locks r WHERE r.pid = w.pid AND r.relation = to_regclass(?))";
      case MARIADB ->
          "SELECT (SELECT COUNT(*) FROM information_schema.INNODB_LOCKS WHERE lock_table = ?)"
              + " + (SELECT COUNT(*) FROM information_schema.PROCESSLIST"
              + " WHERE DB = ? AND ID <> CONNECTION_ID() AND COMMAND IN ('Query', 'Execute')"
              + " AND INFO LIKE ? AND (INFO LIKE 'update%' OR INFO LIKE 'insert%'"
              + " OR INFO LIKE 'delete%' OR INFO LIKE '%for update%'))";
    };
  }

  /** What the server's sessions were doing, for the message of a wait that never showed. */
  private static String sessions(Connection admin, Database database) throws SQLException {
    String sql =
        switch (database) {
          case H2 ->
              "SELECT SESSION_ID, BLOCKER_ID, EXECUTING_STATEMENT FROM INFORMATION_SCHEMA.SESSIONS";
          case POSTGRESQL ->
              "SELECT pid, state, wait_event_type, wait_event, query FROM pg_stat_activity"
                  + " WHERE datname = current_database()";
          case MARIADB ->
              "SELECT p.ID, p.DB, p.COMMAND, p.TIME, p.STATE, t.trx_state, p.INFO"
                  + " FROM information_schema.PROCESSLIST p LEFT JOIN information_schema.INNODB_TRX"
                  + " t ON t.trx_mysql_thread_id = p.ID WHERE p.COMMAND <> 'Daemon'";
        };
    StringBuilder rows = new StringBuilder();
    try (PreparedStatement query = admin.prepareStatement(sql);
        ResultSet found = query.executeQuery()) {
      int columns = found.getMetaData().getColumnCount();
      while (found.next()) {
        rows.append("\n  ");
        for (int column = 1; column <= columns; column++) {
          rows.append(column == 1 ? "" : " | ").append(found.getString(column));
        }
      }
    }
    return rows.length() == 0 ? " none" : rows.toString();
  }
}
