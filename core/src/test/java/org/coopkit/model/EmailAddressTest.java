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

class EmailAddressTest {

  @ParameterizedTest
  @CsvSource({
    "anna.petrosyan@example.am, anna.petrosyan@example.am",
    "' Anna.Petrosyan@Example.AM ', Anna.Petrosyan@example.am",
    "first+tag@sub.example.org, first+tag@sub.example.org",
    "info@xn--80ak6aa92e.com, info@xn--80ak6aa92e.com",
    "info@почта.рф, info@почта.рф",
    "nino@საქართველო.ge, nino@საქართველო.ge",
    "o'brien@example.ie, o'brien@example.ie"
  })
  void acceptsAndNormalisesAPragmaticAddress(String given, String stored) {
    assertThat(EmailAddress.of(given).value()).isEqualTo(stored);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "plainaddress",
        "two@@example.org",
        "a@b@example.org",
        "@example.org",
        "anna@",
        "anna@localhost",
        "anna petrosyan@example.org",
        "anna@exa mple.org",
        "anna@example..org",
        "anna@.example.org",
        "anna@example.org.",
        "anna@-example.org",
        "anna@example-.org",
        "anna@exa_mple.org",
        "anna@10.0.0.1",
        "anna@[10.0.0.1]"
      })
  void rejectsAMalformedAddressWithoutShowingIt(String address) {
    ValidationException e = invalid(() -> EmailAddress.of(address));
    assertThat(e.paths()).containsExactly("value");
    assertThat(e.violations()).extracting(Violation::value).containsOnly(Violation.REDACTED);
    if (!address.isBlank()) {
      assertThat(e.getMessage()).doesNotContain(address.strip());
    }
  }

  @Test
  void rejectsALocalPartLongerThan64Characters() {
    assertThat(EmailAddress.of("a".repeat(64) + "@example.org").value()).startsWith("a");
    Violation v =
        violation(() -> EmailAddress.of("a".repeat(65) + "@example.org"), "value", "local part");
    assertThat(v.value()).isEqualTo(Violation.REDACTED);
  }

  @Test
  void rejectsAnAddressLongerThanTheLimit() {
    String domain = ("d".repeat(60) + ".").repeat(4) + "org"; // 247 characters
    String atLimit = "a".repeat(Limits.EMAIL - domain.length() - 1) + "@" + domain;
    assertThat(EmailAddress.of(atLimit).value()).hasSize(Limits.EMAIL);
    violation(() -> EmailAddress.of("a" + atLimit), "value", "at most " + Limits.EMAIL);
  }

  @Test
  void rejectsAMissingAddress() {
    violation(() -> new EmailAddress(null), "value", "is required");
  }

  @Test
  void neverShowsTheAddressInToString() {
    EmailAddress address = EmailAddress.of("anna.petrosyan@example.am");
    assertThat(address.toString())
        .isEqualTo("EmailAddress[<redacted>]")
        .doesNotContain("anna")
        .doesNotContain("example");
  }

  @Test
  void isMarkedAsPersonalData() {
    assertThat(EmailAddress.class.isAnnotationPresent(PersonalData.class)).isTrue();
  }

  @Test
  void comparesIgnoringTheCaseOfTheDomainOnly() {
    new EqualsTester()
        .addEqualityGroup(EmailAddress.of("anna@example.am"), EmailAddress.of(" anna@EXAMPLE.am "))
        .addEqualityGroup(EmailAddress.of("Anna@example.am"))
        .addEqualityGroup(EmailAddress.of("anna@example.ge"))
        .testEquals();
  }
}
