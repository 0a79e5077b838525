package org.coopkit.storage.memory;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Iterators;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.coopkit.query.Cursor;
import org.coopkit.query.Page;
import org.coopkit.query.SortDirection;
import org.jspecify.annotations.Nullable;

/**
 * One query's walk over a table: which sorted maps hold its candidates, which stretch of them to
 * walk, and the walk itself.
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
final class Walk<I extends Comparable<I>, A> {
  private final Kind<I, A> kind;
  private List<NavigableMap<IndexKey<I>, A>> sources;
  private long candidates;
  private @Nullable IndexKey<I> low;
  private @Nullable IndexKey<I> high;
  private List<Stretch<I, A>> before = List.of();

  /**
   * The part of a sorted map between two keys; {@code null} leaves that end open.
   *
   * @param <I> the id type
   * @param <A> the aggregate type
   */
  record Stretch<I extends Comparable<I>, A>(
      NavigableMap<IndexKey<I>, A> map,
      @Nullable IndexKey<I> low,
      boolean lowIncluded,
      @Nullable IndexKey<I> high,
      boolean highIncluded) {}

  Walk(Kind<I, A> kind, NavigableMap<IndexKey<I>, A> all) {
    this.kind = requireNonNull(kind, "kind");
    this.sources = List.of(all);
    this.candidates = all.size();
  }

  /**
   * Walks {@code index}'s maps for {@code values} instead, if together they hold fewer entries than
   * the maps chosen so far; does nothing when {@code values} is empty (the filter is not set).
   *
   * @return whether the walk now uses {@code index}
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

  /**
   * Walks the chosen maps only from {@code low} to {@code high}, both included; {@code null} leaves
   * that end open. The caller guarantees that nothing the query matches lies outside, but for what
   * it passes to {@link #includeBefore}.
   */
  void between(@Nullable IndexKey<I> low, @Nullable IndexKey<I> high) {
    this.low = low;
    this.high = high;
  }

  /**
   * Walks {@code before} too, merged and from the cursor on: candidates from elsewhere whose keys
   * all lie before {@code low}, such as events that started before a period and run into it.
   */
  void includeBefore(List<Stretch<I, A>> before) {
    this.before = before;
  }

  /** Walks and returns one page: at most {@code limit} matches after {@code after}. */
  Page<A> page(
      Predicate<? super A> matches, SortDirection direction, int limit, @Nullable Cursor after) {
    boolean ascending = direction == SortDirection.ASCENDING;
    IndexKey<I> cursor =
        after == null ? null : new IndexKey<>(after.sortKey(), kind.idFrom(after.id()));
    List<Stretch<I, A>> chosen = new ArrayList<>(sources.size());
    for (NavigableMap<IndexKey<I>, A> source : sources) {
      chosen.add(new Stretch<>(source, low, true, high, true));
    }
    // All of "before" sorts before the chosen stretches, so the two are walked one after the
    // other; and the second is only set up (a descent of each tree) once the first is used up.
    Supplier<Iterator<Map.Entry<IndexKey<I>, A>>> later = () -> merge(chosen, cursor, ascending);
    Supplier<Iterator<Map.Entry<IndexKey<I>, A>>> earlier = () -> merge(before, cursor, ascending);
    List<Supplier<Iterator<Map.Entry<IndexKey<I>, A>>>> parts =
        ascending ? List.of(earlier, later) : List.of(later, earlier);
    Iterator<Map.Entry<IndexKey<I>, A>> walk =
        Iterators.concat(Iterators.transform(parts.iterator(), Supplier::get));

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
        return new Page<>(items, new Cursor(end.sortKey(), kind.uuidOf(end.id())).encode());
      }
      items.add(entry.getValue());
      last = key;
    }
    return Page.last(items);
  }

  /** Iterates {@code stretches} merged into one order, each as {@link #iterator} does. */
  private static <I extends Comparable<I>, A> Iterator<Map.Entry<IndexKey<I>, A>> merge(
      List<Stretch<I, A>> stretches, @Nullable IndexKey<I> cursor, boolean ascending) {
    if (stretches.size() == 1) {
      return iterator(stretches.get(0), cursor, ascending);
    }
    List<Iterator<Map.Entry<IndexKey<I>, A>>> iterators = new ArrayList<>(stretches.size());
    for (Stretch<I, A> stretch : stretches) {
      iterators.add(iterator(stretch, cursor, ascending));
    }
    Comparator<Map.Entry<IndexKey<I>, A>> order = Map.Entry.comparingByKey();
    return Iterators.mergeSorted(iterators, ascending ? order : order.reversed());
  }

  /** Iterates {@code stretch} in the query's direction, from the cursor on. */
  private static <I extends Comparable<I>, A> Iterator<Map.Entry<IndexKey<I>, A>> iterator(
      Stretch<I, A> stretch, @Nullable IndexKey<I> cursor, boolean ascending) {
    IndexKey<I> from = stretch.low();
    boolean fromIncluded = stretch.lowIncluded();
    IndexKey<I> to = stretch.high();
    boolean toIncluded = stretch.highIncluded();
    // The cursor replaces the bound on its side if it lies inside it.
    if (cursor != null && ascending && (from == null || cursor.compareTo(from) >= 0)) {
      from = cursor;
      fromIncluded = false;
    } else if (cursor != null && !ascending && (to == null || cursor.compareTo(to) <= 0)) {
      to = cursor;
      toIncluded = false;
    }
    NavigableMap<IndexKey<I>, A> map = stretch.map();
    NavigableMap<IndexKey<I>, A> range;
    if (from != null && to != null) {
      if (from.compareTo(to) > 0) {
        return Collections.emptyIterator();
      }
      range = map.subMap(from, fromIncluded, to, toIncluded);
    } else if (from != null) {
      range = map.tailMap(from, fromIncluded);
    } else if (to != null) {
      range = map.headMap(to, toIncluded);
    } else {
      range = map;
    }
    return (ascending ? range : range.descendingMap()).entrySet().iterator();
  }
}
