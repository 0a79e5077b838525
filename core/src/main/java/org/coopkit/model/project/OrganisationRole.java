package org.coopkit.model.project;

/**
 * What an organisation is to a project, as the IATI organisation role code list names it.
 *
 * @since 0.1.0
 */
public enum OrganisationRole {
  /** Provides the money (IATI 1), e.g. the European Union. */
  FUNDING,
  /** Answers for the project (IATI 2). */
  ACCOUNTABLE,
  /** Manages the funding on the funder's behalf (IATI 3). */
  EXTENDING,
  /** Carries the project out (IATI 4), e.g. the Council of Europe. */
  IMPLEMENTING
}
