package org.coopkit.model.result;

/**
 * What an indicator computed from events counts, over the events linked to its result's outputs
 * that have been held ({@link org.coopkit.model.event.EventStatus#HELD}) by the day of the report.
 *
 * @since 0.2.0
 */
public enum EventCount {
  /**
   * The people who took part, as a {@link org.coopkit.report.Tally}: for the whole project from the
   * events' totals, per country from their figures by country. A count that is only a lower bound
   * (a "more than" figure, an event without a count) stays one.
   */
  PARTICIPANTS,
  /** The countries whose people took part, for the whole project. */
  COUNTRIES,
  /** The events held, for the whole project. */
  EVENTS
}
