package org.coopkit.model;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import org.coopkit.model.internal.Validator;
import org.jspecify.annotations.Nullable;

/**
 * A non-negative amount of money in an ISO 4217 currency, such as a project's budget.
 *
 * <p>The amount is stored with the currency's usual number of decimal places, so {@code 10} and
 * {@code 10.00} euros are equal and print the same. More decimal places than the currency has are
 * rejected rather than rounded: a budget figure must not change silently.
 *
 * @param amount the amount, zero or more, at the currency's scale
 * @param currency the currency
 * @since 0.1.0
 */
public record Money(BigDecimal amount, Currency currency) {

  /**
   * Checks the amount against the currency and brings it to the currency's scale.
   *
   * @param amount the amount, zero or more, with no more decimal places than the currency has
   * @param currency the currency
   * @throws org.coopkit.error.ValidationException if the amount or currency is missing, the amount
   *     is negative, has more decimal places than the currency or more digits than {@link Limits}
   *     allow
   */
  public Money {
    Validator v = Validator.of("Money");
    BigDecimal scaled = amount;
    BigDecimal given = amount;
    boolean present = v.required(amount, "amount") & v.required(currency, "currency");
    if (present
        && v.check(amount.signum() >= 0, "amount", "must not be negative", shown(amount))
        // Whole digits first: an amount such as 1E+999999999 is refused before any arithmetic.
        && v.checkLazily(
            amount.precision() - amount.scale() <= Limits.MONEY_WHOLE_DIGITS,
            "amount",
            "must have at most " + Limits.MONEY_WHOLE_DIGITS + " digits before the decimal point",
            () -> shown(given))) {
      int digits = currency.getDefaultFractionDigits();
      // Currencies such as gold (XAU) have no usual decimal places: keep the figure as given, up
      // to the decimal places every store keeps.
      int wanted =
          digits >= 0
              ? digits
              : Math.min(Limits.MONEY_DECIMALS, Math.max(0, amount.stripTrailingZeros().scale()));
      if (v.check(
          amount.stripTrailingZeros().scale() <= wanted,
          "amount",
          "must have at most " + wanted + " decimal places for " + currency.getCurrencyCode(),
          shown(amount))) {
        scaled = amount.setScale(wanted);
      }
    }
    v.throwIfInvalid();
    amount = scaled;
  }

  /**
   * Returns the amount, given as a decimal number such as {@code "1250000.50"}, in the currency
   * with the given ISO 4217 code.
   *
   * @param amount the amount as a plain decimal number
   * @param currencyCode the ISO 4217 code, e.g. {@code EUR}
   * @return the amount at the currency's scale
   * @throws org.coopkit.error.ValidationException if the amount is not a decimal number or breaks a
   *     rule of the constructor, or the currency code is unknown
   */
  public static Money of(String amount, String currencyCode) {
    Validator v = Validator.of("Money");
    BigDecimal parsed = null;
    if (v.required(amount, "amount")
        && v.checkLazily(
            amount.length() <= Limits.MONEY_TEXT,
            "amount",
            "must be at most " + Limits.MONEY_TEXT + " characters long",
            () -> amount.length() + " characters")) {
      try {
        parsed = new BigDecimal(amount.strip());
      } catch (NumberFormatException e) {
        v.add("amount", "must be a decimal number", amount);
      }
    }
    Currency currency = currency(v, currencyCode);
    v.throwIfInvalid();
    return new Money(parsed, currency);
  }

  /**
   * Returns the amount in the currency with the given ISO 4217 code.
   *
   * @param amount the amount
   * @param currencyCode the ISO 4217 code, e.g. {@code EUR}
   * @return the amount at the currency's scale
   * @throws org.coopkit.error.ValidationException if the currency code is unknown or the amount
   *     breaks a rule of the constructor
   */
  public static Money of(BigDecimal amount, String currencyCode) {
    Validator v = Validator.of("Money");
    Currency currency = currency(v, currencyCode);
    v.throwIfInvalid();
    return new Money(amount, currency);
  }

  /** Returns the amount and currency code, e.g. {@code 1250000.50 EUR}. */
  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }

  /** The amount for a message: plain digits when short, else its size in digits. */
  private static String shown(BigDecimal amount) {
    return amount.precision() <= Limits.MONEY_TEXT && Math.abs(amount.scale()) <= Limits.MONEY_TEXT
        ? amount.toPlainString()
        : amount.precision() + " digits, scale " + amount.scale();
  }

  private static @Nullable Currency currency(Validator v, @Nullable String code) {
    if (!v.required(code, "currency")) {
      return null;
    }
    try {
      return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      v.add("currency", "must be an ISO 4217 currency code", code);
      return null;
    }
  }
}
