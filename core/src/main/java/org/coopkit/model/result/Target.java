package org.coopkit.model.result;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.coopkit.model.Limits;
import org.coopkit.model.internal.Validator;
import org.jspecify.annotations.Nullable;

/**
 * The value an indicator is to reach by the end of a period, for one breakdown: IATI's {@code
 * target} of a {@code period}.
 *
 * @param period the period the target is for
 * @param breakdown whom it is for
 * @param value the value, in the indicator's measure
 * @param note a comment, or {@code null}
 * @since 0.2.0
 */
public record Target(Period period, Breakdown breakdown, BigDecimal value, @Nullable String note) {
  /**
   * Checks the values; whether the value fits the measure is checked by the {@link Indicator}.
   *
   * @param period the period
   * @param breakdown whom it is for
   * @param value the value
   * @param note a comment, or {@code null}
   * @throws NullPointerException if a required value is null
   * @throws org.coopkit.error.ValidationException if the value has too many digits or the note is
   *     too long
   */
  public Target {
    requireNonNull(period, "period");
    requireNonNull(breakdown, "breakdown");
    value = IndicatorValueDigits.normalize(requireNonNull(value, "value"));
    note = Validator.normalizeOrNull(note);
    Validator v = Validator.of("Target");
    IndicatorValueDigits.check(v, value, "value");
    v.optionalText(note, "note", Limits.TEXT);
    v.throwIfInvalid();
  }

  /**
   * A target without a note.
   *
   * @param period the period
   * @param breakdown whom it is for
   * @param value the value
   * @return the target
   */
  public static Target of(Period period, Breakdown breakdown, BigDecimal value) {
    return new Target(period, breakdown, value, null);
  }
}
