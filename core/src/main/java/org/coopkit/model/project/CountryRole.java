package org.coopkit.model.project;

/**
 * What a participating country is to a project.
 *
 * @since 0.1.0
 */
public enum CountryRole {
  /** The project works for this country's institutions. */
  BENEFICIARY,
  /** Takes part as a partner, e.g. sharing experience in regional activities. */
  PARTNER,
  /** Follows the project without being a beneficiary. */
  OBSERVER,
  /** Any other role; say which in the project's texts. */
  OTHER
}
