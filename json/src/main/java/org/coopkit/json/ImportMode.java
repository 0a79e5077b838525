package org.coopkit.json;

/**
 * How {@link CoopkitJson#importInto} deals with problems.
 *
 * @since 0.1.0
 */
public enum ImportMode {
  /**
   * Everything in one storage transaction: the document is stored whole, or, if anything is wrong
   * with it, not at all. The default.
   */
  ALL_OR_NOTHING,
  /**
   * Each record in its own transaction: every valid record is stored, every invalid one is reported
   * and skipped.
   */
  RECORD_BY_RECORD
}
