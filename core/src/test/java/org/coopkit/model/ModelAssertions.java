package org.coopkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.coopkit.error.ValidationException;
import org.coopkit.error.Violation;

/** Assertions shared by the value type tests. */
final class ModelAssertions {
  private ModelAssertions() {}

  /** Runs {@code call}, asserts it throws a ValidationException and returns it. */
  static ValidationException invalid(ThrowingCallable call) {
    ValidationException e = catchThrowableOfType(ValidationException.class, call);
    assertThat(e).as("expected a ValidationException").isNotNull();
    return e;
  }

  /**
   * Asserts that {@code call} fails with exactly one violation, on {@code path}, whose rule
   * contains {@code ruleFragment}; returns that violation.
   */
  static Violation violation(ThrowingCallable call, String path, String ruleFragment) {
    ValidationException e = invalid(call);
    assertThat(e.violations()).as(e.getMessage()).hasSize(1);
    Violation v = e.violations().get(0);
    assertThat(v.path()).as(e.getMessage()).isEqualTo(path);
    assertThat(v.rule()).as(e.getMessage()).contains(ruleFragment);
    return v;
  }
}
