package org.coopkit.error;

/**
 * Thrown when a value that must be unique is taken already, e.g. a project code or an id.
 *
 * @since 0.1.0
 */
public final class DuplicateException extends CoopkitException {
  private static final long serialVersionUID = 1L;

  /** The unique field. */
  private final String field;

  /** The value that is taken. */
  private final String value;

  /**
   * @param field the unique field, e.g. {@code "Project.code"}
   * @param value the value that is taken (never personal data)
   */
  public DuplicateException(String field, String value) {
    super(field + " must be unique, but " + value + " is taken");
    this.field = field;
    this.value = value;
  }

  /**
   * The unique field, e.g. {@code "Project.code"}.
   *
   * @return the name of the field whose value must be unique
   */
  public String field() {
    return field;
  }

  /**
   * The value that is taken already; never personal data.
   *
   * @return the duplicate value as text
   */
  public String value() {
    return value;
  }
}
