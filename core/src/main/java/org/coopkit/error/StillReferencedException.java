package org.coopkit.error;

/**
 * Thrown when a delete would leave others pointing at nothing, e.g. a project that still has events
 * and the caller did not ask for the cascade.
 *
 * @since 0.1.0
 */
public final class StillReferencedException extends CoopkitException {
  private static final long serialVersionUID = 1L;

  /** The kind of aggregate that was to be deleted. */
  private final String kind;

  /** The id of the aggregate that was to be deleted. */
  private final String id;

  /** What still refers to the aggregate. */
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

  /**
   * The kind that was to be deleted, e.g. {@code "Project"}.
   *
   * @return the kind of the aggregate that is still referenced
   */
  public String kind() {
    return kind;
  }

  /**
   * The id of the aggregate that was to be deleted.
   *
   * @return the id, as text
   */
  public String id() {
    return id;
  }

  /**
   * What still refers to the aggregate, e.g. {@code "3 events"}; a count, never personal data.
   *
   * @return a short description of the remaining references
   */
  public String referencedBy() {
    return referencedBy;
  }
}
