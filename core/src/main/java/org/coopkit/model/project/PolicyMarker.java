package org.coopkit.model.project;

import static java.util.Objects.requireNonNull;

/**
 * A policy marker a donor asks for, as IATI's {@code policy-marker} element carries it, e.g. gender
 * equality, a significant objective. A project marks each objective at most once.
 *
 * @param marker the policy objective
 * @param significance how much the project targets it
 * @since 0.2.0
 */
public record PolicyMarker(PolicyMarkerCode marker, PolicySignificance significance) {
  /**
   * Checks that both components are present.
   *
   * @param marker the policy objective
   * @param significance how much the project targets it
   * @throws NullPointerException if either is null
   */
  public PolicyMarker {
    requireNonNull(marker, "marker");
    requireNonNull(significance, "significance");
  }

  /**
   * The marker with the given significance.
   *
   * @param marker the policy objective
   * @param significance how much the project targets it
   * @return the marker
   */
  public static PolicyMarker of(PolicyMarkerCode marker, PolicySignificance significance) {
    return new PolicyMarker(marker, significance);
  }
}
