package org.coopkit.json;

import static java.util.Objects.requireNonNull;

/**
 * Something wrong with a JSON document, and where: a JSON Pointer (RFC 6901) into the document and
 * the line and column the parser was at.
 *
 * <p>Messages name the broken rule and, for a model rule, the model's path, rule and value as
 * {@link org.coopkit.error.Violation} gives them, so a personal value (a contact's name, e-mail
 * address or phone number) is never shown: it reads {@value org.coopkit.error.Violation#REDACTED}.
 *
 * @param pointer where in the document, e.g. {@code /events/41/dates/start}; {@code ""} is the
 *     whole document
 * @param line the line, from 1; -1 if not known
 * @param column the column, from 1; -1 if not known
 * @param message what is wrong, e.g. {@code Invalid PartialDate: text: must be YYYY, YYYY-MM or
 *     YYYY-MM-DD ('2011-13')}
 * @since 0.1.0
 */
public record ImportProblem(String pointer, int line, int column, String message) {
  /**
   * Checks that the pointer and the message are present.
   *
   * @param pointer where in the document; {@code ""} is the whole document
   * @param line the line, from 1; -1 if not known
   * @param column the column, from 1; -1 if not known
   * @param message what is wrong
   * @throws NullPointerException if {@code pointer} or {@code message} is null
   */
  public ImportProblem {
    requireNonNull(pointer, "pointer");
    requireNonNull(message, "message");
  }

  /** Returns e.g. {@code /events/41/dates/start (12:20): Invalid PartialDate: …}. */
  @Override
  public String toString() {
    return (pointer.isEmpty() ? "/" : pointer) + " (" + line + ":" + column + "): " + message;
  }
}
