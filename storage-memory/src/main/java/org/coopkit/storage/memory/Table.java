package org.coopkit.storage.memory;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.coopkit.error.ConflictException;
import org.coopkit.error.DuplicateException;
import org.coopkit.error.NotFoundException;
import org.coopkit.query.Page;
import org.jspecify.annotations.Nullable;

/**
 * The stored aggregates of one kind by id, the write protocol they all follow, and the hooks by
 * which a subclass keeps its sorted structures and indexes in step.
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
  final AggregateDescriptor<I, A> kind;
  private final Map<I, A> byId = new HashMap<>();

  Table(AggregateDescriptor<I, A> kind) {
    this.kind = requireNonNull(kind, "kind");
  }

  /** One page of what {@code query} finds. */
  abstract Page<A> find(Q query);

  /**
   * Throws if storing {@code aggregate} would take a value kept unique from another aggregate;
   * called before anything is changed. Nothing is unique but the id unless a subclass says so.
   *
   * @throws DuplicateException if the value is taken
   */
  void checkUnique(A aggregate) {}

  /**
   * Records {@code aggregate} in the subclass's structures; must be idempotent (see the class
   * comment).
   */
  abstract void index(A aggregate);

  /**
   * Forgets {@code aggregate} in the subclass's structures; does nothing where it is not recorded.
   */
  abstract void unindex(A aggregate);

  final @Nullable A get(I id) {
    return byId.get(id);
  }

  /** How many aggregates are stored. */
  final int size() {
    return byId.size();
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
    checkUnique(aggregate);
    undo.record(() -> remove(aggregate));
    put(aggregate);
  }

  final void update(A aggregate, long expectedVersion, UndoLog undo) {
    A stored = stored(kind.idOf(aggregate), expectedVersion);
    checkUnique(aggregate);
    undo.record(
        () -> {
          remove(aggregate);
          put(stored);
        });
    remove(stored);
    put(aggregate);
  }

  final void delete(I id, long expectedVersion, UndoLog undo) {
    A stored = stored(id, expectedVersion);
    undo.record(() -> put(stored));
    remove(stored);
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

  private void put(A aggregate) {
    byId.put(kind.idOf(aggregate), aggregate);
    index(aggregate);
  }

  private void remove(A aggregate) {
    byId.remove(kind.idOf(aggregate));
    unindex(aggregate);
  }
}
