package org.coopkit.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.coopkit.model.internal.Validator;
import org.jspecify.annotations.Nullable;

/**
 * Exchange rates into one currency that a caller supplies, with the day they apply to and where
 * they come from, e.g. "InforEuro rates for 2024-03". coopkit never adds amounts of different
 * currencies on its own (see {@link org.coopkit.model.project.Project#fundingTotals()}); it
 * converts only through such rates, and refuses when one is missing.
 *
 * <p>A conversion multiplies by the rate at full precision and rounds once, half-even, to the
 * target currency's usual decimal places: {@link #total} rounds the sum, not each part.
 *
 * @since 0.2.0
 */
public final class ExchangeRates {
  private final Currency target;
  private final LocalDate asOf;
  private final String source;
  private final Map<Currency, BigDecimal> rates;

  private ExchangeRates(Builder b) {
    Validator v = Validator.of("ExchangeRates");
    String s = Validator.normalizeOrNull(b.source);
    v.required(b.target, "target");
    v.required(b.asOf, "asOf");
    v.text(s, "source", Limits.NAME);
    v.day(b.asOf, "asOf");
    b.rates.forEach(
        (from, rate) ->
            v.check(
                rate.signum() > 0,
                "rates[" + from.getCurrencyCode() + "]",
                "must be more than 0",
                rate.toPlainString()));
    v.throwIfInvalid();
    this.target = requireNonNull(b.target);
    this.asOf = requireNonNull(b.asOf);
    this.source = requireNonNull(s);
    this.rates = ImmutableMap.copyOf(b.rates);
  }

  /**
   * The currency amounts are converted into.
   *
   * @return the target currency
   */
  public Currency target() {
    return target;
  }

  /**
   * The day the rates apply to.
   *
   * @return the day
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Where the rates come from, e.g. {@code InforEuro}.
   *
   * @return the source
   */
  public String source() {
    return source;
  }

  /**
   * The rates: for each currency, how many units of the target one unit of it is worth.
   *
   * @return currency to rate, in the order given, unmodifiable
   */
  public Map<Currency, BigDecimal> rates() {
    return rates;
  }

  /**
   * The amount in the target currency.
   *
   * @param money an amount in the target currency or one with a rate
   * @return the amount converted and rounded, or {@code money} itself if it is in the target
   *     currency
   * @throws org.coopkit.error.ValidationException if no rate is given for the amount's currency
   */
  public Money convert(Money money) {
    return total(java.util.List.of(money));
  }

  /**
   * The sum of amounts in any currencies, in the target currency.
   *
   * @param amounts amounts in the target currency or ones with a rate
   * @return the sum, converted at full precision and rounded once
   * @throws org.coopkit.error.ValidationException naming every currency without a rate
   */
  public Money total(Collection<Money> amounts) {
    Validator v = Validator.of("ExchangeRates");
    BigDecimal sum = BigDecimal.ZERO;
    for (Money m : amounts) {
      Currency from = m.currency();
      if (from.equals(target)) {
        sum = sum.add(m.amount());
        continue;
      }
      BigDecimal rate = rates.get(from);
      if (v.check(
          rate != null,
          "rates[" + from.getCurrencyCode() + "]",
          "must be given to convert " + from.getCurrencyCode() + " to " + target.getCurrencyCode(),
          m)) {
        sum = sum.add(m.amount().multiply(rate));
      }
    }
    v.throwIfInvalid();
    int digits = target.getDefaultFractionDigits();
    BigDecimal rounded =
        digits >= 0
            ? sum.setScale(digits, RoundingMode.HALF_EVEN)
            : sum.setScale(Limits.MONEY_DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return new Money(rounded, target);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ExchangeRates o
        && target.equals(o.target)
        && asOf.equals(o.asOf)
        && source.equals(o.source)
        && rates.equals(o.rates);
  }

  @Override
  public int hashCode() {
    return Objects.hash(target, asOf, source, rates);
  }

  @Override
  public String toString() {
    return "ExchangeRates[target="
        + target
        + ", asOf="
        + asOf
        + ", source="
        + source
        + ", rates="
        + rates
        + "]";
  }

  /**
   * Starts rates into {@code target}.
   *
   * @param target the currency to convert into
   * @param asOf the day the rates apply to
   * @param source where they come from
   * @return a new builder with no rates
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(Currency target, LocalDate asOf, String source) {
    return new Builder(
        requireNonNull(target, "target"),
        requireNonNull(asOf, "asOf"),
        requireNonNull(source, "source"));
  }

  /** Builds {@link ExchangeRates}; reusable. */
  public static final class Builder {
    private final Currency target;
    private final LocalDate asOf;
    private final String source;
    private final Map<Currency, BigDecimal> rates = new LinkedHashMap<>();

    private Builder(Currency target, LocalDate asOf, String source) {
      this.target = target;
      this.asOf = asOf;
      this.source = source;
    }

    /**
     * Sets the rate of a currency, replacing one given before.
     *
     * @param from the currency converted from
     * @param rate how many units of the target one unit of {@code from} is worth; checked by {@link
     *     #build()}
     * @return this builder
     * @throws NullPointerException if an argument is null
     */
    public Builder rate(Currency from, BigDecimal rate) {
      rates.put(requireNonNull(from, "from"), requireNonNull(rate, "rate"));
      return this;
    }

    /**
     * Sets the rate of the currency with the given ISO 4217 code.
     *
     * @param from the code, e.g. {@code USD}
     * @param rate how many units of the target one unit is worth, e.g. {@code "0.92"}
     * @return this builder
     * @throws IllegalArgumentException if the code or the rate is not valid
     */
    public Builder rate(String from, String rate) {
      return rate(Currency.getInstance(from), new BigDecimal(rate));
    }

    /**
     * Checks the values and builds the rates.
     *
     * @return the rates
     * @throws org.coopkit.error.ValidationException if the source is blank, the day out of range or
     *     a rate not more than 0
     */
    public ExchangeRates build() {
      return new ExchangeRates(this);
    }
  }
}
