package org.coopkit.storage.memory;

import org.coopkit.query.internal.SearchText;

/**
 * A position in a sorted index: an aggregate's sort key, then its id.
 *
 * <p>The order is the one every query pages in (the key by code points as {@link
 * SearchText#compareKeys} compares it, then the id's unsigned order), so that an index walk and the
 * queries' {@code isAfterCursor} agree on what "after" means. One instance per stored aggregate is
 * shared by all the indexes it appears in.
 *
 * @param sortKey the query's sort key of the aggregate
 * @param id the aggregate's id
 * @param <I> the id type
 */
record IndexKey<I extends Comparable<I>>(String sortKey, I id) implements Comparable<IndexKey<I>> {
  @Override
  public int compareTo(IndexKey<I> other) {
    // One key object serves all of an aggregate's indexes, so merged walks meet it against itself.
    int c = sortKey == other.sortKey ? 0 : SearchText.compareKeys(sortKey, other.sortKey);
    return c != 0 ? c : id.compareTo(other.id);
  }
}
