package org.coopkit.storage.jdbc;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * How long an event may last, in a few classes, stored beside its days in {@code event_reach}
 * (V15). An event that may overlap a period starts at most its class's {@link #longestDays} before
 * the period's first day, so a search reads each class's index range from there instead of from the
 * country's first event: the rows it passes over no longer grow with the store. The classes grow
 * eightfold; the last, for events longer than a year and a half, open-ended or undated, has no
 * bound and is rare. The migration scripts set the same classes from the stored days.
 */
final class SpanClass {
  /** The classes, from 0 (one day) to {@value}-1 (no bound). */
  static final int COUNT = 5;

  private static final long[] LONGEST_DAYS = {0, 7, 63, 511};

  private SpanClass() {}

  /** The class of an event that may cover {@code firstDay} to {@code lastDay}. */
  static short of(LocalDate firstDay, LocalDate lastDay) {
    long days = ChronoUnit.DAYS.between(firstDay, lastDay);
    for (short c = 0; c < LONGEST_DAYS.length; c++) {
      if (days <= LONGEST_DAYS[c]) {
        return c;
      }
    }
    return (short) (COUNT - 1);
  }

  /**
   * How many days after its first an event of {@code spanClass} may last at most, or {@code null}
   * for the last class, which has no bound.
   */
  static @Nullable Long longestDays(int spanClass) {
    return spanClass < LONGEST_DAYS.length ? LONGEST_DAYS[spanClass] : null;
  }
}
