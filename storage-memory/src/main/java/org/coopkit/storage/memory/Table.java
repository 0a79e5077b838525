package org.coopkit.storage.memory;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import org.coopkit.error.ConflictException;
import org.coopkit.error.DuplicateException;
import org.coopkit.error.NotFoundException;
import org.coopkit.query.Page;
import org.jspecify.annotations.Nullable;

/**
 * The stored aggregates of one kind: by id, sorted in page order, and in the indexes a subclass
 * adds for its queries.
 *
 * <p>Not thread-safe: {@link MemoryStorage}'s lock guards it. Every write checks first, then
 * records its inverse in the transaction's {@link UndoLog}, then changes the structures; an update
 * is a removal of the old aggregate from every structure followed by the addition of the new one,
 * so that an index can never keep a stale entry. Adding and removing are idempotent, so the inverse
 * also repairs a write that failed half-way.
 *
 * @param <I> the id type
 * @param <A> the aggregate type
 * @param <Q> the query type
 */
abstract class Table<I extends Comparable<I>, A, Q> {
  private final Kind<I, A> kind;
  private final Map<I, A> byId = new HashMap<>();
  private final NavigableMap<IndexKey<I>, A> sorted = new TreeMap<>();
  private final ImmutableList<TableIndex<I, A>> indexes;

  Table(Kind<I, A> kind, List<? extends TableIndex<I, A>> indexes) {
    this.kind = requireNonNull(kind, "kind");
    this.indexes = ImmutableList.copyOf(indexes);
  }

  /** One page of what {@code query} finds. */
  abstract Page<A> find(Q query);

  /** A walk over all stored aggregates in page order, to narrow by the query's filters. */
  final Walk<I, A> walk() {
    return new Walk<>(kind, sorted);
  }

  final @Nullable A get(I id) {
    return byId.get(id);
  }

  final Set<I> existing(Collection<I> ids) {
    ImmutableSet.Builder<I> found = ImmutableSet.builder();
    for (I id : ids) {
      if (byId.containsKey(id)) {
        found.add(id);
      }
    }
    return found.build();
  }

  final void insert(A aggregate, UndoLog undo) {
    I id = kind.idOf(aggregate);
    if (byId.containsKey(id)) {
      throw new DuplicateException(kind.name() + ".id", id.toString());
    }
    IndexKey<I> key = kind.keyOf(aggregate);
    checkUnique(key, aggregate);
    undo.record(() -> remove(key, aggregate));
    put(key, aggregate);
  }

  final void update(A aggregate, long expectedVersion, UndoLog undo) {
    A stored = stored(kind.idOf(aggregate), expectedVersion);
    IndexKey<I> oldKey = kind.keyOf(stored);
    IndexKey<I> newKey = kind.keyOf(aggregate);
    checkUnique(newKey, aggregate);
    undo.record(
        () -> {
          remove(newKey, aggregate);
          put(oldKey, stored);
        });
    remove(oldKey, stored);
    put(newKey, aggregate);
  }

  final void delete(I id, long expectedVersion, UndoLog undo) {
    A stored = stored(id, expectedVersion);
    IndexKey<I> key = kind.keyOf(stored);
    undo.record(() -> put(key, stored));
    remove(key, stored);
  }

  /** The stored aggregate a write names, checked against the version the caller read. */
  private A stored(I id, long expectedVersion) {
    A stored = byId.get(id);
    if (stored == null) {
      throw new NotFoundException(kind.name(), id.toString());
    }
    long actual = kind.versionOf(stored);
    if (actual != expectedVersion) {
      throw new ConflictException(kind.name(), id.toString(), expectedVersion, actual);
    }
    return stored;
  }

  private void checkUnique(IndexKey<I> key, A aggregate) {
    for (TableIndex<I, A> index : indexes) {
      index.checkUnique(key, aggregate);
    }
  }

  private void put(IndexKey<I> key, A aggregate) {
    byId.put(key.id(), aggregate);
    sorted.put(key, aggregate);
    for (TableIndex<I, A> index : indexes) {
      index.add(key, aggregate);
    }
  }

  private void remove(IndexKey<I> key, A aggregate) {
    byId.remove(key.id());
    sorted.remove(key);
    for (TableIndex<I, A> index : indexes) {
      index.remove(key, aggregate);
    }
  }
}
