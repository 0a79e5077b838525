package org.coopkit.model.result;

/**
 * What an indicator's values are.
 *
 * @since 0.2.0
 */
public enum MeasureKind {
  /** A number of something, in the measure's unit (people, guides, cases). */
  NUMBER(1),
  /** A percentage, from 0 to 100. */
  PERCENTAGE(2),
  /** Yes or no, stored as 1 or 0: "legislation adopted". */
  YES_NO(3),
  /**
   * A level on an ordered qualitative scale ("draft", "in parliament", "adopted"), stored as the
   * level's position from 0.
   */
  SCALE(4);

  private final int iatiCode;

  MeasureKind(int iatiCode) {
    this.iatiCode = iatiCode;
  }

  /**
   * The code of IATI's IndicatorMeasure code list, the {@code measure} attribute of an {@code
   * indicator}: 1 unit, 2 percentage, 3 nominal (yes or no), 4 ordinal (a scale). IATI's 5,
   * qualitative free text, has no kind here: a qualitative indicator is given its scale.
   *
   * @return the IATI code
   */
  public int iatiCode() {
    return iatiCode;
  }
}
