package org.coopkit.internal;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Names the Instancio seed of a failing property-style test in its failure message. Instancio's own
 * extension reports the seed as a JUnit report entry and a log line, neither of which Surefire
 * shows; this puts it where the reader of a failed build looks.
 */
public final class SeedOnFailure implements BeforeEachCallback, TestExecutionExceptionHandler {

  @Override
  public void beforeEach(ExtensionContext context) {
    RandomModelValues.forgetSeed();
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable failure)
      throws Throwable {
    Long seed = RandomModelValues.lastSeed();
    if (seed == null) {
      throw failure;
    }
    throw new AssertionError(
        "Failed with Instancio seed "
            + seed
            + " (replay it with @Seed("
            + seed
            + "L) on "
            + context.getRequiredTestMethod().getName()
            + "): "
            + failure.getMessage(),
        failure);
  }
}
