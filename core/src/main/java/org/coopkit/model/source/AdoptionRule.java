package org.coopkit.model.source;

/**
 * How the adopted value of a fact was chosen among its reported values.
 *
 * @since 0.2.0
 */
public enum AdoptionRule {
  /** A person chose it, and said why: the conflict is resolved. */
  CHOSEN,
  /**
   * The value whose sources speak for the latest date ({@link Source#speaksFor()}, else the day
   * they were read); on a tie, or without dates, the value reported last. Applied again whenever a
   * value is reported; the fact stays contested.
   */
  LATEST_SOURCE,
  /**
   * The most precise value: one not marked {@linkplain ReportedValue#approximate() approximate}
   * before one that is; among those, as {@link #LATEST_SOURCE}. Applied again whenever a value is
   * reported; the fact stays contested.
   */
  MOST_SPECIFIC
}
