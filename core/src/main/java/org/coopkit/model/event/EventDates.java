package org.coopkit.model.event;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.OptionalInt;
import org.coopkit.model.Limits;
import org.coopkit.model.PartialDate;
import org.coopkit.model.internal.Validator;
import org.jspecify.annotations.Nullable;

/**
 * When an event takes place, as far as the sources tell: first and last day, each possibly known
 * only to the month or year; a start without a known end; only "on or before" the day a source
 * reported it; or nothing at all yet.
 *
 * <p>The forms, by their factories:
 *
 * <ul>
 *   <li>{@link #of(LocalDate, LocalDate, ZoneId)}, {@link #on(PartialDate)} and the constructor:
 *       start and end known, each to the day, month or year;
 *   <li>{@link #startingOn(PartialDate)}: the start is known, the end is not;
 *   <li>{@link #onOrBefore(LocalDate)}: the event is known only from a source of that day (a news
 *       item of 2019-05-14 says it took place);
 *   <li>{@link #unknown()}: no date yet.
 * </ul>
 *
 * <p>{@link #firstDay()} and {@link #lastDay()} are the bounds of the days the event <em>may</em>
 * cover: a part not known stretches them to {@link Limits#EARLIEST_DAY} or {@link
 * Limits#LATEST_DAY}. Searches and reports read an uncertain date through them (see {@link
 * org.coopkit.query.EventQuery#from()}).
 *
 * @since 0.1.0
 */
public final class EventDates {
  private static final EventDates UNKNOWN = new EventDates(null, null, null, (LocalDate) null);

  private final @Nullable PartialDate start;
  private final @Nullable PartialDate end;
  private final @Nullable ZoneId timeZone;
  private final @Nullable LocalDate onOrBefore;

  /**
   * Start and end both known, each to the day, month or year: the form of 0.1.
   *
   * @param start the first day
   * @param end the last day, not before the first
   * @param timeZone the venue's time zone; {@code null} when not known or online across zones
   * @throws org.coopkit.error.ValidationException if the end lies before the start
   */
  public EventDates(PartialDate start, PartialDate end, @Nullable ZoneId timeZone) {
    this(requireNonNull(start, "start"), requireNonNull(end, "end"), timeZone, (LocalDate) null);
  }

  private EventDates(
      @Nullable PartialDate start,
      @Nullable PartialDate end,
      @Nullable ZoneId timeZone,
      @Nullable LocalDate onOrBefore) {
    Validator v = Validator.of("EventDates");
    v.check(start != null || end == null, "dates.end", "must be absent without dates.start", end);
    v.check(
        start == null || onOrBefore == null,
        "dates.onOrBefore",
        "must be absent when dates.start is given",
        onOrBefore);
    if (start != null && end != null) {
      v.checkLazily(
          !end.latest().isBefore(start.earliest()),
          "dates.end",
          "must not be before dates.start",
          () -> end + " < " + start);
    }
    if (onOrBefore != null) {
      v.check(
          !onOrBefore.isBefore(Limits.EARLIEST_DAY) && !onOrBefore.isAfter(Limits.LATEST_DAY),
          "dates.onOrBefore",
          "must lie from " + Limits.EARLIEST_DAY + " to " + Limits.LATEST_DAY,
          onOrBefore);
    }
    v.throwIfInvalid();
    this.start = start;
    this.end = end;
    this.timeZone = timeZone;
    this.onOrBefore = onOrBefore;
  }

  /**
   * Whole days, first to last, in the given zone.
   *
   * @param start the first day
   * @param end the last day, not before the first
   * @param timeZone the venue's time zone, or {@code null} if not known
   * @return dates known to the day
   * @throws org.coopkit.error.ValidationException if the end lies before the start or a day is out
   *     of the model's range
   */
  public static EventDates of(LocalDate start, LocalDate end, @Nullable ZoneId timeZone) {
    return new EventDates(
        PartialDate.of(requireNonNull(start, "start")),
        PartialDate.of(requireNonNull(end, "end")),
        timeZone);
  }

  /**
   * Dates of any form from their parts, as a reader of a stored form has them: the factories below
   * say which combinations make sense.
   *
   * @param start the first day, or {@code null} when not known
   * @param end the last day, or {@code null} when not known; only with a start
   * @param timeZone the venue's time zone, or {@code null}
   * @param onOrBefore the day of the source the event is known from; only without a start
   * @return the dates
   * @throws org.coopkit.error.ValidationException if an end comes without a start, an "on or
   *     before" day with one, or the end lies before the start
   * @since 0.2.0
   */
  public static EventDates ofParts(
      @Nullable PartialDate start,
      @Nullable PartialDate end,
      @Nullable ZoneId timeZone,
      @Nullable LocalDate onOrBefore) {
    return new EventDates(start, end, timeZone, onOrBefore);
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
   * A start known (to the day, month or year) and no known end.
   *
   * @param start the first day
   * @return dates with that start, no end and no time zone
   * @since 0.2.0
   */
  public static EventDates startingOn(PartialDate start) {
    return new EventDates(requireNonNull(start, "start"), null, null, (LocalDate) null);
  }

  /**
   * Known only from when a source reported the event: it took place on or before that day.
   *
   * @param reported the day of the source, e.g. a news item's date
   * @return dates with neither start nor end, ending on or before {@code reported}
   * @throws org.coopkit.error.ValidationException if the day is out of the model's range
   * @since 0.2.0
   */
  public static EventDates onOrBefore(LocalDate reported) {
    return new EventDates(null, null, null, requireNonNull(reported, "reported"));
  }

  /**
   * No date known yet.
   *
   * @return dates with nothing known
   * @since 0.2.0
   */
  public static EventDates unknown() {
    return UNKNOWN;
  }

  /**
   * The same dates in another time zone.
   *
   * @param timeZone the venue's time zone, or {@code null} if not known
   * @return a copy with {@code timeZone}
   * @since 0.2.0
   */
  public EventDates withTimeZone(@Nullable ZoneId timeZone) {
    return new EventDates(start, end, timeZone, onOrBefore);
  }

  /**
   * The first day as a source gives it, to the day, month or year. {@code null} for {@link
   * #onOrBefore(LocalDate)} and {@link #unknown()} dates, which 0.1 never made.
   *
   * @return the first day, or {@code null} when not known
   */
  public @Nullable PartialDate start() {
    return start;
  }

  /**
   * The last day as a source gives it, not before the first; {@code null} when not known (then
   * {@link #lastDay()} is {@link Limits#LATEST_DAY}, or the {@link #onOrBefore()} day).
   *
   * @return the last day, or {@code null} when not known
   */
  public @Nullable PartialDate end() {
    return end;
  }

  /**
   * The venue's time zone.
   *
   * @return the zone; {@code null} when not known or online across zones
   */
  public @Nullable ZoneId timeZone() {
    return timeZone;
  }

  /**
   * The day of the source the event is known from, when nothing else of its date is: it took place
   * on or before that day. Only when {@link #start()} is {@code null}.
   *
   * @return the day, or {@code null}
   * @since 0.2.0
   */
  public @Nullable LocalDate onOrBefore() {
    return onOrBefore;
  }

  /**
   * The first day the event may cover: the earliest day of {@link #start()}, or {@link
   * Limits#EARLIEST_DAY} when the start is not known.
   *
   * @return the earliest day the event may start on
   */
  public LocalDate firstDay() {
    return start == null ? Limits.EARLIEST_DAY : start.earliest();
  }

  /**
   * The last day the event may cover: the latest day of {@link #end()}, else the {@link
   * #onOrBefore()} day, else {@link Limits#LATEST_DAY} (an end not known may be any day).
   *
   * @return the latest day the event may end on
   */
  public LocalDate lastDay() {
    if (end != null) {
      return end.latest();
    }
    return onOrBefore != null ? onOrBefore : Limits.LATEST_DAY;
  }

  /**
   * Whether the start and end are both known (each to the day, month or year). Not so for {@link
   * #startingOn}, {@link #onOrBefore(LocalDate)} and {@link #unknown()} dates.
   *
   * @return {@code true} if both are known
   * @since 0.2.0
   */
  public boolean isKnown() {
    return start != null && end != null;
  }

  /**
   * Whether nothing at all is known of the date.
   *
   * @return {@code true} for {@link #unknown()} dates
   * @since 0.2.0
   */
  public boolean isUnknown() {
    return start == null && onOrBefore == null;
  }

  /**
   * The year the event starts in, when that is certain: whenever {@link #start()} is known, even
   * only to the year. Reports group by it, and put events without one apart.
   *
   * @return the year, or empty when the start is not known
   * @since 0.2.0
   */
  public OptionalInt year() {
    return start == null ? OptionalInt.empty() : OptionalInt.of(start.year());
  }

  /**
   * Whether the event's days may overlap the period {@code from} to {@code to}, both included: at
   * least one day it may cover lies in the period. An uncertain date matches every period it may
   * fall in; an unknown one, every period.
   *
   * @param from the period's first day
   * @param to the period's last day
   * @return {@code true} if at least one day may be shared; for a date known only to the month, any
   *     day of that month counts
   */
  public boolean overlaps(LocalDate from, LocalDate to) {
    return !lastDay().isBefore(from) && !firstDay().isAfter(to);
  }

  /**
   * Whether every day the event may cover lies in the period {@code from} to {@code to}, both
   * included: the event certainly took place in it.
   *
   * @param from the period's first day
   * @param to the period's last day
   * @return {@code true} if {@link #firstDay()} and {@link #lastDay()} both lie in the period
   * @since 0.2.0
   */
  public boolean liesWithin(LocalDate from, LocalDate to) {
    return !firstDay().isBefore(from) && !lastDay().isAfter(to);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof EventDates o
        && Objects.equals(start, o.start)
        && Objects.equals(end, o.end)
        && Objects.equals(timeZone, o.timeZone)
        && Objects.equals(onOrBefore, o.onOrBefore);
  }

  @Override
  public int hashCode() {
    return Objects.hash(start, end, timeZone, onOrBefore);
  }

  @Override
  public String toString() {
    return "EventDates[start="
        + start
        + ", end="
        + end
        + ", timeZone="
        + timeZone
        + ", onOrBefore="
        + onOrBefore
        + "]";
  }
}
