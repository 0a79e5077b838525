package org.coopkit.model.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.coopkit.error.ValidationException;
import org.coopkit.error.Violation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FactPathTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "title",
        "dates.actualEnd",
        "participation.total",
        "countries[MD]",
        "roles[0190a5b4-8f3e-7c1a-9b2d-4e5f6a7b8c9d].type",
        "title.texts[en]"
      })
  void aPathInTheGrammarIsKeptAsWritten(String text) {
    assertThat(FactPath.of(text).value()).isEqualTo(text);
    assertThat(FactPath.of(text)).isEqualTo(FactPath.of(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "Title",
        "dates.",
        ".dates",
        "dates..actualEnd",
        "countries[]",
        "countries[M D]",
        "countries[MD",
        "countries[MD]x",
        "dates/actualEnd",
        "1dates"
      })
  void aPathOutsideTheGrammarIsRefusedNamingTheFieldTheRuleAndTheValue(String text) {
    ValidationException e =
        catchThrowableOfType(ValidationException.class, () -> FactPath.of(text));

    assertThat(e).isNotNull();
    assertThat(e.violations()).hasSize(1);
    Violation v = e.violations().get(0);
    assertThat(v.path()).isEqualTo("path");
    assertThat(v.rule()).startsWith("must");
    assertThat(e.getMessage()).contains("FactPath");
  }

  @ParameterizedTest
  @ValueSource(ints = {200, 201})
  void aPathOfMoreThan200CharactersIsRefused(int length) {
    String text = "a".repeat(length);

    ValidationException e =
        catchThrowableOfType(ValidationException.class, () -> FactPath.of(text));

    if (length <= FactPath.MAX_LENGTH) {
      assertThat(e).isNull();
    } else {
      assertThat(e.violations().get(0).rule()).contains("at most 200");
    }
  }
}
