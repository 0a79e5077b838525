package org.coopkit.json;

/**
 * How {@link CoopkitJson#importInto} deals with problems.
 *
 * @since 0.1.0
 */
public enum ImportMode {
  /**
   * Everything in one unit of work ({@link org.coopkit.Coopkit#useTransaction}): the document is
   * stored whole, or, if anything is wrong with it, not at all. The default.
   *
   * <p>A store may run a transaction again after a lost connection; this one reads a stream that
   * cannot be read twice, so it is not run again: the import then fails with a retryable {@link
   * org.coopkit.error.StorageUnavailableException}, nothing stored, and the caller imports the
   * document again. (Each record of {@link #RECORD_BY_RECORD} is held in memory while its own
   * transaction runs, so that mode's transactions are run again as any other.)
   */
  ALL_OR_NOTHING,
  /**
   * Each record in a unit of work of its own: every valid record is stored, every invalid one is
   * reported and skipped. A reference forward within a section waits for the section's end; one
   * that never turns up is reported and left out of its record.
   */
  RECORD_BY_RECORD
}
