package org.coopkit.model.result;

import java.math.BigDecimal;
import org.coopkit.model.internal.Validator;

/** The digits every indicator value may have, whatever its measure, and its one written form. */
final class IndicatorValueDigits {
  /** The most digits before the decimal point; every database keeps them exactly. */
  static final int WHOLE_DIGITS = 18;

  /** The most digits after the decimal point. */
  static final int DECIMALS = 6;

  private IndicatorValueDigits() {}

  /** {@code value} without trailing zeros, so that 5, 5.0 and 5.000000 are one value. */
  static BigDecimal normalize(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** Checks the digits of a normalized value. */
  static void check(Validator v, BigDecimal value, String path) {
    v.check(
        value.scale() <= DECIMALS,
        path,
        "must have at most " + DECIMALS + " digits after the decimal point",
        value.toPlainString());
    v.check(
        value.precision() - value.scale() <= WHOLE_DIGITS,
        path,
        "must have at most " + WHOLE_DIGITS + " digits before the decimal point",
        value.toPlainString());
  }
}
