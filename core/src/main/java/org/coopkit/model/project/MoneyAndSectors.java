package org.coopkit.model.project;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.coopkit.model.Limits;
import org.coopkit.model.Money;
import org.coopkit.model.internal.Validator;

/**
 * The rules across a project's funding lines, budget lines, sectors and policy markers, and its
 * funding totals: kept apart from {@link Project} so that they read on their own.
 */
final class MoneyAndSectors {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private MoneyAndSectors() {}

  /** Checks the rules across lines into {@code v}, with paths under the project. */
  static void check(
      Validator v,
      List<FundingLine> funding,
      List<BudgetLine> budgets,
      List<Sector> sectors,
      List<PolicyMarker> policyMarkers) {
    v.size(funding, "funding", Limits.LIST);
    v.size(budgets, "budgets", Limits.LIST);
    v.size(sectors, "sectors", Limits.LIST);
    v.size(policyMarkers, "policyMarkers", Limits.LIST);
    BigDecimal shares = BigDecimal.ZERO;
    for (FundingLine line : funding) {
      if (line.share() != null) {
        shares = shares.add(line.share());
      }
    }
    v.check(
        shares.compareTo(HUNDRED) <= 0,
        "funding",
        "must not have shares above 100 (percent) in total",
        shares.toPlainString());
    // A total must itself be an amount the model holds, so fundingTotals() never fails.
    Map<String, BigDecimal> sums = new TreeMap<>();
    for (FundingLine line : funding) {
      Money amount = line.amount();
      if (amount != null) {
        sums.merge(amount.currency().getCurrencyCode(), amount.amount(), BigDecimal::add);
      }
    }
    sums.forEach(
        (currency, sum) ->
            v.checkLazily(
                sum.precision() - sum.scale() <= Limits.MONEY_WHOLE_DIGITS,
                "funding",
                "must total at most "
                    + Limits.MONEY_WHOLE_DIGITS
                    + " digits before the decimal point in "
                    + currency,
                () -> (sum.precision() - sum.scale()) + " digits"));
    v.unique(
        budgets,
        b -> List.of(String.valueOf(b.year()), b.type(), b.status(), b.amount().currency()),
        "budgets",
        "year, type, status and currency");
    v.unique(sectors, s -> List.of(s.vocabulary(), s.code()), "sectors", "vocabulary and code");
    Map<SectorVocabulary, BigDecimal> percentages = new EnumMap<>(SectorVocabulary.class);
    Map<SectorVocabulary, Integer> without = new EnumMap<>(SectorVocabulary.class);
    for (Sector s : sectors) {
      if (s.percentage() == null) {
        without.merge(s.vocabulary(), 1, Integer::sum);
      } else {
        percentages.merge(s.vocabulary(), s.percentage(), BigDecimal::add);
      }
    }
    percentages.forEach(
        (vocabulary, sum) -> {
          boolean all =
              v.check(
                  !without.containsKey(vocabulary),
                  "sectors",
                  "must give a percentage for every " + vocabulary + " sector or for none",
                  without.get(vocabulary) + " without");
          if (all) {
            v.check(
                sum.compareTo(HUNDRED) == 0,
                "sectors",
                "must have " + vocabulary + " percentages that add up to 100",
                sum.toPlainString());
          }
        });
    v.unique(policyMarkers, PolicyMarker::marker, "policyMarkers", "marker");
  }

  /** The amounts of {@code funding} summed per currency, in the order of the ISO codes. */
  static Map<Currency, Money> totals(List<FundingLine> funding) {
    Map<String, BigDecimal> sums = new TreeMap<>();
    Map<String, Currency> currencies = new LinkedHashMap<>();
    for (FundingLine line : funding) {
      Money amount = line.amount();
      if (amount != null) {
        String code = amount.currency().getCurrencyCode();
        sums.merge(code, amount.amount(), BigDecimal::add);
        currencies.put(code, amount.currency());
      }
    }
    Map<Currency, Money> totals = new LinkedHashMap<>();
    sums.forEach(
        (code, sum) -> totals.put(currencies.get(code), new Money(sum, currencies.get(code))));
    return Collections.unmodifiableMap(totals);
  }
}
