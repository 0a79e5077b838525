package org.coopkit.csv;

/**
 * How a CSV file is written.
 *
 * @since 0.2.0
 */
public enum CsvDialect {
  /** RFC 4180: commas, CRLF line ends, UTF-8 without a byte order mark. */
  STANDARD,
  /**
   * What spreadsheet programs set to many European locales open correctly by double-click:
   * semicolons, CRLF, and UTF-8 with a byte order mark, without which accented names are garbled.
   */
  SPREADSHEET
}
