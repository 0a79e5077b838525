package org.coopkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopkit.model.ModelAssertions.invalid;
import static org.coopkit.model.ModelAssertions.violation;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.util.Currency;
import org.coopkit.error.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

  @Test
  void parsesAnAmountAndCurrency() {
    Money budget = Money.of("1250000.50", "EUR");
    assertThat(budget.amount()).isEqualByComparingTo("1250000.50");
    assertThat(budget.currency()).isEqualTo(Currency.getInstance("EUR"));
  }

  @ParameterizedTest
  @CsvSource({
    "10, EUR, 10.00",
    "10.5, EUR, 10.50",
    "1E+3, EUR, 1000.00",
    "100, JPY, 100",
    "100.000, JPY, 100",
    "1.234, KWD, 1.234",
    "0, AMD, 0.00"
  })
  void bringsTheAmountToTheCurrencyScale(String amount, String currency, String expected) {
    assertThat(Money.of(amount, currency).amount().toPlainString()).isEqualTo(expected);
  }

  @Test
  void acceptsALowerCaseCurrencyCodeAndSpaces() {
    assertThat(Money.of(" 5 ", " chf ")).isEqualTo(Money.of("5", "CHF"));
  }

  @Test
  void keepsTheFigureForACurrencyWithoutDecimalPlaces() {
    Money gold = Money.of("2.5000", "XAU");
    assertThat(gold.amount().toPlainString()).isEqualTo("2.5");
    assertThat(gold).isEqualTo(Money.of("2.5", "XAU"));
  }

  @Test
  void rejectsAnAmountBelowZeroNamingTheField() {
    violation(() -> Money.of("-0.01", "EUR"), "amount", "must not be negative");
  }

  @Test
  void rejectsMoreDecimalPlacesThanTheCurrencyHas() {
    violation(() -> Money.of("10.005", "EUR"), "amount", "at most 2 decimal places");
    violation(() -> Money.of("1.5", "JPY"), "amount", "at most 0 decimal places");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "ten", "10,00", "1.2.3", "€10"})
  void rejectsAnAmountThatIsNotANumber(String amount) {
    violation(() -> Money.of(amount, "EUR"), "amount", "decimal number");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "EU", "EURO", "ABC", "€"})
  void rejectsAnUnknownCurrencyNamingTheField(String code) {
    violation(() -> Money.of("10", code), "currency", "ISO 4217");
    violation(() -> Money.of(BigDecimal.TEN, code), "currency", "ISO 4217");
  }

  @Test
  void rejectsMissingParts() {
    ValidationException e = invalid(() -> new Money(null, null));
    assertThat(e.paths()).containsExactly("amount", "currency");
  }

  @Test
  void reportsABadAmountAndABadCurrencyTogether() {
    assertThat(invalid(() -> Money.of("x", "XYZ")).paths()).containsExactly("amount", "currency");
  }

  @Test
  void comparesEqualAtAnyWrittenScale() {
    new EqualsTester()
        .addEqualityGroup(
            Money.of("10", "EUR"),
            Money.of("10.00", "EUR"),
            Money.of(new BigDecimal("10.0"), "eur"))
        .addEqualityGroup(Money.of("10", "USD"))
        .addEqualityGroup(Money.of("10.01", "EUR"))
        .addEqualityGroup(Money.of("0", "EUR"), Money.of("0.00", "EUR"))
        .testEquals();
  }

  @Test
  void printsAmountAndCurrency() {
    assertThat(Money.of("1E+6", "EUR")).hasToString("1000000.00 EUR");
  }
}
