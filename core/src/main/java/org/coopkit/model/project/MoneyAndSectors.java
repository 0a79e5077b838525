package org.coopkit.model.project;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.coopkit.model.Limits;
import org.coopkit.model.Money;
import org.coopkit.model.internal.Validator;
import org.jspecify.annotations.Nullable;

/**
 * A project's funding lines, budget lines, sectors and policy markers, and the rules across them:
 * kept apart from {@link Project} so that its rules read on their own.
 */
final class MoneyAndSectors {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final List<FundingLine> funding;
  private final List<BudgetLine> budgets;
  private final List<Sector> sectors;
  private final List<PolicyMarker> policyMarkers;

  private MoneyAndSectors(Lists l) {
    this.funding = ImmutableList.copyOf(l.funding);
    this.budgets = ImmutableList.copyOf(l.budgets);
    this.sectors = ImmutableList.copyOf(l.sectors);
    this.policyMarkers = ImmutableList.copyOf(l.policyMarkers);
  }

  List<FundingLine> funding() {
    return funding;
  }

  List<BudgetLine> budgets() {
    return budgets;
  }

  List<Sector> sectors() {
    return sectors;
  }

  List<PolicyMarker> policyMarkers() {
    return policyMarkers;
  }

  /** Checks the rules across lines into {@code v}, with paths under the project; returns this. */
  MoneyAndSectors checked(Validator v) {
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
    return this;
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

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof MoneyAndSectors o
        && funding.equals(o.funding)
        && budgets.equals(o.budgets)
        && sectors.equals(o.sectors)
        && policyMarkers.equals(o.policyMarkers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(funding, budgets, sectors, policyMarkers);
  }

  @Override
  public String toString() {
    return "funding="
        + funding
        + ", budgets="
        + budgets
        + ", sectors="
        + sectors
        + ", policyMarkers="
        + policyMarkers;
  }

  /** The builder's side: mutable lists that {@link #build()} freezes. */
  static final class Lists {
    final List<FundingLine> funding = new ArrayList<>();
    final List<BudgetLine> budgets = new ArrayList<>();
    final List<Sector> sectors = new ArrayList<>();
    final List<PolicyMarker> policyMarkers = new ArrayList<>();

    void addAll(MoneyAndSectors m) {
      funding.addAll(m.funding);
      budgets.addAll(m.budgets);
      sectors.addAll(m.sectors);
      policyMarkers.addAll(m.policyMarkers);
    }

    MoneyAndSectors build() {
      return new MoneyAndSectors(this);
    }
  }
}
