package org.coopkit.service;

import org.coopkit.history.ChangeBatch;
import org.coopkit.history.ChangeListener;
import org.jspecify.annotations.Nullable;

/**
 * Every committed change, in the order of the feed, for host applications that keep something up to
 * date from coopkit's data: a search index, a cache, a website.
 *
 * <p>Two ways to follow it:
 *
 * <ul>
 *   <li><b>Listeners</b> ({@link #addListener}): called in this process after each transaction that
 *       changed something has committed, with its changes; never for one that rolled back. A
 *       listener's failure is reported (to the {@link System.Logger} {@code org.coopkit.changes},
 *       by its exception class only, since a message might hold personal data) and does not undo
 *       the commit, which has happened already. Changes made while the process is down, or by
 *       another process on the same database, are not told: a host that must miss nothing reads the
 *       feed.
 *   <li><b>The durable feed</b> ({@link #after}): read from a cursor the host keeps, so that it
 *       resumes after a restart where it stopped.
 * </ul>
 *
 * <p>The feed never skips a committed change, even with many concurrent writers: a store places a
 * transaction's changes in the feed when the transaction commits, so that a change is visible only
 * after every change placed before it is (see {@link org.coopkit.spi.HistoryStore#append}). A
 * reader that reads on from the cursor it was given therefore sees each committed change exactly
 * once, in feed order.
 *
 * @since 0.2.0
 */
public interface ChangeFeed {
  /**
   * The changes committed after {@code cursor}, in feed order, at most {@code limit} of them.
   *
   * <pre>{@code
   * String cursor = loadCursor();            // null the first time
   * ChangeBatch batch = coopkit.changes().after(cursor, 100);
   * batch.changes().forEach(index::update);
   * saveCursor(batch.cursor());
   * }</pre>
   *
   * @param cursor the {@link ChangeBatch#cursor()} of the previous read, or {@code null} to start
   *     at the first change ever recorded
   * @param limit the most changes to return, from 1 to {@link org.coopkit.query.Paging#MAX_LIMIT}
   * @return the changes, and the cursor to read on from
   * @throws org.coopkit.error.ValidationException if the limit is out of range or the cursor is not
   *     one this feed returned
   */
  ChangeBatch after(@Nullable String cursor, int limit);

  /**
   * Calls {@code listener} after each transaction that changed something has committed, from now
   * on; see the class comment. Adding a listener twice calls it twice.
   *
   * @param listener the listener
   */
  void addListener(ChangeListener listener);

  /**
   * Stops calling {@code listener} (once, if it was added twice); does nothing if it was not added.
   *
   * @param listener the listener to remove
   */
  void removeListener(ChangeListener listener);
}
