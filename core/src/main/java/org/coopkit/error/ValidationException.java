package org.coopkit.error;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when input breaks one or more of the model's rules. Every violation of one object is
 * collected, so a caller sees all of them at once.
 *
 * @since 0.1.0
 */
public final class ValidationException extends CoopkitException {
  private static final long serialVersionUID = 1L;

  /** The broken rules, never empty. */
  @SuppressWarnings("serial") // ImmutableList of records is serializable
  private final ImmutableList<Violation> violations;

  /**
   * @param subject what was checked, e.g. {@code "Project"}
   * @param violations at least one violation
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public ValidationException(String subject, List<Violation> violations) {
    super(message(subject, violations));
    this.violations = ImmutableList.copyOf(violations);
  }

  /**
   * The broken rules, in the order they were found.
   *
   * @return the violations; never empty
   */
  public List<Violation> violations() {
    return violations;
  }

  /**
   * Returns the paths of all violations, handy in tests and logs.
   *
   * @return the path of each violation, in the same order as {@link #violations()}
   */
  public List<String> paths() {
    return violations.stream().map(Violation::path).collect(ImmutableList.toImmutableList());
  }

  private static String message(String subject, List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a ValidationException needs at least one violation");
    }
    return "Invalid "
        + subject
        + ": "
        + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
  }
}
