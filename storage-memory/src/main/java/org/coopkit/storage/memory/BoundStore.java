package org.coopkit.storage.memory;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.coopkit.query.Page;
import org.coopkit.spi.AggregateStore;

/**
 * A table as one transaction sees it: every call first checks that the transaction's session may
 * still be used, and writes go through its undo log.
 *
 * @param <I> the id type
 * @param <A> the aggregate type
 * @param <Q> the query type
 */
abstract class BoundStore<I extends Comparable<I>, A, Q> implements AggregateStore<I, A, Q> {
  final Session session;
  private final Table<I, A, Q> table;

  BoundStore(Session session, Table<I, A, Q> table) {
    this.session = requireNonNull(session, "session");
    this.table = requireNonNull(table, "table");
  }

  @Override
  public final Optional<A> get(I id) {
    requireNonNull(id, "id");
    session.checkOpen();
    return Optional.ofNullable(table.get(id));
  }

  @Override
  public final Set<I> existing(Collection<I> ids) {
    requireNonNull(ids, "ids");
    session.checkOpen();
    return table.existing(ids);
  }

  @Override
  public final void insert(A aggregate) {
    requireNonNull(aggregate, "aggregate");
    table.insert(aggregate, session.undoLog());
  }

  @Override
  public final void update(A aggregate, long expectedVersion) {
    requireNonNull(aggregate, "aggregate");
    table.update(aggregate, expectedVersion, session.undoLog());
  }

  @Override
  public final void delete(I id, long expectedVersion) {
    requireNonNull(id, "id");
    table.delete(id, expectedVersion, session.undoLog());
  }

  @Override
  public final Page<A> find(Q query) {
    requireNonNull(query, "query");
    session.checkOpen();
    return table.find(query);
  }
}
