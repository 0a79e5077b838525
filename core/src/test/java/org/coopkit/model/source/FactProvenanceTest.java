package org.coopkit.model.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.coopkit.error.ValidationException;
import org.junit.jupiter.api.Test;

class FactProvenanceTest {
  private static final Fact TOTAL =
      new Fact(AggregateKind.EVENT, UUID.randomUUID(), FactPath.PARTICIPATION_TOTAL);
  private static final Instant AT = Instant.parse("2025-03-17T08:30:00Z");

  private static FactProvenance.Builder reporting(String... values) {
    return FactProvenance.builder(TOTAL)
        .reported(List.of(values).stream().map(v -> ReportedValue.of(v, List.of())).toList());
  }

  @Test
  void oneReportedValueIsNotContested() {
    assertThat(reporting("93").build().isContested()).isFalse();
  }

  @Test
  void twoValuesWithoutAdoptionAreContested() {
    assertThat(reporting("50", "93").build().isContested()).isTrue();
  }

  @Test
  void twoValuesAdoptedByARuleStayContested() {
    FactProvenance p =
        reporting("50", "93")
            .adoption(Adoption.byRule(AdoptionRule.LATEST_SOURCE, "93", "system", AT))
            .build();

    assertThat(p.isContested()).isTrue();
    assertThat(p.adopted()).map(ReportedValue::value).contains("93");
  }

  @Test
  void twoValuesOneChosenByAPersonAreSettled() {
    FactProvenance p =
        reporting("50", "93").adoption(Adoption.chosen("93", "maria", "final count", AT)).build();

    assertThat(p.isContested()).isFalse();
  }

  @Test
  void anAdoptedValueNoSourceReportedIsRefused() {
    ValidationException e =
        catchThrowableOfType(
            ValidationException.class,
            () -> reporting("93").adoption(Adoption.chosen("94", "maria", "typo", AT)).build());

    assertThat(e.violations().get(0).path()).isEqualTo("adoption.value");
  }

  @Test
  void aPersonsChoiceWithoutAReasonIsRefused() {
    ValidationException e =
        catchThrowableOfType(
            ValidationException.class, () -> Adoption.chosen("93", "maria", " ", AT));

    assertThat(e.violations()).extracting(v -> v.path()).contains("reason");
  }

  @Test
  void aValueReportedTwiceIsRefused() {
    ValidationException e =
        catchThrowableOfType(ValidationException.class, () -> reporting("93", "93").build());

    assertThat(e.violations().get(0).path()).isEqualTo("reported[1]");
  }

  @Test
  void aFactIsSourcedWhenItOrOneOfItsValuesCitesASource() {
    SourceId source = SourceId.of(UUID.randomUUID());

    assertThat(reporting("93").build().isSourced()).isFalse();
    assertThat(FactProvenance.builder(TOTAL).sources(List.of(source)).build().isSourced()).isTrue();
    assertThat(
            FactProvenance.builder(TOTAL)
                .reported(List.of(ReportedValue.of("93", List.of(source))))
                .build()
                .isSourced())
        .isTrue();
  }
}
