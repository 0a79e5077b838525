package org.coopkit.spi;

import java.util.List;
import org.coopkit.history.Change;
import org.coopkit.query.Page;

/**
 * Keeps the history of changes and serves it as the change feed. Called by coopkit's services in
 * the transaction that makes the changes, after all of its other writes.
 *
 * @since 0.2.0
 */
public interface HistoryStore {
  /**
   * Stores a transaction's changes and places them in the feed, in the order given; called at most
   * once per transaction, as its last write.
   *
   * <p>Implementors must guarantee that the feed never skips a committed change: positions are
   * unique and increase with the order of commits, so that when a reader sees a change at position
   * {@code p}, every change at a position below {@code p} that will ever be committed is visible to
   * it already. Numbering at the time of the write, as a sequence does, is not enough: of two
   * concurrent transactions, the one numbered first may commit last, and a reader that has moved
   * past the later number never sees it. A database store takes the positions from a one-row
   * counter that it updates here, as the transaction's last statement: the counter's row lock is
   * held until the commit, so the next transaction gets its positions only after this one has
   * committed. A store whose writers run one at a time may number them in that order.
   *
   * @param changes the changes, with position 0; not empty
   * @return the same changes at the positions given to them
   */
  List<Change> append(List<Change> changes);

  /**
   * One page of an aggregate's changes, by position.
   *
   * @param aggregateKind the kind, e.g. {@code Project}
   * @param aggregateId the id's UUID text
   * @param afterPosition the position to start after; 0 for the first page
   * @param limit the most changes to return, at least 1
   * @return the changes of the page; the cursor, when more follow, is the last change's position in
   *     decimal
   */
  Page<Change> history(String aggregateKind, String aggregateId, long afterPosition, int limit);

  /**
   * The committed changes after a position, by position.
   *
   * @param afterPosition the position to start after; 0 for the first
   * @param limit the most changes to return, at least 1
   * @return the changes, at most {@code limit}
   */
  List<Change> after(long afterPosition, int limit);

  /**
   * Erases the values of the personal fields in every stored change of an aggregate (see {@link
   * Change#erased()}), keeping no copy of them.
   *
   * @param aggregateKind the kind, e.g. {@code Contact}
   * @param aggregateId the id's UUID text
   */
  void erasePersonalData(String aggregateKind, String aggregateId);
}
