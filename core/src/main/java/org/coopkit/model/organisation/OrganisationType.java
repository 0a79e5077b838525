package org.coopkit.model.organisation;

/**
 * The kind of an organisation.
 *
 * @since 0.1.0
 */
public enum OrganisationType {
  /** E.g. the Council of Europe, the European Union. */
  INTERNATIONAL_ORGANISATION,
  /** A ministry or another part of a government. */
  GOVERNMENT,
  /** A prosecutor's office or an association of prosecutors. */
  PROSECUTION_SERVICE,
  /** Police and other law enforcement. */
  LAW_ENFORCEMENT,
  /** Courts and judicial training bodies. */
  JUDICIARY,
  /** A non-governmental organisation. */
  NGO,
  /** A company, e.g. a service provider. */
  PRIVATE_SECTOR,
  /** A university or research institute. */
  ACADEMIA,
  /** Anything else. */
  OTHER
}
