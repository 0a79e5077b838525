package org.coopkit.history;

import java.util.List;

/**
 * Told of the changes of each transaction once it has committed; registered with {@link
 * org.coopkit.service.ChangeFeed#addListener}.
 *
 * @since 0.2.0
 */
@FunctionalInterface
public interface ChangeListener {
  /**
   * Called once per committed transaction that changed something, on the thread that committed it,
   * after the commit; never for a transaction that rolled back. What it throws is reported and
   * otherwise ignored: the changes stay committed, and the other listeners are still called.
   *
   * @param changes the transaction's changes, in feed order; never empty
   */
  void committed(List<Change> changes);
}
