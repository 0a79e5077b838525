package org.coopkit.model.project;

/**
 * Whether a {@link BudgetLine} is the budget first agreed or a revision, as IATI's budget type code
 * list says ({@link #iatiCode()}).
 *
 * @since 0.2.0
 */
public enum BudgetType {
  /** The budget first agreed (IATI 1). */
  ORIGINAL(1),
  /** A budget revised since (IATI 2). */
  REVISED(2);

  private final int iatiCode;

  BudgetType(int iatiCode) {
    this.iatiCode = iatiCode;
  }

  /**
   * The code in IATI's budget type code list.
   *
   * @return 1 original, 2 revised
   */
  public int iatiCode() {
    return iatiCode;
  }
}
