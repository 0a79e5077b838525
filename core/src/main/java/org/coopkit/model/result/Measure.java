package org.coopkit.model.result;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.coopkit.model.Limits;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.internal.Validator;
import org.jspecify.annotations.Nullable;

/**
 * How an indicator is measured: its kind, the unit of a number, the levels of a scale.
 *
 * @param kind what the values are
 * @param unit what a {@link MeasureKind#NUMBER} counts, e.g. {@code "officials trained"}; {@code
 *     null} for other kinds
 * @param levels the levels of a {@link MeasureKind#SCALE}, from the worst to the best, at least
 *     two; empty for other kinds
 * @since 0.2.0
 */
public record Measure(MeasureKind kind, @Nullable String unit, List<LocalizedText> levels) {
  /**
   * Checks that the unit and levels fit the kind.
   *
   * @param kind what the values are
   * @param unit the unit of a number, or {@code null}
   * @param levels the levels of a scale
   * @throws NullPointerException if {@code kind} or {@code levels} is null
   * @throws org.coopkit.error.ValidationException if the unit or levels do not fit the kind
   */
  public Measure {
    requireNonNull(kind, "kind");
    levels = ImmutableList.copyOf(levels);
    unit = Validator.normalizeOrNull(unit);
    Validator v = Validator.of("Measure");
    v.optionalText(unit, "unit", Limits.NAME);
    v.check(unit == null || kind == MeasureKind.NUMBER, "unit", "is given only for a NUMBER", unit);
    if (kind == MeasureKind.SCALE) {
      v.check(levels.size() >= 2, "levels", "must hold at least two levels", levels.size());
      v.size(levels, "levels", Limits.LIST);
    } else {
      v.check(levels.isEmpty(), "levels", "are given only for a SCALE", levels.size());
    }
    v.throwIfInvalid();
  }

  /**
   * A number of something.
   *
   * @param unit what is counted, e.g. {@code "officials trained"}
   * @return the measure
   */
  public static Measure number(String unit) {
    return new Measure(MeasureKind.NUMBER, requireNonNull(unit, "unit"), List.of());
  }

  /**
   * A percentage from 0 to 100.
   *
   * @return the measure
   */
  public static Measure percentage() {
    return new Measure(MeasureKind.PERCENTAGE, null, List.of());
  }

  /**
   * Yes (1) or no (0).
   *
   * @return the measure
   */
  public static Measure yesNo() {
    return new Measure(MeasureKind.YES_NO, null, List.of());
  }

  /**
   * An ordered scale of levels in English, from the worst to the best.
   *
   * @param levels the levels' names, at least two
   * @return the measure
   */
  public static Measure scale(String... levels) {
    return new Measure(
        MeasureKind.SCALE, null, java.util.Arrays.stream(levels).map(LocalizedText::of).toList());
  }

  /**
   * Whether {@code value} is one this measure takes: any number for {@link MeasureKind#NUMBER}, 0
   * to 100 for a percentage, 0 or 1 for yes or no, a level's position for a scale.
   *
   * @param value the value
   * @return whether it fits
   */
  public boolean accepts(java.math.BigDecimal value) {
    return switch (kind) {
      case NUMBER -> true;
      case PERCENTAGE ->
          value.signum() >= 0 && value.compareTo(java.math.BigDecimal.valueOf(100)) <= 0;
      case YES_NO ->
          value.compareTo(java.math.BigDecimal.ZERO) == 0
              || value.compareTo(java.math.BigDecimal.ONE) == 0;
      case SCALE ->
          value.signum() >= 0
              && value.stripTrailingZeros().scale() <= 0
              && value.compareTo(java.math.BigDecimal.valueOf(levels.size() - 1L)) <= 0;
    };
  }
}
