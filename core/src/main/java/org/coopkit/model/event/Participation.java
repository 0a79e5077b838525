package org.coopkit.model.event;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Map;
import java.util.Set;
import org.coopkit.model.CountryCode;
import org.coopkit.model.Limits;
import org.coopkit.model.ParticipantCount;
import org.coopkit.model.internal.Validator;
import org.jspecify.annotations.Nullable;

/**
 * Who took part in an event: how many people, from which countries, and how many from each where
 * known. Counts carry their qualifier ("more than 500"), so totals stay honest.
 *
 * @param total how many took part, if known
 * @param countries the countries participants came from
 * @param byCountry participants per country where known; every key is among {@code countries}
 * @since 0.1.0
 */
public record Participation(
    @Nullable ParticipantCount total,
    Set<CountryCode> countries,
    Map<CountryCode, ParticipantCount> byCountry) {

  /** Nothing known about participation yet. */
  public static final Participation UNKNOWN = new Participation(null, Set.of(), Map.of());

  /**
   * @param total how many took part, if known
   * @param countries the countries participants came from
   * @param byCountry participants per country where known; every key is among {@code countries}
   * @throws org.coopkit.error.ValidationException if a rule is broken
   */
  public Participation {
    countries = ImmutableSortedSet.copyOf(countries);
    byCountry = ImmutableSortedMap.copyOf(byCountry);
    Validator v = Validator.of("Participation");
    v.size(countries, "participation.countries", Limits.LIST);
    for (CountryCode c : byCountry.keySet()) {
      // The path is built for a violation only.
      if (!countries.contains(c)) {
        v.add("participation.byCountry[" + c + "]", "must be one of participation.countries", c);
      }
    }
    if (total != null
        && total.qualifier() == ParticipantCount.Qualifier.EXACT
        && byCountry.values().stream().allMatch(ParticipantCount::isExact)) {
      long sum = byCountry.values().stream().mapToLong(ParticipantCount::value).sum();
      v.checkLazily(
          sum <= total.value(),
          "participation.byCountry",
          "must not add up to more than participation.total",
          () -> sum + " > " + total.value());
    }
    v.throwIfInvalid();
  }

  /**
   * A total from a set of countries, without per-country counts.
   *
   * @param total how many took part in all
   * @param countries the countries participants came from
   * @return participation with no per-country counts
   */
  public static Participation of(ParticipantCount total, Set<CountryCode> countries) {
    return new Participation(total, countries, Map.of());
  }
}
