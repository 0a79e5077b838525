package org.coopkit.error;

import static java.util.Objects.requireNonNull;

/**
 * One broken rule: where ({@code path}, e.g. {@code dates.actualEnd} or {@code
 * components[1].title}), which rule, and the value given, already rendered for a message and
 * redacted where personal.
 *
 * @param path the field's path inside the object that was checked
 * @param rule what the value must satisfy, e.g. {@code "must not be blank"}
 * @param value the offending value as text, {@code "<redacted>"} for personal data
 * @since 0.1.0
 */
public record Violation(String path, String rule, String value) {
  /** The text shown instead of a personal value. */
  public static final String REDACTED = "<redacted>";

  /**
   * Checks that no component is null.
   *
   * @param path the field's path inside the object that was checked
   * @param rule what the value must satisfy
   * @param value the offending value as text
   * @throws NullPointerException if any component is null
   */
  public Violation {
    requireNonNull(path, "path");
    requireNonNull(rule, "rule");
    requireNonNull(value, "value");
  }

  /**
   * Returns this violation with {@code prefix} put before its path, e.g. {@code components[0]}.
   *
   * @param prefix the path of the enclosing object, e.g. {@code components[0]}
   * @return a new violation with the same rule and value, its path joined to {@code prefix}
   */
  public Violation under(String prefix) {
    return new Violation(prefix.isEmpty() ? path : prefix + "." + path, rule, value);
  }

  @Override
  public String toString() {
    return path + ": " + rule + " (" + value + ")";
  }
}
