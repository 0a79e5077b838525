package org.coopkit.csv;

import org.coopkit.UnitOfWork;
import org.coopkit.error.CoopkitException;
import org.jspecify.annotations.Nullable;

/** How rows become records of one kind, and how those records are stored. */
interface RecordKind<F extends Enum<F> & CsvField, T> {
  /**
   * Reads the row as a record, looking up what it refers to through {@code tx}; returns {@code
   * null} after recording the row's problems.
   */
  @Nullable T read(Row<F> row, UnitOfWork tx);

  /** Stores the record through the service of its kind, with every rule of that service. */
  void store(UnitOfWork tx, T record);

  /** Records the service's refusal of the row's record against the columns it concerns. */
  void refused(Row<F> row, CoopkitException refusal);
}
