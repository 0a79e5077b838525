package org.coopkit.storage.memory;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * For each value of a multi-valued field (an event's countries, a contact's projects…), the
 * aggregates that have it, sorted like the primary index so that a query can walk one value's
 * aggregates in page order and start at its cursor.
 *
 * @param <I> the id type
 * @param <A> the aggregate type
 * @param <V> the value type
 */
final class MultiIndex<I extends Comparable<I>, A, V> implements TableIndex<I, A> {
  private final Function<A, ? extends Iterable<? extends V>> values;
  private final Map<V, NavigableMap<IndexKey<I>, A>> byValue = new HashMap<>();

  /**
   * @param values the values an aggregate is indexed under; may repeat a value
   */
  MultiIndex(Function<A, ? extends Iterable<? extends V>> values) {
    this.values = requireNonNull(values, "values");
  }

  @Override
  public void add(IndexKey<I> key, A aggregate) {
    for (V value : values.apply(aggregate)) {
      byValue.computeIfAbsent(value, v -> new TreeMap<>()).put(key, aggregate);
    }
  }

  @Override
  public void remove(IndexKey<I> key, A aggregate) {
    for (V value : values.apply(aggregate)) {
      NavigableMap<IndexKey<I>, A> entries = byValue.get(value);
      if (entries != null) {
        entries.remove(key);
        // Values come and go (projects end, organisations merge): drop empty maps, or they pile up.
        if (entries.isEmpty()) {
          byValue.remove(value);
        }
      }
    }
  }

  /** The aggregates indexed under {@code value}, in index order; {@code null} when none. */
  @Nullable NavigableMap<IndexKey<I>, A> entries(V value) {
    return byValue.get(value);
  }
}
