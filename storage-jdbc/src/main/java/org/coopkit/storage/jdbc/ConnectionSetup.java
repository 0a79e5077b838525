package org.coopkit.storage.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.coopkit.spi.TransactionMode;
import org.jooq.SQLDialect;
import org.jspecify.annotations.Nullable;

/**
 * What a transaction sets on the connection it borrows (isolation, read-only, auto-commit, schema,
 * MariaDB's session variable) and puts back before returning it; and the little that a call joining
 * a host's transaction sets on that transaction's connection (schema, MariaDB's session variable).
 * Apart from {@link TransactionRunner}, so that the retry loop reads without the per-database
 * details of a connection, and those details read in one place.
 */
final class ConnectionSetup {
  /** The group_concat_max_len a MariaDB session needs for jOOQ's MULTISET emulation. */
  private static final String MARIADB_SESSION = "SET SESSION group_concat_max_len = 1073741824";

  private final SQLDialect dialect;
  private final @Nullable String schema;
  private final boolean ownPool;

  /**
   * @param dialect the database's
   * @param schema the schema the transaction must run in, or {@code null} for the connection's
   * @param ownPool the storage's own pool, or {@code null} for a host's: a pool of coopkit's starts
   *     each connection as a transaction needs it and resets what a borrower changed
   */
  ConnectionSetup(SQLDialect dialect, @Nullable String schema, @Nullable HikariDataSource ownPool) {
    this.dialect = dialect;
    this.schema = schema;
    this.ownPool = ownPool != null;
  }

  /** What a transaction changed on a borrowed connection, to put back before returning it. */
  record Restore(
      boolean autoCommit, @Nullable Integer isolation, boolean readOnly, @Nullable String schema) {}

  /**
   * The isolation a transaction runs at. Writers run at READ COMMITTED, the same on all three
   * databases; their correctness rests on version checks in the UPDATE itself. Readers see one
   * snapshot for the whole transaction, so the several statements of a report agree with each other
   * while writers run: REPEATABLE READ is a snapshot on PostgreSQL and InnoDB, and on H2
   * SERIALIZABLE is, for a reader.
   */
  private int isolationFor(TransactionMode mode) {
    if (mode == TransactionMode.READ_WRITE) {
      return Connection.TRANSACTION_READ_COMMITTED;
    }
    return dialect.family() == SQLDialect.H2
        ? Connection.TRANSACTION_SERIALIZABLE
        : Connection.TRANSACTION_REPEATABLE_READ;
  }

  /** Makes {@code connection} ready for a transaction in {@code mode}; says what to put back. */
  Restore prepare(Connection connection, TransactionMode mode) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    int applied = isolationFor(mode);
    // On PostgreSQL the isolation is set for this transaction only (SET TRANSACTION, sent with the
    // BEGIN): setting the session's costs a round trip, and putting it back on return another.
    boolean perTransaction = dialect.family() == SQLDialect.POSTGRES;
    @Nullable Integer previousIsolation = null;
    if (!perTransaction) {
      // A pool of our own starts every connection at READ COMMITTED and resets it on return.
      int current =
          ownPool ? Connection.TRANSACTION_READ_COMMITTED : connection.getTransactionIsolation();
      if (current != applied) {
        connection.setTransactionIsolation(applied);
        previousIsolation = current;
      }
    }
    boolean readOnly = connection.isReadOnly();
    String previousSchema = null;
    if (schema != null && !ownPool) {
      previousSchema = currentSchema(connection);
      if (!schema.equals(previousSchema)) {
        setSchema(connection, schema);
      }
    }
    boolean wantReadOnly = mode == TransactionMode.READ_ONLY;
    if (readOnly != wantReadOnly) {
      connection.setReadOnly(wantReadOnly);
    }
    if (autoCommit) {
      connection.setAutoCommit(false);
    }
    if (perTransaction && (!ownPool || applied != Connection.TRANSACTION_READ_COMMITTED)) {
      try (Statement statement = connection.createStatement()) {
        statement.execute(
            applied == Connection.TRANSACTION_READ_COMMITTED
                ? "SET TRANSACTION ISOLATION LEVEL READ COMMITTED"
                : "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
      }
    }
    if (!ownPool && dialect.family() == SQLDialect.MARIADB) {
      try (Statement statement = connection.createStatement()) {
        statement.execute(MARIADB_SESSION);
      }
    }
    return new Restore(autoCommit, previousIsolation, readOnly, previousSchema);
  }

  /**
   * Puts back what {@link #prepare} changed ({@code restore}, or {@code null} if it failed before
   * saying) and returns the connection to its pool.
   */
  void release(Connection connection, @Nullable Restore restore) {
    try {
      // A pool of our own (HikariCP) puts back whatever a borrower changed when it is returned.
      if (restore != null && !ownPool) {
        if (restore.autoCommit()) {
          connection.setAutoCommit(true);
        }
        if (connection.isReadOnly() != restore.readOnly()) {
          connection.setReadOnly(restore.readOnly());
        }
        if (restore.isolation() != null) {
          connection.setTransactionIsolation(restore.isolation());
        }
        if (restore.schema() != null && !restore.schema().equals(schema)) {
          setSchema(connection, restore.schema());
        }
      }
    } catch (SQLException ignored) {
      // The pool checks and resets connections itself; a broken one is discarded there.
    } finally {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // Nothing left to do with a connection that cannot even be returned.
      }
    }
  }

  /**
   * What a call joining a host's transaction changed on its connection: the schema it found, if it
   * made another one current.
   */
  record Joined(@Nullable String schema) {}

  /**
   * Makes the connection of a host's transaction ready for coopkit's statements without touching
   * the transaction itself (no isolation, read-only or auto-commit change): the storage's schema,
   * if it has one, becomes the current one, and on MariaDB the session variable reading needs is
   * raised (a session setting, which no rollback undoes and no other statement minds).
   */
  Joined join(Connection connection) throws SQLException {
    String previousSchema = null;
    if (schema != null) {
      String current = currentSchema(connection);
      if (!schema.equals(current)) {
        setSchema(connection, schema);
        previousSchema = current;
      }
    }
    if (dialect.family() == SQLDialect.MARIADB) {
      try (Statement statement = connection.createStatement()) {
        statement.execute(MARIADB_SESSION);
      }
    }
    return new Joined(previousSchema);
  }

  /**
   * Puts back what {@link #join} changed ({@code joined}, or {@code null} if it failed before
   * saying); leaves the connection open, as it is the host's.
   */
  void leave(Connection connection, @Nullable Joined joined) {
    if (joined == null || joined.schema() == null) {
      return;
    }
    try {
      setSchema(connection, joined.schema());
    } catch (SQLException ignored) {
      // A connection that cannot even switch schemas fails the host's next statement too.
    }
  }

  private @Nullable String currentSchema(Connection connection) throws SQLException {
    return dialect.family() == SQLDialect.MARIADB
        ? connection.getCatalog()
        : connection.getSchema();
  }

  private void setSchema(Connection connection, String schema) throws SQLException {
    if (dialect.family() == SQLDialect.MARIADB) {
      connection.setCatalog(schema);
    } else {
      connection.setSchema(schema);
    }
  }
}
