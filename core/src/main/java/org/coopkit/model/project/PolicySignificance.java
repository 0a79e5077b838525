package org.coopkit.model.project;

/**
 * How much a project targets a policy objective, from IATI's policy significance code list ({@link
 * #iatiCode()}).
 *
 * @since 0.2.0
 */
public enum PolicySignificance {
  /** Screened, and not targeted (IATI 0). */
  NOT_TARGETED(0),
  /** A significant objective (IATI 1). */
  SIGNIFICANT_OBJECTIVE(1),
  /** The principal objective (IATI 2). */
  PRINCIPAL_OBJECTIVE(2),
  /** The principal objective and in support of an action programme (IATI 3). */
  PRINCIPAL_OBJECTIVE_AND_ACTION_PROGRAMME(3),
  /** The explicit primary objective (IATI 4). */
  EXPLICIT_PRIMARY_OBJECTIVE(4);

  private final int iatiCode;

  PolicySignificance(int iatiCode) {
    this.iatiCode = iatiCode;
  }

  /**
   * The code in IATI's policy significance code list.
   *
   * @return the code, 0 to 4
   */
  public int iatiCode() {
    return iatiCode;
  }
}
