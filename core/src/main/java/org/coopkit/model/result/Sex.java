package org.coopkit.model.result;

/**
 * The sex of the people a value counts, for values broken down by {@link Disaggregation#SEX}.
 *
 * @since 0.2.0
 */
public enum Sex {
  /** Women and girls. */
  FEMALE,
  /** Men and boys. */
  MALE,
  /** People who gave another answer or none. */
  OTHER
}
