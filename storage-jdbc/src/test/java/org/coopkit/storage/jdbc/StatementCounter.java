package org.coopkit.storage.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Counts what a storage asks its database: the statements it executes (each {@code execute…} call
 * on a statement of a connection borrowed through {@link #wrap}, a batch counting once) and the
 * rows it reads from their results. Counts, unlike timings, do not depend on how busy the machine
 * is, so a test can hold a read to a number of statements.
 */
final class StatementCounter {
  private static final Set<String> EXECUTIONS =
      Set.of(
          "execute",
          "executeQuery",
          "executeUpdate",
          "executeLargeUpdate",
          "executeBatch",
          "executeLargeBatch");

  private final AtomicLong statements = new AtomicLong();
  private final AtomicLong rows = new AtomicLong();

  /** What {@code work} asked the database, with what it returned. */
  record Counted<T>(T result, long statements, long rows) {}

  /** {@code dataSource}, with every statement of its connections counted here. */
  DataSource wrap(DataSource dataSource) {
    return proxy(
        DataSource.class,
        dataSource,
        (method, result) ->
            result instanceof Connection connection ? connection(connection) : result);
  }

  /** Runs {@code work} and counts the statements and rows it took. */
  <T> Counted<T> count(Supplier<T> work) {
    long statementsBefore = statements.get();
    long rowsBefore = rows.get();
    T result = work.get();
    return new Counted<>(result, statements.get() - statementsBefore, rows.get() - rowsBefore);
  }

  private Connection connection(Connection connection) {
    return proxy(
        Connection.class,
        connection,
        (method, result) -> result instanceof Statement statement ? statement(statement) : result);
  }

  private Statement statement(Statement statement) {
    Wrapping counting =
        (method, result) -> {
          if (EXECUTIONS.contains(method.getName())) {
            statements.incrementAndGet();
          }
          return result instanceof ResultSet resultSet ? resultSet(resultSet) : result;
        };
    if (statement instanceof CallableStatement callable) {
      return proxy(CallableStatement.class, callable, counting);
    }
    if (statement instanceof PreparedStatement prepared) {
      return proxy(PreparedStatement.class, prepared, counting);
    }
    return proxy(Statement.class, statement, counting);
  }

  private ResultSet resultSet(ResultSet resultSet) {
    return proxy(
        ResultSet.class,
        resultSet,
        (method, result) -> {
          if (method.getName().equals("next") && Boolean.TRUE.equals(result)) {
            rows.incrementAndGet();
          }
          return result;
        });
  }

  /** What to hand back instead of {@code result}, the value {@code method} returned. */
  private interface Wrapping {
    Object wrap(Method method, Object result);
  }

  /** {@code target} as a {@code type} that hands each result of a call to {@code wrapping}. */
  private static <T> T proxy(Class<T> type, T target, Wrapping wrapping) {
    InvocationHandler handler =
        (proxy, method, args) -> {
          Object result;
          try {
            result = method.invoke(target, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
          return result == null ? null : wrapping.wrap(method, result);
        };
    return type.cast(
        Proxy.newProxyInstance(
            StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler));
  }
}
