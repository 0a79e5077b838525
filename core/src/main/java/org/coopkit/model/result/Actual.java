package org.coopkit.model.result;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;
import org.coopkit.model.Limits;
import org.coopkit.model.internal.Validator;
import org.coopkit.model.source.SourceId;
import org.jspecify.annotations.Nullable;

/**
 * The value an indicator reached in a period, for one breakdown, with where it comes from: IATI's
 * {@code actual} of a {@code period}.
 *
 * @param period the period measured
 * @param breakdown whom the value is for
 * @param value the value, in the indicator's measure
 * @param sources the sources the value comes from (a monitoring report, a survey), in order,
 *     without repeats
 * @param note a comment, or {@code null}
 * @since 0.2.0
 */
public record Actual(
    Period period,
    Breakdown breakdown,
    BigDecimal value,
    List<SourceId> sources,
    @Nullable String note) {
  /**
   * Checks the values; whether the value fits the measure is checked by the {@link Indicator}.
   *
   * @param period the period
   * @param breakdown whom it is for
   * @param value the value
   * @param sources the sources
   * @param note a comment, or {@code null}
   * @throws NullPointerException if a required value is null
   * @throws org.coopkit.error.ValidationException if the value has too many digits, a source is
   *     repeated or the note is too long
   */
  public Actual {
    requireNonNull(period, "period");
    requireNonNull(breakdown, "breakdown");
    value = IndicatorValueDigits.normalize(requireNonNull(value, "value"));
    sources = ImmutableList.copyOf(sources);
    note = Validator.normalizeOrNull(note);
    Validator v = Validator.of("Actual");
    IndicatorValueDigits.check(v, value, "value");
    v.size(sources, "sources", Limits.LIST);
    v.unique(sources, s -> s, "sources", "source");
    v.optionalText(note, "note", Limits.TEXT);
    v.throwIfInvalid();
  }

  /**
   * An actual value without sources or note.
   *
   * @param period the period
   * @param breakdown whom it is for
   * @param value the value
   * @return the actual value
   */
  public static Actual of(Period period, Breakdown breakdown, BigDecimal value) {
    return new Actual(period, breakdown, value, List.of(), null);
  }
}
