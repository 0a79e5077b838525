package org.coopkit.spi;

/**
 * Work run in a transaction, given the stores bound to it.
 *
 * @param <T> what the work returns
 * @since 0.1.0
 */
@FunctionalInterface
public interface TransactionalWork<T> {
  /**
   * Does the work; any exception rolls the transaction back.
   *
   * @param session the stores of the running transaction; valid only until this method returns
   * @return the result handed back by {@link Storage#inTransaction(TransactionalWork)}
   */
  T run(StorageSession session);
}
