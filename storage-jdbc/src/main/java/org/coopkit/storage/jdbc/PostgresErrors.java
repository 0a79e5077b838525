package org.coopkit.storage.jdbc;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * The constraint field of a PostgreSQL error, which names the violated constraint whatever the
 * server's message language. In a class of its own, loaded only when the database is PostgreSQL:
 * the driver is an optional dependency.
 */
final class PostgresErrors {
  private PostgresErrors() {}

  /** The violated constraint's name, or {@code null}. */
  static @Nullable String constraint(SQLException e) {
    ServerErrorMessage message = message(e);
    return message == null ? null : message.getConstraint();
  }

  private static @Nullable ServerErrorMessage message(SQLException e) {
    try {
      return e instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
    } catch (LinkageError absent) {
      return null;
    }
  }
}
