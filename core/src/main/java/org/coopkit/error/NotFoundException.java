package org.coopkit.error;

/**
 * Thrown when an operation names an aggregate that does not exist (any more).
 *
 * @since 0.1.0
 */
public final class NotFoundException extends CoopkitException {
  private static final long serialVersionUID = 1L;

  /** The kind of aggregate that was looked for. */
  private final String kind;

  /** The id or code that was looked for. */
  private final String id;

  /**
   * @param kind the aggregate's kind, e.g. {@code "Project"}
   * @param id its id or code as text
   */
  public NotFoundException(String kind, String id) {
    super(kind + " not found: " + id);
    this.kind = kind;
    this.id = id;
  }

  /**
   * The aggregate's kind, e.g. {@code "Event"}.
   *
   * @return the kind that was looked for
   */
  public String kind() {
    return kind;
  }

  /**
   * The id (or project code) that was looked for.
   *
   * @return the id or code, as text
   */
  public String id() {
    return id;
  }
}
