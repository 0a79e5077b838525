package org.coopkit.storage.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.coopkit.error.CoopkitException;
import org.coopkit.error.StorageUnavailableException;
import org.coopkit.spi.TransactionMode;
import org.coopkit.spi.TransactionalWork;
import org.coopkit.storage.jdbc.Failures.Failure;
import org.coopkit.storage.jdbc.Failures.Problem;
import org.coopkit.storage.jdbc.internal.JooqSettings;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link JdbcStorage#inTransaction}: borrows a connection (from the read replica for a
 * read-only work, when the storage has one; else from the primary), runs the work on it and commits
 * or rolls back, and runs it again after contention or a connection lost before the commit; or,
 * when the host has a transaction open on the calling thread ({@link HostTransactions}), runs the
 * work once inside it, between a savepoint and its release. Apart from {@link JdbcStorage}, whose
 * factories and Javadoc are the public face, so that the retry and commit rules read in one place;
 * the class comment of {@link JdbcStorage} says what they are.
 */
final class TransactionRunner {
  /** The storage's logger, which the class comment of {@link JdbcStorage} names. */
  private static final Logger LOG = LoggerFactory.getLogger(JdbcStorage.class);

  /** How long the first retry waits, in milliseconds; each further one doubles it. */
  private static final long BACKOFF_MILLIS = 10;

  private final ConnectionSource primary;
  private final @Nullable ConnectionSource replica;
  private final SQLDialect dialect;
  private final JdbcStorageOptions options;
  private final @Nullable HostTransactions host;
  private final Settings settings = JooqSettings.settings();
  private final ThreadLocal<Boolean> inTransaction = ThreadLocal.withInitial(() -> false);
  private volatile boolean closed;

  /**
   * @param dataSource where connections come from (for every work, without a replica)
   * @param ownPool {@code dataSource} if the storage made it, else {@code null}
   * @param dialect the database's
   * @param options the retry and schema settings
   * @param description how the pool is named in messages
   * @param replica the host's read replica and how it is named in messages, or {@code null} for
   *     none; given, every read-only work of the storage's own runs on it
   * @param host the host's transactions to join, or {@code null} to run every work in a transaction
   *     of the storage's own
   */
  TransactionRunner(
      DataSource dataSource,
      @Nullable HikariDataSource ownPool,
      SQLDialect dialect,
      JdbcStorageOptions options,
      String description,
      @Nullable ReadReplica replica,
      @Nullable HostTransactions host) {
    this.primary =
        new ConnectionSource(
            dataSource, description, new ConnectionSetup(dialect, options.schema(), ownPool));
    this.replica =
        replica == null
            ? null
            : new ConnectionSource(
                replica.dataSource(),
                replica.description(),
                new ConnectionSetup(dialect, options.schema(), null));
    this.host = host;
    this.dialect = dialect;
    this.options = options;
  }

  /** Makes every later {@link #run} fail. */
  void close() {
    closed = true;
  }

  /**
   * {@link JdbcStorage#inTransaction}, whose Javadoc says what it does: a read-only work of the
   * storage's own runs on the read replica, if there is one; every other on the primary.
   */
  <T> T run(TransactionMode mode, TransactionalWork<T> work) {
    ConnectionSource source =
        mode == TransactionMode.READ_ONLY && replica != null ? replica : primary;
    return run(source, mode, work);
  }

  /**
   * A read-only work on the primary, whether or not there is a replica: for what must read the
   * primary's own state (its schema version).
   */
  <T> T readPrimary(TransactionalWork<T> work) {
    return run(primary, TransactionMode.READ_ONLY, work);
  }

  private <T> T run(ConnectionSource source, TransactionMode mode, TransactionalWork<T> work) {
    if (closed) {
      throw closed(null);
    }
    if (inTransaction.get()) {
      throw new IllegalStateException(
          "This thread is in a transaction of this storage already; nested transactions are not "
              + "supported");
    }
    inTransaction.set(true);
    try {
      Connection joined = host == null ? null : hostConnection(host);
      if (joined != null) {
        return runJoined(host, joined, mode, work);
      }
      return runAttempts(source, mode, work);
    } catch (RuntimeException e) {
      // Closed while this call ran: whatever the closing broke (a connection taken away under
      // the driver, a pool that is gone) is reported as the one thing that happened.
      if (closed && !(e instanceof CoopkitException)) {
        throw closed(e);
      }
      throw e;
    } finally {
      inTransaction.remove();
    }
  }

  /** The failure of a call made to, or cut short by, a closed storage: not worth retrying. */
  private StorageUnavailableException closed(@Nullable Throwable cause) {
    return new StorageUnavailableException(
        "This JdbcStorage on " + primary.description() + " is closed", false, cause);
  }

  private <T> T runAttempts(
      ConnectionSource source, TransactionMode mode, TransactionalWork<T> work) {
    String description = source.description();
    int attempts = options.maxRetries() + 1;
    for (int attempt = 1; ; attempt++) {
      // Not retried: the pool has waited for a connection already, as long as it was told to.
      Connection connection = source.connection(closed);
      Throwable failure;
      try {
        return attempt(source, connection, mode, work);
      } catch (CommitFailed e) {
        Failure f = Failures.of(e.getCause(), dialect);
        if (f.problem() == Problem.CONNECTION) {
          source.evictIdleConnections();
          throw commitLost(description, e, f);
        }
        failure = TransactionContext.unavailable(e.getCause(), f, description);
      } catch (RuntimeException | Error e) {
        failure = e;
      }
      Failure f = Failures.of(failure, dialect);
      Problem problem = f.problem();
      if (problem != Problem.CONTENTION && problem != Problem.CONNECTION) {
        throw sneaky(failure);
      }
      if (problem == Problem.CONNECTION) {
        source.evictIdleConnections();
      }
      if (attempt >= attempts) {
        throw exhausted(description, problem, attempt, f, failure);
      }
      LOG.debug(
          "Transaction on {}: attempt {} of {} failed ({}, {}); running it again",
          description,
          attempt,
          attempts,
          problem == Problem.CONTENTION ? "contention" : "lost connection",
          f.code());
      pause(attempt - 1);
    }
  }

  /** The failure after the last attempt. */
  private static StorageUnavailableException exhausted(
      String description, Problem problem, int attempts, Failure f, Throwable failure) {
    String tries = attempts + (attempts == 1 ? " attempt" : " attempts");
    if (problem == Problem.CONTENTION) {
      return new StorageUnavailableException(
          "The database at "
              + description
              + " gave up the transaction for contention on each of its "
              + tries
              + "; try again later",
          true,
          failure);
    }
    return new StorageUnavailableException(
        "Lost the connection to "
            + description
            + " on each of its "
            + tries
            + " (last: "
            + f.code()
            + "); try again later",
        true,
        failure);
  }

  /** The connection broke during the commit: whether it committed is unknown, so no retry. */
  private static StorageUnavailableException commitLost(
      String description, CommitFailed e, Failure f) {
    StorageUnavailableException lost =
        new StorageUnavailableException(
            "Lost the connection to "
                + description
                + " while committing ("
                + f.code()
                + "): the transaction may or may not have been committed, so it was not run"
                + " again; read back before retrying",
            true,
            e.getCause());
    for (Throwable suppressed : e.getSuppressed()) {
      lost.addSuppressed(suppressed);
    }
    return lost;
  }

  /** Carries a failed commit out of {@link #attempt}, to be told apart from the work's failures. */
  private static final class CommitFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CommitFailed(SQLException cause) {
      super(cause);
    }

    @Override
    public synchronized SQLException getCause() {
      return (SQLException) super.getCause();
    }
  }

  /** One run of the work on {@code connection}: commits, or rolls back and rethrows. */
  private <T> T attempt(
      ConnectionSource source,
      Connection connection,
      TransactionMode mode,
      TransactionalWork<T> work) {
    String description = source.description();
    ConnectionSetup setup = source.setup();
    ConnectionSetup.Restore restore = null;
    JdbcSession session = null;
    try {
      restore = setup.prepare(connection, mode);
      session = new JdbcSession(context(connection, mode, description));
      T result = work.run(session);
      session.close();
      try {
        connection.commit();
      } catch (SQLException e) {
        throw new CommitFailed(e);
      }
      return result;
    } catch (Throwable failure) {
      if (session != null) {
        session.close();
      }
      rollback(connection, failure);
      Throwable told = failure;
      if (session != null) {
        told = session.resolveAfterRollback(failure);
        // A resolution may have read in a transaction of its own, whether or not it found what it
        // looked for: end it, so the connection goes back to its pool outside any transaction.
        rollback(connection, told);
      }
      if (told instanceof SQLException sql) {
        throw TransactionContext.unavailable(sql, Failures.of(sql, dialect), description);
      }
      throw sneaky(told);
    } finally {
      setup.release(connection, restore);
    }
  }

  /** The context of a transaction (or a joined one) on {@code connection}. */
  private TransactionContext context(Connection connection, TransactionMode mode, String store) {
    return new TransactionContext(
        DSL.using(connection, dialect, settings), mode == TransactionMode.READ_ONLY, store);
  }

  /** The connection of the host's transaction on this thread, or {@code null} for none. */
  private @Nullable Connection hostConnection(HostTransactions host) {
    try {
      return host.currentConnection();
    } catch (SQLException e) {
      throw TransactionContext.unavailable(e, Failures.of(e, dialect), primary.description());
    }
  }

  /**
   * Runs the work once inside the host's transaction on {@code connection}, and hands the
   * connection back to the host, whatever happens.
   */
  private <T> T runJoined(
      HostTransactions host,
      Connection connection,
      TransactionMode mode,
      TransactionalWork<T> work) {
    try {
      if (mode == TransactionMode.READ_WRITE && host.isCurrentReadOnly()) {
        throw new IllegalStateException(
            "coopkit was asked to write inside the application's read-only transaction on this"
                + " thread; make the change outside it, or in a read-write transaction");
      }
      return joined(host, connection, mode, work);
    } finally {
      host.release(connection);
    }
  }

  /**
   * One run of the work in the host's transaction: no commit, no rollback of the transaction, no
   * retry. A read-write work runs after a savepoint: released when the work returns, rolled back to
   * when it throws, so that a failed call leaves the host's transaction as it found it (PostgreSQL
   * refuses every statement of a transaction after a failed one, until such a rollback).
   */
  private <T> T joined(
      HostTransactions host,
      Connection connection,
      TransactionMode mode,
      TransactionalWork<T> work) {
    // The host's transaction is on the primary's DataSource: it is the host's to route, if at all.
    String description = primary.description();
    ConnectionSetup setup = primary.setup();
    ConnectionSetup.Joined joined = null;
    Savepoint savepoint = null;
    JdbcSession session = null;
    try {
      joined = setup.join(connection);
      if (mode == TransactionMode.READ_WRITE) {
        savepoint = connection.setSavepoint();
      }
      session = new JdbcSession(context(connection, mode, description), host);
      T result = work.run(session);
      session.close();
      if (savepoint != null) {
        Savepoint done = savepoint;
        savepoint = null;
        connection.releaseSavepoint(done);
      }
      return result;
    } catch (Throwable failure) {
      if (session != null) {
        session.close();
      }
      if (savepoint != null) {
        rollbackTo(connection, savepoint, failure);
        if (session != null) {
          Throwable told = resolveInHostTransaction(connection, session, failure);
          if (told != failure) {
            throw sneaky(told);
          }
        }
      }
      if (failure instanceof SQLException sql) {
        throw TransactionContext.unavailable(sql, Failures.of(sql, dialect), description);
      }
      if (failure instanceof RuntimeException && !(failure instanceof CoopkitException)) {
        // Contention and lost connections are not retried here: the host's transaction as a whole
        // has to run again, which only the host can do. Tell it so, as a retryable failure.
        Failure f = Failures.of(failure, dialect);
        if (f.problem() == Problem.CONTENTION || f.problem() == Problem.CONNECTION) {
          throw TransactionContext.unavailable(failure, f, description);
        }
      }
      throw sneaky(failure);
    } finally {
      setup.leave(connection, joined);
    }
  }

  /**
   * Resolves {@code failure} in the host's transaction, as it stands again at the work's savepoint,
   * behind a savepoint of its own: a lookup that fails (on PostgreSQL, any failed statement aborts
   * the transaction) must not leave the host's transaction unusable.
   */
  private static Throwable resolveInHostTransaction(
      Connection connection, JdbcSession session, Throwable failure) {
    Savepoint lookups;
    try {
      lookups = connection.setSavepoint();
    } catch (SQLException | RuntimeException e) {
      failure.addSuppressed(e);
      return failure;
    }
    Throwable told = session.resolveAfterRollback(failure);
    rollbackTo(connection, lookups, told);
    return told;
  }

  private static void rollbackTo(Connection connection, Savepoint savepoint, Throwable failure) {
    try {
      connection.rollback(savepoint);
    } catch (SQLException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  private static void rollback(Connection connection, Throwable failure) {
    try {
      connection.rollback();
    } catch (SQLException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  private static void pause(int attempt) {
    long base = BACKOFF_MILLIS << Math.min(attempt, 5);
    try {
      Thread.sleep(base + ThreadLocalRandom.current().nextLong(base));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StorageUnavailableException("Interrupted while waiting to retry", true, e);
    }
  }

  /** Rethrows {@code failure} as it is, checked or not, as the work threw it. */
  @SuppressWarnings("unchecked")
  private static <E extends Throwable> RuntimeException sneaky(Throwable failure) throws E {
    throw (E) failure;
  }
}
