package org.coopkit.storage.jdbc;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jooq.SQLDialect;
import org.jspecify.annotations.Nullable;

/**
 * Reads what went wrong from a database failure: a class of problem, and for a constraint violation
 * which constraints it may be. The problem comes from the SQLState, the vendor code and the
 * exception's class, and from the failed statement's own kind and table ({@link
 * FailedWriteException}); never from the wording of a message. Never puts the driver's message into
 * a message of its own: it may hold personal data (PostgreSQL's "Failing row contains …").
 *
 * <p>The constraint is read from the error's constraint field on PostgreSQL. H2's and MariaDB's
 * drivers have no such field: there the failed statement's table and kind tell which constraints it
 * may have violated ({@link Constraint#uniqueKeysOf} and the like), and {@link
 * ConstraintViolations} decides among several, and finds the value, from what the statement wrote.
 */
final class Failures {
  /** What kind of failure a database reported. */
  enum Problem {
    /** A unique key or primary key violation. */
    UNIQUE,
    /** A foreign key violation by a row that refers to something missing. */
    MISSING_TARGET,
    /** A foreign key violation by deleting something still referred to. */
    STILL_REFERENCED,
    /** A CHECK constraint violation: the model and the schema disagree. */
    CHECK,
    /** A serialization failure, deadlock or lock timeout: the same work may succeed again. */
    CONTENTION,
    /** The connection failed or could not be had. */
    CONNECTION,
    /** Anything else. */
    OTHER
  }

  /**
   * A failure as understood.
   *
   * @param problem what kind of failure
   * @param constraints for a constraint violation, the constraints of {@link Constraint} it may be:
   *     the one the database named, or those the failed statement may have violated; else empty
   * @param statementTable the table the failed statement wrote, if one of the stores' writes marked
   *     it
   * @param sqlState the SQLState, or {@code "?"}
   * @param vendorCode the vendor's error code
   */
  record Failure(
      Problem problem,
      List<Constraint> constraints,
      @Nullable String statementTable,
      String sqlState,
      int vendorCode) {

    /** SQLState and vendor code, fit for messages. */
    String code() {
      return "SQLState " + sqlState + ", vendor code " + vendorCode;
    }
  }

  private static final Set<String> CONTENTION_STATES = Set.of("40001", "40P01");
  private static final Set<Integer> MARIADB_CONTENTION = Set.of(1205, 1213);

  /** H2: concurrent update, lock timeout, deadlock. */
  private static final Set<Integer> H2_CONTENTION = Set.of(90131, 50200, 40001);

  private static final Set<String> CONNECTION_STATES = Set.of("57P01", "57P02", "57P03", "53300");

  /** MariaDB: connection killed, server gone away, lost connection. */
  private static final Set<Integer> MARIADB_CONNECTION = Set.of(1927, 2006, 2013);

  /** H2: connection broken, database closed, database is in use. */
  private static final Set<Integer> H2_CONNECTION = Set.of(90067, 90098, 90020);

  private Failures() {}

  /** Understands {@code failure}, which may wrap an {@link SQLException} (or none). */
  static Failure of(Throwable failure, SQLDialect dialect) {
    List<SQLException> chain = sqlExceptions(failure);
    SQLException first = chain.isEmpty() ? null : chain.get(0);
    String state = first == null || first.getSQLState() == null ? "?" : first.getSQLState();
    int code = first == null ? 0 : first.getErrorCode();
    FailedWriteException write = failedWrite(failure);
    FailedWriteException.Operation statementKind = write == null ? null : write.operation();
    String table = write == null ? null : write.table();
    Problem problem = problem(chain, dialect, statementKind);
    List<Constraint> constraints =
        switch (problem) {
          case UNIQUE, MISSING_TARGET, STILL_REFERENCED ->
              constraints(chain, dialect, problem, statementKind, table);
          default -> List.of();
        };
    return new Failure(problem, constraints, table, state, code);
  }

  private static Problem problem(
      List<SQLException> chain,
      SQLDialect dialect,
      FailedWriteException.@Nullable Operation statementKind) {
    for (SQLException e : chain) {
      String state = e.getSQLState() == null ? "" : e.getSQLState();
      int code = e.getErrorCode();
      boolean maria =
          dialect.family() == SQLDialect.MARIADB || dialect.family() == SQLDialect.MYSQL;
      boolean h2 = dialect.family() == SQLDialect.H2;
      if (e instanceof SQLTransactionRollbackException
          || CONTENTION_STATES.contains(state)
          || (maria && MARIADB_CONTENTION.contains(code))
          || (h2 && H2_CONTENTION.contains(code))) {
        return Problem.CONTENTION;
      }
      if (state.equals("23505") || (maria && code == 1062)) {
        return Problem.UNIQUE;
      }
      if (state.equals("23503")
          || state.equals("23506")
          || (maria && (code == 1451 || code == 1452 || code == 1216 || code == 1217))) {
        // PostgreSQL says 23503 for both directions: the statement tells them apart. Coopkit
        // deletes only what is referred to, and inserts and updates only what refers.
        boolean deleting =
            statementKind == FailedWriteException.Operation.DELETE
                || (h2 && state.equals("23503"))
                || (maria && (code == 1451 || code == 1217));
        return deleting ? Problem.STILL_REFERENCED : Problem.MISSING_TARGET;
      }
      if (state.equals("23513")
          || state.equals("23514")
          || (maria && (code == 4025 || code == 3819))) {
        return Problem.CHECK;
      }
      if (e instanceof SQLTransientConnectionException
          || e instanceof SQLNonTransientConnectionException
          || e instanceof SQLRecoverableException
          || state.startsWith("08")
          || CONNECTION_STATES.contains(state)
          || (maria && MARIADB_CONNECTION.contains(code))
          || (h2 && H2_CONNECTION.contains(code))) {
        return Problem.CONNECTION;
      }
    }
    return Problem.OTHER;
  }

  /**
   * The constraints a violation may be: the one PostgreSQL names, else those of the failed
   * statement's table that its kind may violate (none if no store's write marked the statement).
   */
  private static List<Constraint> constraints(
      List<SQLException> chain,
      SQLDialect dialect,
      Problem problem,
      FailedWriteException.@Nullable Operation statementKind,
      @Nullable String table) {
    if (dialect.family() == SQLDialect.POSTGRES) {
      for (SQLException e : chain) {
        String name = PostgresErrors.constraint(e);
        if (name != null) {
          // PostgreSQL said which constraint it was: one coopkit does not know is none of those
          // the statement's table could otherwise suggest.
          return Constraint.named(name).map(List::of).orElse(List.of());
        }
      }
    }
    if (table == null) {
      return List.of();
    }
    return switch (problem) {
      case UNIQUE ->
          Constraint.uniqueKeysOf(table, statementKind == FailedWriteException.Operation.UPDATE);
      case MISSING_TARGET -> Constraint.referencesFrom(table);
      default -> Constraint.referencesTo(table);
    };
  }

  /** The failed statement's own account of itself, if one of the stores' writes failed. */
  private static @Nullable FailedWriteException failedWrite(Throwable failure) {
    Throwable t = failure;
    for (int depth = 0; t != null && depth < 20; depth++) {
      if (t instanceof FailedWriteException write) {
        return write;
      }
      t = t.getCause() == t ? null : t.getCause();
    }
    return null;
  }

  /** Every {@link SQLException} in the cause chain, the next exceptions of batches first. */
  private static List<SQLException> sqlExceptions(Throwable failure) {
    List<SQLException> found = new ArrayList<>();
    Throwable t = failure;
    for (int depth = 0; t != null && depth < 20; depth++) {
      if (t instanceof SQLException sql) {
        if (sql instanceof BatchUpdateException && sql.getNextException() != null) {
          found.add(sql.getNextException());
        }
        found.add(sql);
      }
      t = t.getCause() == t ? null : t.getCause();
    }
    return found;
  }
}
