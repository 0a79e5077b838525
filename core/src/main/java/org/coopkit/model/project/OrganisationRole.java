package org.coopkit.model.project;

/**
 * What an organisation is to a project: the four roles of the IATI organisation role code list, and
 * the roles programme offices use beyond them, each mapped to the IATI role it is published as
 * ({@link #iatiCode()}).
 *
 * @since 0.1.0
 */
public enum OrganisationRole {
  /** Provides the money (IATI 1), e.g. the European Union. */
  FUNDING(1),
  /** Answers for the project (IATI 2). */
  ACCOUNTABLE(2),
  /** Manages the funding on the funder's behalf (IATI 3). */
  EXTENDING(3),
  /** Carries the project out (IATI 4), e.g. the Council of Europe. */
  IMPLEMENTING(4),
  /**
   * Guides a partner institution through the project, e.g. a peer prosecution service; published as
   * implementing (IATI 4).
   */
  MENTOR(4),
  /** Has pledged money that is not yet a funding agreement; published as funding (IATI 1). */
  PLEDGING_PARTNER(1),
  /**
   * The partner country's institution that owns the project's results there, e.g. a ministry of
   * justice; published as accountable (IATI 2).
   */
  NATIONAL_COUNTERPART(2);

  private final int iatiCode;

  OrganisationRole(int iatiCode) {
    this.iatiCode = iatiCode;
  }

  /**
   * The code of the IATI organisation role this role is published as: 1 funding, 2 accountable, 3
   * extending, 4 implementing.
   *
   * @return the IATI code, from 1 to 4
   */
  public int iatiCode() {
    return iatiCode;
  }
}
