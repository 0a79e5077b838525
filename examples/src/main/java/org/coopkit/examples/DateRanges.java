package org.coopkit.examples;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.coopkit.model.PartialDate;
import org.coopkit.model.event.EventDates;
import org.jspecify.annotations.Nullable;

/**
 * Writes a period as people write it: {@code 9–11 October 2017}, {@code 30 September – 2 October
 * 2017}, {@code 28 December 2017 – 3 January 2018}, and a date known only to the month or year as
 * {@code October 2017} or {@code 2017}, and a date not known as such.
 */
final class DateRanges {
  private static final DateTimeFormatter DAY_MONTH_YEAR =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter DAY_MONTH =
      DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH_YEAR =
      DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

  private DateRanges() {}

  /** The event's dates in words, including "on or before 14 May 2019". */
  static String of(EventDates dates) {
    LocalDate onOrBefore = dates.onOrBefore();
    if (dates.start() == null && onOrBefore != null) {
      return "on or before " + DAY_MONTH_YEAR.format(onOrBefore);
    }
    return of(dates.start(), dates.end());
  }

  static String of(@Nullable PartialDate start, @Nullable PartialDate end) {
    if (start == null) {
      return "date not known";
    }
    if (end == null) {
      return rough(start) + " (end not known)";
    }
    if (start.precision() != PartialDate.Precision.DAY
        || end.precision() != PartialDate.Precision.DAY) {
      String first = rough(start);
      String last = rough(end);
      return first.equals(last) ? first : first + " – " + last;
    }
    LocalDate from = start.earliest();
    LocalDate to = end.earliest();
    if (from.equals(to)) {
      return DAY_MONTH_YEAR.format(from);
    }
    if (from.getYear() != to.getYear()) {
      return DAY_MONTH_YEAR.format(from) + " – " + DAY_MONTH_YEAR.format(to);
    }
    if (from.getMonth() != to.getMonth()) {
      return DAY_MONTH.format(from) + " – " + DAY_MONTH_YEAR.format(to);
    }
    return from.getDayOfMonth() + "–" + DAY_MONTH_YEAR.format(to);
  }

  private static String rough(PartialDate date) {
    return switch (date.precision()) {
      case DAY -> DAY_MONTH_YEAR.format(date.earliest());
      case MONTH -> MONTH_YEAR.format(date.earliest());
      case YEAR -> String.valueOf(date.year());
    };
  }
}
