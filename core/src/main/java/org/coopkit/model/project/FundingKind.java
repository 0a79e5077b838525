package org.coopkit.model.project;

import java.util.OptionalInt;

/**
 * What kind of money a {@link FundingLine} is, each mapped to the IATI transaction type it is
 * published as ({@link #iatiTransactionType()}) and, where IATI's finance type code list has one,
 * its finance type ({@link #iatiFinanceType()}).
 *
 * @since 0.2.0
 */
public enum FundingKind {
  /**
   * A donor's contribution to the implementing organisation's budget for the project, e.g. a member
   * state's voluntary contribution; published as an incoming commitment (IATI transaction type 11).
   */
  CONTRIBUTION(11, -1),
  /** A grant under a funding agreement; an incoming commitment (11), a standard grant (110). */
  GRANT(11, 110),
  /** Money promised but not yet agreed; an incoming pledge (IATI transaction type 13). */
  PLEDGE(13, -1),
  /** Money already received; incoming funds (IATI transaction type 1). */
  RECEIVED(1, -1),
  /** Any other kind; published as an incoming commitment (11). */
  OTHER(11, -1);

  private final int iatiTransactionType;
  private final int iatiFinanceType;

  FundingKind(int iatiTransactionType, int iatiFinanceType) {
    this.iatiTransactionType = iatiTransactionType;
    this.iatiFinanceType = iatiFinanceType;
  }

  /**
   * The code of the IATI transaction type this kind is published as: 1 incoming funds, 11 incoming
   * commitment, 13 incoming pledge.
   *
   * @return the IATI transaction type code
   */
  public int iatiTransactionType() {
    return iatiTransactionType;
  }

  /**
   * The code of IATI's finance type for this kind, where the code list has one (110, standard
   * grant, for {@link #GRANT}).
   *
   * @return the IATI finance type code, or empty if it has none
   */
  public OptionalInt iatiFinanceType() {
    return iatiFinanceType < 0 ? OptionalInt.empty() : OptionalInt.of(iatiFinanceType);
  }
}
