package org.coopkit.model.result;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.coopkit.model.internal.Validator;

/**
 * The days a target or an actual value is for, both included: IATI's {@code period-start} and
 * {@code period-end}.
 *
 * @param start the first day
 * @param end the last day, not before {@code start}
 * @since 0.2.0
 */
public record Period(LocalDate start, LocalDate end) implements Comparable<Period> {
  /**
   * Checks the days.
   *
   * @param start the first day
   * @param end the last day
   * @throws NullPointerException if a day is null
   * @throws org.coopkit.error.ValidationException if a day is out of range or {@code end} is before
   *     {@code start}
   */
  public Period {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    Validator v = Validator.of("Period");
    v.day(start, "start");
    v.day(end, "end");
    v.check(!end.isBefore(start), "end", "must not be before the start " + start, end);
    v.throwIfInvalid();
  }

  /**
   * The period from {@code start} to {@code end}.
   *
   * @param start the first day
   * @param end the last day
   * @return the period
   */
  public static Period of(LocalDate start, LocalDate end) {
    return new Period(start, end);
  }

  /**
   * A calendar year.
   *
   * @param year the year
   * @return the period from 1 January to 31 December of {@code year}
   */
  public static Period ofYear(int year) {
    return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  /** Orders by end, then by start: the latest period is the last. */
  @Override
  public int compareTo(Period other) {
    int byEnd = end.compareTo(other.end);
    return byEnd != 0 ? byEnd : start.compareTo(other.start);
  }

  /** The ISO 8601 interval, e.g. {@code 2024-01-01/2024-12-31}. */
  @Override
  public String toString() {
    return start + "/" + end;
  }
}
