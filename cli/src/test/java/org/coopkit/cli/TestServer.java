package org.coopkit.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A database of its own on one of the test servers, dropped with everything in it by {@link
 * #drop()}: a schema in PostgreSQL's {@code test} database, or a database on MariaDB.
 *
 * <p>The servers are found at {@code COOPKIT_TEST_<KIND>_URL} (else 127.0.0.1 on the usual port),
 * with {@code _USER} ({@code postgres}, {@code root}) and {@code _PASSWORD} (empty). A server that
 * does not answer skips the test with one line on standard error, unless {@code
 * COOPKIT_REQUIRE_DATABASES} names it: then the test fails.
 */
record TestServer(String kind, String serverUrl, String user, String password, String name) {
  static TestServer postgresql() {
    return create("postgresql", "jdbc:postgresql://127.0.0.1:5432/test", "postgres");
  }

  static TestServer mariadb() {
    return create("mariadb", "jdbc:mariadb://127.0.0.1:3306/test", "root");
  }

  private static TestServer create(String kind, String defaultUrl, String defaultUser) {
    String server = setting(kind, "URL", defaultUrl);
    String user = setting(kind, "USER", defaultUser);
    String password = setting(kind, "PASSWORD", "");
    String name = "coopkit_cli_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    TestServer made = new TestServer(kind, server, user, password, name);
    try {
      made.execute(kind.equals("postgresql") ? "CREATE SCHEMA " + name : "CREATE DATABASE " + name);
    } catch (SQLException e) {
      String problem = kind + " at " + server + " did not answer (" + e.getMessage() + ")";
      String required = System.getenv("COOPKIT_REQUIRE_DATABASES");
      if (required != null
          && Arrays.stream(required.split(","))
              .anyMatch(s -> s.strip().toLowerCase(Locale.ROOT).equals(kind))) {
        throw new AssertionError(problem + " but COOPKIT_REQUIRE_DATABASES names " + kind, e);
      }
      System.err.println("[coopkit-test] " + problem + ": its tests are skipped");
      Assumptions.abort(problem);
    }
    return made;
  }

  /** The URL the program is given: the new schema or database. */
  String url() {
    if (kind.equals("postgresql")) {
      return serverUrl + (serverUrl.indexOf('?') < 0 ? "?" : "&") + "currentSchema=" + name;
    }
    int query = serverUrl.indexOf('?');
    String base = query < 0 ? serverUrl : serverUrl.substring(0, query);
    return base.substring(0, base.lastIndexOf('/') + 1)
        + name
        + (query < 0 ? "" : serverUrl.substring(query));
  }

  void drop() throws SQLException {
    execute(
        kind.equals("postgresql")
            ? "DROP SCHEMA IF EXISTS " + name + " CASCADE"
            : "DROP DATABASE IF EXISTS " + name);
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static String setting(String kind, String part, String fallback) {
    String value = System.getenv("COOPKIT_TEST_" + kind.toUpperCase(Locale.ROOT) + "_" + part);
    return value != null ? value : fallback;
  }
}
