package org.coopkit.storage.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * A data source whose connections report their isolation, read-only flag and auto-commit when they
 * are closed, before the pool underneath resets them: what a borrower left on a host's connection.
 */
final class StateAtClose {
  private StateAtClose() {}

  /** {@code pool}, with each connection's state passed to {@code onClose} as {@link #state}. */
  static DataSource of(DataSource pool, Consumer<String> onClose) {
    return (DataSource)
        Proxy.newProxyInstance(
            StateAtClose.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              Object result = invoke(pool, method, args);
              return result instanceof Connection c ? reporting(c, onClose) : result;
            });
  }

  /** How {@link #of} reports a connection's state. */
  static String state(int isolation, boolean readOnly, boolean autoCommit) {
    return "isolation " + isolation + ", read-only " + readOnly + ", auto-commit " + autoCommit;
  }

  private static Connection reporting(Connection connection, Consumer<String> onClose) {
    return (Connection)
        Proxy.newProxyInstance(
            StateAtClose.class.getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              if (method.getName().equals("close") && !connection.isClosed()) {
                onClose.accept(
                    state(
                        connection.getTransactionIsolation(),
                        connection.isReadOnly(),
                        connection.getAutoCommit()));
              }
              return invoke(connection, method, args);
            });
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
