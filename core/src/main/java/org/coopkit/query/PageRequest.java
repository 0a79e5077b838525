package org.coopkit.query;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The part every query shares: the order, the page size and the position to start after, with the
 * builder piece that collects them. Each query keeps one and answers {@code direction()}, {@code
 * limit()} and {@code after()} from it; the page size is checked with the query's other values.
 */
final class PageRequest {
  final SortDirection direction;
  final int limit;
  final @Nullable Cursor after;

  private PageRequest(SortDirection direction, int limit, @Nullable Cursor after) {
    this.direction = requireNonNull(direction, "direction");
    this.limit = limit;
    this.after = after;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof PageRequest o
        && direction == o.direction
        && limit == o.limit
        && Objects.equals(after, o.after);
  }

  @Override
  public int hashCode() {
    return Objects.hash(direction, limit, after);
  }

  /**
   * The values as a query's {@code toString()} lists them; a cursor whose sort key is personal data
   * (a name) is shown only as {@code <cursor>}.
   */
  String describe(boolean showCursor) {
    return "direction="
        + direction
        + ", limit="
        + limit
        + ", after="
        + (after == null || showCursor ? String.valueOf(after) : "<cursor>");
  }

  /** Collects a query builder's order, page size and cursor text. */
  static final class Builder {
    private SortDirection direction = SortDirection.ASCENDING;
    private int limit = Paging.DEFAULT_LIMIT;
    private @Nullable String after;

    Builder() {}

    /**
     * A builder holding {@code page}'s values, its cursor encoded for the query kind {@code kind}.
     */
    Builder(PageRequest page, char kind) {
      direction = page.direction;
      limit = page.limit;
      after = page.after == null ? null : page.after.encode(kind);
    }

    void direction(SortDirection direction) {
      this.direction = requireNonNull(direction, "direction");
    }

    void limit(int limit) {
      this.limit = limit;
    }

    void after(@Nullable String cursor) {
      this.after = cursor;
    }

    /**
     * The values, the cursor text read as a position of the query kind {@code kind}.
     *
     * @throws org.coopkit.error.ValidationException if the cursor is not one a page of that kind of
     *     query returned
     */
    PageRequest build(char kind, Predicate<String> sortKeyShape, String subject) {
      return new PageRequest(direction, limit, Paging.decode(after, kind, sortKeyShape, subject));
    }
  }
}
