package org.coopkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopkit.model.ModelAssertions.invalid;
import static org.coopkit.model.ModelAssertions.violation;

import com.google.common.testing.EqualsTester;
import org.coopkit.error.ValidationException;
import org.coopkit.error.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

  @ParameterizedTest
  @CsvSource({
    "+37491234567, +37491234567",
    "+374 91 23 45 67, +37491234567",
    "+374 (91) 23-45.67, +37491234567",
    "' +33 3 88 41 20 00 ', +33388412000",
    "+41 (0)22 123 45 67, +41221234567",
    "0041 22 123 45 67, +41221234567",
    "+1234567, +1234567",
    "+123456789012345, +123456789012345"
  })
  void storesTheNumberInE164Form(String given, String stored) {
    assertThat(PhoneNumber.of(given).value()).isEqualTo(stored);
  }

  @Test
  void acceptsANonBreakingSpaceBetweenDigits() {
    assertThat(PhoneNumber.of("+995\u00a032\u00a0212\u00a03456").value())
        .isEqualTo("+995322123456");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "  ",
        "091 234 567",
        "37491234567",
        "+",
        "+123456",
        "+1234567890123456",
        "+0123456789",
        "+374 91 23 45 67 ext. 12",
        "+374/91/234567",
        "+374 91 23 45 6a",
        "tel:+37491234567",
        "++37491234567",
        "+٣٧٤٩١٢٣٤٥٦٧"
      })
  void rejectsANumberNotInInternationalFormWithoutShowingIt(String number) {
    ValidationException e = invalid(() -> PhoneNumber.of(number));
    assertThat(e.paths()).containsExactly("value");
    assertThat(e.violations()).extracting(Violation::value).containsOnly(Violation.REDACTED);
    if (!number.isBlank()) {
      assertThat(e.getMessage()).doesNotContain(number.strip());
    }
  }

  @Test
  void namesTheDigitRuleThatWasBroken() {
    violation(() -> PhoneNumber.of("+123 456"), "value", "7 to 15 digits");
    violation(() -> PhoneNumber.of("+0 123 456 789"), "value", "must not start with 0");
  }

  @Test
  void rejectsAMissingNumber() {
    violation(() -> new PhoneNumber(null), "value", "is required");
  }

  @Test
  void neverShowsTheNumberInToString() {
    PhoneNumber number = PhoneNumber.of("+374 91 23 45 67");
    assertThat(number.toString())
        .isEqualTo("PhoneNumber[<redacted>]")
        .doesNotContain("374")
        .doesNotContain("4567");
  }

  @Test
  void isMarkedAsPersonalData() {
    assertThat(PhoneNumber.class.isAnnotationPresent(PersonalData.class)).isTrue();
  }

  @Test
  void comparesTheDigitsOnly() {
    new EqualsTester()
        .addEqualityGroup(
            PhoneNumber.of("+374 91 234567"),
            PhoneNumber.of("+374-91-23-45-67"),
            PhoneNumber.of("0037491234567"))
        .addEqualityGroup(PhoneNumber.of("+374 91 234568"))
        .addEqualityGroup(PhoneNumber.of("+995 32 2123456"))
        .testEquals();
  }
}
