package org.coopkit.model.project;

import static java.util.Objects.requireNonNull;

import org.coopkit.model.CountryCode;

/**
 * A country taking part in a project, with its role.
 *
 * @param country the country
 * @param role what the country is to the project
 * @since 0.1.0
 */
public record ParticipatingCountry(CountryCode country, CountryRole role) {
  /**
   * Checks that both components are present.
   *
   * @param country the country
   * @param role what the country is to the project
   * @throws NullPointerException if either is null
   */
  public ParticipatingCountry {
    requireNonNull(country, "country");
    requireNonNull(role, "role");
  }

  /**
   * A beneficiary country, the usual case.
   *
   * @param country the country
   * @return the country as a beneficiary
   */
  public static ParticipatingCountry beneficiary(CountryCode country) {
    return new ParticipatingCountry(country, CountryRole.BENEFICIARY);
  }

  /**
   * A country in the given role.
   *
   * @param country the country
   * @param role what the country is to the project
   * @return the participating country
   */
  public static ParticipatingCountry of(CountryCode country, CountryRole role) {
    return new ParticipatingCountry(country, role);
  }
}
