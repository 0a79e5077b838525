package org.coopkit.spi;

/**
 * A store for coopkit's aggregates, reached through transactions.
 *
 * <p>Implementations must guarantee:
 *
 * <ul>
 *   <li><b>Atomicity</b>: {@link #inTransaction} makes all writes of the work visible together when
 *       the work returns, and none of them when it throws, whatever it throws.
 *   <li><b>Isolation</b>: no reader, in a transaction or not, ever sees part of another
 *       transaction's writes; a transaction sees its own writes.
 *   <li><b>Conflict detection</b>: {@link AggregateStore#update} and {@link AggregateStore#delete}
 *       compare the expected version with the stored one at the moment of the write, so of two
 *       concurrent writers that read the same version exactly one succeeds and the other gets a
 *       {@link org.coopkit.error.ConflictException}; no write is lost.
 *   <li><b>Thread safety</b>: one instance serves any number of threads at once; each call of
 *       {@link #inTransaction} runs on the calling thread, and the {@link StorageSession} it hands
 *       over is used by that thread only, and only until the work returns.
 *   <li><b>Failures</b>: an adapter's own failures surface as {@link
 *       org.coopkit.error.StorageUnavailableException}, never as its driver's exceptions.
 * </ul>
 *
 * <p>Nested calls of {@code inTransaction} on the same thread are not supported; implementations
 * may reject them.
 *
 * @since 0.1.0
 */
public interface Storage extends AutoCloseable {
  /**
   * Runs {@code work} in one transaction: commits when it returns, rolls back when it throws and
   * rethrows what it threw. In {@link TransactionMode#READ_ONLY} the work must not write; an
   * implementation may reject writes or run the work with less locking.
   *
   * @param mode whether the work writes
   * @param work the work, given the stores of this transaction
   * @param <T> the type of the work's result
   * @return what the work returned
   * @throws org.coopkit.error.StorageUnavailableException if the store cannot be reached or the
   *     commit fails
   */
  <T> T inTransaction(TransactionMode mode, TransactionalWork<T> work);

  /**
   * Runs {@code work} in a read-write transaction; see {@link #inTransaction(TransactionMode,
   * TransactionalWork)}.
   *
   * @param <T> the type of the work's result
   * @param work the work, given the stores of this transaction
   * @return what the work returned
   */
  default <T> T inTransaction(TransactionalWork<T> work) {
    return inTransaction(TransactionMode.READ_WRITE, work);
  }

  /** Releases what the storage owns (a pool it made, say); a no-op by default. */
  @Override
  default void close() {}
}
