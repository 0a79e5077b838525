package org.coopkit.csv;

/**
 * How {@link CsvImporter} deals with problems: the modes of coopkit-json's import, plus a dry run.
 *
 * @since 0.2.0
 */
public enum CsvImportMode {
  /**
   * Every row checked as {@link #ALL_OR_NOTHING} checks it, in one unit of work that is always
   * rolled back: the report lists every problem (and counts those beyond {@link
   * CsvImportOptions#maxProblems()}), and nothing is stored. Run it first, fix the file, then
   * import.
   */
  DRY_RUN,
  /**
   * Everything in one unit of work ({@link org.coopkit.Coopkit#useTransaction}): the file is stored
   * whole, or, if anything is wrong with it, not at all. The default. After the first problem the
   * rest of the file is only checked, until {@link CsvImportOptions#maxProblems()} problems are
   * found.
   *
   * <p>A store may run a transaction again after a lost connection; this one reads a stream that
   * cannot be read twice, so it is not run again: the import then fails with a retryable {@link
   * org.coopkit.error.StorageUnavailableException}, nothing stored, and the caller imports the file
   * again.
   */
  ALL_OR_NOTHING,
  /**
   * Each row on its own: every valid row is stored, every invalid one is reported and skipped. Rows
   * are written {@link CsvImportOptions#batchSize()} at a time in one unit of work; when the store
   * refuses a row, that batch is rolled back and written again a row per unit, so only the refused
   * row is skipped.
   */
  ROW_BY_ROW
}
