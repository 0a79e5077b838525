package org.coopkit.query;

import org.coopkit.model.internal.Validator;
import org.jspecify.annotations.Nullable;

/**
 * Page sizes and the checks every query shares.
 *
 * @since 0.1.0
 */
public final class Paging {
  /** The page size when a query names none: {@value}. */
  public static final int DEFAULT_LIMIT = 50;

  /** The largest page a query may ask for: {@value}. */
  public static final int MAX_LIMIT = 1_000;

  private Paging() {}

  static void check(String subject, int limit, @Nullable String text) {
    Validator v = Validator.of(subject);
    check(v, limit, text);
    v.throwIfInvalid();
  }

  /** Adds the paging rules' violations to {@code v}, so they are reported with the caller's. */
  static void check(Validator v, int limit, @Nullable String text) {
    v.check(limit >= 1 && limit <= MAX_LIMIT, "limit", "must be between 1 and " + MAX_LIMIT, limit);
    if (text != null) {
      v.optionalText(text, "text", 200);
    }
  }

  static @Nullable Cursor decode(@Nullable String cursor) {
    return cursor == null ? null : Cursor.decode(cursor);
  }
}
