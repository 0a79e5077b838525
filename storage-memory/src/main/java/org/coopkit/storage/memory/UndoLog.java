package org.coopkit.storage.memory;

import java.util.ArrayList;
import java.util.List;

/**
 * The steps that undo a writing transaction's changes, in the order the changes were made.
 *
 * <p>Writes are applied in place, so that the transaction reads its own writes at no cost, and each
 * write records its inverse here <em>before</em> it changes anything: a write that fails half-way
 * is then undone too.
 */
final class UndoLog {
  private final List<Runnable> steps = new ArrayList<>();

  /** Records the inverse of the change about to be made. */
  void record(Runnable step) {
    steps.add(step);
  }

  /**
   * Undoes every recorded change, newest first. A step that fails is added to {@code cause} as
   * suppressed and the rest still run, so as much as possible is restored.
   */
  void rollback(Throwable cause) {
    for (int i = steps.size() - 1; i >= 0; i--) {
      try {
        steps.get(i).run();
      } catch (Throwable failure) {
        if (failure != cause) {
          cause.addSuppressed(failure);
        }
      }
    }
    steps.clear();
  }
}
