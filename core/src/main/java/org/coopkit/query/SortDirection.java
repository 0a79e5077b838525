package org.coopkit.query;

/**
 * Ascending or descending.
 *
 * @since 0.1.0
 */
public enum SortDirection {
  /** Smallest sort key first; for dates, the earliest. */
  ASCENDING,
  /** Largest sort key first; for dates, the latest. */
  DESCENDING
}
