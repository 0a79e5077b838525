package org.coopkit.cli;

/** How a report is written. */
enum Format {
  /** Lines for people to read on a terminal. */
  TEXT,
  /** The report's CSV, as its {@code toCsv()} writes it, for spreadsheets. */
  CSV,
  /** One self-contained HTML page: no scripts, no files beside it. */
  HTML
}
