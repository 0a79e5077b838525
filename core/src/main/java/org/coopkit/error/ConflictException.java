package org.coopkit.error;

/**
 * Thrown when an update or delete names a version that is no longer the stored one: someone else
 * wrote in between. Read the aggregate again, re-apply the change and retry.
 *
 * @since 0.1.0
 */
public final class ConflictException extends CoopkitException {
  private static final long serialVersionUID = 1L;

  /** The kind of aggregate that was written. */
  private final String kind;

  /** The id of the aggregate that was written. */
  private final String id;

  /** The version the caller expected. */
  private final long expectedVersion;

  /** The version found in the store. */
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

  /**
   * The kind of aggregate whose write lost, e.g. {@code "Project"}.
   *
   * @return the aggregate's kind
   */
  public String kind() {
    return kind;
  }

  /**
   * The id of the aggregate whose write lost.
   *
   * @return the aggregate's id as text
   */
  public String id() {
    return id;
  }

  /**
   * The version the caller named.
   *
   * @return the expected version, as passed to the update or delete
   */
  public long expectedVersion() {
    return expectedVersion;
  }

  /**
   * The version found in the store.
   *
   * @return the stored version at the time of the write; greater than the expected one after a
   *     concurrent update
   */
  public long actualVersion() {
    return actualVersion;
  }
}
