package org.coopkit.model.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.coopkit.internal.ValidationAssertions.invalid;
import static org.coopkit.internal.ValidationAssertions.violation;

import com.google.common.testing.EqualsTester;
import org.coopkit.error.ValidationException;
import org.coopkit.model.Limits;
import org.coopkit.model.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CooperationFrameworkTest {

  @Test
  void normalisesTheCodeToLowerCaseAndStripsTheAcronym() {
    CooperationFramework framework =
        CooperationFramework.of(" PCF-EaP ", "Partnership for Good Governance", " PGG ");

    assertThat(framework.code()).isEqualTo("pcf-eap");
    assertThat(framework.acronym()).isEqualTo("PGG");
    assertThat(framework.name().english()).isEqualTo("Partnership for Good Governance");
  }

  @ParameterizedTest
  @ValueSource(strings = {"pcf eap", "-pcf", "pcf-", "pcf_eap", "pçf"})
  void rejectsACodeWithOtherThanLowerCaseLettersDigitsAndInnerHyphens(String code) {
    violation(
        () -> CooperationFramework.of(code, "PGG", null),
        "code",
        "must be lower-case letters, digits and inner hyphens");
  }

  @Test
  void rejectsABlankCodeAndABlankAcronymTogether() {
    ValidationException e = invalid(() -> CooperationFramework.of(" ", "PGG", "  "));

    assertThat(e.paths()).containsExactly("code", "acronym");
  }

  @Test
  void acceptsCodeAndAcronymAtTheLengthLimitAndRejectsOneBeyond() {
    CooperationFramework atLimit =
        CooperationFramework.of("p".repeat(Limits.CODE), "PGG", "P".repeat(Limits.CODE));
    assertThat(atLimit.code()).hasSize(Limits.CODE);
    assertThat(atLimit.acronym()).isEqualTo("P".repeat(Limits.CODE));
    violation(
        () -> CooperationFramework.of("p".repeat(Limits.CODE + 1), "PGG", null),
        "code",
        "must be at most " + Limits.CODE);
    violation(
        () -> CooperationFramework.of("pgg", "PGG", "P".repeat(Limits.CODE + 1)),
        "acronym",
        "must be at most " + Limits.CODE);
  }

  @Test
  void rejectsAMissingCodeOrNameNamingIt() {
    assertThatNullPointerException()
        .isThrownBy(() -> new CooperationFramework(null, LocalizedText.of("PGG"), null))
        .withMessage("code");
    assertThatNullPointerException()
        .isThrownBy(() -> new CooperationFramework("pgg", null, null))
        .withMessage("name");
  }

  @Test
  void equalsAnotherFrameworkExactlyWhenEveryValueIsEqual() {
    new EqualsTester()
        .addEqualityGroup(
            CooperationFramework.of("pgg", "Partnership for Good Governance", "PGG"),
            CooperationFramework.of("PGG", "Partnership for Good Governance", " PGG"))
        .addEqualityGroup(
            CooperationFramework.of("pgg-ii", "Partnership for Good Governance", "PGG"))
        .addEqualityGroup(
            CooperationFramework.of("pgg", "Partnership for Good Governance II", "PGG"))
        .addEqualityGroup(CooperationFramework.of("pgg", "Partnership for Good Governance", null))
        .testEquals();
  }
}
