package org.coopkit.storage.tck;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.coopkit.model.CountryCode;
import org.coopkit.model.IdGenerator;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.PartialDate;
import org.coopkit.model.event.EventId;
import org.coopkit.model.organisation.OrganisationType;
import org.coopkit.model.project.Project;
import org.coopkit.model.result.Actual;
import org.coopkit.model.result.Baseline;
import org.coopkit.model.result.Breakdown;
import org.coopkit.model.result.Direction;
import org.coopkit.model.result.Disaggregation;
import org.coopkit.model.result.EventCount;
import org.coopkit.model.result.Indicator;
import org.coopkit.model.result.IndicatorId;
import org.coopkit.model.result.Logframe;
import org.coopkit.model.result.Measure;
import org.coopkit.model.result.Period;
import org.coopkit.model.result.Result;
import org.coopkit.model.result.ResultId;
import org.coopkit.model.result.ResultLevel;
import org.coopkit.model.result.Sex;
import org.coopkit.model.result.Target;
import org.coopkit.model.source.SourceId;

/**
 * Logframes for tests: fresh ids, and a logframe with every field set.
 *
 * @since 0.2.0
 */
public final class ResultFixtures {
  private static final IdGenerator IDS = IdGenerator.timeOrdered();

  private ResultFixtures() {}

  /**
   * A fresh result id.
   *
   * @return a new time-ordered result id
   */
  public static ResultId newResultId() {
    return ResultId.of(IDS.next());
  }

  /**
   * A fresh indicator id.
   *
   * @return a new time-ordered indicator id
   */
  public static IndicatorId newIndicatorId() {
    return IndicatorId.of(IDS.next());
  }

  /**
   * A fresh source id, of a source no store needs to hold.
   *
   * @return a new time-ordered source id
   */
  public static SourceId newSourceId() {
    return SourceId.of(IDS.next());
  }

  /**
   * A value.
   *
   * @param text the value's decimal text
   * @return the value
   */
  public static BigDecimal value(String text) {
    return new BigDecimal(text);
  }

  /**
   * A logframe of {@code project} with every field set: an impact, an outcome of the first
   * component and an output of both, with events; indicators of every measure kind, in two
   * languages, broken down by country, sex and organisation type, with baselines at each date
   * precision, targets, actual values with sources and notes, and one indicator computed from
   * events.
   *
   * @param project a stored project with at least two components
   * @param events stored events to link to the output
   * @return a valid logframe, not yet stored
   */
  public static Logframe fullyPopulatedLogframe(Project project, List<EventId> events) {
    CountryCode ph = CountryCode.of("PH");
    CountryCode ge = CountryCode.of("GE");
    ResultId impact = newResultId();
    ResultId outcome = newResultId();
    Indicator adopted =
        Indicator.builder()
            .id(newIndicatorId())
            .statement(
                LocalizedText.of("en", "Cybercrime law in line with the Convention")
                    .with("fr", "Loi sur la cybercriminalité conforme à la Convention"))
            .measure(Measure.scale("none", "draft", "in parliament", "adopted"))
            .addBaseline(
                new Baseline(Breakdown.of(ph), value("1"), PartialDate.ofYear(2023), "draft"))
            .addTarget(Target.of(Period.ofYear(2026), Breakdown.of(ph), value("3")))
            .addActual(
                new Actual(
                    Period.ofYear(2024),
                    Breakdown.of(ph),
                    value("2"),
                    List.of(newSourceId(), newSourceId()),
                    "bill tabled in the Senate"))
            .build();
    Indicator share =
        Indicator.builder()
            .id(newIndicatorId())
            .statement("Share of requests answered within 60 days")
            .measure(Measure.percentage())
            .direction(Direction.HIGHER_IS_BETTER)
            .addBaseline(Baseline.of(Breakdown.TOTAL, value("12.5"), PartialDate.ofMonth(2023, 6)))
            .addTarget(new Target(Period.ofYear(2026), Breakdown.TOTAL, value("50"), "mid-term"))
            .addActual(
                new Actual(
                    Period.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30)),
                    Breakdown.TOTAL,
                    value("20.125"),
                    List.of(newSourceId()),
                    null))
            .build();
    Indicator days =
        Indicator.builder()
            .id(newIndicatorId())
            .statement("Days to answer a request for mutual legal assistance")
            .measure(Measure.number("days"))
            .direction(Direction.LOWER_IS_BETTER)
            .disaggregations(Set.of(Disaggregation.ORGANISATION_TYPE))
            .addBaseline(Baseline.of(Breakdown.of(ge), value("240"), PartialDate.of(2023, 3, 1)))
            .addTarget(Target.of(Period.ofYear(2025), Breakdown.of(ge), value("90")))
            .addTarget(
                Target.of(
                    Period.ofYear(2025),
                    new Breakdown(ge, null, OrganisationType.PROSECUTION_SERVICE),
                    value("60")))
            .build();
    Indicator trained =
        Indicator.builder()
            .id(newIndicatorId())
            .statement("Officials trained")
            .measure(Measure.number("officials"))
            .disaggregations(Set.of(Disaggregation.SEX))
            .computedFrom(EventCount.PARTICIPANTS)
            .addBaseline(Baseline.of(Breakdown.TOTAL, value("0"), PartialDate.ofYear(2023)))
            .addTarget(Target.of(Period.ofYear(2026), Breakdown.TOTAL, value("400")))
            .addTarget(
                Target.of(Period.ofYear(2026), new Breakdown(null, Sex.FEMALE, null), value("200")))
            .build();
    Indicator guide =
        Indicator.builder()
            .id(newIndicatorId())
            .statement("Guide on electronic evidence published")
            .measure(Measure.yesNo())
            .addBaseline(Baseline.of(Breakdown.TOTAL, value("0"), PartialDate.ofYear(2023)))
            .addTarget(Target.of(Period.ofYear(2025), Breakdown.TOTAL, value("1")))
            .build();
    return Logframe.builder()
        .project(project.id())
        .addResult(
            Result.builder()
                .id(impact)
                .level(ResultLevel.IMPACT)
                .statement("Criminal justice systems deal effectively with cybercrime")
                .addIndicator(adopted)
                .build())
        .addResult(
            Result.builder()
                .id(outcome)
                .level(ResultLevel.OUTCOME)
                .statement(
                    LocalizedText.of("en", "Authorities co-operate internationally")
                        .with("es", "Las autoridades cooperan a nivel internacional"))
                .contributesTo(impact)
                .addComponent(project.components().get(0).id())
                .addIndicator(share)
                .addIndicator(days)
                .build())
        .addResult(
            Result.builder()
                .id(newResultId())
                .level(ResultLevel.OUTPUT)
                .statement("Officials trained on electronic evidence")
                .contributesTo(outcome)
                .components(
                    List.of(project.components().get(0).id(), project.components().get(1).id()))
                .events(events)
                .addIndicator(trained)
                .addIndicator(guide)
                .build())
        .build();
  }
}
