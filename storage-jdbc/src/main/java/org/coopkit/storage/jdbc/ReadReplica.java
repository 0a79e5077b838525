package org.coopkit.storage.jdbc;

import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.coopkit.error.StorageUnavailableException;
import org.coopkit.storage.jdbc.Failures.Failure;
import org.coopkit.storage.jdbc.internal.Dialects;
import org.coopkit.storage.jdbc.internal.Dialects.Server;
import org.flywaydb.core.api.MigrationVersion;
import org.jooq.SQLDialect;

/**
 * The host's read replica of a {@link JdbcStorage}, and the checks made before any read goes to it:
 * that it answers, is the primary's kind of database, and serves coopkit's schema at the primary's
 * version. Apart from {@link JdbcStorage} so that the factory reads without the messages, which
 * name the replica by {@link #description} and say what was expected; never a URL's password nor a
 * driver's message (the cause keeps that).
 *
 * @param dataSource the host's DataSource on the replica; coopkit never closes it
 * @param description how the replica is named in messages and logs
 */
record ReadReplica(DataSource dataSource, String description) {

  /**
   * Connects once and checks that the replica is the same kind of database as the primary.
   *
   * @return the replica's server, for the log
   * @throws StorageUnavailableException if no connection could be had (retryable)
   * @throws IllegalArgumentException if the replica is another database than the primary
   */
  Server requireSameDatabase(Server primary) {
    Server server;
    try {
      server = Dialects.identify(dataSource);
    } catch (IllegalArgumentException unsupported) {
      throw unsupported;
    } catch (RuntimeException e) {
      // A StorageUnavailableException whose message quotes the driver's, or a pool's own failure
      // to start (HikariCP's is unchecked): the cause keeps it, the message says what is known.
      Throwable cause =
          e instanceof StorageUnavailableException && e.getCause() != null ? e.getCause() : e;
      throw new StorageUnavailableException(
          "Could not connect to "
              + description
              + sqlState(cause)
              + ": coopkit reads from it, and expected it to answer as a replica of the primary"
              + " ("
              + primary
              + "); check that it is up and that its DataSource points at it",
          true,
          cause);
    }
    if (server.dialect().family() != primary.dialect().family()) {
      throw new IllegalArgumentException(
          "The read replica must be the same database as the primary ("
              + primary.product()
              + "), but "
              + description
              + " is "
              + server.product());
    }
    return server;
  }

  /**
   * Checks that the replica serves coopkit's schema at {@code expected}, the primary's version.
   *
   * @param expected the primary's schema version, as {@link SchemaMigration#version} reads it
   * @param readVersion reads the replica's version, in a read-only transaction on the replica
   * @param dialect the database's, to read a failure's SQLState
   * @throws StorageUnavailableException if it does not, or its version could not be read, naming
   *     the replica and the version expected; retryable when the replica may yet catch up
   */
  void requireSchemaVersion(String expected, Supplier<String> readVersion, SQLDialect dialect) {
    String actual;
    try {
      actual = readVersion.get();
    } catch (RuntimeException e) {
      Failure f = Failures.of(e, dialect);
      boolean retryable = !(e instanceof StorageUnavailableException s) || s.isRetryable();
      throw new StorageUnavailableException(
          "Could not read coopkit's schema version on "
              + description
              + " ("
              + (e instanceof StorageUnavailableException ? "unavailable, " : "")
              + f.code()
              + "): expected version "
              + expected
              + ", as on the primary. Check that it answers and replicates the primary, and that"
              + " it has replayed the primary's migrations, then start again",
          retryable,
          e);
    }
    if (actual.equals(expected)) {
      return;
    }
    boolean behind = isBehind(actual, expected);
    throw new StorageUnavailableException(
        "coopkit's schema on "
            + description
            + " is at version "
            + actual
            + " but the primary's is at "
            + expected
            + (behind
                ? ": the replica lags behind the primary (it has not replayed the migration yet, or"
                    + " does not replicate this primary); start again once it has caught up"
                : ": the replica is ahead of the primary, so it does not replicate it; point the"
                    + " read replica's DataSource at a replica of the primary"),
        behind,
        null);
  }

  /** Whether version {@code actual} is older than {@code expected} ({@code "none"} is oldest). */
  private static boolean isBehind(String actual, String expected) {
    if (actual.equals("none")) {
      return true;
    }
    if (expected.equals("none")) {
      return false;
    }
    return MigrationVersion.fromVersion(expected).isNewerThan(MigrationVersion.fromVersion(actual));
  }

  /** The SQLState of {@code failure} or of its cause, for a message, or nothing. */
  private static String sqlState(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        return " (SQLState " + sql.getSQLState() + ")";
      }
    }
    return "";
  }
}
