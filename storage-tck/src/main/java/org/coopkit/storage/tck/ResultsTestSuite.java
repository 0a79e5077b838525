package org.coopkit.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopkit.storage.tck.ResultFixtures.newIndicatorId;
import static org.coopkit.storage.tck.ResultFixtures.newResultId;
import static org.coopkit.storage.tck.ResultFixtures.newSourceId;
import static org.coopkit.storage.tck.ResultFixtures.value;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.coopkit.error.BrokenReferenceException;
import org.coopkit.error.ConflictException;
import org.coopkit.error.DuplicateException;
import org.coopkit.error.NotFoundException;
import org.coopkit.error.StillReferencedException;
import org.coopkit.error.ValidationException;
import org.coopkit.history.Change;
import org.coopkit.history.ChangeBatch;
import org.coopkit.history.ChangeKind;
import org.coopkit.model.CountryCode;
import org.coopkit.model.PartialDate;
import org.coopkit.model.ParticipantCount;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventStatus;
import org.coopkit.model.event.Participation;
import org.coopkit.model.project.ComponentId;
import org.coopkit.model.project.Project;
import org.coopkit.model.result.Actual;
import org.coopkit.model.result.Baseline;
import org.coopkit.model.result.Breakdown;
import org.coopkit.model.result.Direction;
import org.coopkit.model.result.EventCount;
import org.coopkit.model.result.Indicator;
import org.coopkit.model.result.Logframe;
import org.coopkit.model.result.Measure;
import org.coopkit.model.result.Period;
import org.coopkit.model.result.Result;
import org.coopkit.model.result.ResultId;
import org.coopkit.model.result.ResultLevel;
import org.coopkit.model.result.Target;
import org.coopkit.query.LogframeQuery;
import org.coopkit.query.Page;
import org.coopkit.report.IndicatorProgress;
import org.coopkit.report.OutcomeProgress;
import org.coopkit.report.ProgressReport;
import org.coopkit.report.ProgressStatus;
import org.coopkit.service.ResultService;
import org.junit.jupiter.api.Test;

/**
 * Results: a project's logframe is stored whole and read back equal, its references are checked,
 * actual values are recorded, and the progress report follows its stated rule, checked against an
 * independent computation on seeded random logframes ({@link ProgressOracle}).
 *
 * @since 0.2.0
 */
public abstract class ResultsTestSuite extends StorageTestSuite {
  private static final CountryCode PH = CountryCode.of("PH");
  private static final CountryCode GE = CountryCode.of("GE");

  /** For subclasses. */
  protected ResultsTestSuite() {}

  /** Checks that a logframe with every field set is read back equal, at version 1. */
  @Test
  protected void aFullyPopulatedLogframeIsReadBackEqual() {
    // given
    Project project = coopkit().projects().create(Fixtures.projectWithComponents(2));
    Event event = coopkit().events().create(Fixtures.eventOf(project.id()));
    Logframe logframe = ResultFixtures.fullyPopulatedLogframe(project, List.of(event.id()));

    // when
    Logframe stored = results().define(logframe);

    // then
    assertThat(stored.version()).isEqualTo(1);
    assertThat(stored.createdAt()).isEqualTo(START);
    assertThat(results().get(project.id())).isEqualTo(stored);
    assertThat(
            stored.toBuilder()
                .version(0)
                .createdAt(logframe.createdAt())
                .updatedAt(logframe.updatedAt())
                .build())
        .isEqualTo(logframe);
  }

  /** Checks that a second logframe of one project is refused. */
  @Test
  protected void aProjectHasAtMostOneLogframe() {
    // given
    Project project = coopkit().projects().create(Fixtures.projectWithComponents(1));
    results().define(minimal(project));

    // when, then
    assertThatThrownBy(() -> results().define(minimal(project)))
        .isInstanceOf(DuplicateException.class);
  }

  /** Checks that a missing project, a foreign component and a missing event are refused. */
  @Test
  protected void brokenReferencesAreRefused() {
    Project project = coopkit().projects().create(Fixtures.projectWithComponents(1));
    Project other = coopkit().projects().create(Fixtures.projectWithComponents(1));

    assertThatThrownBy(() -> results().define(minimal(Fixtures.anyProject())))
        .isInstanceOf(BrokenReferenceException.class);
    Logframe foreign =
        minimal(project).toBuilder()
            .putResult(
                output(project).toBuilder()
                    .components(List.of(other.components().get(0).id()))
                    .build())
            .build();
    assertThatThrownBy(() -> results().define(foreign))
        .isInstanceOf(BrokenReferenceException.class)
        .hasMessageContaining("components[0]");
    Logframe missingEvent =
        minimal(project).toBuilder()
            .putResult(output(project).toBuilder().addEvent(Fixtures.newEventId()).build())
            .build();
    assertThatThrownBy(() -> results().define(missingEvent))
        .isInstanceOf(BrokenReferenceException.class)
        .hasMessageContaining("events[0]");
    assertThat(results().find(project.id())).isEmpty();
  }

  /** Checks that an update with a stale version fails and changes nothing. */
  @Test
  protected void anUpdateFromAStaleVersionConflicts() {
    // given
    Project project = coopkit().projects().create(Fixtures.projectWithComponents(1));
    Logframe stored = results().define(minimal(project));
    Logframe updated = results().update(stored.toBuilder().putResult(output(project)).build());

    // when, then
    assertThat(updated.version()).isEqualTo(2);
    assertThatThrownBy(() -> results().update(stored)).isInstanceOf(ConflictException.class);
    assertThat(results().get(project.id())).isEqualTo(updated);
  }

  /** Checks that recording an actual value replaces the one of the same period and breakdown. */
  @Test
  protected void recordingAnActualReplacesThatOfTheSamePeriodAndBreakdown() {
    // given
    Project project = coopkit().projects().create(Fixtures.projectWithComponents(1));
    Logframe stored = results().define(minimal(project));
    Indicator indicator = stored.results().get(0).indicators().get(0);
    Actual first = Actual.of(Period.ofYear(2024), Breakdown.of(PH), value("10"));
    Actual second =
        new Actual(
            Period.ofYear(2024), Breakdown.of(PH), value("12"), List.of(newSourceId()), "revised");
    Actual other = Actual.of(Period.ofYear(2024), Breakdown.of(GE), value("7"));

    // when
    results().recordActual(project.id(), indicator.id(), first);
    results().recordActual(project.id(), indicator.id(), other);
    Logframe after = results().recordActual(project.id(), indicator.id(), second);

    // then
    assertThat(after.version()).isEqualTo(4);
    assertThat(results().get(project.id()).results().get(0).indicators().get(0).actuals())
        .containsExactly(other, second);
  }

  /** Checks that a logframe's changes are in the change feed, field by field, under its kind. */
  @Test
  protected void aLogframesChangesAreRecordedInTheChangeFeed() {
    // given
    String cursor = null;
    for (ChangeBatch batch = coopkit().changes().after(null, 1000);
        !batch.changes().isEmpty();
        batch = coopkit().changes().after(cursor, 1000)) {
      cursor = batch.cursor();
    }
    Project project = coopkit().projects().create(Fixtures.projectWithComponents(1));
    Logframe stored = results().define(minimal(project));
    Indicator indicator = stored.results().get(0).indicators().get(0);

    // when
    results()
        .recordActual(
            project.id(),
            indicator.id(),
            Actual.of(Period.ofYear(2024), Breakdown.TOTAL, value("40")));

    // then
    List<Change> changes =
        coopkit().changes().after(cursor, 1000).changes().stream()
            .filter(c -> c.aggregateKind().equals("Logframe"))
            .filter(c -> c.aggregateId().equals(project.id().toString()))
            .toList();
    assertThat(changes)
        .extracting(Change::kind)
        .containsExactly(ChangeKind.CREATED, ChangeKind.UPDATED);
    assertThat(changes.get(1).fields())
        .extracting(f -> f.path())
        .anySatisfy(path -> assertThat(path).contains("actuals"));
  }

  /** Checks that a value that does not fit the measure is refused, naming the rule. */
  @Test
  protected void aValueOutsideItsMeasureIsRefused() {
    Project project = coopkit().projects().create(Fixtures.projectWithComponents(1));
    Logframe stored = results().define(minimal(project));
    Indicator indicator = stored.results().get(0).indicators().get(0);

    assertThatThrownBy(
            () ->
                results()
                    .recordActual(
                        project.id(),
                        indicator.id(),
                        Actual.of(Period.ofYear(2024), Breakdown.TOTAL, value("101"))))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("PERCENTAGE");
    assertThat(results().get(project.id())).isEqualTo(stored);
  }

  /** Checks that an event serving an output, and a project with a logframe, stay. */
  @Test
  protected void anEventServingAnOutputAndAProjectWithALogframeCannotBeDeleted() {
    // given
    Project project = coopkit().projects().create(Fixtures.projectWithComponents(1));
    Event event = coopkit().events().create(Fixtures.eventOf(project.id()));
    Logframe stored =
        results()
            .define(
                minimal(project).toBuilder()
                    .putResult(output(project).toBuilder().addEvent(event.id()).build())
                    .build());

    // when, then
    assertThatThrownBy(() -> coopkit().events().delete(event.id(), event.version()))
        .isInstanceOf(StillReferencedException.class);
    assertThatThrownBy(() -> coopkit().projects().delete(project.id(), project.version()))
        .isInstanceOf(StillReferencedException.class);
    results().delete(project.id(), stored.version());
    coopkit().events().delete(event.id(), event.version());
    coopkit().projects().delete(project.id(), project.version());
    assertThatThrownBy(() -> results().get(project.id())).isInstanceOf(NotFoundException.class);
  }

  /** Checks that a component a result names stays until the result lets it go. */
  @Test
  protected void aComponentThatAResultNamesCannotBeRemoved() {
    // given
    Project project = coopkit().projects().create(Fixtures.projectWithComponents(2));
    ComponentId named = project.components().get(0).id();
    Logframe stored = results().define(minimal(project));
    Project withoutIt = project.toBuilder().components(project.components().subList(1, 2)).build();

    // when, then
    assertThatThrownBy(() -> coopkit().projects().update(withoutIt))
        .isInstanceOf(StillReferencedException.class)
        .hasMessageContaining(named.toString());
    Result outcome = stored.results().get(0);
    results()
        .update(
            stored.toBuilder()
                .results(List.of(outcome.toBuilder().components(List.of()).build()))
                .build());
    assertThat(coopkit().projects().update(withoutIt).components())
        .extracting(c -> c.id())
        .doesNotContain(named);
  }

  /** Checks that logframes are listed by the events they link, page by page. */
  @Test
  protected void logframesAreFoundByTheEventsTheirOutputsLink() {
    // given
    Event shared = null;
    List<Logframe> linking = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Project project = coopkit().projects().create(Fixtures.projectWithComponents(1));
      if (shared == null) {
        shared = coopkit().events().create(Fixtures.eventOf(project.id()));
      }
      linking.add(
          results()
              .define(
                  minimal(project).toBuilder()
                      .putResult(output(project).toBuilder().addEvent(shared.id()).build())
                      .build()));
    }
    results().define(minimal(coopkit().projects().create(Fixtures.projectWithComponents(1))));

    // when
    List<Logframe> found = new ArrayList<>();
    LogframeQuery query = LogframeQuery.builder().event(shared.id()).limit(2).build();
    Page<Logframe> page = results().search(query);
    found.addAll(page.items());
    assertThat(page.nextCursor()).isNotNull();
    page = results().search(query.after(page.nextCursor()));
    found.addAll(page.items());

    // then
    assertThat(page.nextCursor()).isNull();
    assertThat(found)
        .containsExactlyElementsOf(
            linking.stream().sorted((a, b) -> a.id().compareTo(b.id())).toList());
  }

  /**
   * Checks the worked example of the rule: a number half-way to its target with half the time gone
   * is on track, a lower-is-better one behind time is off track, a yes/no reached is achieved.
   */
  @Test
  protected void progressFollowsTheStatedRule() {
    // given
    Project project = coopkit().projects().create(Fixtures.projectWithComponents(1));
    ResultId outcome = newResultId();
    Indicator trained =
        Indicator.builder()
            .id(newIndicatorId())
            .statement("Judges trained")
            .measure(Measure.number("judges"))
            .addBaseline(Baseline.of(Breakdown.of(PH), value("0"), PartialDate.of(2024, 1, 1)))
            .addTarget(
                Target.of(
                    Period.of(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 1, 1)),
                    Breakdown.of(PH),
                    value("100")))
            .addActual(
                Actual.of(
                    Period.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)),
                    Breakdown.of(PH),
                    value("50")))
            .build();
    Indicator days =
        Indicator.builder()
            .id(newIndicatorId())
            .statement("Days to answer a request")
            .measure(Measure.number("days"))
            .direction(Direction.LOWER_IS_BETTER)
            .addBaseline(Baseline.of(Breakdown.of(GE), value("200"), PartialDate.of(2024, 1, 1)))
            .addTarget(
                Target.of(
                    Period.of(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 1, 1)),
                    Breakdown.of(GE),
                    value("100")))
            .addActual(
                Actual.of(
                    Period.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)),
                    Breakdown.of(GE),
                    value("180")))
            .build();
    Indicator guide =
        Indicator.builder()
            .id(newIndicatorId())
            .statement("Guide published")
            .measure(Measure.yesNo())
            .addBaseline(Baseline.of(Breakdown.TOTAL, value("0"), PartialDate.ofYear(2023)))
            .addTarget(Target.of(Period.ofYear(2025), Breakdown.TOTAL, value("1")))
            .addActual(Actual.of(Period.ofYear(2024), Breakdown.TOTAL, value("1")))
            .build();
    Indicator law =
        Indicator.builder()
            .id(newIndicatorId())
            .statement("Law adopted")
            .measure(Measure.scale("none", "draft", "in parliament", "adopted"))
            .addTarget(Target.of(Period.ofYear(2026), Breakdown.of(PH), value("3")))
            .build();
    Logframe logframe =
        Logframe.builder()
            .project(project.id())
            .addResult(
                Result.builder()
                    .id(outcome)
                    .level(ResultLevel.OUTCOME)
                    .statement("Outcome")
                    .addIndicator(days)
                    .addIndicator(law)
                    .build())
            .addResult(
                Result.builder()
                    .id(newResultId())
                    .level(ResultLevel.OUTPUT)
                    .statement("Output")
                    .contributesTo(outcome)
                    .addIndicator(trained)
                    .addIndicator(guide)
                    .build())
            .build();
    results().define(logframe);

    // when
    ProgressReport report = results().progress(project.id(), LocalDate.of(2025, 6, 30));

    // then
    assertThat(report.rows())
        .extracting(
            r -> r.indicator().statement().english(),
            IndicatorProgress::status,
            IndicatorProgress::share)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Days to answer a request", ProgressStatus.OFF_TRACK, new BigDecimal("0.2000")),
            org.assertj.core.groups.Tuple.tuple("Law adopted", ProgressStatus.NOT_ASSESSED, null),
            org.assertj.core.groups.Tuple.tuple(
                "Judges trained", ProgressStatus.ON_TRACK, new BigDecimal("0.5000")),
            org.assertj.core.groups.Tuple.tuple(
                "Guide published", ProgressStatus.ACHIEVED, new BigDecimal("1.0000")));
    assertThat(report.rows().get(2).elapsed()).isEqualByComparingTo("0.4993");
    OutcomeProgress rolled = report.outcomes().get(0);
    assertThat(rolled.rows()).hasSize(4);
    assertThat(rolled.count(ProgressStatus.ON_TRACK)).isEqualTo(1);
    assertThat(rolled.count(ProgressStatus.OFF_TRACK)).isEqualTo(1);
    assertThat(rolled.count(ProgressStatus.ACHIEVED)).isEqualTo(1);
    assertThat(rolled.count(ProgressStatus.NOT_ASSESSED)).isEqualTo(1);
    assertThat(report.toCsv())
        .startsWith("section,result_level,result_id,")
        .contains(",ON_TRACK,")
        .contains("\r\noutcome,OUTCOME," + outcome + ",Outcome,");
  }

  /**
   * Checks that participants, countries and events are counted from the held events linked to the
   * outputs, and that a count that is only a lower bound stays one.
   */
  @Test
  protected void countsFromEventsAreComputedAndALowerBoundStaysOne() {
    // given
    Project project = coopkit().projects().create(Fixtures.projectWithComponents(1));
    Event exact =
        held(
            project,
            LocalDate.of(2024, 3, 1),
            Participation.builder()
                .total(ParticipantCount.exactly(30))
                .addCountry(PH, ParticipantCount.exactly(20))
                .addCountry(GE, ParticipantCount.exactly(10))
                .build());
    Event moreThan =
        held(
            project,
            LocalDate.of(2024, 5, 1),
            Participation.builder().total(ParticipantCount.moreThan(40)).addCountry(PH).build());
    Event later =
        held(
            project,
            LocalDate.of(2025, 5, 1),
            Participation.of(ParticipantCount.exactly(99), Set.of(CountryCode.of("FR"))));
    Event planned =
        coopkit()
            .events()
            .create(
                Fixtures.eventOn(project.id(), LocalDate.of(2024, 4, 1)).toBuilder()
                    .participation(Participation.of(ParticipantCount.planned(500), Set.of(PH)))
                    .build());
    ResultId outcome = newResultId();
    Indicator participants = computed(EventCount.PARTICIPANTS, "people", Breakdown.of(PH));
    Indicator countries = computed(EventCount.COUNTRIES, "countries", null);
    Indicator events = computed(EventCount.EVENTS, "events", null);
    results()
        .define(
            Logframe.builder()
                .project(project.id())
                .addResult(
                    Result.builder()
                        .id(outcome)
                        .level(ResultLevel.OUTCOME)
                        .statement("Outcome")
                        .addIndicator(events)
                        .build())
                .addResult(
                    Result.builder()
                        .id(newResultId())
                        .level(ResultLevel.OUTPUT)
                        .statement("Output")
                        .contributesTo(outcome)
                        .events(List.of(exact.id(), moreThan.id(), later.id(), planned.id()))
                        .addIndicator(participants)
                        .addIndicator(countries)
                        .build())
                .build());

    // when
    ProgressReport report = results().progress(project.id(), LocalDate.of(2024, 12, 31));

    // then
    IndicatorProgress eventsRow = report.rows().get(0);
    assertThat(eventsRow.isComputed()).isTrue();
    assertThat(eventsRow.actual()).isEqualByComparingTo("2");
    assertThat(eventsRow.actualPeriod())
        .isEqualTo(Period.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 12, 31)));
    IndicatorProgress total = report.rows().get(1);
    assertThat(total.breakdown()).isEqualTo(Breakdown.TOTAL);
    assertThat(total.actual()).isEqualByComparingTo("71");
    assertThat(total.isLowerBound()).isTrue();
    assertThat(total.participants().lowerBound()).isEqualTo(71);
    IndicatorProgress philippines = report.rows().get(2);
    assertThat(philippines.breakdown()).isEqualTo(Breakdown.of(PH));
    assertThat(philippines.actual()).isEqualByComparingTo("20");
    assertThat(philippines.isLowerBound()).isTrue();
    assertThat(report.rows().get(3).actual()).isEqualByComparingTo("2");
    assertThat(report.rows().get(3).isLowerBound()).isFalse();
    assertThat(report.toCsv()).contains(",PARTICIPANTS,true,");
  }

  /**
   * Checks the progress report against an independent computation of the rule, on seeded random
   * logframes and events.
   */
  @Test
  protected void progressMatchesAnIndependentComputationOnRandomLogframes() {
    List<String> seen = new ArrayList<>();
    for (long seed = 1; seed <= 12; seed++) {
      // given
      ProgressOracle.World world = ProgressOracle.randomWorld(coopkit(), seed);

      // when
      ProgressReport report = results().progress(world.project(), world.asOf());

      // then
      assertThat(ProgressOracle.summary(report))
          .as("seed %s", seed)
          .containsExactlyElementsOf(ProgressOracle.expected(world));
      seen.addAll(ProgressOracle.summary(report));
    }
    // The worlds reach every status, and counts from events that are lower bounds.
    String all = String.join("\n", seen);
    for (ProgressStatus status : ProgressStatus.values()) {
      assertThat(all).contains(" " + status.name());
    }
    assertThat(all).contains("+ share=");
  }

  private ResultService results() {
    return coopkit().results();
  }

  private Event held(Project project, LocalDate day, Participation participation) {
    return coopkit()
        .events()
        .create(
            Fixtures.eventOn(project.id(), day).toBuilder()
                .status(EventStatus.HELD)
                .participation(participation)
                .build());
  }

  private static Indicator computed(EventCount count, String unit, Breakdown extra) {
    Indicator.Builder b =
        Indicator.builder()
            .id(newIndicatorId())
            .statement("Counted " + unit)
            .measure(Measure.number(unit))
            .computedFrom(count)
            .addBaseline(Baseline.of(Breakdown.TOTAL, value("0"), PartialDate.ofYear(2023)))
            .addTarget(Target.of(Period.ofYear(2026), Breakdown.TOTAL, value("1000")));
    if (extra != null) {
      b.addBaseline(Baseline.of(extra, value("0"), PartialDate.ofYear(2023)));
    }
    return b.build();
  }

  /** An outcome with one percentage indicator, of {@code project}'s first component. */
  private static Logframe minimal(Project project) {
    return Logframe.builder()
        .project(project.id())
        .addResult(
            Result.builder()
                .id(newResultId())
                .level(ResultLevel.OUTCOME)
                .statement("Outcome " + Fixtures.uniqueToken())
                .components(
                    project.components().isEmpty()
                        ? List.of()
                        : List.of(project.components().get(0).id()))
                .addIndicator(
                    Indicator.builder()
                        .id(newIndicatorId())
                        .statement("Share answered in time")
                        .measure(Measure.percentage())
                        .build())
                .build())
        .build();
  }

  private static Result output(Project project) {
    return Result.builder()
        .id(newResultId())
        .level(ResultLevel.OUTPUT)
        .statement("Output " + Fixtures.uniqueToken())
        .build();
  }
}
