package org.coopkit.model.result;

/**
 * Which way an indicator's values improve.
 *
 * @since 0.2.0
 */
public enum Direction {
  /** More is better: people trained, cases prosecuted. */
  HIGHER_IS_BETTER,
  /** Less is better: days to answer a request for assistance. */
  LOWER_IS_BETTER;

  /**
   * IATI's {@code ascending} attribute of an {@code indicator}.
   *
   * @return {@code true} when higher is better
   */
  public boolean iatiAscending() {
    return this == HIGHER_IS_BETTER;
  }
}
