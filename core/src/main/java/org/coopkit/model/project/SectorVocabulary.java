package org.coopkit.model.project;

/**
 * The classification a {@link Sector} code comes from, as IATI's sector vocabulary code list names
 * it ({@link #iatiCode()}). More vocabularies can be added later.
 *
 * @since 0.2.0
 */
public enum SectorVocabulary {
  /** OECD DAC CRS purpose codes: five digits, e.g. {@code 15130} (IATI vocabulary 1). */
  OECD_DAC_5("1", 5),
  /** OECD DAC CRS sector codes: three digits, e.g. {@code 151} (IATI vocabulary 2). */
  OECD_DAC_3("2", 3);

  private final String iatiCode;
  private final int digits;

  SectorVocabulary(String iatiCode, int digits) {
    this.iatiCode = iatiCode;
    this.digits = digits;
  }

  /**
   * The code in IATI's sector vocabulary code list.
   *
   * @return e.g. {@code "1"} for OECD DAC purpose codes
   */
  public String iatiCode() {
    return iatiCode;
  }

  /**
   * How many digits a code of this vocabulary has.
   *
   * @return the number of digits
   */
  public int digits() {
    return digits;
  }
}
