package org.coopkit.error;

/**
 * Thrown when a value that must be unique is taken already, e.g. a project code or an id.
 *
 * @since 0.1.0
 */
public final class DuplicateException extends CoopkitException {
  private static final long serialVersionUID = 1L;

  private final String field;
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

  public String field() {
    return field;
  }

  public String value() {
    return value;
  }
}
