package org.coopkit.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.coopkit.model.result.Result;
import org.jspecify.annotations.Nullable;

/**
 * The roll-up of one outcome: the rows of its own indicators and of its outputs' indicators, and
 * how many of them stand where. Indicators in different units are never averaged or added: the
 * roll-up only counts statuses.
 *
 * @since 0.2.0
 */
public final class OutcomeProgress {
  private final Result outcome;
  private final List<IndicatorProgress> rows;

  OutcomeProgress(Result outcome, List<IndicatorProgress> rows) {
    this.outcome = requireNonNull(outcome, "outcome");
    this.rows = ImmutableList.copyOf(rows);
  }

  /**
   * The outcome.
   *
   * @return the outcome
   */
  public Result outcome() {
    return outcome;
  }

  /**
   * The rows of the outcome's indicators, then of its outputs' indicators, in the report's order.
   *
   * @return the rows
   */
  public List<IndicatorProgress> rows() {
    return rows;
  }

  /**
   * How many rows have {@code status}.
   *
   * @param status the status
   * @return the number of rows with it
   */
  public int count(ProgressStatus status) {
    return (int) rows.stream().filter(r -> r.status() == status).count();
  }

  /**
   * How many rows have each status, every status present.
   *
   * @return the counts by status, in the order of {@link ProgressStatus}
   */
  public Map<ProgressStatus, Integer> counts() {
    Map<ProgressStatus, Integer> counts = new EnumMap<>(ProgressStatus.class);
    for (ProgressStatus s : ProgressStatus.values()) {
      counts.put(s, count(s));
    }
    return counts;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof OutcomeProgress o && outcome.equals(o.outcome) && rows.equals(o.rows);
  }

  @Override
  public int hashCode() {
    return Objects.hash(outcome.id(), rows);
  }

  @Override
  public String toString() {
    return "OutcomeProgress[outcome=" + outcome.id() + ", counts=" + counts() + "]";
  }
}
