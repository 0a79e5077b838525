package org.coopkit.model.project;

/**
 * A policy objective donors ask projects to mark, from IATI's policy marker code list ({@link
 * #iatiCode()}), which follows the OECD DAC markers.
 *
 * @since 0.2.0
 */
public enum PolicyMarkerCode {
  /** Gender equality (IATI 1). */
  GENDER_EQUALITY(1),
  /** Aid to environment (IATI 2). */
  ENVIRONMENT(2),
  /** Participatory development and good governance (IATI 3). */
  GOOD_GOVERNANCE(3),
  /** Trade development (IATI 4). */
  TRADE_DEVELOPMENT(4),
  /** The objectives of the Convention on Biological Diversity (IATI 5). */
  BIODIVERSITY(5),
  /** Climate change mitigation (IATI 6). */
  CLIMATE_MITIGATION(6),
  /** Climate change adaptation (IATI 7). */
  CLIMATE_ADAPTATION(7),
  /** The objectives of the Convention to Combat Desertification (IATI 8). */
  DESERTIFICATION(8),
  /** Reproductive, maternal, newborn and child health (IATI 9). */
  RMNCH(9),
  /** Disaster risk reduction (IATI 10). */
  DISASTER_RISK_REDUCTION(10),
  /** Disability (IATI 11). */
  DISABILITY(11),
  /** Nutrition (IATI 12). */
  NUTRITION(12);

  private final int iatiCode;

  PolicyMarkerCode(int iatiCode) {
    this.iatiCode = iatiCode;
  }

  /**
   * The code in IATI's policy marker code list.
   *
   * @return the code, 1 to 12
   */
  public int iatiCode() {
    return iatiCode;
  }
}
