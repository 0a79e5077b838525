package org.coopkit.storage.jdbc;

import static org.coopkit.storage.jdbc.StoredRowsTest.stamped;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.coopkit.model.project.Project;
import org.coopkit.storage.tck.Fixtures;

/**
 * What a host application does with the adapter, run as the main class of a JVM whose class path
 * lacks some optional dependencies (see {@link HostJvm}). Prints one line on standard output:
 * {@code result: ok} and what it saw, or {@code result: threw <class>: <message>}.
 *
 * <p>Arguments: the class names that must not load (comma-separated, or {@code -}), the scenario,
 * then the scenario's arguments:
 *
 * <ul>
 *   <li>{@code connect <url> <user> <password>}: {@link JdbcStorage#connect}, then a project
 *       written and read back;
 *   <li>{@code embedded <file>}: the same with {@link JdbcStorage#embedded};
 *   <li>{@code create <url> <user> <password>}: {@link JdbcStorage#create(DataSource)} over a
 *       plain, unpooled data source, the same round trip, then a call while the data source gives
 *       no connection.
 * </ul>
 */
final class HostScenarios {
  /** What the result line starts with. */
  static final String RESULT = "result: ";

  private HostScenarios() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    try {
      requireAbsent(args[0]);
      List<String> rest = Arrays.asList(args).subList(2, args.length);
      String outcome =
          switch (args[1]) {
            case "connect" -> roundTrip(JdbcStorage.connect(rest.get(0), rest.get(1), rest.get(2)));
            case "embedded" -> roundTrip(JdbcStorage.embedded(Path.of(rest.get(0))));
            case "create" -> overThePlainDataSource(rest.get(0), rest.get(1), rest.get(2));
            default -> throw new IllegalArgumentException("No scenario " + args[1]);
          };
      out.println(RESULT + "ok " + outcome);
    } catch (RuntimeException | LinkageError e) {
      e.printStackTrace();
      out.println(RESULT + "threw " + e.getClass().getName() + ": " + e.getMessage());
    }
  }

  private static void requireAbsent(String classNames) {
    if (classNames.equals("-")) {
      return;
    }
    for (String name : classNames.split(",", -1)) {
      try {
        Class.forName(name, false, HostScenarios.class.getClassLoader());
        throw new IllegalStateException(name + " is still on the class path");
      } catch (ClassNotFoundException expected) {
        // As a host without the dependency.
      }
    }
  }

  private static String roundTrip(JdbcStorage storage) {
    try (storage) {
      Project project = stamped(Fixtures.anyProject());
      storage.inTransaction(
          s -> {
            s.projects().insert(project);
            return null;
          });
      Optional<Project> read = storage.inTransaction(s -> s.projects().get(project.id()));
      return read.equals(Optional.of(project)) ? "read back" : "read " + read;
    }
  }

  private static String overThePlainDataSource(String url, String user, String password) {
    PlainDataSource dataSource = new PlainDataSource(url, user, password);
    String roundTrip = roundTrip(JdbcStorage.create(dataSource));
    JdbcStorage storage = JdbcStorage.create(dataSource);
    dataSource.refuse = true;
    try {
      storage.inTransaction(s -> null);
      return roundTrip + "; then a call without a connection passed";
    } catch (RuntimeException e) {
      return roundTrip + "; then " + e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  /** A data source without a pool, as a host might have one; it can be told to refuse. */
  private static final class PlainDataSource implements DataSource {
    private final String url;
    private final String user;
    private final String password;
    private volatile boolean refuse;

    PlainDataSource(String url, String user, String password) {
      this.url = url;
      this.user = user;
      this.password = password;
    }

    @Override
    public Connection getConnection() throws SQLException {
      if (refuse) {
        throw new SQLException("refused", "08001");
      }
      return DriverManager.getConnection(url, user, password);
    }

    @Override
    public Connection getConnection(String username, String pass) throws SQLException {
      throw new SQLFeatureNotSupportedException();
    }

    @Override
    public PrintWriter getLogWriter() {
      return new PrintWriter(System.err, true);
    }

    @Override
    public void setLogWriter(PrintWriter writer) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
      throw new SQLException("Not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
      return false;
    }
  }
}
