package org.coopkit.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.coopkit.model.event.EventStatus;
import org.coopkit.model.event.EventType;
import org.coopkit.model.internal.FieldNames;
import org.coopkit.model.internal.Validator;
import org.jspecify.annotations.Nullable;

/**
 * Which events of a scope a report counts: a period (events overlapping it), types, statuses.
 *
 * <p>Start from {@link #ALL} and narrow it ({@code ReportFilter.ALL.between(from, to)
 * .types(EventType.TRAINING)}), or use {@link #builder()}.
 *
 * @since 0.1.0
 */
public final class ReportFilter {
  /** The names of the values, in the order of {@link #values()}. */
  private static final FieldNames VALUES =
      new FieldNames("ReportFilter", "from", "to", "types", "statuses");

  /** Every event. */
  public static final ReportFilter ALL = new ReportFilter(null, null, Set.of(), Set.of());

  private final @Nullable LocalDate from;
  private final @Nullable LocalDate to;
  private final Set<EventType> types;
  private final Set<EventStatus> statuses;

  private ReportFilter(
      @Nullable LocalDate from,
      @Nullable LocalDate to,
      Set<EventType> types,
      Set<EventStatus> statuses) {
    from = Validator.filterDay(from);
    to = Validator.filterDay(to);
    types = ImmutableSet.copyOf(types);
    statuses = ImmutableSet.copyOf(statuses);
    if (from != null && to != null) {
      Validator v = Validator.of("ReportFilter");
      v.check(!to.isBefore(from), "to", "must not be before from", to + " < " + from);
      v.throwIfInvalid();
    }
    this.from = from;
    this.to = to;
    this.types = types;
    this.statuses = statuses;
  }

  /**
   * The values {@link #equals}, {@link #hashCode} and {@link #toString} read; add a new one here.
   */
  private Object[] values() {
    return new Object[] {from, to, types, statuses};
  }

  /**
   * Events whose days reach this day or later; {@code null} for no lower bound. A day given before
   * the model's range ({@link org.coopkit.model.Limits#EARLIEST_DAY}) is kept as the day before
   * that range, an open end on every store.
   *
   * @return the period's first day, or {@code null}
   */
  public @Nullable LocalDate from() {
    return from;
  }

  /**
   * Events whose days start on this day or earlier; {@code null} for no upper bound. A day given
   * after the model's range ({@link org.coopkit.model.Limits#LATEST_DAY}) is kept as the day after
   * that range, an open end on every store.
   *
   * @return the period's last day, or {@code null}
   */
  public @Nullable LocalDate to() {
    return to;
  }

  /**
   * Events of any of these types; empty means any.
   *
   * @return the event types counted, unmodifiable
   */
  public Set<EventType> types() {
    return types;
  }

  /**
   * Events in any of these statuses; empty means any.
   *
   * @return the statuses counted, unmodifiable
   */
  public Set<EventStatus> statuses() {
    return statuses;
  }

  /**
   * This filter limited to events overlapping {@code from} to {@code to}.
   *
   * @param from the period's first day, or {@code null} for no lower bound
   * @param to the period's last day, or {@code null} for no upper bound
   * @return a new filter with the same types and statuses
   * @throws org.coopkit.error.ValidationException if {@code to} is before {@code from}
   */
  public ReportFilter between(@Nullable LocalDate from, @Nullable LocalDate to) {
    return new ReportFilter(from, to, types, statuses);
  }

  /**
   * This filter limited to the given types.
   *
   * @param types the event types to keep; none means any
   * @return a new filter with the same period and statuses
   */
  public ReportFilter types(EventType... types) {
    return new ReportFilter(from, to, Set.of(types), statuses);
  }

  /**
   * This filter limited to the given statuses.
   *
   * @param statuses the statuses to keep; none means any
   * @return a new filter with the same period and types
   */
  public ReportFilter statuses(EventStatus... statuses) {
    return new ReportFilter(from, to, types, Set.of(statuses));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ReportFilter o && Arrays.equals(values(), o.values());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values());
  }

  @Override
  public String toString() {
    return VALUES.describe(values());
  }

  /**
   * Starts a filter; unset, it counts every event, as {@link #ALL}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this filter's values.
   *
   * @return a new builder; changing it leaves this filter untouched
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds a {@link ReportFilter}; reusable. Setters reject {@code null} for sets. */
  public static final class Builder {
    private @Nullable LocalDate from;
    private @Nullable LocalDate to;
    private final Set<EventType> types = new LinkedHashSet<>();
    private final Set<EventStatus> statuses = new LinkedHashSet<>();

    private Builder() {}

    private Builder(ReportFilter f) {
      from = f.from;
      to = f.to;
      types.addAll(f.types);
      statuses.addAll(f.statuses);
    }

    /**
     * Sets {@link ReportFilter#from()}.
     *
     * @param from the first day; {@code null} for no lower bound
     * @return this builder
     */
    public Builder from(@Nullable LocalDate from) {
      this.from = from;
      return this;
    }

    /**
     * Sets {@link ReportFilter#to()}.
     *
     * @param to the last day; {@code null} for no upper bound
     * @return this builder
     */
    public Builder to(@Nullable LocalDate to) {
      this.to = to;
      return this;
    }

    /**
     * Sets {@link ReportFilter#types()}, replacing any given before; none means any.
     *
     * @param types the event types to count
     * @return this builder
     * @throws NullPointerException if {@code types} or one of them is null
     */
    public Builder types(Set<EventType> types) {
      Validator.replaceAll(this.types, types, "types");
      return this;
    }

    /**
     * Adds an event type to count.
     *
     * @param type an event type to count
     * @return this builder
     * @throws NullPointerException if {@code type} is null
     */
    public Builder addType(EventType type) {
      types.add(requireNonNull(type, "type"));
      return this;
    }

    /**
     * Sets {@link ReportFilter#statuses()}, replacing any given before; none means any.
     *
     * @param statuses the statuses to count
     * @return this builder
     * @throws NullPointerException if {@code statuses} or one of them is null
     */
    public Builder statuses(Set<EventStatus> statuses) {
      Validator.replaceAll(this.statuses, statuses, "statuses");
      return this;
    }

    /**
     * Adds a status to count.
     *
     * @param status a status to count
     * @return this builder
     * @throws NullPointerException if {@code status} is null
     */
    public Builder addStatus(EventStatus status) {
      statuses.add(requireNonNull(status, "status"));
      return this;
    }

    /**
     * Checks the period and builds the filter.
     *
     * @return a new filter
     * @throws org.coopkit.error.ValidationException if {@code to} is before {@code from}
     */
    public ReportFilter build() {
      return new ReportFilter(from, to, types, statuses);
    }
  }
}
