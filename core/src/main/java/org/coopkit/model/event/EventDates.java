package org.coopkit.model.event;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.ZoneId;
import org.coopkit.model.PartialDate;
import org.coopkit.model.internal.Validator;
import org.jspecify.annotations.Nullable;

/**
 * When an event takes place: first and last day, each possibly known only to the month or year
 * while it is being planned, and the time zone of the venue.
 *
 * @param start the first day
 * @param end the last day, not before the first
 * @param timeZone the venue's time zone; {@code null} when not known or online across zones
 * @since 0.1.0
 */
public record EventDates(PartialDate start, PartialDate end, @Nullable ZoneId timeZone) {
  /**
   * @param start the first day
   * @param end the last day, not before the first
   * @param timeZone the venue's time zone; {@code null} when not known or online across zones
   * @throws org.coopkit.error.ValidationException if the end lies before the start
   */
  public EventDates {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    Validator v = Validator.of("EventDates");
    v.checkLazily(
        !end.latest().isBefore(start.earliest()),
        "dates.end",
        "must not be before dates.start",
        () -> end + " < " + start);
    v.throwIfInvalid();
  }

  /**
   * Whole days, first to last, in the given zone.
   *
   * @param start the first day
   * @param end the last day, not before the first
   * @param timeZone the venue's time zone, or {@code null} if not known
   * @return dates known to the day
   */
  public static EventDates of(LocalDate start, LocalDate end, @Nullable ZoneId timeZone) {
    return new EventDates(
        PartialDate.of(requireNonNull(start, "start")),
        PartialDate.of(requireNonNull(end, "end")),
        timeZone);
  }

  /**
   * One day, or a period known only roughly (e.g. a month), start and end alike.
   *
   * @param when the day, month or year of the event
   * @return dates starting and ending on {@code when}, with no time zone
   */
  public static EventDates on(PartialDate when) {
    return new EventDates(when, when, null);
  }

  /**
   * The first day the event may cover.
   *
   * @return the earliest day the start stands for
   */
  public LocalDate firstDay() {
    return start.earliest();
  }

  /**
   * The last day the event may cover.
   *
   * @return the latest day the end stands for
   */
  public LocalDate lastDay() {
    return end.latest();
  }

  /**
   * Whether the event's days overlap the period {@code from} to {@code to}, both included.
   *
   * @param from the period's first day
   * @param to the period's last day
   * @return {@code true} if at least one day may be shared; for a date known only to the month, any
   *     day of that month counts
   */
  public boolean overlaps(LocalDate from, LocalDate to) {
    return !lastDay().isBefore(from) && !firstDay().isAfter(to);
  }
}
