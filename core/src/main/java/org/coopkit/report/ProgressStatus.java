package org.coopkit.report;

/**
 * Where an indicator stands for one breakdown, by the rule of {@link ProgressReport}.
 *
 * @since 0.2.0
 */
public enum ProgressStatus {
  /** The latest actual value is at or beyond the final target. */
  ACHIEVED,
  /** Not there yet, but as far along the way as the time elapsed asks. */
  ON_TRACK,
  /** Behind the time elapsed. */
  OFF_TRACK,
  /** No baseline, no target or no actual value: progress cannot be told. */
  NOT_ASSESSED
}
