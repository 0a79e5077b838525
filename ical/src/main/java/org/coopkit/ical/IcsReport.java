package org.coopkit.ical;

/**
 * What an iCalendar feed holds.
 *
 * @param events the events written as {@code VEVENT}s
 * @param withoutDays the events left out because their dates are not known to the day (a month, a
 *     year, or none yet): a calendar entry would show a guess as a fact
 * @since 0.2.0
 */
public record IcsReport(long events, long withoutDays) {}
