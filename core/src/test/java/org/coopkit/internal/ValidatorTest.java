package org.coopkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.coopkit.internal.ValidationAssertions.invalid;

import java.util.List;
import org.coopkit.error.ValidationException;
import org.coopkit.error.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValidatorTest {

  @Test
  void throwsNothingWhileEverythingIsValid() {
    Validator v = Validator.of("Thing");

    assertThat(v.text("fine", "name", 10)).isTrue();
    assertThat(v.isValid()).isTrue();
    v.throwIfInvalid();
  }

  @Test
  void collectsEveryViolationInTheOrderFound() {
    Validator v = Validator.of("Thing");
    v.required(null, "id");
    v.text(" ", "name", 10);
    v.size(List.of(1, 2, 3), "items", 2);

    ValidationException e = invalid(v::throwIfInvalid);

    assertThat(e.paths()).containsExactly("id", "name", "items");
    assertThat(e.getMessage())
        .isEqualTo(
            "Invalid Thing: id: is required (null);"
                + " name: must not be blank (' '); items: must hold at most 2 entries ('3 entries')");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", " \t ", "\u00a0", "\u200b", "\u200b\u200c\u200d", "\ufeff", "\u2060 \u3000"})
  void refusesATextThatShowsNothing(String invisible) {
    Validator v = Validator.of("Thing");

    assertThat(v.text(invisible, "name", 10)).isFalse();
    assertThat(invalid(v::throwIfInvalid).violations())
        .singleElement()
        .satisfies(violation -> assertThat(violation.rule()).isEqualTo("must not be blank"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"x", "\u200bx", "\ud83d\udc69\u200d\ud83d\udcbb", "\u0644\u200f"})
  void acceptsATextWithOneVisibleCharacter(String visible) {
    assertThat(Validator.showsNothing(visible)).isFalse();
  }

  @Test
  void showsLongValuesShortened() {
    Validator v = Validator.of("Thing");
    v.add("name", "is wrong", "x".repeat(100));

    Violation violation = invalid(v::throwIfInvalid).violations().get(0);

    assertThat(violation.value()).isEqualTo("'" + "x".repeat(60) + "…'");
  }

  @Test
  void neverShowsAPersonalValue() {
    Validator v = Validator.of("Contact");
    v.checkPersonal(false, "displayName", "must not be blank");

    assertThat(invalid(v::throwIfInvalid).violations())
        .containsExactly(new Violation("displayName", "must not be blank", Violation.REDACTED));
  }

  @Test
  void acceptsTabsAndLineBreaksButNoOtherControlCharacters() {
    Validator v = Validator.of("Thing");

    assertThat(v.text("a\tb\nc\r\nd", "text", 20)).isTrue();
    assertThat(v.text("a\u0000b", "text", 20)).isFalse();
    assertThat(v.text("a\u001Bb", "text", 20)).isFalse();
  }

  @Test
  void checksTheLengthInclusively() {
    Validator v = Validator.of("Thing");

    assertThat(v.text("abc", "text", 3)).isTrue();
    assertThat(v.text("abcd", "text", 3)).isFalse();
    assertThat(v.optionalText(null, "text", 3)).isTrue();
  }

  @Test
  void putsTheViolationsOfANestedObjectUnderItsPath() {
    Validator inner = Validator.of("Component");
    inner.add("title", "must not be blank", "");
    Validator outer = Validator.of("Project");

    outer.nested("components[1]", invalid(inner::throwIfInvalid));

    assertThat(invalid(outer::throwIfInvalid).paths()).containsExactly("components[1].title");
  }

  @Test
  void normalisesTextToStrippedNfc() {
    assertThat(Validator.normalize("  Ce\u0301line\t")).isEqualTo("Céline");
    assertThat(Validator.normalizeOrNull(null)).isNull();
  }

  @Test
  void refusesAValidationExceptionWithoutViolations() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ValidationException("Thing", List.of()));
  }
}
