package org.coopkit.spi;

/**
 * Whether a transaction writes.
 *
 * @since 0.1.0
 */
public enum TransactionMode {
  /** Reads only; may run concurrently with other readers. */
  READ_ONLY,
  /** Reads and writes. */
  READ_WRITE
}
