package org.coopkit.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.coopkit.internal.ValidationAssertions.invalid;

import java.text.Normalizer;
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

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Երևան", // Armenian
        "Тбилиси", // Cyrillic
        "Ελλάδα", // Greek, precomposed
        "თბილისი", // Georgian
        "Bakı şəhəri", // Azerbaijani
        "مؤتمر", // Arabic
        "会议", // CJK
        "Meeting \ud83c\udf0d" // an emoji, outside the BMP
      })
  void keepsATextAlreadyInNfcAsItIs(String text) {
    assertThat(Validator.normalize(text)).isSameAs(text);
    // Each character is one the table lets skip the normalizer, so the fast path is the one taken.
    assertThat(text.codePoints()).allMatch(Validator::isNfcStable);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\u0438\u0306", // и + combining breve: й
        "\u1100\u1161", // Hangul jamo: 가
        "\uac00\u11a8", // Hangul syllable and final jamo: 각
        "\u212b", // ANGSTROM SIGN: Å
        "\u0915\u093c", // Devanagari: क़ stays decomposed, but the nukta is checked
        "\ud804\udc99\ud804\udcba", // Kaithi letter and nukta, outside the BMP: 𑂚
        "x\udc00" // a lone surrogate, left to the rules that refuse it
      })
  void normalisesTextsWithCharactersThatAreNotStable(String text) {
    assertThat(Validator.normalize(text))
        .isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFC));
  }

  /**
   * The stable characters rest on two facts of Unicode that this test checks against the JDK's
   * normalizer for every character: none composes with a character before it, and none is moved by
   * canonical ordering.
   */
  @Test
  void noStableCharacterComposesWithTheOneBeforeOrIsReordered() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      String composite = Character.toString(cp);
      String decomposed = Normalizer.normalize(composite, Normalizer.Form.NFD);
      if (!decomposed.equals(composite)
          && Normalizer.normalize(decomposed, Normalizer.Form.NFC).equals(composite)) {
        // A composite that NFC builds: all but its first character compose with what precedes.
        int[] parts = decomposed.codePoints().toArray();
        for (int i = 1; i < parts.length; i++) {
          assertThat(Validator.isNfcStable(parts[i]))
              .as("U+%04X, part of U+%04X", parts[i], cp)
              .isFalse();
        }
      }
    }
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (Validator.isNfcStable(cp)) {
        // After marks of combining classes 230 and 240, a character of any other non-zero class
        // would be reordered before them: a stable one must be of class 0.
        String c = Character.toString(cp);
        assertThat(Normalizer.isNormalized("x\u0301" + c, Normalizer.Form.NFC))
            .as("U+%04X", cp)
            .isTrue();
        assertThat(Normalizer.isNormalized("x\u0345" + c, Normalizer.Form.NFC))
            .as("U+%04X", cp)
            .isTrue();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "fine",
        "  Ce\u0301line\t",
        "\u212b",
        "Երևան \ud83c\udf0d",
        "a\tb\nc",
        " ",
        "\u200b",
        "a\u0000b",
        "a\u0085b",
        "x\udc00",
        "\ud83c",
        "twelve chars",
        "thirteen char",
        "e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301" // 14 characters given, 7 in NFC
      })
  void givesTheNormalisedTextExactlyWhenItPassesTheRules(String text) {
    String normalized = Validator.normalize(text);
    assertThat(Validator.normalizedIfFine(text, 12))
        .isEqualTo(Validator.isFineText(normalized, 12) ? normalized : null);
    assertThat(Validator.normalizedIfFine(null, 12)).isNull();
  }

  @Test
  void refusesAValidationExceptionWithoutViolations() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ValidationException("Thing", List.of()));
  }
}
