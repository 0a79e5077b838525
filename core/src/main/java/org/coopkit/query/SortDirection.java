package org.coopkit.query;

/**
 * Ascending or descending.
 *
 * @since 0.1.0
 */
public enum SortDirection {
  ASCENDING,
  DESCENDING
}
