package org.coopkit.examples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.coopkit.Coopkit;
import org.coopkit.model.CountryCode;
import org.coopkit.model.PartialDate;
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

/**
 * A small results chain for the seed project's two components, stored through the results service.
 *
 * <p><b>Illustrative only.</b> The public page states the project's aim and its two components; it
 * publishes no logframe. The statements below paraphrase the aim and the components, and every
 * indicator, baseline, target and actual value is invented to show the model: none of them is a
 * figure of the real project.
 */
public final class SeedResults {
  private SeedResults() {}

  /** Stores the illustrative logframe of {@code seed}'s project; returns it as stored. */
  public static Logframe store(Coopkit coopkit, SeedProject.Stored seed) {
    Project project = seed.project();
    CountryCode georgia = CountryCode.of("GE");
    CountryCode moldova = CountryCode.of("MD");
    Period term = Period.of(LocalDate.of(2015, 3, 1), LocalDate.of(2017, 12, 31));
    ResultId impact = coopkit.ids().newResultId();
    ResultId mla = coopkit.ids().newResultId();
    ResultId contactPoints = coopkit.ids().newResultId();
    return coopkit
        .results()
        .define(
            Logframe.builder()
                .project(project.id())
                .addResult(
                    Result.builder()
                        .id(impact)
                        .level(ResultLevel.IMPACT)
                        .statement(
                            "Regional and international cooperation against cybercrime and on"
                                + " electronic evidence works better")
                        .build())
                .addResult(
                    Result.builder()
                        .id(mla)
                        .level(ResultLevel.OUTCOME)
                        .statement(
                            "Requests for mutual legal assistance on electronic evidence are"
                                + " answered faster")
                        .contributesTo(impact)
                        .addComponent(project.components().get(0).id())
                        .addIndicator(
                            Indicator.builder()
                                .id(coopkit.ids().newIndicatorId())
                                .statement("Median days to answer a request (illustrative)")
                                .measure(Measure.number("days"))
                                .direction(Direction.LOWER_IS_BETTER)
                                .addBaseline(
                                    Baseline.of(
                                        Breakdown.of(georgia),
                                        new BigDecimal("180"),
                                        PartialDate.ofYear(2015)))
                                .addTarget(
                                    new org.coopkit.model.result.Target(
                                        term, Breakdown.of(georgia), new BigDecimal("90"), null))
                                .addActual(
                                    Actual.of(
                                        Period.ofYear(2016),
                                        Breakdown.of(georgia),
                                        new BigDecimal("120")))
                                .build())
                        .build())
                .addResult(
                    Result.builder()
                        .id(coopkit.ids().newResultId())
                        .level(ResultLevel.OUTPUT)
                        .statement(
                            "Prosecutors and officials meet to agree on cooperation practice")
                        .contributesTo(mla)
                        .addComponent(project.components().get(0).id())
                        .addEvent(seed.conference().id())
                        .addIndicator(
                            Indicator.builder()
                                .id(coopkit.ids().newIndicatorId())
                                .statement("People who took part in regional meetings")
                                .measure(Measure.number("participants"))
                                .computedFrom(EventCount.PARTICIPANTS)
                                .addBaseline(
                                    Baseline.of(
                                        Breakdown.TOTAL, BigDecimal.ZERO, PartialDate.ofYear(2015)))
                                .addTarget(
                                    org.coopkit.model.result.Target.of(
                                        term, Breakdown.TOTAL, new BigDecimal("150")))
                                .build())
                        .build())
                .addResult(
                    Result.builder()
                        .id(contactPoints)
                        .level(ResultLevel.OUTCOME)
                        .statement("24/7 points of contact play a stronger role")
                        .contributesTo(impact)
                        .addComponent(project.components().get(1).id())
                        .addIndicator(
                            Indicator.builder()
                                .id(coopkit.ids().newIndicatorId())
                                .statement("Standing of the 24/7 point of contact (illustrative)")
                                .measure(
                                    Measure.scale(
                                        "none",
                                        "designated",
                                        "staffed",
                                        "working around the clock"))
                                .addBaseline(
                                    Baseline.of(
                                        Breakdown.of(moldova),
                                        BigDecimal.ONE,
                                        PartialDate.ofYear(2015)))
                                .addTarget(
                                    org.coopkit.model.result.Target.of(
                                        term, Breakdown.of(moldova), new BigDecimal("3")))
                                .addActual(
                                    new Actual(
                                        Period.ofYear(2017),
                                        Breakdown.of(moldova),
                                        new BigDecimal("2"),
                                        List.of(),
                                        "invented for the example"))
                                .build())
                        .build())
                .build());
  }
}
