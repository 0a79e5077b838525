package org.coopkit.spring.boot;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;

/**
 * A database of its own for one test class, as storage-jdbc's tests make them: a new in-memory H2
 * database, or a new schema in PostgreSQL's test database that {@link #drop()} drops with
 * everything in it.
 *
 * <p>PostgreSQL is found at {@code coopkit.test.postgresql.url} (system property) or {@code
 * COOPKIT_TEST_POSTGRESQL_URL} (environment), else {@value #POSTGRESQL_URL}, with {@code .user} /
 * {@code _USER} ({@code postgres}) and {@code .password} / {@code _PASSWORD} (empty). A server that
 * does not answer skips the class, with one line on standard error, unless {@code
 * COOPKIT_REQUIRE_DATABASES} names {@code postgresql}: then the class fails.
 */
final class TestSchema {
  static final String POSTGRESQL_URL = "jdbc:postgresql://127.0.0.1:5432/test";
  static final String REQUIRE_ENV = "COOPKIT_REQUIRE_DATABASES";

  private final String url;
  private final String user;
  private final String password;
  private final @Nullable String serverUrl;
  private final String name;

  private TestSchema(
      String url, String user, String password, @Nullable String serverUrl, String name) {
    this.url = url;
    this.user = user;
    this.password = password;
    this.serverUrl = serverUrl;
    this.name = name;
  }

  /** A new in-memory H2 database, gone when its last connection closes. */
  static TestSchema h2() {
    String name = freshName();
    return new TestSchema("jdbc:h2:mem:" + name, "sa", "", null, name);
  }

  /**
   * A new schema on the test PostgreSQL server.
   *
   * @throws org.opentest4j.TestAbortedException if the server does not answer and is not required
   * @throws AssertionError if the server does not answer and is required
   */
  static TestSchema postgresql() {
    String server = setting("url", POSTGRESQL_URL);
    String user = setting("user", "postgres");
    String password = setting("password", "");
    String name = freshName();
    try {
      execute(server, user, password, "CREATE SCHEMA " + name);
    } catch (SQLException e) {
      String problem =
          "PostgreSQL at "
              + server
              + " did not answer ("
              + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip())
              + ")";
      if (required("postgresql")) {
        throw new AssertionError(problem + " but " + REQUIRE_ENV + " names postgresql", e);
      }
      System.err.println("[coopkit-test] " + problem + ": its tests are skipped");
      Assumptions.abort(problem);
    }
    String url = server + (server.indexOf('?') < 0 ? "?" : "&") + "currentSchema=" + name;
    return new TestSchema(url, user, password, server, name);
  }

  String url() {
    return url;
  }

  String user() {
    return user;
  }

  String password() {
    return password;
  }

  /** Drops the PostgreSQL schema with everything in it; nothing to do for H2. */
  void drop() {
    if (serverUrl == null) {
      return;
    }
    try {
      execute(serverUrl, user, password, "DROP SCHEMA IF EXISTS " + name + " CASCADE");
    } catch (SQLException e) {
      throw new IllegalStateException("Could not drop schema " + name, e);
    }
  }

  private static String freshName() {
    return "coopkit_boot_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  private static boolean required(String database) {
    String value = System.getenv(REQUIRE_ENV);
    return value != null
        && Arrays.stream(value.split(","))
            .map(s -> s.strip().toLowerCase(Locale.ROOT))
            .anyMatch(database::equals);
  }

  private static String setting(String part, String fallback) {
    String value = System.getProperty("coopkit.test.postgresql." + part);
    if (value == null) {
      value = System.getenv("COOPKIT_TEST_POSTGRESQL_" + part.toUpperCase(Locale.ROOT));
    }
    return value != null ? value : fallback;
  }

  private static void execute(String url, String user, String password, String sql)
      throws SQLException {
    try (Connection connection = DriverManager.getConnection(url, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
