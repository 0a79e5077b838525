package org.coopkit.report;

/**
 * How an adapter groups events for a report, and the text of each group's key.
 *
 * @since 0.1.0
 */
public enum Dimension {
  /** One group, key {@code ""}: each event once. */
  TOTAL,
  /**
   * By the year the event starts in ({@link org.coopkit.model.event.EventDates#year()}), key e.g.
   * {@code "2017"}; events whose start is not known (dates "on or before" a day, or not known) are
   * grouped apart under {@link Tallies#YEAR_NOT_KNOWN}, never placed in a year.
   */
  YEAR,
  /** By type, key the enum name, e.g. {@code "CONFERENCE"}. */
  TYPE,
  /** By status, key the enum name. */
  STATUS,
  /** By component served, key the component id; an event serving two counts in both. */
  COMPONENT,
  /** By project, key the project id; a joint event counts under each of its projects. */
  PROJECT,
  /** By the venue's country, key the alpha-2 code; events without one are left out. */
  VENUE_COUNTRY,
  /**
   * By participating country, key the alpha-2 code; participants are the per-country counts, and an
   * event listing the country without a count for it adds to {@code eventsWithoutCount}.
   */
  PARTICIPANT_COUNTRY,
  /**
   * As {@link #PARTICIPANT_COUNTRY}, split by year as {@link #YEAR}: key e.g. {@code "2017/AZ"}, or
   * {@code "unknown/AZ"} when the year is not known.
   */
  YEAR_AND_PARTICIPANT_COUNTRY,
  /**
   * By series ({@link org.coopkit.model.event.EventSeries#code()}), key the code: a series'
   * roll-up, its editions and their participants; events of no series are left out.
   *
   * @since 0.2.0
   */
  SERIES
}
