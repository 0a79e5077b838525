package org.coopkit.report;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Set;
import org.coopkit.model.event.EventStatus;
import org.coopkit.model.event.EventType;
import org.coopkit.model.internal.Validator;
import org.jspecify.annotations.Nullable;

/**
 * Which events of a scope a report counts: a period (events overlapping it), types, statuses.
 *
 * @param from events whose days reach this day or later
 * @param to events whose days start on this day or earlier
 * @param types events of any of these types; empty means any
 * @param statuses events in any of these statuses; empty means any
 * @since 0.1.0
 */
public record ReportFilter(
    @Nullable LocalDate from,
    @Nullable LocalDate to,
    Set<EventType> types,
    Set<EventStatus> statuses) {

  /** Every event. */
  public static final ReportFilter ALL = new ReportFilter(null, null, Set.of(), Set.of());

  /**
   * @param from events whose days reach this day or later
   * @param to events whose days start on this day or earlier
   * @param types events of any of these types; empty means any
   * @param statuses events in any of these statuses; empty means any
   * @throws org.coopkit.error.ValidationException if {@code to} is before {@code from}
   */
  public ReportFilter {
    from = Validator.filterDay(from);
    to = Validator.filterDay(to);
    types = ImmutableSet.copyOf(types);
    statuses = ImmutableSet.copyOf(statuses);
    if (from != null && to != null) {
      Validator v = Validator.of("ReportFilter");
      v.check(!to.isBefore(from), "to", "must not be before from", to + " < " + from);
      v.throwIfInvalid();
    }
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
}
