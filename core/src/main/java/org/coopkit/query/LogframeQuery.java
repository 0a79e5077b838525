package org.coopkit.query;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import org.coopkit.model.event.EventId;
import org.coopkit.model.internal.Validator;
import org.coopkit.model.project.ProjectId;
import org.jspecify.annotations.Nullable;

/**
 * Which logframes to list: all, or those with an output an event serves; one page at a time, in the
 * order of their projects' ids.
 *
 * @since 0.2.0
 */
public final class LogframeQuery {
  private final @Nullable EventId event;
  private final int limit;
  private final @Nullable ProjectId after;

  private LogframeQuery(@Nullable EventId event, int limit, @Nullable ProjectId after) {
    Validator v = Validator.of("LogframeQuery");
    Paging.check(v, limit, null);
    v.throwIfInvalid();
    this.event = event;
    this.limit = limit;
    this.after = after;
  }

  /**
   * Only logframes with an output that {@code event} serves, if given.
   *
   * @return the event filter, or {@code null} for none
   */
  public @Nullable EventId event() {
    return event;
  }

  /**
   * The page size.
   *
   * @return the most logframes a page holds
   */
  public int limit() {
    return limit;
  }

  /**
   * Where the page starts: after the logframe of this project.
   *
   * @return the last project of the page before, or {@code null} for the first page
   */
  public @Nullable ProjectId after() {
    return after;
  }

  /**
   * The same query, from the page after {@code cursor}.
   *
   * @param cursor a page's {@link Page#nextCursor()}: the id of its last logframe's project
   * @return the query of the next page
   * @throws org.coopkit.error.ValidationException if the cursor is not a project id
   */
  public LogframeQuery after(String cursor) {
    return toBuilder().after(requireNonNull(cursor, "cursor")).build();
  }

  /**
   * Starts a query of all logframes, {@value Paging#DEFAULT_LIMIT} a page.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this query's values, its page included.
   *
   * @return a new builder; changing it leaves this query untouched
   * @since 0.2.0
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof LogframeQuery o
        && Objects.equals(event, o.event)
        && limit == o.limit
        && Objects.equals(after, o.after);
  }

  @Override
  public int hashCode() {
    return Objects.hash(event, limit, after);
  }

  @Override
  public String toString() {
    return "LogframeQuery[event=" + event + ", limit=" + limit + ", after=" + after + "]";
  }

  /** Builds a {@link LogframeQuery}; reusable. */
  public static final class Builder {
    private @Nullable EventId event;
    private int limit = Paging.DEFAULT_LIMIT;
    private @Nullable ProjectId after;

    private Builder() {}

    private Builder(LogframeQuery q) {
      event = q.event;
      limit = q.limit;
      after = q.after;
    }

    /**
     * Keeps only logframes with an output that {@code event} serves.
     *
     * @param event the event, or {@code null} for no filter
     * @return this builder
     */
    public Builder event(@Nullable EventId event) {
      this.event = event;
      return this;
    }

    /**
     * Sets {@link LogframeQuery#limit()}.
     *
     * @param limit 1 to {@value Paging#MAX_LIMIT}
     * @return this builder
     */
    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    /**
     * Sets {@link LogframeQuery#after()} from the text of a cursor.
     *
     * @param cursor a page's {@link Page#nextCursor()}, or {@code null} for the first page
     * @return this builder
     * @throws org.coopkit.error.ValidationException if the cursor is not a project id
     * @since 0.2.0
     */
    public Builder after(@Nullable String cursor) {
      this.after = cursor == null ? null : ProjectId.parse(cursor);
      return this;
    }

    /**
     * Builds the query.
     *
     * @return the query
     * @throws org.coopkit.error.ValidationException if the limit is out of range
     */
    public LogframeQuery build() {
      return new LogframeQuery(event, limit, after);
    }
  }
}
