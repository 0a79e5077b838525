package org.coopkit.history;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * What one read of the {@linkplain org.coopkit.service.ChangeFeed change feed} returned: the
 * changes after the cursor it was given, and the cursor to read on from.
 *
 * @param changes the changes, in feed order; empty when none was committed after the cursor
 * @param cursor where the next read starts: after the last change returned, or the cursor given
 *     when none was; keep it (it survives restarts) and pass it to the next {@code after}
 * @since 0.2.0
 */
public record ChangeBatch(List<Change> changes, String cursor) {
  /**
   * Copies the changes into an immutable list.
   *
   * @param changes the changes, in feed order
   * @param cursor where the next read starts
   * @throws NullPointerException if either is null
   */
  public ChangeBatch {
    changes = ImmutableList.copyOf(requireNonNull(changes, "changes"));
    requireNonNull(cursor, "cursor");
  }
}
