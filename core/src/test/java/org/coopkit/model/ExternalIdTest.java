package org.coopkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopkit.model.ModelAssertions.invalid;
import static org.coopkit.model.ModelAssertions.violation;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExternalIdTest {

  @Test
  void holdsASchemeAndValue() {
    ExternalId id = ExternalId.of("iati", "XM-DAC-47066-1234");
    assertThat(id.scheme()).isEqualTo("iati");
    assertThat(id.value()).isEqualTo("XM-DAC-47066-1234");
    assertThat(id).hasToString("iati:XM-DAC-47066-1234");
  }

  @Test
  void lowerCasesTheSchemeButKeepsTheValue() {
    ExternalId id = ExternalId.of(" IATI ", " XM-DAC-47066-ab ");
    assertThat(id).isEqualTo(ExternalId.of("iati", "XM-DAC-47066-ab"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"iati", "coe.pmm", "eu_cordis", "crs-2024", "9a"})
  void acceptsSchemesOfLettersDigitsAndPunctuation(String scheme) {
    assertThat(ExternalId.of(scheme, "1").scheme()).isEqualTo(scheme);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-iati", ".x", "ia ti", "iati:", "ıati", "é"})
  void rejectsASchemeWithOtherCharactersNamingTheField(String scheme) {
    violation(() -> ExternalId.of(scheme, "1"), "scheme", "letters, digits");
  }

  @Test
  void rejectsABlankScheme() {
    violation(() -> ExternalId.of(" ", "1"), "scheme", "must not be blank");
  }

  @Test
  void rejectsAValueOnSeveralLines() {
    violation(() -> ExternalId.of("iati", "XM\nDAC"), "value", "one line");
  }

  @Test
  void rejectsABlankValue() {
    violation(() -> ExternalId.of("iati", "  "), "value", "must not be blank");
  }

  @Test
  void acceptsPartsAtTheLengthLimitAndRejectsLongerOnes() {
    String limit = "a".repeat(Limits.IDENTIFIER);
    assertThat(ExternalId.of(limit, limit).value()).hasSize(Limits.IDENTIFIER);
    assertThat(invalid(() -> ExternalId.of(limit + "a", limit + "a")).paths())
        .containsExactly("scheme", "value");
  }

  @Test
  void rejectsMissingParts() {
    assertThat(invalid(() -> new ExternalId(null, null)).paths())
        .containsExactly("scheme", "value");
  }

  @Test
  void comparesBySchemeAndValue() {
    new EqualsTester()
        .addEqualityGroup(ExternalId.of("iati", "X-1"), ExternalId.of("IATI", "X-1"))
        .addEqualityGroup(ExternalId.of("iati", "x-1"))
        .addEqualityGroup(ExternalId.of("crs", "X-1"))
        .testEquals();
  }
}
