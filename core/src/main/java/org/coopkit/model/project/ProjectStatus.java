package org.coopkit.model.project;

/**
 * Where a project stands in its life, as the IATI activity status code list names it, plus {@link
 * #UNKNOWN} for a project whose sources do not say.
 *
 * @since 0.1.0
 */
public enum ProjectStatus {
  /** Being prepared; not started (IATI 1). */
  PIPELINE,
  /** Under way (IATI 2). */
  IMPLEMENTATION,
  /** Activities over, reporting and closing under way (IATI 3). */
  FINALISATION,
  /** Done (IATI 4). */
  CLOSED,
  /** Stopped before it was done (IATI 5). */
  CANCELLED,
  /** On hold (IATI 6). */
  SUSPENDED,
  /**
   * Not known: no source says where the project stands. It has no IATI code; an office records it
   * rather than inventing a status.
   */
  UNKNOWN
}
