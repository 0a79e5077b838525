package org.coopkit.storage.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.coopkit.storage.jdbc.internal.JdbcUrls;
import org.coopkit.storage.jdbc.internal.JooqSettings;
import org.coopkit.storage.jdbc.internal.Pools;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;

/**
 * An empty schema made for one test (or one test class) and a pool whose connections start in it;
 * {@link #close()} closes the pool and drops the schema with everything in it.
 *
 * <ul>
 *   <li>H2: a new in-memory database {@code coopkit_test_<random>}; tables go to its schema {@code
 *       PUBLIC}.
 *   <li>PostgreSQL: {@code CREATE SCHEMA coopkit_test_<random>} in the target database, and a URL
 *       with {@code currentSchema=coopkit_test_<random>}.
 *   <li>MariaDB: {@code CREATE DATABASE coopkit_test_<random>} with {@value #MARIADB_CHARSET} and
 *       {@value #MARIADB_COLLATION}, and the target URL pointed at it.
 * </ul>
 *
 * <p>Why {@value #MARIADB_COLLATION}: MariaDB's default collations compare case-insensitively (and
 * ignore trailing spaces), so a unique key would take {@code ABC} and {@code abc} for the same
 * value, where H2 and PostgreSQL hold both. A binary, no-pad collation compares as H2 and
 * PostgreSQL do, so every database passes the same tests. It orders by code point, like
 * PostgreSQL's {@code C} collation and H2's default: queries that must ignore case say so with
 * {@code LOWER(..)} on every database. Host applications should create their MariaDB database the
 * same way.
 */
public final class FreshSchema implements AutoCloseable {
  /** The character set of the MariaDB test databases. */
  public static final String MARIADB_CHARSET = "utf8mb4";

  /** The collation of the MariaDB test databases: case- and space-sensitive, as on H2 and PG. */
  public static final String MARIADB_COLLATION = "utf8mb4_nopad_bin";

  /** What every schema name starts with, so that one left behind is easy to spot. */
  public static final String NAME_PREFIX = "coopkit_test_";

  private final DatabaseTarget target;
  private final String name;
  private final String url;
  private final HikariDataSource dataSource;
  private boolean closed;

  private FreshSchema(DatabaseTarget target, String name, String url, HikariDataSource dataSource) {
    this.target = target;
    this.name = name;
    this.url = url;
    this.dataSource = dataSource;
  }

  /** Creates the schema on the target's server and opens a pool on it. */
  static FreshSchema create(DatabaseTarget target) {
    String name = NAME_PREFIX + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    String url =
        switch (target.database()) {
          case H2 -> target.url() + name + ";DB_CLOSE_DELAY=-1";
          case POSTGRESQL -> withParameter(target.url(), "currentSchema", name);
          case MARIADB -> withDatabase(target.url(), name);
        };
    switch (target.database()) {
      case H2 -> {}
      case POSTGRESQL -> execute(target, target.url(), "CREATE SCHEMA " + name);
      case MARIADB ->
          execute(
              target,
              target.url(),
              "CREATE DATABASE "
                  + name
                  + " CHARACTER SET "
                  + MARIADB_CHARSET
                  + " COLLATE "
                  + MARIADB_COLLATION);
    }
    try {
      return new FreshSchema(target, name, url, Pools.open(url, target.user(), target.password()));
    } catch (RuntimeException e) {
      try {
        drop(target, name, url);
      } catch (RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /** Which database this is on. */
  public Database database() {
    return target.database();
  }

  /** The jOOQ dialect of the database. */
  public SQLDialect dialect() {
    return target.database().dialect();
  }

  /**
   * The schema the pool's connections start in, as the database spells it: {@code PUBLIC} on H2,
   * {@code coopkit_test_<random>} on PostgreSQL and MariaDB (a database there).
   */
  public String schema() {
    return target.database() == Database.H2 ? "PUBLIC" : name;
  }

  /** The random name, {@code coopkit_test_<random>}: the H2 database, or the schema. */
  public String name() {
    return name;
  }

  /** The JDBC URL whose connections start in this schema. */
  public String url() {
    return url;
  }

  /** The server's user and password, for a second pool on {@link #url()}. */
  public DatabaseTarget target() {
    return target;
  }

  /** A pool on this schema, made by {@link Pools#open(String, String, String)}. */
  public HikariDataSource dataSource() {
    return dataSource;
  }

  /** A jOOQ context on {@link #dataSource()} with the adapter's settings. */
  public DSLContext dsl() {
    return JooqSettings.dsl(dataSource, dialect());
  }

  /** Closes the pool and drops the schema. Does nothing the second time. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    dataSource.close();
    drop(target, name, url);
  }

  @Override
  public String toString() {
    return target.database().displayName() + " schema " + name;
  }

  private static void drop(DatabaseTarget target, String name, String url) {
    switch (target.database()) {
      case H2 -> execute(target, url, "SHUTDOWN");
      case POSTGRESQL ->
          execute(target, target.url(), "DROP SCHEMA IF EXISTS " + name + " CASCADE");
      case MARIADB -> execute(target, target.url(), "DROP DATABASE IF EXISTS " + name);
    }
  }

  private static void execute(DatabaseTarget target, String url, String sql) {
    try (Connection connection =
            DriverManager.getConnection(url, target.user(), target.password());
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Could not run '" + sql + "' on " + JdbcUrls.redact(url) + ": " + e.getMessage(), e);
    }
  }

  /** Adds {@code name=value} to a URL's query, after {@code ?} or {@code &}. */
  static String withParameter(String url, String name, String value) {
    return url + (url.indexOf('?') < 0 ? "?" : "&") + name + "=" + value;
  }

  /**
   * Replaces the database of a {@code jdbc:mariadb://host[:port][/database][?query]} URL (also with
   * several hosts) with {@code database}.
   */
  static String withDatabase(String url, String database) {
    int hosts = url.indexOf("//");
    if (hosts < 0) {
      throw new IllegalArgumentException("Not a jdbc:mariadb://host/database URL: " + url);
    }
    int query = url.indexOf('?', hosts);
    String head = query < 0 ? url : url.substring(0, query);
    String tail = query < 0 ? "" : url.substring(query);
    int slash = head.indexOf('/', hosts + 2);
    String server = slash < 0 ? head : head.substring(0, slash);
    return server + "/" + database.toLowerCase(Locale.ROOT) + tail;
  }
}
