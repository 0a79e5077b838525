package org.coopkit.internal;

import org.coopkit.model.internal.Validator;
import org.coopkit.query.Paging;
import org.coopkit.spi.HistoryStore;
import org.coopkit.spi.StorageSession;
import org.jspecify.annotations.Nullable;

/** What the history and the feed share: their cursors, page sizes, and the store behind them. */
final class HistoryPositions {
  private HistoryPositions() {}

  /** The history store of {@code session}, or a failure saying the storage keeps none. */
  static HistoryStore store(StorageSession session) {
    return session
        .history()
        .orElseThrow(
            () -> new UnsupportedOperationException("This storage keeps no history of changes"));
  }

  /**
   * The position a cursor names, 0 for none; checks the page size with it.
   *
   * @throws org.coopkit.error.ValidationException naming {@code subject} and the field
   */
  static long position(String subject, @Nullable String cursor, int limit) {
    Validator v = Validator.of(subject);
    v.check(
        limit >= 1 && limit <= Paging.MAX_LIMIT,
        "limit",
        "must be between 1 and " + Paging.MAX_LIMIT,
        limit);
    long position = 0;
    if (cursor != null) {
      position = parse(cursor);
      if (position < 0) {
        v.add(
            "after",
            "must be a cursor returned by a previous read",
            "<" + Math.min(cursor.length(), 1000) + " characters>");
      }
    }
    v.throwIfInvalid();
    return position;
  }

  /** The text of a position, as cursors show it. */
  static String cursor(long position) {
    return Long.toString(position);
  }

  private static long parse(String cursor) {
    if (cursor.isEmpty() || cursor.length() > 19) {
      return -1;
    }
    for (int i = 0; i < cursor.length(); i++) {
      if (cursor.charAt(i) < '0' || cursor.charAt(i) > '9') {
        return -1;
      }
    }
    return Long.parseLong(cursor);
  }
}
