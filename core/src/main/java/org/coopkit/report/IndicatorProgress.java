package org.coopkit.report;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Objects;
import org.coopkit.model.result.Baseline;
import org.coopkit.model.result.Breakdown;
import org.coopkit.model.result.Indicator;
import org.coopkit.model.result.Period;
import org.coopkit.model.result.Result;
import org.coopkit.model.result.Target;
import org.jspecify.annotations.Nullable;

/**
 * One row of a {@link ProgressReport}: an indicator for one country (or the whole project), its
 * baseline, final target and latest actual value, the share of the way covered and its status.
 *
 * <p>Only coopkit makes these rows; what a row tells may grow, so it has no public constructor.
 *
 * @since 0.2.0
 */
public final class IndicatorProgress {
  private final Result result;
  private final Indicator indicator;
  private final Breakdown breakdown;
  private final @Nullable Baseline baseline;
  private final @Nullable Target target;
  private final @Nullable BigDecimal actual;
  private final @Nullable Period actualPeriod;
  private final @Nullable Tally participants;
  private final boolean lowerBound;
  private final @Nullable BigDecimal share;
  private final @Nullable BigDecimal elapsed;
  private final ProgressStatus status;

  IndicatorProgress(
      Result result,
      Indicator indicator,
      Breakdown breakdown,
      @Nullable Baseline baseline,
      @Nullable Target target,
      @Nullable BigDecimal actual,
      @Nullable Period actualPeriod,
      @Nullable Tally participants,
      boolean lowerBound,
      @Nullable BigDecimal share,
      @Nullable BigDecimal elapsed,
      ProgressStatus status) {
    this.result = requireNonNull(result, "result");
    this.indicator = requireNonNull(indicator, "indicator");
    this.breakdown = requireNonNull(breakdown, "breakdown");
    this.baseline = baseline;
    this.target = target;
    this.actual = actual;
    this.actualPeriod = actualPeriod;
    this.participants = participants;
    this.lowerBound = lowerBound;
    this.share = share;
    this.elapsed = elapsed;
    this.status = requireNonNull(status, "status");
  }

  /**
   * The result the indicator measures.
   *
   * @return the result
   */
  public Result result() {
    return result;
  }

  /**
   * The indicator.
   *
   * @return the indicator
   */
  public Indicator indicator() {
    return indicator;
  }

  /**
   * Whom the row is for: one country's total, or the whole project's ({@link Breakdown#TOTAL}).
   *
   * @return the breakdown, never narrowed by sex or organisation type
   */
  public Breakdown breakdown() {
    return breakdown;
  }

  /**
   * The baseline of this breakdown.
   *
   * @return the baseline, or {@code null} if none is given
   */
  public @Nullable Baseline baseline() {
    return baseline;
  }

  /**
   * The final target of this breakdown: the one whose period ends last.
   *
   * @return the target, or {@code null} if none is given
   */
  public @Nullable Target target() {
    return target;
  }

  /**
   * The latest actual value: of the latest period begun by the day of the report, or, for an
   * indicator computed from events, counted from the events held by then.
   *
   * @return the value, or {@code null} if there is none yet
   */
  public @Nullable BigDecimal actual() {
    return actual;
  }

  /**
   * The period of {@link #actual()}; for a value computed from events, from the first day of the
   * first event counted (or the day of the report, if none) to the day of the report.
   *
   * @return the period, or {@code null} if there is no actual value
   */
  public @Nullable Period actualPeriod() {
    return actualPeriod;
  }

  /**
   * Whether {@link #actual()} was computed from events rather than typed in; see {@link
   * Indicator#computedFrom()}.
   *
   * @return whether the value was computed from events
   */
  public boolean isComputed() {
    return indicator.computedFrom() != null;
  }

  /**
   * The participants counted, for an indicator computed from {@link
   * org.coopkit.model.result.EventCount#PARTICIPANTS}: the full make-up of the figure.
   *
   * @return the tally, or {@code null} for other indicators
   */
  public @Nullable Tally participants() {
    return participants;
  }

  /**
   * Whether {@link #actual()} is only a lower bound: participants counted from events some of whose
   * figures are "more than", missing or only planned. A lower bound at or beyond the target
   * achieves it; one short of it may be short only on paper.
   *
   * @return whether the actual value is a lower bound
   */
  public boolean isLowerBound() {
    return lowerBound;
  }

  /**
   * The share of the way from the baseline to the target covered by the latest actual value, in the
   * indicator's direction: {@code (actual - baseline) / (target - baseline)}, to four decimals
   * (half even); negative when things got worse, above 1 when the target is passed.
   *
   * @return the share, or {@code null} if a value is missing or the target equals the baseline
   */
  public @Nullable BigDecimal share() {
    return share;
  }

  /**
   * The share of the time from the baseline to the end of the final target's period elapsed at the
   * end of the actual value's period, from 0 to 1, to four decimals (half even).
   *
   * @return the share of time, or {@code null} if a value is missing
   */
  public @Nullable BigDecimal elapsed() {
    return elapsed;
  }

  /**
   * Where the indicator stands, by the rule of {@link ProgressReport}.
   *
   * @return the status
   */
  public ProgressStatus status() {
    return status;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof IndicatorProgress o
        && result.equals(o.result)
        && indicator.equals(o.indicator)
        && breakdown.equals(o.breakdown)
        && Objects.equals(baseline, o.baseline)
        && Objects.equals(target, o.target)
        && Objects.equals(actual, o.actual)
        && Objects.equals(actualPeriod, o.actualPeriod)
        && Objects.equals(participants, o.participants)
        && lowerBound == o.lowerBound
        && Objects.equals(share, o.share)
        && Objects.equals(elapsed, o.elapsed)
        && status == o.status;
  }

  @Override
  public int hashCode() {
    return Objects.hash(indicator.id(), breakdown, actual, status);
  }

  @Override
  public String toString() {
    return "IndicatorProgress[indicator="
        + indicator.id()
        + ", breakdown="
        + breakdown
        + ", baseline="
        + (baseline == null ? null : baseline.value())
        + ", target="
        + (target == null ? null : target.value())
        + ", actual="
        + (actual == null ? null : (lowerBound ? "at least " : "") + actual)
        + ", share="
        + share
        + ", elapsed="
        + elapsed
        + ", status="
        + status
        + "]";
  }
}
