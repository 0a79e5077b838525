package org.coopkit.spi;

/**
 * Work run in a transaction, given the stores bound to it.
 *
 * @param <T> what the work returns
 * @since 0.1.0
 */
@FunctionalInterface
public interface TransactionalWork<T> {
  /** Does the work; any exception rolls the transaction back. */
  T run(StorageSession session);
}
