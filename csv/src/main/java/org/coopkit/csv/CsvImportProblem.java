package org.coopkit.csv;

import static java.util.Objects.requireNonNull;

/**
 * Something wrong with a row of a CSV file, and where: the row as a spreadsheet numbers it (the
 * header is row 1) and the column's name in the file's header.
 *
 * <p>The message names the broken rule and the value, except in a column of personal data (a
 * contact's names, e-mail addresses or phone numbers), whose value is never shown: it reads {@value
 * org.coopkit.error.Violation#REDACTED}, so a report can go to a log or to whoever fixes the file.
 *
 * @param row the row, from 1 (the header); counts records, so a cell over several lines is one row
 * @param column the column's name as the file's header writes it; {@code ""} for the row as a whole
 * @param message what is wrong, e.g. {@code must be one of conference, training, … ('Konferenz')}
 * @since 0.2.0
 */
public record CsvImportProblem(long row, String column, String message) {
  /**
   * Checks that the column and the message are present.
   *
   * @param row the row, from 1 (the header)
   * @param column the column's name; {@code ""} for the row as a whole
   * @param message what is wrong
   * @throws NullPointerException if {@code column} or {@code message} is null
   */
  public CsvImportProblem {
    requireNonNull(column, "column");
    requireNonNull(message, "message");
  }

  /** Returns e.g. {@code row 12, column Email: must contain exactly one @ (<redacted>)}. */
  @Override
  public String toString() {
    return "row " + row + (column.isEmpty() ? "" : ", column " + column) + ": " + message;
  }
}
