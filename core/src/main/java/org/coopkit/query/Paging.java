package org.coopkit.query;

import java.util.function.Predicate;
import org.coopkit.model.internal.Validator;
import org.coopkit.query.internal.SearchText;
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
      v.optionalText(text, "text", MAX_TEXT);
    }
  }

  /** The longest search text or name prefix, in characters: {@value}. */
  public static final int MAX_TEXT = 200;

  /**
   * A query's search text as stores match it: folded (see {@link org.coopkit.query}), or {@code
   * null} for no filter when it shows nothing. Its length is checked before it is folded, so a huge
   * text costs nothing; a text with characters but none that folding keeps (only punctuation such
   * as {@code %} or {@code *}) is refused, as it would otherwise drop the filter and find
   * everything.
   */
  static @Nullable String searchText(Validator v, @Nullable String text, String path) {
    if (text == null) {
      return null;
    }
    if (!v.checkLazily(
        text.length() <= MAX_TEXT,
        path,
        "must be at most " + MAX_TEXT + " characters long",
        () -> text.length() + " characters")) {
      return null;
    }
    String folded = SearchText.fold(text);
    if (folded.isEmpty()) {
      v.check(
          Validator.showsNothing(text),
          path,
          "must contain a letter or a digit (punctuation alone matches nothing)",
          text);
      return null;
    }
    return folded;
  }

  static @Nullable Cursor decode(
      @Nullable String cursor, char kind, Predicate<String> sortKeyShape, String subject) {
    return cursor == null ? null : Cursor.decode(cursor, kind, sortKeyShape, subject);
  }
}
