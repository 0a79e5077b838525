package org.coopkit.error;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when the store cannot be reached or gave up: a lost connection, an exhausted pool, a
 * serialization failure that retries did not resolve. {@link #isRetryable()} says whether the same
 * call may succeed later without change.
 *
 * @since 0.1.0
 */
public final class StorageUnavailableException extends CoopkitException {
  private static final long serialVersionUID = 1L;

  /** Whether a retry may succeed. */
  private final boolean retryable;

  /**
   * @param message what failed, naming the store or pool (never personal data)
   * @param retryable whether retrying the same call may succeed
   * @param cause the adapter's own exception, if any
   */
  public StorageUnavailableException(String message, boolean retryable, @Nullable Throwable cause) {
    super(message, cause);
    this.retryable = retryable;
  }

  /**
   * Whether the same call may succeed when retried later.
   *
   * @return {@code true} for passing faults such as a lost connection or a serialization failure,
   *     {@code false} when the same call will fail again
   */
  public boolean isRetryable() {
    return retryable;
  }
}
