package org.coopkit.storage.memory;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.coopkit.error.DuplicateException;
import org.jspecify.annotations.Nullable;

/**
 * A field no two stored aggregates may share, such as a project's code, and the aggregate that
 * holds each value.
 *
 * @param <I> the id type
 * @param <A> the aggregate type
 * @param <V> the value type
 */
final class UniqueIndex<I extends Comparable<I>, A, V> implements TableIndex<I, A> {
  private final String field;
  private final Function<A, V> value;
  private final Function<A, I> id;
  private final Map<V, A> holders = new HashMap<>();

  /**
   * @param field the field as {@link DuplicateException} names it, e.g. {@code "Project.code"}
   * @param value the unique value of an aggregate
   * @param id the aggregate's id, to tell an aggregate keeping its own value from a clash
   */
  UniqueIndex(String field, Function<A, V> value, Function<A, I> id) {
    this.field = requireNonNull(field, "field");
    this.value = requireNonNull(value, "value");
    this.id = requireNonNull(id, "id");
  }

  @Override
  public void checkUnique(IndexKey<I> key, A aggregate) {
    V v = value.apply(aggregate);
    A holder = holders.get(v);
    if (holder != null && !id.apply(holder).equals(key.id())) {
      throw new DuplicateException(field, String.valueOf(v));
    }
  }

  @Override
  public void add(IndexKey<I> key, A aggregate) {
    holders.put(value.apply(aggregate), aggregate);
  }

  @Override
  public void remove(IndexKey<I> key, A aggregate) {
    V v = value.apply(aggregate);
    A holder = holders.get(v);
    // Only ever drop this aggregate's own claim: a rollback after a write that failed half-way
    // removes entries the write may not have made, and must not take another aggregate's value.
    if (holder != null && id.apply(holder).equals(key.id())) {
      holders.remove(v);
    }
  }

  /** The aggregate holding {@code v}, if any. */
  @Nullable A get(V v) {
    return holders.get(v);
  }
}
