package org.coopkit.error;

/**
 * Thrown when an update or delete names a version that is no longer the stored one: someone else
 * wrote in between. Read the aggregate again, re-apply the change and retry.
 *
 * @since 0.1.0
 */
public final class ConflictException extends CoopkitException {
  private static final long serialVersionUID = 1L;

  private final String kind;
  private final String id;
  private final long expectedVersion;
  private final long actualVersion;

  /**
   * @param kind the aggregate's kind
   * @param id its id
   * @param expectedVersion the version the caller read
   * @param actualVersion the version in the store
   */
  public ConflictException(String kind, String id, long expectedVersion, long actualVersion) {
    super(
        kind
            + " "
            + id
            + " was changed concurrently: expected version "
            + expectedVersion
            + " but the stored version is "
            + actualVersion);
    this.kind = kind;
    this.id = id;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  public String kind() {
    return kind;
  }

  public String id() {
    return id;
  }

  /** The version the caller named. */
  public long expectedVersion() {
    return expectedVersion;
  }

  /** The version found in the store. */
  public long actualVersion() {
    return actualVersion;
  }
}
