package org.coopkit.storage.tck;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.coopkit.Coopkit;
import org.coopkit.model.CountryCode;
import org.coopkit.model.PartialDate;
import org.coopkit.model.ParticipantCount;
import org.coopkit.model.ParticipantCount.Qualifier;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventId;
import org.coopkit.model.event.EventStatus;
import org.coopkit.model.event.Participation;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectId;
import org.coopkit.model.result.Actual;
import org.coopkit.model.result.Baseline;
import org.coopkit.model.result.Breakdown;
import org.coopkit.model.result.Direction;
import org.coopkit.model.result.Disaggregation;
import org.coopkit.model.result.EventCount;
import org.coopkit.model.result.Indicator;
import org.coopkit.model.result.Logframe;
import org.coopkit.model.result.Measure;
import org.coopkit.model.result.Period;
import org.coopkit.model.result.Result;
import org.coopkit.model.result.ResultId;
import org.coopkit.model.result.ResultLevel;
import org.coopkit.model.result.Sex;
import org.coopkit.model.result.Target;
import org.coopkit.report.IndicatorProgress;
import org.coopkit.report.OutcomeProgress;
import org.coopkit.report.ProgressReport;
import org.coopkit.report.ProgressStatus;
import org.jspecify.annotations.Nullable;

/**
 * Random logframes and events, and the progress report's rule computed again from them, written
 * apart from coopkit's own computation, for {@link ResultsTestSuite}.
 */
final class ProgressOracle {
  private static final List<CountryCode> COUNTRIES =
      List.of(CountryCode.of("PH"), CountryCode.of("GE"), CountryCode.of("FR"));
  private static final Qualifier[] QUALIFIERS = {
    Qualifier.EXACT, Qualifier.APPROXIMATELY, Qualifier.MORE_THAN, Qualifier.UP_TO
  };

  private ProgressOracle() {}

  /** A stored project, its logframe and events, and the day of the report. */
  record World(ProjectId project, LocalDate asOf, Logframe logframe, List<Event> events) {}

  /** Stores a random project, events and logframe made from {@code seed}. */
  static World randomWorld(Coopkit coopkit, long seed) {
    Random random = new Random(seed);
    Project project = coopkit.projects().create(Fixtures.projectWithComponents(2));
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      LocalDate first = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(1000));
      Event event =
          Fixtures.eventBetween(project.id(), first, first.plusDays(random.nextInt(3))).toBuilder()
              .status(random.nextInt(10) < 7 ? EventStatus.HELD : EventStatus.SCHEDULED)
              .participation(participation(random))
              .build();
      events.add(coopkit.events().create(event));
    }
    ResultId impact = ResultFixtures.newResultId();
    Logframe.Builder logframe = Logframe.builder().project(project.id());
    logframe.addResult(
        Result.builder()
            .id(impact)
            .level(ResultLevel.IMPACT)
            .statement("Impact")
            .indicators(indicators(random, 1))
            .build());
    for (int o = 0; o < 2; o++) {
      ResultId outcome = ResultFixtures.newResultId();
      logframe.addResult(
          Result.builder()
              .id(outcome)
              .level(ResultLevel.OUTCOME)
              .statement("Outcome " + o)
              .contributesTo(impact)
              .addComponent(project.components().get(o).id())
              .indicators(indicators(random, 2))
              .build());
      for (int p = 0; p < 2; p++) {
        List<EventId> linked = new ArrayList<>();
        for (Event e : events) {
          if (random.nextInt(3) == 0) {
            linked.add(e.id());
          }
        }
        logframe.addResult(
            Result.builder()
                .id(ResultFixtures.newResultId())
                .level(ResultLevel.OUTPUT)
                .statement("Output " + o + "." + p)
                .contributesTo(outcome)
                .events(linked)
                .indicators(indicators(random, 2))
                .build());
      }
    }
    Logframe stored = coopkit.results().define(logframe.build());
    LocalDate asOf = LocalDate.of(2023, 6, 1).plusDays(random.nextInt(900));
    return new World(project.id(), asOf, stored, events);
  }

  private static Participation participation(Random random) {
    Participation.Builder p = Participation.builder();
    long sum = 0;
    for (CountryCode c : COUNTRIES) {
      switch (random.nextInt(4)) {
        case 0 -> {}
        case 1 -> p.addCountry(c);
        default -> {
          int value = random.nextInt(40);
          sum += value;
          p.addCountry(
              c, new ParticipantCount(value, QUALIFIERS[random.nextInt(QUALIFIERS.length)]));
        }
      }
    }
    switch (random.nextInt(5)) {
      case 0 -> {}
      case 1 -> p.total(ParticipantCount.moreThan((int) sum));
      case 2 -> p.total(ParticipantCount.planned(100));
      default -> p.total(ParticipantCount.exactly((int) sum + random.nextInt(20)));
    }
    return p.build();
  }

  private static List<Indicator> indicators(Random random, int most) {
    List<Indicator> indicators = new ArrayList<>();
    int count = random.nextInt(most + 1);
    for (int i = 0; i < count; i++) {
      indicators.add(random.nextInt(4) == 0 ? computed(random) : typedIn(random));
    }
    return indicators;
  }

  private static Indicator computed(Random random) {
    EventCount counted = EventCount.values()[random.nextInt(EventCount.values().length)];
    Indicator.Builder b =
        Indicator.builder()
            .id(ResultFixtures.newIndicatorId())
            .statement("Counted " + counted)
            .measure(Measure.number("things"))
            .computedFrom(counted);
    for (Breakdown breakdown : List.of(Breakdown.TOTAL, Breakdown.of(COUNTRIES.get(0)))) {
      if (random.nextInt(5) > 0) {
        b.addBaseline(
            Baseline.of(
                breakdown,
                BigDecimal.valueOf(random.nextInt(5)),
                PartialDate.ofYear(2022 + random.nextInt(2))));
      }
      if (random.nextInt(5) > 0) {
        b.addTarget(
            Target.of(
                Period.ofYear(2024 + random.nextInt(3)),
                breakdown,
                BigDecimal.valueOf(random.nextInt(150))));
      }
    }
    return b.build();
  }

  private static Indicator typedIn(Random random) {
    Measure measure =
        switch (random.nextInt(4)) {
          case 0 -> Measure.number("people");
          case 1 -> Measure.percentage();
          case 2 -> Measure.yesNo();
          default -> Measure.scale("none", "draft", "tabled", "adopted");
        };
    Indicator.Builder b =
        Indicator.builder()
            .id(ResultFixtures.newIndicatorId())
            .statement("Typed " + measure.kind())
            .measure(measure)
            .direction(
                random.nextBoolean() ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER)
            .disaggregations(Set.of(Disaggregation.SEX));
    List<Breakdown> breakdowns =
        List.of(
            Breakdown.TOTAL,
            Breakdown.of(COUNTRIES.get(0)),
            Breakdown.of(COUNTRIES.get(1)),
            new Breakdown(COUNTRIES.get(0), Sex.FEMALE, null));
    for (Breakdown breakdown : breakdowns) {
      if (random.nextInt(3) == 0) {
        continue;
      }
      if (random.nextInt(5) > 0) {
        PartialDate date =
            switch (random.nextInt(3)) {
              case 0 -> PartialDate.ofYear(2022 + random.nextInt(2));
              case 1 -> PartialDate.ofMonth(2022 + random.nextInt(2), 1 + random.nextInt(12));
              default -> PartialDate.of(LocalDate.of(2022, 1, 1).plusDays(random.nextInt(700)));
            };
        b.addBaseline(Baseline.of(breakdown, value(random, measure), date));
      }
      Set<Integer> years = new HashSet<>();
      for (int t = random.nextInt(3); t > 0; t--) {
        int year = 2023 + random.nextInt(4);
        if (years.add(year)) {
          b.addTarget(Target.of(Period.ofYear(year), breakdown, value(random, measure)));
        }
      }
      Set<LocalDate> starts = new HashSet<>();
      for (int a = random.nextInt(4); a > 0; a--) {
        LocalDate start = LocalDate.of(2023, 1, 1).plusMonths(random.nextInt(30));
        if (starts.add(start)) {
          LocalDate end = start.plusMonths(1 + random.nextInt(12)).minusDays(1);
          b.addActual(Actual.of(Period.of(start, end), breakdown, value(random, measure)));
        }
      }
    }
    return b.build();
  }

  private static BigDecimal value(Random random, Measure measure) {
    return switch (measure.kind()) {
      case NUMBER -> BigDecimal.valueOf(random.nextInt(400), random.nextInt(3));
      case PERCENTAGE -> BigDecimal.valueOf(random.nextInt(1001), 1);
      case YES_NO -> BigDecimal.valueOf(random.nextInt(2));
      case SCALE -> BigDecimal.valueOf(random.nextInt(4));
    };
  }

  /** The report's rows and roll-ups as lines, to compare with {@link #expected}. */
  static List<String> summary(ProgressReport report) {
    List<String> lines = new ArrayList<>();
    for (IndicatorProgress r : report.rows()) {
      lines.add(
          line(
              r.indicator().id().toString(),
              r.breakdown().country(),
              r.actual(),
              r.isLowerBound(),
              r.share(),
              r.status()));
    }
    for (OutcomeProgress o : report.outcomes()) {
      lines.add(o.outcome().id() + " " + o.counts());
    }
    return lines;
  }

  private static String line(
      String indicator,
      @Nullable CountryCode country,
      @Nullable BigDecimal actual,
      boolean lowerBound,
      @Nullable BigDecimal share,
      ProgressStatus status) {
    return indicator
        + " "
        + (country == null ? "all" : country.alpha2())
        + " actual="
        + (actual == null ? "-" : actual.stripTrailingZeros().toPlainString())
        + (lowerBound ? "+" : "")
        + " share="
        + (share == null ? "-" : share.toPlainString())
        + " "
        + status;
  }

  /** The lines {@link #summary} must give for {@code world}, by the rule, computed here. */
  static List<String> expected(World world) {
    Logframe logframe = world.logframe();
    LocalDate asOf = world.asOf();
    Map<String, List<ProgressStatus>> byResult = new TreeMap<>();
    List<String> lines = new ArrayList<>();
    for (Result result : logframe.results()) {
      List<ProgressStatus> statuses = new ArrayList<>();
      for (Indicator indicator : result.indicators()) {
        Set<CountryCode> countries = new java.util.TreeSet<>();
        boolean total = indicator.computedFrom() != null;
        List<Breakdown> all = new ArrayList<>();
        indicator.baselines().forEach(x -> all.add(x.breakdown()));
        indicator.targets().forEach(x -> all.add(x.breakdown()));
        indicator.actuals().forEach(x -> all.add(x.breakdown()));
        for (Breakdown b : all) {
          if (b.sex() == null && b.organisationType() == null) {
            if (b.country() == null) {
              total = true;
            } else {
              countries.add(b.country());
            }
          }
        }
        List<@Nullable CountryCode> rows = new ArrayList<>();
        if (total) {
          rows.add(null);
        }
        rows.addAll(countries);
        for (CountryCode country : rows) {
          String[] line = new String[1];
          statuses.add(row(world, result, indicator, country, asOf, line));
          lines.add(line[0]);
        }
      }
      byResult.put(result.id().toString(), statuses);
    }
    for (Result result : logframe.results()) {
      if (result.level() == ResultLevel.OUTCOME) {
        List<ProgressStatus> statuses = new ArrayList<>(byResult.get(result.id().toString()));
        for (Result output : logframe.results()) {
          if (result.id().equals(output.contributesTo())) {
            statuses.addAll(byResult.get(output.id().toString()));
          }
        }
        Map<ProgressStatus, Integer> counts = new java.util.EnumMap<>(ProgressStatus.class);
        for (ProgressStatus s : ProgressStatus.values()) {
          counts.put(s, (int) statuses.stream().filter(x -> x == s).count());
        }
        lines.add(result.id() + " " + counts);
      }
    }
    return lines;
  }

  private static ProgressStatus row(
      World world,
      Result result,
      Indicator indicator,
      @Nullable CountryCode country,
      LocalDate asOf,
      String[] line) {
    Baseline baseline = null;
    for (Baseline b : indicator.baselines()) {
      if (isRow(b.breakdown(), country)) {
        baseline = b;
      }
    }
    Target target = null;
    for (Target t : indicator.targets()) {
      if (isRow(t.breakdown(), country)
          && (target == null
              || t.period().end().isAfter(target.period().end())
              || (t.period().end().equals(target.period().end())
                  && t.period().start().isAfter(target.period().start())))) {
        target = t;
      }
    }
    BigDecimal actual = null;
    LocalDate actualEnd = null;
    boolean lowerBound = false;
    if (indicator.computedFrom() == null) {
      Actual latest = null;
      for (Actual a : indicator.actuals()) {
        if (isRow(a.breakdown(), country)
            && !a.period().start().isAfter(asOf)
            && (latest == null
                || a.period().end().isAfter(latest.period().end())
                || (a.period().end().equals(latest.period().end())
                    && a.period().start().isAfter(latest.period().start())))) {
          latest = a;
        }
      }
      if (latest != null) {
        actual = latest.value();
        actualEnd = latest.period().end();
      }
    } else {
      List<Event> counted = countedEvents(world, result, asOf);
      actualEnd = asOf;
      switch (indicator.computedFrom()) {
        case EVENTS -> actual = country == null ? BigDecimal.valueOf(counted.size()) : null;
        case COUNTRIES -> {
          Set<CountryCode> reached = new HashSet<>();
          counted.forEach(e -> reached.addAll(e.participation().countries()));
          actual = country == null ? BigDecimal.valueOf(reached.size()) : null;
        }
        case PARTICIPANTS -> {
          long lower = 0;
          long upper = 0;
          boolean bounded = true;
          for (Event e : counted) {
            ParticipantCount figure;
            if (country == null) {
              figure = e.participation().total();
            } else if (e.participation().countries().contains(country)) {
              figure = e.participation().byCountry().get(country);
            } else {
              continue;
            }
            if (figure == null) {
              bounded = false;
              continue;
            }
            switch (figure.qualifier()) {
              case EXACT, APPROXIMATELY -> {
                lower += figure.value();
                upper += figure.value();
              }
              case MORE_THAN -> {
                lower += figure.value() + 1L;
                bounded = false;
              }
              case UP_TO -> upper += figure.value();
              case PLANNED -> bounded = false;
            }
          }
          actual = BigDecimal.valueOf(lower);
          lowerBound = !bounded || upper > lower;
        }
      }
      if (actual == null) {
        actualEnd = null;
      }
    }
    BigDecimal share = null;
    ProgressStatus status = ProgressStatus.NOT_ASSESSED;
    if (baseline != null && target != null && actual != null) {
      BigDecimal gap = target.value().subtract(baseline.value());
      BigDecimal covered = actual.subtract(baseline.value());
      if (gap.signum() != 0) {
        share = covered.divide(gap, MathContext.DECIMAL128).setScale(4, RoundingMode.HALF_EVEN);
      }
      LocalDate from = baseline.date().latest();
      long days = ChronoUnit.DAYS.between(from, target.period().end());
      long gone = ChronoUnit.DAYS.between(from, actualEnd);
      BigDecimal elapsed =
          days <= 0
              ? BigDecimal.ONE
              : BigDecimal.valueOf(Math.max(0, Math.min(days, gone)))
                  .divide(BigDecimal.valueOf(days), MathContext.DECIMAL128);
      boolean higher = indicator.direction() == Direction.HIGHER_IS_BETTER;
      if (higher ? actual.compareTo(target.value()) >= 0 : actual.compareTo(target.value()) <= 0) {
        status = ProgressStatus.ACHIEVED;
      } else if (gap.signum() == 0) {
        status = ProgressStatus.OFF_TRACK;
      } else {
        BigDecimal exactShare = covered.divide(gap, MathContext.DECIMAL128);
        status =
            exactShare.compareTo(elapsed) >= 0 ? ProgressStatus.ON_TRACK : ProgressStatus.OFF_TRACK;
      }
    }
    line[0] = line(indicator.id().toString(), country, actual, lowerBound, share, status);
    return status;
  }

  private static boolean isRow(Breakdown breakdown, @Nullable CountryCode country) {
    return breakdown.sex() == null
        && breakdown.organisationType() == null
        && java.util.Objects.equals(breakdown.country(), country);
  }

  /** The held events, ended by {@code asOf}, linked to the outputs at or below {@code result}. */
  private static List<Event> countedEvents(World world, Result result, LocalDate asOf) {
    Set<EventId> linked = new LinkedHashSet<>();
    List<Result> frontier = new ArrayList<>(List.of(result));
    while (!frontier.isEmpty()) {
      Result r = frontier.remove(0);
      linked.addAll(r.events());
      for (Result below : world.logframe().results()) {
        if (r.id().equals(below.contributesTo())) {
          frontier.add(below);
        }
      }
    }
    return world.events().stream()
        .filter(e -> linked.contains(e.id()))
        .filter(e -> e.status() == EventStatus.HELD && !e.dates().lastDay().isAfter(asOf))
        .sorted(Comparator.comparing(Event::id))
        .toList();
  }
}
