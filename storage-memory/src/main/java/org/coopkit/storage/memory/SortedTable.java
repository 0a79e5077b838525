package org.coopkit.storage.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A table whose aggregates are also kept in a tree sorted in page order ({@link IndexKey}), and in
 * the tree indexes a subclass adds for its queries: the general layout, for kinds whose sort key is
 * a text (a code, a folded name) and which are stored in the thousands, not millions.
 *
 * @param <I> the id type
 * @param <A> the aggregate type
 * @param <Q> the query type
 */
abstract class SortedTable<I extends Comparable<I>, A, Q> extends Table<I, A, Q> {
  private final NavigableMap<IndexKey<I>, A> sorted = new TreeMap<>();
  private final List<TableIndex<I, A>> indexes = new ArrayList<>();

  SortedTable(AggregateDescriptor<I, A> kind) {
    super(kind);
  }

  /**
   * Keeps {@code index} in step with the table from now on; a subclass declares each of its indexes
   * as a field initialised by this.
   */
  final <X extends TableIndex<I, A>> X indexed(X index) {
    indexes.add(index);
    return index;
  }

  /** A pager over all stored aggregates in page order, to narrow by the query's filters. */
  final SortedTablePager<I, A> pager() {
    return new SortedTablePager<>(kind, sorted);
  }

  /** Every stored aggregate, in page order: a view of the tree, read under the storage's lock. */
  final Collection<A> all() {
    return Collections.unmodifiableCollection(sorted.values());
  }

  @Override
  final void checkUnique(A aggregate) {
    IndexKey<I> key = kind.keyOf(aggregate);
    for (TableIndex<I, A> index : indexes) {
      index.checkUnique(key, aggregate);
    }
  }

  @Override
  final void index(A aggregate) {
    IndexKey<I> key = kind.keyOf(aggregate);
    sorted.put(key, aggregate);
    for (TableIndex<I, A> index : indexes) {
      index.add(key, aggregate);
    }
  }

  @Override
  final void unindex(A aggregate) {
    IndexKey<I> key = kind.keyOf(aggregate);
    sorted.remove(key);
    for (TableIndex<I, A> index : indexes) {
      index.remove(key, aggregate);
    }
  }
}
