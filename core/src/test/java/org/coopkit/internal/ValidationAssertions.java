package org.coopkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.coopkit.error.ValidationException;
import org.coopkit.error.Violation;

/**
 * Assertions shared by the aggregate, query and service tests in the packages below {@code
 * org.coopkit}. Public because those tests live in several packages.
 */
public final class ValidationAssertions {
  private ValidationAssertions() {}

  /** Runs {@code call}, asserts it throws a {@link ValidationException} and returns it. */
  public static ValidationException invalid(ThrowingCallable call) {
    ValidationException e = catchThrowableOfType(ValidationException.class, call);
    assertThat(e).as("expected a ValidationException").isNotNull();
    return e;
  }

  /**
   * Asserts that {@code call} fails with exactly one violation, on {@code path}, whose rule
   * contains {@code ruleFragment}; returns that violation.
   */
  public static Violation violation(ThrowingCallable call, String path, String ruleFragment) {
    ValidationException e = invalid(call);
    assertThat(e.violations()).as(e.getMessage()).hasSize(1);
    Violation v = e.violations().get(0);
    assertThat(v.path()).as(e.getMessage()).isEqualTo(path);
    assertThat(v.rule()).as(e.getMessage()).contains(ruleFragment);
    return v;
  }

  /**
   * Asserts that {@code call} fails with a violation on {@code path} whose rule contains {@code
   * ruleFragment}, among possibly others; returns that violation.
   */
  public static Violation violationAmongOthers(
      ThrowingCallable call, String path, String ruleFragment) {
    ValidationException e = invalid(call);
    return e.violations().stream()
        .filter(v -> v.path().equals(path) && v.rule().contains(ruleFragment))
        .findFirst()
        .orElseThrow(
            () ->
                new AssertionError(
                    "no violation on "
                        + path
                        + " containing '"
                        + ruleFragment
                        + "' in "
                        + e.getMessage()));
  }
}
