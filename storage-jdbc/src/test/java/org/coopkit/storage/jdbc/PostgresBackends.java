package org.coopkit.storage.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Stages lost connections on PostgreSQL from two connections of its own, outside any pool: a
 * <em>locker</em> that holds row locks in an open transaction, so that a victim's statement waits
 * on them, and an <em>admin</em> that finds the victim in {@code pg_locks} and ends its backend
 * with {@code pg_terminate_backend}, as an operator or a failover would.
 *
 * <p>Victims are found by what they do to this schema, never by a pool or application name: a
 * backend blocked by the locker's own locks, or the one backend that has written a given table of
 * this (randomly named) schema. So backends of other test runs on the same server are never
 * touched, and nothing depends on timing: the victim is ended while it is known to wait, or known
 * to be between two statements.
 */
final class PostgresBackends implements AutoCloseable {
  /** How long a victim may take to show up, or to go once terminated. */
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private final Connection locker;
  private final Connection admin;
  private final int lockerPid;

  private PostgresBackends(Connection locker, Connection admin) throws SQLException {
    this.locker = locker;
    this.admin = admin;
    this.lockerPid = pid(locker);
  }

  /** Opens the two connections on {@code schema}, a PostgreSQL schema. */
  static PostgresBackends on(FreshSchema schema) {
    DatabaseTarget target = schema.target();
    try {
      Connection locker =
          DriverManager.getConnection(schema.url(), target.user(), target.password());
      locker.setAutoCommit(false);
      Connection admin =
          DriverManager.getConnection(schema.url(), target.user(), target.password());
      return new PostgresBackends(locker, admin);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not open the fault-staging connections", e);
    }
  }

  /**
   * Locks a row {@code FOR UPDATE} until {@link #release()}: any statement that checks a foreign
   * key to it (taking {@code FOR KEY SHARE}) or updates it waits.
   */
  void lock(String table, String id) {
    try (PreparedStatement select =
        locker.prepareStatement("SELECT id FROM " + table + " WHERE id = ? FOR UPDATE")) {
      select.setString(1, id);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          throw new IllegalStateException("No row " + id + " in " + table + " to lock");
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not lock " + table + " " + id, e);
    }
  }

  /** Ends the locker's transaction, releasing its locks. */
  void release() {
    try {
      locker.rollback();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not release the locks", e);
    }
  }

  /**
   * In the background: {@code times} times, waits until a backend is blocked by the locker's locks
   * and terminates it; then releases the locks (also when something failed), so that a retry gets
   * through. The future completes with the terminated backends' pids.
   */
  CompletableFuture<List<Integer>> terminateBlocked(int times) {
    return CompletableFuture.supplyAsync(
        () -> {
          List<Integer> ended = new ArrayList<>();
          try {
            for (int i = 0; i < times; i++) {
              int victim =
                  await(
                      "SELECT pid FROM pg_locks WHERE NOT granted AND ? = ANY(pg_blocking_pids(pid))",
                      lockerPid);
              terminate(victim);
              ended.add(victim);
            }
            return ended;
          } finally {
            release();
          }
        });
  }

  /**
   * Terminates the backend whose open transaction has written {@code table} of this schema (it
   * holds the table's {@code ROW EXCLUSIVE} lock), and waits until it is gone. Meant to be called
   * from inside that very transaction's work, between two of its statements.
   *
   * @return the terminated backend's pid
   */
  int terminateWriterOf(String table) {
    int victim =
        await(
            "SELECT pid FROM pg_locks WHERE granted AND mode = 'RowExclusiveLock'"
                + " AND relation = to_regclass(?)",
            table);
    terminate(victim);
    return victim;
  }

  private int await(String sql, Object parameter) {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    try (PreparedStatement query = admin.prepareStatement(sql)) {
      query.setObject(1, parameter);
      while (System.nanoTime() < deadline) {
        try (ResultSet found = query.executeQuery()) {
          if (found.next()) {
            return found.getInt(1);
          }
        }
        Thread.sleep(5);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not look for the victim", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while looking for the victim", e);
    }
    throw new IllegalStateException("No victim showed up within " + PATIENCE + ": " + sql);
  }

  /** Terminates a backend and waits until it has exited. */
  private void terminate(int pid) {
    try (PreparedStatement terminate =
        admin.prepareStatement("SELECT pg_terminate_backend(?, ?)")) {
      terminate.setInt(1, pid);
      terminate.setLong(2, PATIENCE.toMillis());
      try (ResultSet ended = terminate.executeQuery()) {
        if (!ended.next() || !ended.getBoolean(1)) {
          throw new IllegalStateException("Backend " + pid + " did not end");
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not terminate backend " + pid, e);
    }
  }

  private static int pid(Connection connection) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement("SELECT pg_backend_pid()");
        ResultSet pid = query.executeQuery()) {
      pid.next();
      return pid.getInt(1);
    }
  }

  @Override
  public void close() {
    for (Connection connection : List.of(locker, admin)) {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // Closing is best effort: the schema is dropped next, which ends whatever is left.
      }
    }
  }
}
