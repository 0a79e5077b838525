package org.coopkit.model.project;

import java.math.BigDecimal;
import org.coopkit.model.internal.Validator;
import org.jspecify.annotations.Nullable;

/**
 * A sector a project works in, as donors classify it and IATI's {@code sector} element carries it,
 * e.g. OECD DAC purpose code {@code 15130}, legal and judicial development, 60 %.
 *
 * <p>When percentages are given, every sector of the same vocabulary in a project has one and they
 * add up to 100 ({@link Project#sectors()}).
 *
 * @param vocabulary the classification the code comes from
 * @param code the code, as many digits as the vocabulary's codes have, e.g. {@code 15130}
 * @param percentage the share of the project in this sector, more than 0 and at most 100, with at
 *     most two decimal places (kept at scale 2), or {@code null} if not given
 * @since 0.2.0
 */
public record Sector(SectorVocabulary vocabulary, String code, @Nullable BigDecimal percentage) {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * Checks the code against its vocabulary and brings the percentage to two decimal places.
   *
   * @param vocabulary the classification
   * @param code the code, surrounding spaces ignored
   * @param percentage the share in percent, or {@code null}
   * @throws org.coopkit.error.ValidationException if the vocabulary or code is missing, the code is
   *     not the vocabulary's number of ASCII digits, or the percentage is out of range
   */
  public Sector {
    Validator v = Validator.of("Sector");
    code = code == null ? null : code.strip();
    if (v.required(vocabulary, "vocabulary") && v.required(code, "code")) {
      String c = code;
      v.check(
          c.length() == vocabulary.digits() && c.chars().allMatch(ch -> ch >= '0' && ch <= '9'),
          "code",
          "must be " + vocabulary.digits() + " digits for " + vocabulary,
          c);
    }
    if (percentage != null) {
      BigDecimal p = percentage;
      if (v.check(
              p.signum() > 0 && p.compareTo(HUNDRED) <= 0,
              "percentage",
              "must be more than 0 and at most 100",
              p.toPlainString())
          && v.check(
              p.stripTrailingZeros().scale() <= 2,
              "percentage",
              "must have at most 2 decimal places",
              p.toPlainString())) {
        percentage = p.setScale(2);
      }
    }
    v.throwIfInvalid();
  }

  /**
   * An OECD DAC purpose code (five digits).
   *
   * @param code the code, e.g. {@code 15130}
   * @param percentage the share in percent, or {@code null}
   * @return the sector
   * @throws org.coopkit.error.ValidationException if the code is not five digits or the percentage
   *     is out of range
   */
  public static Sector dacPurpose(String code, @Nullable BigDecimal percentage) {
    return new Sector(SectorVocabulary.OECD_DAC_5, code, percentage);
  }
}
