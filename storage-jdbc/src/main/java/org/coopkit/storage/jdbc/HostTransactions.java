package org.coopkit.storage.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * The host application's own transactions, as a {@link JdbcStorage} sees them: where it finds the
 * connection of a transaction the host has open on the calling thread, so that coopkit's work runs
 * inside that transaction instead of in one of its own. Given to {@link
 * JdbcStorage#create(javax.sql.DataSource, JdbcStorageOptions, HostTransactions)}; an integration
 * with a transaction framework implements it (coopkit's Spring Boot starter does, for Spring's
 * transactions over the same {@code DataSource}).
 *
 * <p>The storage calls {@link #currentConnection()} at the start of each {@link
 * JdbcStorage#inTransaction}, on the thread that runs it. When it returns a connection, the work
 * runs on it and the host stays in charge of the transaction: the storage neither begins, commits,
 * rolls back nor retries it, and changes neither its auto-commit, its read-only flag nor its
 * isolation (with a {@link JdbcStorageOptions#schema()}, it makes that schema the connection's
 * current one for the call and puts the previous one back after it). It runs the work of a
 * read-write call between a savepoint and its release, and rolls back to the savepoint when the
 * work fails, so that a failed call leaves the host's transaction as it was before the call. It
 * calls {@link #isCurrentReadOnly()} once per call, and {@link #release(Connection)} exactly once,
 * when the work has ended, successfully or not. When {@link #currentConnection()} returns {@code
 * null}, the storage runs the work in a transaction of its own, as if it had no host transactions.
 *
 * <p>Implementations must be thread-safe: every thread that calls the storage calls them.
 *
 * @since 0.1.0
 */
public interface HostTransactions {
  /**
   * The connection of the transaction the host has open on the calling thread, on the storage's
   * {@code DataSource}; {@code null} when the thread is in no such transaction. The connection must
   * not be in auto-commit mode, and must stay the transaction's until {@link #release} is called.
   *
   * @return the transaction's connection, or {@code null} for none
   * @throws SQLException if the connection could not be had; the storage reports it as a {@link
   *     org.coopkit.error.StorageUnavailableException}
   */
  @Nullable Connection currentConnection() throws SQLException;

  /**
   * Whether the host's transaction on the calling thread was opened read-only. Asked only after
   * {@link #currentConnection()} gave a connection. In a read-only transaction the storage reads
   * and refuses to write: a read-write call fails at once, before any statement, with an {@link
   * IllegalStateException}.
   *
   * @return {@code true} for a read-only transaction
   */
  boolean isCurrentReadOnly();

  /**
   * Hands back a connection {@link #currentConnection()} gave, once the storage's work on it has
   * ended. The transaction goes on: the host commits or rolls it back later, as it decides.
   *
   * @param connection the connection {@link #currentConnection()} returned
   */
  void release(Connection connection);

  /**
   * Runs {@code action} once the host's transaction on the calling thread has committed, and never
   * if it rolls back. The storage calls it, inside a call that joined the host's transaction, for
   * what must wait for the commit: telling coopkit's change listeners. The default drops the
   * action, so that listeners are not told of changes made in the host's transactions (the durable
   * change feed still holds them); an integration that can watch the host's commits overrides it
   * (in Spring, with a transaction synchronization's {@code afterCommit}).
   *
   * @param action what to run after the host's transaction commits
   * @since 0.2.0
   */
  default void afterCommit(Runnable action) {}
}
