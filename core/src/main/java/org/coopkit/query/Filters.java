package org.coopkit.query;

import static java.util.Objects.requireNonNull;

import java.util.Set;

/** What the query builders' filter setters do alike. */
final class Filters {
  private Filters() {}

  /**
   * Adds {@code value} to the filter {@code values}, refusing a null named {@code name}, and
   * returns {@code builder} for the setter to return: a filter setter widens its filter by one
   * value.
   *
   * @throws NullPointerException if {@code value} is null
   */
  static <B, T> B add(B builder, Set<T> values, T value, String name) {
    values.add(requireNonNull(value, name));
    return builder;
  }
}
