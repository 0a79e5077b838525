package org.coopkit.storage.memory;

import java.time.LocalDate;
import java.util.UUID;
import org.coopkit.model.event.EventId;

/**
 * Index keys that bound the events of a day, for walks that start or stop at a date.
 *
 * <p>An event's sort key is its first day in ISO form, which compares like the date only while the
 * year has four digits; {@link org.coopkit.model.PartialDate} keeps stored events within 1900–2200,
 * and the days given here are clamped to years 0000–9999, which changes no result.
 */
final class DayKeys {
  private static final EventId LOWEST_ID = EventId.of(new UUID(0, 0));
  private static final EventId HIGHEST_ID = EventId.of(new UUID(-1, -1));
  private static final LocalDate FIRST_DAY = LocalDate.of(0, 1, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

  private DayKeys() {}

  /**
   * The key before every event that starts {@code daysEarlier} days before {@code day} or later.
   */
  static IndexKey<EventId> startOf(LocalDate day, long daysEarlier) {
    // Epoch days, not minusDays: a far-off day less many days would leave LocalDate's range.
    long epochDay = clamp(day).toEpochDay() - daysEarlier;
    LocalDate start =
        epochDay < FIRST_DAY.toEpochDay() ? FIRST_DAY : LocalDate.ofEpochDay(epochDay);
    return new IndexKey<>(start.toString(), LOWEST_ID);
  }

  /** The key after every event that starts on {@code day} or earlier. */
  static IndexKey<EventId> endOf(LocalDate day) {
    return new IndexKey<>(clamp(day).toString(), HIGHEST_ID);
  }

  private static LocalDate clamp(LocalDate day) {
    return day.isBefore(FIRST_DAY) ? FIRST_DAY : day.isAfter(LAST_DAY) ? LAST_DAY : day;
  }
}
