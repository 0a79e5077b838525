package org.coopkit.query;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.Objects;
import org.coopkit.model.internal.Validator;
import org.coopkit.model.source.SourceId;
import org.jspecify.annotations.Nullable;

/**
 * Which sources to list, a page at a time, in the order of their ids (by creation time, for ids
 * made by coopkit).
 *
 * @since 0.2.0
 */
public final class SourceQuery {
  private final @Nullable URI link;
  private final @Nullable SourceId after;
  private final int limit;

  private SourceQuery(Builder b) {
    Validator v = Validator.of("SourceQuery");
    v.check(
        b.limit >= 1 && b.limit <= Paging.MAX_LIMIT,
        "limit",
        "must be between 1 and " + Paging.MAX_LIMIT,
        b.limit);
    v.throwIfInvalid();
    this.link = b.link;
    this.after = b.after;
    this.limit = b.limit;
  }

  /**
   * Starts a query for every source, {@value Paging#DEFAULT_LIMIT} a page.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this query's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.link = link;
    b.after = after;
    b.limit = limit;
    return b;
  }

  /**
   * Only sources with exactly this link (compared as text).
   *
   * @return the link, or {@code null} for any
   */
  public @Nullable URI link() {
    return link;
  }

  /**
   * The id after which the page starts.
   *
   * @return the id, or {@code null} for the first page
   */
  public @Nullable SourceId after() {
    return after;
  }

  /**
   * The page size.
   *
   * @return at most this many sources a page
   */
  public int limit() {
    return limit;
  }

  /**
   * The same query for the page after {@code cursor}.
   *
   * @param cursor a {@link Page#nextCursor()} of this query
   * @return the query of the next page
   * @throws org.coopkit.error.ValidationException if the cursor is not a source id
   */
  public SourceQuery after(String cursor) {
    Builder b = toBuilder();
    b.after = SourceId.parse(cursor);
    return b.build();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof SourceQuery o
        && Objects.equals(link, o.link)
        && Objects.equals(after, o.after)
        && limit == o.limit;
  }

  @Override
  public int hashCode() {
    return Objects.hash(link, after, limit);
  }

  @Override
  public String toString() {
    return "SourceQuery[link=" + link + ", after=" + after + ", limit=" + limit + "]";
  }

  /** Builds a {@link SourceQuery}. */
  public static final class Builder {
    private @Nullable URI link;
    private @Nullable SourceId after;
    private int limit = Paging.DEFAULT_LIMIT;

    private Builder() {}

    /**
     * Sets {@link SourceQuery#link()}.
     *
     * @param link the link, or {@code null} for any
     * @return this builder
     */
    public Builder link(@Nullable URI link) {
      this.link = link;
      return this;
    }

    /**
     * Sets {@link SourceQuery#limit()}; 1 to {@value Paging#MAX_LIMIT}, checked by {@link
     * #build()}.
     *
     * @param limit the page size
     * @return this builder
     */
    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    /**
     * Sets {@link SourceQuery#after()}.
     *
     * @param after the last id of the previous page
     * @return this builder
     */
    public Builder after(SourceId after) {
      this.after = requireNonNull(after, "after");
      return this;
    }

    /**
     * Builds the query.
     *
     * @return the query
     * @throws org.coopkit.error.ValidationException if the limit is out of range
     */
    public SourceQuery build() {
      return new SourceQuery(this);
    }
  }
}
