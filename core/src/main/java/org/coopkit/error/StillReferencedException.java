package org.coopkit.error;

/**
 * Thrown when a delete would leave others pointing at nothing, e.g. a project that still has events
 * and the caller did not ask for the cascade.
 *
 * @since 0.1.0
 */
public final class StillReferencedException extends CoopkitException {
  private static final long serialVersionUID = 1L;

  private final String kind;
  private final String id;
  private final String referencedBy;

  /**
   * @param kind the kind that was to be deleted
   * @param id its id
   * @param referencedBy what still refers to it, e.g. {@code "3 events"}
   */
  public StillReferencedException(String kind, String id, String referencedBy) {
    super(kind + " " + id + " cannot be deleted: still referenced by " + referencedBy);
    this.kind = kind;
    this.id = id;
    this.referencedBy = referencedBy;
  }

  public String kind() {
    return kind;
  }

  public String id() {
    return id;
  }

  public String referencedBy() {
    return referencedBy;
  }
}
