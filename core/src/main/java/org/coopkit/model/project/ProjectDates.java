package org.coopkit.model.project;

import java.time.LocalDate;
import org.coopkit.model.PartialDate;
import org.coopkit.model.internal.Validator;
import org.jspecify.annotations.Nullable;

/**
 * A project's planned and actual dates. Real projects are planned, then start late and get
 * extended, so both pairs are kept; each date may be known only to the month or year.
 *
 * @param plannedStart when the project was planned to start
 * @param plannedEnd when it was planned to end
 * @param actualStart when it really started
 * @param actualEnd when it really ended (or, while running, the current agreed end)
 * @since 0.1.0
 */
public record ProjectDates(
    @Nullable PartialDate plannedStart,
    @Nullable PartialDate plannedEnd,
    @Nullable PartialDate actualStart,
    @Nullable PartialDate actualEnd) {

  /** No dates known. */
  public static final ProjectDates UNKNOWN = new ProjectDates(null, null, null, null);

  /**
   * @param plannedStart when the project was planned to start
   * @param plannedEnd when it was planned to end
   * @param actualStart when it really started
   * @param actualEnd when it really ended (or, while running, the current agreed end)
   * @throws org.coopkit.error.ValidationException if an end lies before its start
   */
  public ProjectDates {
    Validator v = Validator.of("ProjectDates");
    checkOrder(v, plannedStart, plannedEnd, "plannedStart", "plannedEnd");
    checkOrder(v, actualStart, actualEnd, "actualStart", "actualEnd");
    v.throwIfInvalid();
  }

  /**
   * Planned dates only.
   *
   * @param start when the project is planned to start, or {@code null} if not known
   * @param end when it is planned to end, or {@code null} if not known
   * @return dates with no actual start or end
   */
  public static ProjectDates planned(@Nullable PartialDate start, @Nullable PartialDate end) {
    return new ProjectDates(start, end, null, null);
  }

  /**
   * Returns a copy with the actual dates set.
   *
   * @param start when the project really started, or {@code null} if not known
   * @param end when it really ended or is now agreed to end, or {@code null} if not known
   * @return new dates with the same planned pair
   */
  public ProjectDates withActual(@Nullable PartialDate start, @Nullable PartialDate end) {
    return new ProjectDates(plannedStart, plannedEnd, start, end);
  }

  /**
   * The start that counts: actual if known, else planned.
   *
   * @return the start, or {@code null} if neither is known
   */
  public @Nullable PartialDate start() {
    return actualStart != null ? actualStart : plannedStart;
  }

  /**
   * The end that counts: actual if known, else planned.
   *
   * @return the end, or {@code null} if neither is known
   */
  public @Nullable PartialDate end() {
    return actualEnd != null ? actualEnd : plannedEnd;
  }

  /**
   * Whether the project runs on {@code date}, judged by {@link #start()} and {@link #end()}; an
   * unknown start or end is taken as open.
   *
   * @param date the day to check
   * @return {@code true} if the day lies within the start's earliest and the end's latest day
   */
  public boolean isActiveOn(LocalDate date) {
    PartialDate s = start();
    PartialDate e = end();
    return (s == null || !date.isBefore(s.earliest())) && (e == null || !date.isAfter(e.latest()));
  }

  private static void checkOrder(
      Validator v,
      @Nullable PartialDate start,
      @Nullable PartialDate end,
      String startPath,
      String endPath) {
    if (start != null && end != null) {
      v.checkLazily(
          !end.latest().isBefore(start.earliest()),
          "dates." + endPath,
          "must not be before dates." + startPath,
          () -> end + " < " + start);
    }
  }
}
