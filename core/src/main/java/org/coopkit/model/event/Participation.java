package org.coopkit.model.event;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
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
 * <p>Made by {@link #builder()}, or by {@link #of(ParticipantCount, Set)} for a total and its
 * countries; {@link #UNKNOWN} when nothing is known.
 *
 * @since 0.1.0
 */
public final class Participation {
  /** Nothing known about participation yet. */
  public static final Participation UNKNOWN = builder().build();

  private final @Nullable ParticipantCount total;
  private final Set<CountryCode> countries;
  private final Map<CountryCode, ParticipantCount> byCountry;

  private Participation(
      @Nullable ParticipantCount total,
      Set<CountryCode> countries,
      Map<CountryCode, ParticipantCount> byCountry) {
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
    this.total = total;
    this.countries = countries;
    this.byCountry = byCountry;
  }

  /**
   * How many took part, if known.
   *
   * @return how many took part, or {@code null} if not known
   */
  public @Nullable ParticipantCount total() {
    return total;
  }

  /**
   * The countries participants came from, each once, sorted by country code.
   *
   * @return the countries participants came from, unmodifiable
   */
  public Set<CountryCode> countries() {
    return countries;
  }

  /**
   * How many participants came from each country, where known; every key is among {@link
   * #countries()}. Unless the total or a count is approximate, the counts add up to at most the
   * total.
   *
   * @return participants per country, sorted by country code, unmodifiable
   */
  public Map<CountryCode, ParticipantCount> byCountry() {
    return byCountry;
  }

  /**
   * Whether {@code other} is a Participation with equal values, every one of them compared.
   *
   * @param other the object to compare with
   * @return whether {@code other} is equal to this
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Participation o
        && Objects.equals(total, o.total)
        && Objects.equals(countries, o.countries)
        && Objects.equals(byCountry, o.byCountry);
  }

  /**
   * A hash of every value, consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(total, countries, byCountry);
  }

  /**
   * The values, for logs and debugging.
   *
   * @return the name of the type and each value
   */
  @Override
  public String toString() {
    return "Participation[total="
        + total
        + ", countries="
        + countries
        + ", byCountry="
        + byCountry
        + "]";
  }

  /**
   * A total from a set of countries, without per-country counts.
   *
   * @param total how many took part in all
   * @param countries the countries participants came from
   * @return participation with no per-country counts
   * @throws NullPointerException if {@code countries} or one of them is null
   * @throws org.coopkit.error.ValidationException if there are more countries than allowed
   */
  public static Participation of(ParticipantCount total, Set<CountryCode> countries) {
    return builder().total(total).countries(countries).build();
  }

  /**
   * Starts a participation; nothing is known until set.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this participation's values.
   *
   * @return a new builder; changing it leaves this participation untouched
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds a {@link Participation}; reusable. Setters reject {@code null} in collections. */
  public static final class Builder {
    private @Nullable ParticipantCount total;
    private final Set<CountryCode> countries = new LinkedHashSet<>();
    private final Map<CountryCode, ParticipantCount> byCountry = new LinkedHashMap<>();

    private Builder() {}

    private Builder(Participation p) {
      total = p.total;
      countries.addAll(p.countries);
      byCountry.putAll(p.byCountry);
    }

    /**
     * Sets how many took part ({@code null} if not known).
     *
     * @param total how many took part; {@code null} if not known
     * @return this builder
     */
    public Builder total(@Nullable ParticipantCount total) {
      this.total = total;
      return this;
    }

    /**
     * Sets the countries participants came from, replacing any given before; the set is copied.
     *
     * @param countries the countries participants came from
     * @return this builder
     * @throws NullPointerException if {@code countries} or one of them is null
     */
    public Builder countries(Set<CountryCode> countries) {
      Validator.replaceAll(this.countries, countries, "countries");
      return this;
    }

    /**
     * Adds {@code country} to the countries given so far.
     *
     * @param country a country participants came from
     * @return this builder
     * @throws NullPointerException if {@code country} is null
     */
    public Builder addCountry(CountryCode country) {
      countries.add(requireNonNull(country, "country"));
      return this;
    }

    /**
     * Adds {@code country} to the countries given so far, with how many came from it (replacing a
     * count given before for it).
     *
     * @param country a country participants came from
     * @param count how many participants came from it
     * @return this builder
     * @throws NullPointerException if {@code country} or {@code count} is null
     */
    public Builder addCountry(CountryCode country, ParticipantCount count) {
      requireNonNull(country, "country");
      requireNonNull(count, "count");
      countries.add(country);
      byCountry.put(country, count);
      return this;
    }

    /**
     * Sets the participants per country, replacing any given before; the map is copied. Its
     * countries must be among those set with {@link #countries(Set)} or added.
     *
     * @param byCountry participants per country where known
     * @return this builder
     * @throws NullPointerException if {@code byCountry}, one of its countries or counts is null
     */
    public Builder byCountry(Map<CountryCode, ParticipantCount> byCountry) {
      Validator.replaceAll(this.byCountry, byCountry, "byCountry");
      return this;
    }

    /**
     * Checks every rule at once and builds the participation.
     *
     * @return a new participation
     * @throws org.coopkit.error.ValidationException if a count is for a country not among the
     *     countries, exact counts add up to more than an exact total, or there are more countries
     *     than allowed
     */
    public Participation build() {
      return new Participation(total, countries, byCountry);
    }
  }
}
