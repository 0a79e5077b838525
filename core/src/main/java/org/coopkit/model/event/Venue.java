package org.coopkit.model.event;

import org.coopkit.model.CountryCode;
import org.coopkit.model.Limits;
import org.coopkit.model.internal.Validator;
import org.jspecify.annotations.Nullable;

/**
 * Where an in-person event takes place. At least one of the parts is known.
 *
 * @param name the building or hotel, if known
 * @param city the city, e.g. {@code Baku}
 * @param country the country
 * @since 0.1.0
 */
public record Venue(@Nullable String name, @Nullable String city, @Nullable CountryCode country) {
  /**
   * @param name the building or hotel, if known
   * @param city the city, e.g. {@code Baku}
   * @param country the country
   * @throws org.coopkit.error.ValidationException if a rule is broken
   */
  public Venue {
    name = Validator.normalizeOrNull(name);
    city = Validator.normalizeOrNull(city);
    Validator v = Validator.of("Venue");
    v.optionalText(name, "venue.name", Limits.NAME);
    v.optionalText(city, "venue.city", Limits.NAME);
    v.check(
        name != null || city != null || country != null,
        "venue",
        "must name at least a venue, a city or a country",
        null);
    v.throwIfInvalid();
  }

  /**
   * A city in a country.
   *
   * @param city the city
   * @param country the country
   * @return a venue without a building name
   */
  public static Venue of(String city, CountryCode country) {
    return new Venue(null, city, country);
  }
}
