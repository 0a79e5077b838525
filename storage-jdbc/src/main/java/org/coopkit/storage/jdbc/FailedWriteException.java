package org.coopkit.storage.jdbc;

import java.util.Locale;
import java.util.function.Supplier;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jspecify.annotations.Nullable;

/**
 * A write the database refused, marked with what the statement itself knows: whether it inserted,
 * updated or deleted, and the table it wrote. {@link Failures} reads both from here: a foreign key
 * violation means a missing target or a row still referred to by the statement's kind (PostgreSQL
 * reports both as 23503), and MariaDB names every primary key {@code PRIMARY}, so its table tells
 * which. Carried by the exception rather than read back from the SQL in a message, so that the
 * classification does not depend on how jOOQ or a driver words its messages.
 */
final class FailedWriteException extends DataAccessException {
  private static final long serialVersionUID = 1L;

  /** What the statement did. */
  enum Operation {
    INSERT,
    UPDATE,
    DELETE
  }

  private final Operation operation;
  private final @Nullable String table;

  /**
   * The message says what was written where, never the driver's message: PostgreSQL's carries the
   * failing row's values, which may be personal data.
   *
   * @param operation what the statement did
   * @param table the table it wrote, or {@code null} if it wrote several
   * @param cause the database's failure
   */
  FailedWriteException(Operation operation, @Nullable String table, Throwable cause) {
    super(
        operation
            + (table == null ? " over several tables" : " on " + table)
            + " failed"
            + sqlState(cause),
        cause);
    this.operation = operation;
    this.table = table == null ? null : table.toLowerCase(Locale.ROOT);
  }

  /**
   * Runs a write through jOOQ, marking its failure with {@code operation} and {@code table}.
   *
   * @param table the table written, or {@code null} for a batch over several
   */
  static <T> T marking(Operation operation, @Nullable Table<?> table, Supplier<T> write) {
    try {
      return write.get();
    } catch (DataAccessException e) {
      if (e instanceof FailedWriteException) {
        throw e;
      }
      throw new FailedWriteException(operation, table == null ? null : table.getName(), e);
    }
  }

  private static String sqlState(Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
        return " (SQLState " + sql.getSQLState() + ")";
      }
    }
    return "";
  }

  /** What the statement did. */
  Operation operation() {
    return operation;
  }

  /** The table written, in lower case as the schema names it, or {@code null}. */
  @Nullable String table() {
    return table;
  }
}
