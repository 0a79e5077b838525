package org.coopkit.model.project;

/**
 * Whether a {@link BudgetLine} is an estimate or binding, as IATI's budget status code list says
 * ({@link #iatiCode()}).
 *
 * @since 0.2.0
 */
public enum BudgetStatus {
  /** A non-binding estimate (IATI 1). */
  INDICATIVE(1),
  /** Binding, e.g. signed in an agreement (IATI 2). */
  COMMITTED(2);

  private final int iatiCode;

  BudgetStatus(int iatiCode) {
    this.iatiCode = iatiCode;
  }

  /**
   * The code in IATI's budget status code list.
   *
   * @return 1 indicative, 2 committed
   */
  public int iatiCode() {
    return iatiCode;
  }
}
