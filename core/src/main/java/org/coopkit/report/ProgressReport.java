package org.coopkit.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.coopkit.model.CountryCode;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventId;
import org.coopkit.model.event.EventStatus;
import org.coopkit.model.project.ProjectId;
import org.coopkit.model.result.Actual;
import org.coopkit.model.result.Baseline;
import org.coopkit.model.result.Breakdown;
import org.coopkit.model.result.Direction;
import org.coopkit.model.result.EventCount;
import org.coopkit.model.result.Indicator;
import org.coopkit.model.result.Logframe;
import org.coopkit.model.result.Period;
import org.coopkit.model.result.Result;
import org.coopkit.model.result.ResultLevel;
import org.coopkit.model.result.Target;
import org.jspecify.annotations.Nullable;

/**
 * How far a project's results have come on a given day: per indicator and country, the latest
 * actual value against the baseline and the final target; per outcome, a roll-up of statuses.
 *
 * <h2>The rule</h2>
 *
 * <p>A row is made for each indicator and each breakdown its baselines, targets or actual values
 * name that is a country's total or the project's ({@link Breakdown#isCountryTotal()}); values
 * broken down by sex or organisation type are kept in the logframe but not assessed here. For the
 * row:
 *
 * <ul>
 *   <li>the <b>baseline</b> is the breakdown's baseline; the <b>target</b> the breakdown's target
 *       whose period ends last (the final target);
 *   <li>the <b>actual</b> value is that of the latest period (by end, then start) that has begun by
 *       the day of the report; an indicator {@linkplain Indicator#computedFrom() computed from
 *       events} counts instead the events linked to the outputs below its result (an output's own,
 *       an outcome's outputs', the impact's outcomes' outputs') that were held and ended by that
 *       day, over the period from the first of them to the day of the report;
 *   <li>the <b>share</b> of the way is {@code (actual - baseline) / (target - baseline)}, which
 *       respects the direction by itself, as a target lies on the better side of the baseline;
 *   <li>the <b>time elapsed</b> is the days from the last day of the baseline's date to the end of
 *       the actual's period over the days from that day to the end of the final target's period,
 *       kept within 0 to 1 (1 when the target's period ends by the baseline's date);
 *   <li>the status is {@link ProgressStatus#NOT_ASSESSED} without a baseline, target or actual
 *       value; {@link ProgressStatus#ACHIEVED} when the actual value is at or beyond the target in
 *       the indicator's direction; {@link ProgressStatus#ON_TRACK} when the share of the way is at
 *       least the share of time elapsed (compared exactly, not after rounding); else {@link
 *       ProgressStatus#OFF_TRACK}, which is also the status when the target equals the baseline and
 *       is not reached.
 * </ul>
 *
 * <p>Values of a yes/no or scale indicator are compared as the numbers they are stored as: a scale
 * moves by its levels. A participant count from events is a {@link Tally}; when it is only a lower
 * bound the row says so ({@link IndicatorProgress#isLowerBound()}), and the status is that of the
 * lower bound.
 *
 * <p>Per outcome, {@link OutcomeProgress} counts the statuses of its rows and its outputs' rows; it
 * never averages values or shares, as they may be in different units.
 *
 * @since 0.2.0
 */
public final class ProgressReport {
  private static final int SHARE_DECIMALS = 4;

  private final ProjectId project;
  private final LocalDate asOf;
  private final List<IndicatorProgress> rows;
  private final List<OutcomeProgress> outcomes;

  private ProgressReport(
      ProjectId project,
      LocalDate asOf,
      List<IndicatorProgress> rows,
      List<OutcomeProgress> outcomes) {
    this.project = project;
    this.asOf = asOf;
    this.rows = ImmutableList.copyOf(rows);
    this.outcomes = ImmutableList.copyOf(outcomes);
  }

  /**
   * Computes the report of {@code logframe} on {@code asOf}: the definition every store's report
   * follows.
   *
   * @param logframe the project's logframe
   * @param events the events its outputs link to (others are ignored; missing ones count as not
   *     held)
   * @param asOf the day of the report
   * @return the report
   */
  public static ProgressReport of(Logframe logframe, Collection<Event> events, LocalDate asOf) {
    requireNonNull(logframe, "logframe");
    requireNonNull(asOf, "asOf");
    Map<EventId, Event> held = new LinkedHashMap<>();
    for (Event e : events) {
      if (e.status() == EventStatus.HELD && !e.dates().lastDay().isAfter(asOf)) {
        held.put(e.id(), e);
      }
    }
    Map<Result, List<IndicatorProgress>> byResult = new LinkedHashMap<>();
    List<IndicatorProgress> rows = new ArrayList<>();
    for (Result result : logframe.results()) {
      List<IndicatorProgress> own = new ArrayList<>();
      for (Indicator indicator : result.indicators()) {
        own.addAll(rows(logframe, result, indicator, held, asOf));
      }
      byResult.put(result, own);
      rows.addAll(own);
    }
    List<OutcomeProgress> outcomes = new ArrayList<>();
    for (Result result : logframe.results()) {
      if (result.level() == ResultLevel.OUTCOME) {
        List<IndicatorProgress> rolled = new ArrayList<>(byResult.get(result));
        for (Result output : logframe.contributorsTo(result.id())) {
          rolled.addAll(byResult.get(output));
        }
        outcomes.add(new OutcomeProgress(result, rolled));
      }
    }
    return new ProgressReport(logframe.id(), asOf, rows, outcomes);
  }

  private static List<IndicatorProgress> rows(
      Logframe logframe,
      Result result,
      Indicator indicator,
      Map<EventId, Event> held,
      LocalDate asOf) {
    Set<Breakdown> breakdowns = new TreeSet<>();
    indicator.baselines().forEach(b -> breakdowns.add(b.breakdown()));
    indicator.targets().forEach(t -> breakdowns.add(t.breakdown()));
    indicator.actuals().forEach(a -> breakdowns.add(a.breakdown()));
    EventCount counted = indicator.computedFrom();
    List<Event> linked = List.of();
    if (counted != null) {
      breakdowns.add(Breakdown.TOTAL);
      Set<EventId> ids = new LinkedHashSet<>();
      outputsBelow(logframe, result).forEach(o -> ids.addAll(o.events()));
      linked = ids.stream().map(held::get).filter(Objects::nonNull).toList();
    }
    List<IndicatorProgress> rows = new ArrayList<>();
    for (Breakdown breakdown : breakdowns) {
      if (breakdown.isCountryTotal()) {
        rows.add(row(result, indicator, breakdown, counted, linked, asOf));
      }
    }
    return rows;
  }

  /** The outputs at or below {@code result}: itself if an output, else those contributing. */
  private static List<Result> outputsBelow(Logframe logframe, Result result) {
    if (result.level() == ResultLevel.OUTPUT) {
      return List.of(result);
    }
    List<Result> outputs = new ArrayList<>();
    for (Result below : logframe.contributorsTo(result.id())) {
      outputs.addAll(outputsBelow(logframe, below));
    }
    return outputs;
  }

  private static IndicatorProgress row(
      Result result,
      Indicator indicator,
      Breakdown breakdown,
      @Nullable EventCount counted,
      List<Event> linked,
      LocalDate asOf) {
    Baseline baseline =
        indicator.baselines().stream()
            .filter(b -> b.breakdown().equals(breakdown))
            .findFirst()
            .orElse(null);
    Target target =
        indicator.targets().stream()
            .filter(t -> t.breakdown().equals(breakdown))
            .max(Comparator.comparing(Target::period))
            .orElse(null);
    BigDecimal actual = null;
    Period period = null;
    Tally participants = null;
    boolean lowerBound = false;
    if (counted == null) {
      Actual latest =
          indicator.actuals().stream()
              .filter(a -> a.breakdown().equals(breakdown))
              .filter(a -> !a.period().start().isAfter(asOf))
              .max(Comparator.comparing(Actual::period))
              .orElse(null);
      if (latest != null) {
        actual = latest.value();
        period = latest.period();
      }
    } else {
      LocalDate first =
          linked.stream().map(e -> e.dates().firstDay()).min(LocalDate::compareTo).orElse(asOf);
      period = Period.of(first.isAfter(asOf) ? asOf : first, asOf);
      CountryCode country = breakdown.country();
      switch (counted) {
        case PARTICIPANTS -> {
          Map<String, RawTally> tallies =
              Tallies.tally(
                  linked, country == null ? Dimension.TOTAL : Dimension.PARTICIPANT_COUNTRY);
          RawTally raw = tallies.get(country == null ? "" : country.alpha2());
          participants = raw == null ? Tally.ZERO : Tally.of(raw);
          actual = BigDecimal.valueOf(participants.lowerBound());
          lowerBound =
              participants.upperBound().isEmpty()
                  || participants.upperBound().getAsLong() > participants.lowerBound();
        }
        case COUNTRIES -> {
          if (country == null) {
            actual =
                BigDecimal.valueOf(
                    linked.stream()
                        .flatMap(e -> e.participation().countries().stream())
                        .collect(Collectors.toSet())
                        .size());
          } else {
            period = null;
          }
        }
        case EVENTS -> {
          if (country == null) {
            actual = BigDecimal.valueOf(linked.size());
          } else {
            period = null;
          }
        }
      }
    }
    BigDecimal share = null;
    BigDecimal elapsed = null;
    ProgressStatus status = ProgressStatus.NOT_ASSESSED;
    if (baseline != null && target != null && actual != null && period != null) {
      BigDecimal gap = target.value().subtract(baseline.value());
      BigDecimal covered = actual.subtract(baseline.value());
      if (gap.signum() != 0) {
        share =
            covered
                .divide(gap, MathContext.DECIMAL128)
                .setScale(SHARE_DECIMALS, RoundingMode.HALF_EVEN);
      }
      LocalDate from = baseline.date().latest();
      long total = ChronoUnit.DAYS.between(from, target.period().end());
      long done = Math.max(0, Math.min(total, ChronoUnit.DAYS.between(from, period.end())));
      if (total <= 0) {
        total = 1;
        done = 1;
      }
      elapsed =
          BigDecimal.valueOf(done)
              .divide(BigDecimal.valueOf(total), MathContext.DECIMAL128)
              .setScale(SHARE_DECIMALS, RoundingMode.HALF_EVEN);
      int versusTarget = actual.compareTo(target.value());
      boolean reached =
          indicator.direction() == Direction.HIGHER_IS_BETTER
              ? versusTarget >= 0
              : versusTarget <= 0;
      if (reached) {
        status = ProgressStatus.ACHIEVED;
      } else if (gap.signum() == 0) {
        status = ProgressStatus.OFF_TRACK;
      } else {
        // share >= done / total, without rounding: covered * total against done * gap, the
        // inequality turning round when the gap is negative.
        int cmp =
            covered
                .multiply(BigDecimal.valueOf(total))
                .compareTo(gap.multiply(BigDecimal.valueOf(done)));
        boolean onTrack = gap.signum() > 0 ? cmp >= 0 : cmp <= 0;
        status = onTrack ? ProgressStatus.ON_TRACK : ProgressStatus.OFF_TRACK;
      }
    }
    return new IndicatorProgress(
        result,
        indicator,
        breakdown,
        baseline,
        target,
        actual,
        period,
        participants,
        lowerBound,
        share,
        elapsed,
        status);
  }

  /**
   * The project reported on.
   *
   * @return the project's id
   */
  public ProjectId project() {
    return project;
  }

  /**
   * The day of the report.
   *
   * @return the day
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * A row per indicator and breakdown, in the order of the logframe's results and indicators, then
   * by breakdown (the project's total first, then countries by code).
   *
   * @return the rows
   */
  public List<IndicatorProgress> rows() {
    return rows;
  }

  /**
   * A roll-up per outcome, in the logframe's order.
   *
   * @return the roll-ups
   */
  public List<OutcomeProgress> outcomes() {
    return outcomes;
  }

  /**
   * The report as RFC 4180 CSV: a header, a row per {@link #rows()} ({@code section} {@code
   * indicator}), then a row per {@link #outcomes()} ({@code section} {@code outcome}, with the
   * counts by status); lines end with CRLF. The {@code computed_from} column names what an
   * indicator computed from events counts, and {@code actual_is_lower_bound} says when its value is
   * only a lower bound.
   *
   * @return the CSV text
   */
  public String toCsv() {
    StringBuilder out = new StringBuilder();
    List<String> header =
        List.of(
            "section",
            "result_level",
            "result_id",
            "result",
            "indicator_id",
            "indicator",
            "measure",
            "unit",
            "direction",
            "country",
            "baseline",
            "baseline_date",
            "target",
            "target_period",
            "actual",
            "actual_period",
            "computed_from",
            "actual_is_lower_bound",
            "share",
            "elapsed",
            "status",
            "achieved",
            "on_track",
            "off_track",
            "not_assessed");
    line(out, header);
    for (IndicatorProgress r : rows) {
      Indicator i = r.indicator();
      line(
          out,
          List.of(
              "indicator",
              r.result().level().name(),
              r.result().id().toString(),
              r.result().statement().english(),
              i.id().toString(),
              i.statement().english(),
              i.measure().kind().name(),
              Objects.toString(i.measure().unit(), ""),
              i.direction().name(),
              r.breakdown().country() == null ? "" : r.breakdown().country().alpha2(),
              r.baseline() == null ? "" : r.baseline().value().toPlainString(),
              r.baseline() == null ? "" : r.baseline().date().toString(),
              r.target() == null ? "" : r.target().value().toPlainString(),
              r.target() == null ? "" : r.target().period().toString(),
              r.actual() == null ? "" : r.actual().toPlainString(),
              r.actualPeriod() == null ? "" : r.actualPeriod().toString(),
              i.computedFrom() == null ? "" : i.computedFrom().name(),
              Boolean.toString(r.isLowerBound()),
              r.share() == null ? "" : r.share().toPlainString(),
              r.elapsed() == null ? "" : r.elapsed().toPlainString(),
              r.status().name(),
              "",
              "",
              "",
              ""));
    }
    for (OutcomeProgress o : outcomes) {
      List<String> fields =
          new ArrayList<>(
              List.of(
                  "outcome",
                  "OUTCOME",
                  o.outcome().id().toString(),
                  o.outcome().statement().english()));
      while (fields.size() < header.size() - 4) {
        fields.add("");
      }
      fields.add(Integer.toString(o.count(ProgressStatus.ACHIEVED)));
      fields.add(Integer.toString(o.count(ProgressStatus.ON_TRACK)));
      fields.add(Integer.toString(o.count(ProgressStatus.OFF_TRACK)));
      fields.add(Integer.toString(o.count(ProgressStatus.NOT_ASSESSED)));
      line(out, fields);
    }
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> fields) {
    out.append(fields.stream().map(Csv::quote).collect(Collectors.joining(","))).append("\r\n");
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ProgressReport o
        && project.equals(o.project)
        && asOf.equals(o.asOf)
        && rows.equals(o.rows)
        && outcomes.equals(o.outcomes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(project, asOf, rows);
  }

  @Override
  public String toString() {
    return "ProgressReport[project=" + project + ", asOf=" + asOf + ", rows=" + rows + "]";
  }
}
