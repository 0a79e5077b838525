package org.coopkit.storage.memory;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Iterators;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.function.Predicate;
import org.coopkit.query.Cursor;
import org.coopkit.query.Page;
import org.coopkit.query.SortDirection;
import org.jspecify.annotations.Nullable;

/**
 * Finds one page of a query's matches in a {@link SortedTable}: chooses which sorted maps hold its
 * candidates, then walks them.
 *
 * <p>It starts with the table's primary sorted map; {@link #narrow} switches to an index's maps
 * when they hold fewer candidates. Every map is sorted the same way, so whichever is chosen, the
 * walk starts right after the cursor (no scan from the start), goes in the query's direction,
 * filters with the query's {@code matches} and stops as soon as it has one item more than the page
 * holds. Several maps (one per value of a filter) are merged in order, dropping repeats.
 *
 * @param <I> the id type
 * @param <A> the aggregate type
 */
final class SortedTablePager<I extends Comparable<I>, A> {
  private final AggregateDescriptor<I, A> kind;
  private List<NavigableMap<IndexKey<I>, A>> sources;
  private long candidates;

  SortedTablePager(AggregateDescriptor<I, A> kind, NavigableMap<IndexKey<I>, A> all) {
    this.kind = requireNonNull(kind, "kind");
    this.sources = List.of(all);
    this.candidates = all.size();
  }

  /**
   * Walks {@code index}'s maps for {@code values} instead, if together they hold fewer entries than
   * the maps chosen so far; does nothing when {@code values} is empty (the filter is not set).
   *
   * @return whether the pager now walks {@code index}
   */
  <V> boolean narrow(MultiIndex<I, A, V> index, Set<V> values) {
    if (values.isEmpty()) {
      return false;
    }
    List<NavigableMap<IndexKey<I>, A>> maps = new ArrayList<>(values.size());
    long total = 0;
    for (V value : values) {
      NavigableMap<IndexKey<I>, A> entries = index.entries(value);
      if (entries != null) {
        maps.add(entries);
        total += entries.size();
      }
    }
    // An aggregate with several of the values counts more than once: the sum bounds the union.
    if (total >= candidates) {
      return false;
    }
    sources = maps;
    candidates = total;
    return true;
  }

  /** Walks and returns one page: at most {@code limit} matches after {@code after}. */
  Page<A> page(
      Predicate<? super A> matches, SortDirection direction, int limit, @Nullable Cursor after) {
    boolean ascending = direction == SortDirection.ASCENDING;
    IndexKey<I> cursor =
        after == null ? null : new IndexKey<>(after.sortKey(), kind.idFrom(after.id()));
    Iterator<Map.Entry<IndexKey<I>, A>> walk = merge(cursor, ascending);
    List<A> items = new ArrayList<>(Math.min(limit, 64));
    IndexKey<I> seen = null;
    IndexKey<I> last = null;
    while (walk.hasNext()) {
      Map.Entry<IndexKey<I>, A> entry = walk.next();
      IndexKey<I> key = entry.getKey();
      // Merged maps meet an aggregate once per value it has; its entries arrive one after another.
      if (key.equals(seen)) {
        continue;
      }
      seen = key;
      if (!matches.test(entry.getValue())) {
        continue;
      }
      if (items.size() == limit) {
        // One match more than the page holds: there is a next page, starting after the last item.
        IndexKey<I> end = requireNonNull(last);
        return new Page<>(items, kind.cursorAfter(end));
      }
      items.add(entry.getValue());
      last = key;
    }
    return Page.last(items);
  }

  /** Iterates the chosen maps merged into one order, each from the cursor on. */
  private Iterator<Map.Entry<IndexKey<I>, A>> merge(
      @Nullable IndexKey<I> cursor, boolean ascending) {
    if (sources.size() == 1) {
      return iterator(sources.get(0), cursor, ascending);
    }
    List<Iterator<Map.Entry<IndexKey<I>, A>>> iterators = new ArrayList<>(sources.size());
    for (NavigableMap<IndexKey<I>, A> source : sources) {
      iterators.add(iterator(source, cursor, ascending));
    }
    Comparator<Map.Entry<IndexKey<I>, A>> order = Map.Entry.comparingByKey();
    return Iterators.mergeSorted(iterators, ascending ? order : order.reversed());
  }

  /** Iterates {@code map} in the query's direction, from the cursor on. */
  private static <I extends Comparable<I>, A> Iterator<Map.Entry<IndexKey<I>, A>> iterator(
      NavigableMap<IndexKey<I>, A> map, @Nullable IndexKey<I> cursor, boolean ascending) {
    NavigableMap<IndexKey<I>, A> range;
    if (cursor == null) {
      range = map;
    } else if (ascending) {
      range = map.tailMap(cursor, false);
    } else {
      range = map.headMap(cursor, false);
    }
    return (ascending ? range : range.descendingMap()).entrySet().iterator();
  }
}
