package org.coopkit.storage.jdbc;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.function.Function;
import org.coopkit.storage.jdbc.internal.JdbcUrls;
import org.jspecify.annotations.Nullable;

/**
 * Where a test database server is and how to log in: a JDBC URL naming an existing database (the
 * tests create their schemas inside it), a user and a password.
 *
 * <p>Each part is read from a system property, else an environment variable, else a default:
 *
 * <table>
 *   <caption>Settings</caption>
 *   <tr><th>system property</th><th>environment variable</th><th>default</th></tr>
 *   <tr><td>{@code coopkit.test.postgresql.url}</td><td>{@code COOPKIT_TEST_POSTGRESQL_URL}</td>
 *       <td>{@value #POSTGRESQL_URL}</td></tr>
 *   <tr><td>{@code coopkit.test.postgresql.user}</td><td>{@code COOPKIT_TEST_POSTGRESQL_USER}</td>
 *       <td>{@code postgres}</td></tr>
 *   <tr><td>{@code coopkit.test.postgresql.password}</td>
 *       <td>{@code COOPKIT_TEST_POSTGRESQL_PASSWORD}</td><td>empty</td></tr>
 *   <tr><td>{@code coopkit.test.mariadb.url}</td><td>{@code COOPKIT_TEST_MARIADB_URL}</td>
 *       <td>{@value #MARIADB_URL}</td></tr>
 *   <tr><td>{@code coopkit.test.mariadb.user}</td><td>{@code COOPKIT_TEST_MARIADB_USER}</td>
 *       <td>{@code root}</td></tr>
 *   <tr><td>{@code coopkit.test.mariadb.password}</td>
 *       <td>{@code COOPKIT_TEST_MARIADB_PASSWORD}</td><td>empty</td></tr>
 * </table>
 *
 * <p>H2 needs no server: its target is always {@value #H2_URL} with user {@code sa}.
 *
 * @param database which database this is
 * @param url the JDBC URL of an existing database on the server
 * @param user the user, allowed to create and drop schemas (PostgreSQL) or databases (MariaDB)
 * @param password the password, possibly empty
 */
public record DatabaseTarget(Database database, String url, String user, String password) {
  /** The default PostgreSQL server. */
  public static final String POSTGRESQL_URL = "jdbc:postgresql://127.0.0.1:5432/test";

  /** The default MariaDB server. */
  public static final String MARIADB_URL = "jdbc:mariadb://127.0.0.1:3306/test";

  /** The prefix of every in-memory H2 database URL. */
  public static final String H2_URL = "jdbc:h2:mem:";

  public DatabaseTarget {
    requireNonNull(database, "database");
    requireNonNull(url, "url");
    requireNonNull(user, "user");
    requireNonNull(password, "password");
  }

  /**
   * Reads the target of {@code database}.
   *
   * @param properties looks up a system property, {@code null} when unset
   * @param environment looks up an environment variable, {@code null} when unset
   */
  public static DatabaseTarget resolve(
      Database database,
      Function<String, @Nullable String> properties,
      Function<String, @Nullable String> environment) {
    return switch (database) {
      case H2 -> new DatabaseTarget(database, H2_URL, "sa", "");
      case POSTGRESQL ->
          new DatabaseTarget(
              database,
              setting(database, "url", POSTGRESQL_URL, properties, environment),
              setting(database, "user", "postgres", properties, environment),
              setting(database, "password", "", properties, environment));
      case MARIADB ->
          new DatabaseTarget(
              database,
              setting(database, "url", MARIADB_URL, properties, environment),
              setting(database, "user", "root", properties, environment),
              setting(database, "password", "", properties, environment));
    };
  }

  /** The system property that sets a part, e.g. {@code coopkit.test.postgresql.url}. */
  static String propertyName(Database database, String part) {
    return "coopkit.test." + database.key() + "." + part;
  }

  /** The environment variable that sets a part, e.g. {@code COOPKIT_TEST_POSTGRESQL_URL}. */
  static String environmentName(Database database, String part) {
    return propertyName(database, part).replace('.', '_').toUpperCase(Locale.ROOT);
  }

  private static String setting(
      Database database,
      String part,
      String fallback,
      Function<String, @Nullable String> properties,
      Function<String, @Nullable String> environment) {
    String value = properties.apply(propertyName(database, part));
    if (value == null) {
      value = environment.apply(environmentName(database, part));
    }
    return value != null ? value : fallback;
  }

  /** The URL with any password in it hidden: what messages show. */
  public String shownUrl() {
    return JdbcUrls.redact(url);
  }

  @Override
  public String toString() {
    return database.displayName() + " at " + shownUrl() + " as " + user;
  }
}
