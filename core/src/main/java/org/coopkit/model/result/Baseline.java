package org.coopkit.model.result;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import org.coopkit.model.Limits;
import org.coopkit.model.PartialDate;
import org.coopkit.model.internal.Validator;
import org.jspecify.annotations.Nullable;

/**
 * Where an indicator stood before the project worked on it, for one breakdown: IATI's {@code
 * baseline}.
 *
 * @param breakdown whom the value is for
 * @param value the value, in the indicator's measure
 * @param date when it was measured, to the year, month or day
 * @param note how it was measured, or {@code null}
 * @since 0.2.0
 */
public record Baseline(
    Breakdown breakdown, BigDecimal value, PartialDate date, @Nullable String note) {
  /**
   * Checks the values; whether the value fits the measure is checked by the {@link Indicator}.
   *
   * @param breakdown whom the value is for
   * @param value the value
   * @param date when it was measured
   * @param note how it was measured, or {@code null}
   * @throws NullPointerException if a required value is null
   * @throws org.coopkit.error.ValidationException if the value has too many digits or the note is
   *     too long
   */
  public Baseline {
    requireNonNull(breakdown, "breakdown");
    requireNonNull(date, "date");
    value = IndicatorValueDigits.normalize(requireNonNull(value, "value"));
    note = Validator.normalizeOrNull(note);
    Validator v = Validator.of("Baseline");
    IndicatorValueDigits.check(v, value, "value");
    v.optionalText(note, "note", Limits.TEXT);
    v.throwIfInvalid();
  }

  /**
   * A baseline without a note.
   *
   * @param breakdown whom the value is for
   * @param value the value
   * @param date when it was measured
   * @return the baseline
   */
  public static Baseline of(Breakdown breakdown, BigDecimal value, PartialDate date) {
    return new Baseline(breakdown, value, date, null);
  }
}
