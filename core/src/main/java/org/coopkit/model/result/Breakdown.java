package org.coopkit.model.result;

import java.util.Comparator;
import java.util.Objects;
import org.coopkit.model.CountryCode;
import org.coopkit.model.organisation.OrganisationType;
import org.jspecify.annotations.Nullable;

/**
 * Whom a value is for: the whole project, or one country, optionally narrowed to one sex or one
 * type of organisation (when the indicator is {@linkplain Indicator#disaggregations() broken down}
 * so).
 *
 * @param country the country, or {@code null} for all countries of the project
 * @param sex the sex of the people counted, or {@code null} for all
 * @param organisationType the type of the organisations counted, or {@code null} for all
 * @since 0.2.0
 */
public record Breakdown(
    @Nullable CountryCode country, @Nullable Sex sex, @Nullable OrganisationType organisationType)
    implements Comparable<Breakdown> {
  /** The whole project: all countries, everyone. */
  public static final Breakdown TOTAL = new Breakdown(null, null, null);

  private static final Comparator<Breakdown> ORDER =
      Comparator.comparing(
              Breakdown::country, Comparator.nullsFirst(Comparator.<CountryCode>naturalOrder()))
          .thenComparing(Breakdown::sex, Comparator.nullsFirst(Comparator.<Sex>naturalOrder()))
          .thenComparing(
              Breakdown::organisationType,
              Comparator.nullsFirst(Comparator.<OrganisationType>naturalOrder()));

  /**
   * One country, everyone in it.
   *
   * @param country the country
   * @return the breakdown of {@code country}
   */
  public static Breakdown of(CountryCode country) {
    return new Breakdown(Objects.requireNonNull(country, "country"), null, null);
  }

  /**
   * Whether this is a total of its country (or of the project): not narrowed by sex or organisation
   * type. Progress is reported on such totals.
   *
   * @return whether neither sex nor organisation type is given
   */
  public boolean isCountryTotal() {
    return sex == null && organisationType == null;
  }

  /** Orders the project total first, then by country, sex and organisation type. */
  @Override
  public int compareTo(Breakdown other) {
    return ORDER.compare(this, other);
  }
}
