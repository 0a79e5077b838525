package org.coopkit.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import org.coopkit.model.internal.Validator;

/**
 * A date known to the year, the month or the day. Project documents often say only "2011" or "May
 * 2011"; inventing a day would suggest a precision the source does not have.
 *
 * <p>Month and day are 0 when not known. The text form is ISO 8601 at the known precision: {@code
 * 2011}, {@code 2011-05} or {@code 2011-05-17}.
 *
 * @param year the year, {@value #MIN_YEAR} to {@value #MAX_YEAR}
 * @param month the month 1 to 12, or 0 at year precision
 * @param day the day of the month, or 0 at year or month precision
 * @param precision how much of the date is known
 * @since 0.1.0
 */
public record PartialDate(int year, int month, int day, Precision precision)
    implements Comparable<PartialDate> {
  /** The earliest year accepted: {@link Limits#EARLIEST_YEAR}. */
  public static final int MIN_YEAR = Limits.EARLIEST_YEAR;

  /** The latest year accepted: {@link Limits#LATEST_YEAR}. */
  public static final int MAX_YEAR = Limits.LATEST_YEAR;

  private static final Comparator<PartialDate> ORDER =
      Comparator.comparing(PartialDate::earliest).thenComparing(PartialDate::precision);

  /**
   * How much of a date is known, from coarsest to finest.
   *
   * @since 0.1.0
   */
  public enum Precision {
    /** Only the year. */
    YEAR,
    /** The year and month. */
    MONTH,
    /** The full date. */
    DAY
  }

  /**
   * Checks that the parts form a real date at the given precision.
   *
   * @param year the year, {@value #MIN_YEAR} to {@value #MAX_YEAR}
   * @param month the month 1 to 12, or 0 at year precision
   * @param day the day of the month, or 0 at year or month precision
   * @param precision how much of the date is known
   * @throws org.coopkit.error.ValidationException if the year is out of range, the month or day is
   *     invalid, or a part is given that the precision does not know
   */
  public PartialDate {
    Validator v = Validator.of("PartialDate");
    v.check(
        year >= MIN_YEAR && year <= MAX_YEAR,
        "year",
        "must be between " + MIN_YEAR + " and " + MAX_YEAR,
        year);
    if (v.required(precision, "precision")) {
      if (precision == Precision.YEAR) {
        v.check(month == 0, "month", "must be 0 when only the year is known", month);
      } else {
        v.check(month >= 1 && month <= 12, "month", "must be between 1 and 12", month);
      }
      if (precision == Precision.DAY) {
        v.check(day >= 1 && day <= maxDay(year, month), "day", "must be a day of the month", day);
      } else {
        v.check(day == 0, "day", "must be 0 when the day is not known", day);
      }
    }
    v.throwIfInvalid();
  }

  /**
   * Returns a date known to the year.
   *
   * @param year the year
   * @return the date at year precision
   * @throws org.coopkit.error.ValidationException if the year is out of range
   */
  public static PartialDate ofYear(int year) {
    return new PartialDate(year, 0, 0, Precision.YEAR);
  }

  /**
   * Returns a date known to the month.
   *
   * @param year the year
   * @param month the month, 1 to 12
   * @return the date at month precision
   * @throws org.coopkit.error.ValidationException if the year or month is out of range
   */
  public static PartialDate ofMonth(int year, int month) {
    return new PartialDate(year, month, 0, Precision.MONTH);
  }

  /**
   * Returns a date known to the day.
   *
   * @param date the full date
   * @return the date at day precision
   * @throws org.coopkit.error.ValidationException if the year is out of range
   */
  public static PartialDate of(LocalDate date) {
    return new PartialDate(
        date.getYear(), date.getMonthValue(), date.getDayOfMonth(), Precision.DAY);
  }

  /**
   * Returns a date known to the day.
   *
   * @param year the year
   * @param month the month, 1 to 12
   * @param day the day of the month
   * @return the date at day precision
   * @throws org.coopkit.error.ValidationException if the parts do not form a date in range
   */
  public static PartialDate of(int year, int month, int day) {
    return new PartialDate(year, month, day, Precision.DAY);
  }

  /**
   * Parses {@code 2011}, {@code 2011-05} or {@code 2011-05-17}, the form {@link #toString()} gives.
   *
   * @param text the date in one of the three forms
   * @return the date at the precision the text shows
   * @throws org.coopkit.error.ValidationException on any other text or a date that does not exist
   *     or is out of range, with the path {@code text}
   */
  public static PartialDate parse(String text) {
    Validator v = Validator.of("PartialDate");
    if (v.required(text, "text")) {
      // By hand rather than by a regular expression, several times faster
      // (PartialDateParseBenchmark
      // in the benchmarks module): the same three forms, ASCII digits only.
      String t = text.strip();
      int n = t.length();
      boolean form =
          (n == 4 || n == 7 || n == 10)
              && isDigits(t, 0, 4)
              && (n == 4 || (t.charAt(4) == '-' && isDigits(t, 5, 7)))
              && (n < 10 || (t.charAt(7) == '-' && isDigits(t, 8, 10)));
      if (v.check(form, "text", "must be YYYY, YYYY-MM or YYYY-MM-DD", text)) {
        int year = Integer.parseInt(t, 0, 4, 10);
        int month = n >= 7 ? Integer.parseInt(t, 5, 7, 10) : 0;
        int day = n == 10 ? Integer.parseInt(t, 8, 10, 10) : 0;
        Precision precision = n == 10 ? Precision.DAY : n == 7 ? Precision.MONTH : Precision.YEAR;
        // Report against the text the caller gave, not against parts they never saw.
        boolean real =
            year >= MIN_YEAR
                && year <= MAX_YEAR
                && (precision == Precision.YEAR || (month >= 1 && month <= 12))
                && (precision != Precision.DAY || (day >= 1 && day <= maxDay(year, month)));
        if (v.check(
            real, "text", "must be a real date between " + MIN_YEAR + " and " + MAX_YEAR, text)) {
          return new PartialDate(year, month, day, precision);
        }
      }
    }
    v.throwIfInvalid();
    throw new AssertionError("unreachable: an invalid text was reported above");
  }

  private static boolean isDigits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the first day the date covers: 1 January for a year, the 1st for a month.
   *
   * @return the earliest day within this date
   */
  public LocalDate earliest() {
    return switch (precision) {
      case YEAR -> LocalDate.of(year, 1, 1);
      case MONTH -> LocalDate.of(year, month, 1);
      case DAY -> LocalDate.of(year, month, day);
    };
  }

  /**
   * Returns the last day the date covers: 31 December for a year, the month's end for a month.
   *
   * @return the latest day within this date
   */
  public LocalDate latest() {
    return switch (precision) {
      case YEAR -> LocalDate.of(year, 12, 31);
      case MONTH -> YearMonth.of(year, month).atEndOfMonth();
      case DAY -> LocalDate.of(year, month, day);
    };
  }

  /**
   * Whether the given day falls within the year, month or day this date stands for.
   *
   * @param date the day to test
   * @return {@code true} if the day lies between {@link #earliest()} and {@link #latest()}, both
   *     included
   */
  public boolean covers(LocalDate date) {
    return !date.isBefore(earliest()) && !date.isAfter(latest());
  }

  /** Orders by first day covered; on a tie the coarser date ("2011") comes before "2011-01". */
  @Override
  public int compareTo(PartialDate other) {
    return ORDER.compare(this, other);
  }

  /**
   * Returns the ISO 8601 form at the known precision, e.g. {@code 2011-05}: the one text form of a
   * partial date, which {@link #parse} reads and coopkit's JSON and stores write.
   */
  @Override
  public String toString() {
    // The year is always four digits: MIN_YEAR to MAX_YEAR.
    StringBuilder s = new StringBuilder(10).append(year);
    if (precision != Precision.YEAR) {
      twoDigits(s.append('-'), month);
    }
    if (precision == Precision.DAY) {
      twoDigits(s.append('-'), day);
    }
    return s.toString();
  }

  private static void twoDigits(StringBuilder s, int value) {
    if (value < 10) {
      s.append('0');
    }
    s.append(value);
  }

  /** Returns the number of days in the month, or 0 if the month itself is invalid. */
  private static int maxDay(int year, int month) {
    return month >= 1 && month <= 12 ? YearMonth.of(year, month).lengthOfMonth() : 0;
  }
}
