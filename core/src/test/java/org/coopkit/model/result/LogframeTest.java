package org.coopkit.model.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.coopkit.error.ValidationException;
import org.coopkit.model.CountryCode;
import org.coopkit.model.PartialDate;
import org.coopkit.model.event.EventId;
import org.coopkit.model.project.ProjectId;
import org.junit.jupiter.api.Test;

class LogframeTest {
  private static ResultId resultId() {
    return ResultId.of(UUID.randomUUID());
  }

  private static Indicator.Builder indicator(Measure measure) {
    return Indicator.builder()
        .id(IndicatorId.of(UUID.randomUUID()))
        .statement("Indicator")
        .measure(measure);
  }

  @Test
  void anOutputContributesToAnOutcomeNotToTheImpact() {
    // given
    ResultId impact = resultId();
    Result output =
        Result.builder()
            .id(resultId())
            .level(ResultLevel.OUTPUT)
            .statement("Output")
            .contributesTo(impact)
            .build();

    // when, then
    assertThatThrownBy(
            () ->
                Logframe.builder()
                    .project(ProjectId.of(UUID.randomUUID()))
                    .addResult(
                        Result.builder()
                            .id(impact)
                            .level(ResultLevel.IMPACT)
                            .statement("Impact")
                            .build())
                    .addResult(output)
                    .build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("results[1].contributesTo")
        .hasMessageContaining("one level up (OUTCOME)");
  }

  @Test
  void onlyAnOutputIsServedByEvents() {
    assertThatThrownBy(
            () ->
                Result.builder()
                    .id(resultId())
                    .level(ResultLevel.OUTCOME)
                    .statement("Outcome")
                    .addEvent(EventId.of(UUID.randomUUID()))
                    .build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("events")
        .hasMessageContaining("OUTPUTs only");
  }

  @Test
  void aValueMustFitItsMeasure() {
    Period year = Period.ofYear(2024);
    assertThatThrownBy(
            () ->
                indicator(Measure.scale("draft", "adopted"))
                    .addActual(Actual.of(year, Breakdown.TOTAL, new BigDecimal("2")))
                    .build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("actuals[0].value")
        .hasMessageContaining("0 to 1");
    assertThatThrownBy(
            () ->
                indicator(Measure.yesNo())
                    .addTarget(Target.of(year, Breakdown.TOTAL, new BigDecimal("0.5")))
                    .build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("targets[0].value");
    assertThat(
            indicator(Measure.percentage())
                .addActual(Actual.of(year, Breakdown.TOTAL, new BigDecimal("100.00")))
                .build()
                .actuals()
                .get(0)
                .value())
        .isEqualTo(new BigDecimal("100"));
  }

  @Test
  void aBreakdownBySexNeedsTheIndicatorToBeBrokenDownBySex() {
    Breakdown women = new Breakdown(CountryCode.of("PH"), Sex.FEMALE, null);
    assertThatThrownBy(
            () ->
                indicator(Measure.number("people"))
                    .addBaseline(Baseline.of(women, BigDecimal.ONE, PartialDate.ofYear(2023)))
                    .build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("baselines[0].breakdown.sex");
  }

  @Test
  void anIndicatorComputedFromEventsTakesNoActualsTypedIn() {
    assertThatThrownBy(
            () ->
                indicator(Measure.number("people"))
                    .computedFrom(EventCount.PARTICIPANTS)
                    .addActual(Actual.of(Period.ofYear(2024), Breakdown.TOTAL, BigDecimal.TEN))
                    .build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("computed from events");
  }

  @Test
  void twoActualsOfOnePeriodAndBreakdownAreRefused() {
    Actual actual = Actual.of(Period.ofYear(2024), Breakdown.TOTAL, BigDecimal.TEN);
    assertThatThrownBy(
            () -> indicator(Measure.number("people")).actuals(List.of(actual, actual)).build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("actuals[1]");
  }

  @Test
  void codesMapToIati() {
    assertThat(List.of(ResultLevel.OUTPUT, ResultLevel.OUTCOME, ResultLevel.IMPACT))
        .extracting(ResultLevel::iatiCode)
        .containsExactly(1, 2, 3);
    assertThat(MeasureKind.values()).extracting(MeasureKind::iatiCode).containsExactly(1, 2, 3, 4);
    assertThat(Direction.HIGHER_IS_BETTER.iatiAscending()).isTrue();
    assertThat(Direction.LOWER_IS_BETTER.iatiAscending()).isFalse();
  }

  @Test
  void aPeriodEndsOnOrAfterItsStart() {
    assertThatThrownBy(
            () -> Period.of(java.time.LocalDate.of(2024, 2, 1), java.time.LocalDate.of(2024, 1, 1)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("end");
  }
}
