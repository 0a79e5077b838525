package org.coopkit.storage.jdbc;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * The fields of a PostgreSQL error, which name the constraint and the key whatever the server's
 * message language. In a class of its own, loaded only when the database is PostgreSQL: the driver
 * is an optional dependency.
 */
final class PostgresErrors {
  private PostgresErrors() {}

  /** The violated constraint's name, or {@code null}. */
  static @Nullable String constraint(SQLException e) {
    ServerErrorMessage message = message(e);
    return message == null ? null : message.getConstraint();
  }

  /** The error's detail (e.g. {@code Key (code)=(x) already exists.}), or {@code null}. */
  static @Nullable String detail(SQLException e) {
    ServerErrorMessage message = message(e);
    return message == null ? null : message.getDetail();
  }

  private static @Nullable ServerErrorMessage message(SQLException e) {
    try {
      return e instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
    } catch (LinkageError absent) {
      return null;
    }
  }
}
