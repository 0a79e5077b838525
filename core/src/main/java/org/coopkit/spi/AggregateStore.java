package org.coopkit.spi;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.coopkit.query.Page;

/**
 * Stores one kind of aggregate. Called by coopkit's services inside {@link Storage#inTransaction},
 * after they have checked the domain rules: adapters store what they are given, as given (version
 * and timestamps included), and read it back equal.
 *
 * @param <I> the id type
 * @param <A> the aggregate type
 * @param <Q> the query type
 * @since 0.1.0
 */
public interface AggregateStore<I, A, Q> {
  /**
   * The aggregate with this id, if stored.
   *
   * @param id the id to look up
   * @return the stored aggregate, or empty if none has this id
   */
  Optional<A> get(I id);

  /**
   * The aggregate with this id, read to be changed in this read-write transaction: the latest
   * committed state, kept from other writers until the transaction ends. A service reads with it
   * before it checks a version and writes, so that a writer holding the aggregate makes it wait
   * rather than read the state that writer is replacing; a read-modify-write then fails only when
   * the caller's own expected version is stale, and one that takes the stored version (erasure)
   * cannot fail at all.
   *
   * <p>A database store locks the aggregate's row ({@code SELECT … FOR UPDATE}). The default
   * returns {@link #get}, which is right for a store whose read-write transactions run one at a
   * time, as the in-memory store's do; a store that runs writers concurrently must override it.
   *
   * @param id the id to look up
   * @return the stored aggregate, or empty if none has this id
   * @since 0.1.0
   */
  default Optional<A> getForUpdate(I id) {
    return get(id);
  }

  /**
   * Which of {@code ids} are stored; lets a service check many references at once.
   *
   * @param ids the ids to check; may be empty
   * @return the subset of {@code ids} that are stored; empty if none are
   */
  Set<I> existing(Collection<I> ids);

  /**
   * Stores a new aggregate.
   *
   * @param aggregate the new aggregate, already validated by the service
   * @throws org.coopkit.error.DuplicateException if the id, or another value the store keeps unique
   *     (a project's code), is taken
   */
  void insert(A aggregate);

  /**
   * Replaces the stored aggregate with the same id, if its stored version is {@code
   * expectedVersion}. The check and the write are one atomic step.
   *
   * @param aggregate the new state, with its version already raised by the service
   * @param expectedVersion the version the caller read before changing the aggregate
   * @throws org.coopkit.error.NotFoundException if nothing is stored under the id
   * @throws org.coopkit.error.ConflictException if the stored version differs, naming both
   * @throws org.coopkit.error.DuplicateException if a unique value is taken by another aggregate
   */
  void update(A aggregate, long expectedVersion);

  /**
   * Removes the aggregate, if its stored version is {@code expectedVersion}.
   *
   * @param id the aggregate to remove
   * @param expectedVersion the version the caller read before deciding to delete
   * @throws org.coopkit.error.NotFoundException if nothing is stored under the id
   * @throws org.coopkit.error.ConflictException if the stored version differs
   */
  void delete(I id, long expectedVersion);

  /**
   * One page of the aggregates the query {@code matches}, after its cursor, in its order: by the
   * query's sort key (compared by Unicode code points, as {@link org.coopkit.query} says) then by
   * id, in the query's direction. The page holds at most {@code limit} items and a next cursor
   * exactly when more match; the cursor is the last item's key and id.
   *
   * @param query the filter, sort order, cursor and page size
   * @return the matching aggregates of this page, and a cursor to the next page if there is one
   */
  Page<A> find(Q query);
}
