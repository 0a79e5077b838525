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

  /**
   * Collects a query builder's order, page size and cursor text: the query builder's paging setters
   * hand their value here and return what this returns, their own builder.
   *
   * @param <B> the query builder that owns this one
   */
  static final class Builder<B> {
    private final B owner;
    private SortDirection direction = SortDirection.ASCENDING;
    private int limit = Paging.DEFAULT_LIMIT;
    private @Nullable String after;

    /** A builder with the defaults, for the query builder {@code owner}. */
    Builder(B owner) {
      this.owner = owner;
    }

    /**
     * A builder holding {@code page}'s values, its cursor encoded for the query kind {@code kind}.
     */
    Builder(B owner, PageRequest page, char kind) {
      this(owner);
      direction = page.direction;
      limit = page.limit;
      after = page.after == null ? null : page.after.encode(kind);
    }

    B direction(SortDirection direction) {
      this.direction = requireNonNull(direction, "direction");
      return owner;
    }

    B limit(int limit) {
      this.limit = limit;
      return owner;
    }

    B after(@Nullable String cursor) {
      this.after = cursor;
      return owner;
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
