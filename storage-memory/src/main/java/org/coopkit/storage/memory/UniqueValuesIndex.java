package org.coopkit.storage.memory;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.coopkit.error.DuplicateException;

/**
 * Values of which an aggregate holds several and no two aggregates may share, such as the ids of a
 * project's components, which the databases keep unique across all projects.
 *
 * @param <I> the id type
 * @param <A> the aggregate type
 * @param <V> the value type
 */
final class UniqueValuesIndex<I extends Comparable<I>, A, V> implements TableIndex<I, A> {
  private final String field;
  private final Function<A, ? extends Collection<V>> values;
  private final Function<A, I> id;
  private final Map<V, I> holders = new HashMap<>();

  /**
   * @param field the field as {@link DuplicateException} names it, e.g. {@code "Component.id"}
   * @param values the unique values of an aggregate
   * @param id the aggregate's id, to tell an aggregate keeping its own values from a clash
   */
  UniqueValuesIndex(String field, Function<A, ? extends Collection<V>> values, Function<A, I> id) {
    this.field = requireNonNull(field, "field");
    this.values = requireNonNull(values, "values");
    this.id = requireNonNull(id, "id");
  }

  @Override
  public void checkUnique(IndexKey<I> key, A aggregate) {
    for (V v : values.apply(aggregate)) {
      I holder = holders.get(v);
      if (holder != null && !holder.equals(key.id())) {
        throw new DuplicateException(field, String.valueOf(v));
      }
    }
  }

  @Override
  public void add(IndexKey<I> key, A aggregate) {
    I holder = id.apply(aggregate);
    values.apply(aggregate).forEach(v -> holders.put(v, holder));
  }

  @Override
  public void remove(IndexKey<I> key, A aggregate) {
    // Only this aggregate's own claims: a rollback may remove entries a failed write never made.
    for (V v : values.apply(aggregate)) {
      holders.remove(v, key.id());
    }
  }
}
