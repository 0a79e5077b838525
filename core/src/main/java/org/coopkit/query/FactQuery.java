package org.coopkit.query;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.UUID;
import org.coopkit.model.internal.Validator;
import org.coopkit.model.source.AggregateKind;
import org.coopkit.model.source.Fact;
import org.coopkit.model.source.FactPath;
import org.coopkit.model.source.FactProvenance;
import org.coopkit.model.source.SourceId;
import org.jspecify.annotations.Nullable;

/**
 * Which facts' provenance to list, a page at a time, in the order of {@link Fact#compareTo} (a
 * database orders paths by its collation). Filters combine with AND.
 *
 * <pre>{@code
 * // every fact resting on a page that changed
 * FactQuery.builder().source(page.id()).build();
 * // the conflicts no one has settled
 * FactQuery.builder().contested(true).build();
 * }</pre>
 *
 * @since 0.2.0
 */
public final class FactQuery {
  private final @Nullable AggregateKind kind;
  private final @Nullable UUID aggregateId;
  private final @Nullable FactPath path;
  private final @Nullable SourceId source;
  private final boolean contested;
  private final boolean unsourced;
  private final @Nullable Fact after;
  private final int limit;

  private FactQuery(Builder b) {
    Validator v = Validator.of("FactQuery");
    v.check(
        b.limit >= 1 && b.limit <= Paging.MAX_LIMIT,
        "limit",
        "must be between 1 and " + Paging.MAX_LIMIT,
        b.limit);
    v.check(
        b.aggregateId == null || b.kind != null,
        "kind",
        "must be given with an aggregate id",
        null);
    v.check(
        !(b.unsourced && b.source != null), "unsourced", "cannot be asked with a source", b.source);
    v.throwIfInvalid();
    this.kind = b.kind;
    this.aggregateId = b.aggregateId;
    this.path = b.path;
    this.source = b.source;
    this.contested = b.contested;
    this.unsourced = b.unsourced;
    this.after = b.after;
    this.limit = b.limit;
  }

  /**
   * Starts a query for every fact with provenance, {@value Paging#DEFAULT_LIMIT} a page.
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
    b.kind = kind;
    b.aggregateId = aggregateId;
    b.path = path;
    b.source = source;
    b.contested = contested;
    b.unsourced = unsourced;
    b.after = after;
    b.limit = limit;
    return b;
  }

  /**
   * Only facts of this kind of aggregate.
   *
   * @return the kind, or {@code null} for any
   */
  public @Nullable AggregateKind kind() {
    return kind;
  }

  /**
   * Only facts of this aggregate (with {@link #kind()}).
   *
   * @return the aggregate's id, or {@code null} for any
   */
  public @Nullable UUID aggregateId() {
    return aggregateId;
  }

  /**
   * Only facts at this path.
   *
   * @return the path, or {@code null} for any
   */
  public @Nullable FactPath path() {
    return path;
  }

  /**
   * Only facts that rest on this source: cite it, or have a reported value that does.
   *
   * @return the source, or {@code null} for any
   */
  public @Nullable SourceId source() {
    return source;
  }

  /**
   * Only {@linkplain FactProvenance#isContested() contested} facts.
   *
   * @return {@code true} to keep only contested facts
   */
  public boolean contested() {
    return contested;
  }

  /**
   * Only facts that rest on no source ({@linkplain FactProvenance#isSourced() not sourced}).
   *
   * @return {@code true} to keep only facts without a source
   */
  public boolean unsourced() {
    return unsourced;
  }

  /**
   * The fact after which the page starts.
   *
   * @return the fact, or {@code null} for the first page
   */
  public @Nullable Fact after() {
    return after;
  }

  /**
   * The page size.
   *
   * @return at most this many facts a page
   */
  public int limit() {
    return limit;
  }

  /**
   * The same query for the page after {@code cursor}.
   *
   * @param cursor a {@link Page#nextCursor()} of this query
   * @return the query of the next page
   * @throws org.coopkit.error.ValidationException if the cursor is not one a page returned
   */
  public FactQuery after(String cursor) {
    requireNonNull(cursor, "cursor");
    String[] parts = cursor.split("/", 3);
    Validator v = Validator.of("FactQuery");
    Fact fact = null;
    if (v.check(parts.length == 3, "after", "must be a cursor a page returned", cursor)) {
      try {
        fact =
            new Fact(
                AggregateKind.valueOf(parts[0]),
                Validator.uuid(parts[1], "FactQuery"),
                FactPath.of(parts[2]));
      } catch (IllegalArgumentException | org.coopkit.error.ValidationException e) {
        v.add("after", "must be a cursor a page returned", cursor);
      }
    }
    v.throwIfInvalid();
    Builder b = toBuilder();
    b.after = fact;
    return b.build();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof FactQuery o
        && kind == o.kind
        && Objects.equals(aggregateId, o.aggregateId)
        && Objects.equals(path, o.path)
        && Objects.equals(source, o.source)
        && contested == o.contested
        && unsourced == o.unsourced
        && Objects.equals(after, o.after)
        && limit == o.limit;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, aggregateId, path, source, contested, unsourced, after, limit);
  }

  @Override
  public String toString() {
    return "FactQuery[kind="
        + kind
        + ", aggregateId="
        + aggregateId
        + ", path="
        + path
        + ", source="
        + source
        + ", contested="
        + contested
        + ", unsourced="
        + unsourced
        + ", after="
        + after
        + ", limit="
        + limit
        + "]";
  }

  /** Builds a {@link FactQuery}. */
  public static final class Builder {
    private @Nullable AggregateKind kind;
    private @Nullable UUID aggregateId;
    private @Nullable FactPath path;
    private @Nullable SourceId source;
    private boolean contested;
    private boolean unsourced;
    private @Nullable Fact after;
    private int limit = Paging.DEFAULT_LIMIT;

    private Builder() {}

    /**
     * Sets {@link FactQuery#kind()}.
     *
     * @param kind the kind, or {@code null} for any
     * @return this builder
     */
    public Builder kind(@Nullable AggregateKind kind) {
      this.kind = kind;
      return this;
    }

    /**
     * Keeps only the facts of one aggregate: sets {@link FactQuery#kind()} and {@link
     * FactQuery#aggregateId()}.
     *
     * @param kind the kind
     * @param aggregateId the aggregate's id
     * @return this builder
     */
    public Builder aggregate(AggregateKind kind, UUID aggregateId) {
      this.kind = requireNonNull(kind, "kind");
      this.aggregateId = requireNonNull(aggregateId, "aggregateId");
      return this;
    }

    /**
     * Sets {@link FactQuery#path()}.
     *
     * @param path the path, or {@code null} for any
     * @return this builder
     */
    public Builder path(@Nullable FactPath path) {
      this.path = path;
      return this;
    }

    /**
     * Sets {@link FactQuery#source()}.
     *
     * @param source the source, or {@code null} for any
     * @return this builder
     */
    public Builder source(@Nullable SourceId source) {
      this.source = source;
      return this;
    }

    /**
     * Sets {@link FactQuery#contested()}.
     *
     * @param contested whether to keep only contested facts
     * @return this builder
     */
    public Builder contested(boolean contested) {
      this.contested = contested;
      return this;
    }

    /**
     * Sets {@link FactQuery#unsourced()}.
     *
     * @param unsourced whether to keep only facts without a source
     * @return this builder
     */
    public Builder unsourced(boolean unsourced) {
      this.unsourced = unsourced;
      return this;
    }

    /**
     * Sets {@link FactQuery#limit()}; 1 to {@value Paging#MAX_LIMIT}, checked by {@link #build()}.
     *
     * @param limit the page size
     * @return this builder
     */
    public Builder limit(int limit) {
      this.limit = limit;
      return this;
    }

    /**
     * Builds the query.
     *
     * @return the query
     * @throws org.coopkit.error.ValidationException if the limit is out of range, an aggregate id
     *     comes without its kind, or unsourced facts are asked for with a source
     */
    public FactQuery build() {
      return new FactQuery(this);
    }
  }
}
