package org.coopkit.error;

/**
 * Thrown when an aggregate refers to another that does not exist, e.g. an event naming an unknown
 * project, or a role scoped to an unknown organisation.
 *
 * @since 0.1.0
 */
public final class BrokenReferenceException extends CoopkitException {
  private static final long serialVersionUID = 1L;

  /** The referring field's path. */
  private final String path;

  /** The kind of aggregate that was referred to. */
  private final String targetKind;

  /** The id that was referred to and does not exist. */
  private final String targetId;

  /**
   * @param path the referring field, e.g. {@code "Event.projects[1]"}
   * @param targetKind the kind that was referred to, e.g. {@code "Project"}
   * @param targetId the id that does not exist
   */
  public BrokenReferenceException(String path, String targetKind, String targetId) {
    super(path + " refers to " + targetKind + " " + targetId + ", which does not exist");
    this.path = path;
    this.targetKind = targetKind;
    this.targetId = targetId;
  }

  /**
   * The referring field, e.g. {@code "Event.projects[1]"}.
   *
   * @return the path of the field holding the broken reference
   */
  public String path() {
    return path;
  }

  /**
   * The kind that was referred to, e.g. {@code "Project"}.
   *
   * @return the kind of the missing aggregate
   */
  public String targetKind() {
    return targetKind;
  }

  /**
   * The id that was referred to.
   *
   * @return the id that does not exist in the store
   */
  public String targetId() {
    return targetId;
  }
}
