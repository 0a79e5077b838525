package org.coopkit.model.result;

/**
 * A dimension, besides the country, by which an indicator's values may be broken down; every
 * indicator may be broken down by country.
 *
 * @since 0.2.0
 */
public enum Disaggregation {
  /** By the sex of the people counted. */
  SEX,
  /** By the type of the organisations counted or reached. */
  ORGANISATION_TYPE
}
