package org.coopkit.storage.memory;

/**
 * A structure a {@link Table} keeps up to date with every aggregate it stores.
 *
 * <p>{@link #add} and {@link #remove} must be idempotent: when a write fails half-way (say, out of
 * memory while adding to the third index), rolling it back removes and re-adds whatever the write
 * may have touched, and must land on the state before it.
 *
 * @param <I> the id type
 * @param <A> the aggregate type
 */
interface TableIndex<I extends Comparable<I>, A> {
  /**
   * Throws if storing {@code aggregate} would take a value this index keeps unique from another
   * aggregate; called before anything is changed.
   *
   * @throws org.coopkit.error.DuplicateException if the value is taken
   */
  default void checkUnique(IndexKey<I> key, A aggregate) {}

  /** Records {@code aggregate}, stored under {@code key}. */
  void add(IndexKey<I> key, A aggregate);

  /** Forgets {@code aggregate}, stored under {@code key}; does nothing if it is not recorded. */
  void remove(IndexKey<I> key, A aggregate);
}
