package org.coopkit.storage.jdbc.internal;

import java.sql.DriverManager;
import java.sql.SQLException;
import org.jooq.SQLDialect;
import org.jspecify.annotations.Nullable;

/**
 * The adapter's optional dependencies, which a host adds only for what it uses, and the one-line
 * errors that name the artifact to add when one is missing:
 *
 * <ul>
 *   <li>{@value #HIKARI_CP}, for the pool that {@code JdbcStorage.connect} and {@code embedded}
 *       make;
 *   <li>the JDBC driver of the database: {@value #H2} for {@code embedded}, the server's for {@code
 *       connect};
 *   <li>Flyway's support for the database, to migrate PostgreSQL ({@value #FLYWAY_POSTGRESQL}) or
 *       MariaDB ({@value #FLYWAY_MYSQL}); H2's is part of Flyway's core.
 * </ul>
 *
 * <p>This class names none of their types: it looks them up by name, so it loads and runs whatever
 * is missing. Code that uses HikariCP's types where a host's pool may be another (the storage's
 * view of the pool) asks {@link #hikariPresent()} first.
 */
public final class OptionalDependencies {
  /** HikariCP, the pool of {@code connect} and {@code embedded}. */
  public static final String HIKARI_CP = "com.zaxxer:HikariCP";

  /** H2, its JDBC driver and database. */
  public static final String H2 = "com.h2database:h2";

  /** PostgreSQL's JDBC driver. */
  public static final String POSTGRESQL_DRIVER = "org.postgresql:postgresql";

  /** MariaDB's JDBC driver. */
  public static final String MARIADB_DRIVER = "org.mariadb.jdbc:mariadb-java-client";

  /** Flyway's support for PostgreSQL. */
  public static final String FLYWAY_POSTGRESQL = "org.flywaydb:flyway-database-postgresql";

  /** Flyway's support for MySQL and MariaDB. */
  public static final String FLYWAY_MYSQL = "org.flywaydb:flyway-mysql";

  private static final boolean HIKARI_PRESENT = present("com.zaxxer.hikari.HikariDataSource");

  private OptionalDependencies() {}

  /**
   * Whether HikariCP is on the class path. Without it no object is a HikariCP pool, and code that
   * names HikariCP's types must not run.
   *
   * @return whether HikariCP's classes can be loaded
   */
  public static boolean hikariPresent() {
    return HIKARI_PRESENT;
  }

  /**
   * Checks that what a pool of coopkit's own needs is on the class path: HikariCP, and a JDBC
   * driver for the URL.
   *
   * @param factory what makes the pool, for the message, e.g. {@code JdbcStorage.connect}
   * @param jdbcUrl the URL the pool will connect to
   * @throws IllegalArgumentException if the URL is not for a supported database
   * @throws IllegalStateException naming the artifact of each missing dependency
   */
  public static void requirePool(String factory, String jdbcUrl) {
    String driver = missingDriver(jdbcUrl);
    if (driver == null) {
      if (!HIKARI_PRESENT) {
        throw new IllegalStateException(
            "No HikariCP on the class path, which "
                + factory
                + " makes its pool with: add "
                + HIKARI_CP
                + " to the application's dependencies, or give the application's own pool to"
                + " JdbcStorage.create(DataSource)");
      }
    } else if (HIKARI_PRESENT) {
      throw noDriver(jdbcUrl, driver);
    } else {
      throw new IllegalStateException(
          "No HikariCP, which "
              + factory
              + " makes its pool with, nor a JDBC driver for "
              + JdbcUrls.redact(jdbcUrl)
              + " on the class path: add "
              + HIKARI_CP
              + " and "
              + driver
              + " to the application's dependencies");
    }
  }

  /**
   * Checks that a JDBC driver for the URL is on the class path.
   *
   * @throws IllegalArgumentException if the URL is not for a supported database
   * @throws IllegalStateException naming the driver's artifact if it is missing
   */
  public static void requireDriver(String jdbcUrl) {
    String driver = missingDriver(jdbcUrl);
    if (driver != null) {
      throw noDriver(jdbcUrl, driver);
    }
  }

  private static IllegalStateException noDriver(String jdbcUrl, String artifact) {
    return new IllegalStateException(
        "No JDBC driver for "
            + JdbcUrls.redact(jdbcUrl)
            + " on the class path: add "
            + artifact
            + " to the application's dependencies");
  }

  /**
   * Checks that Flyway can migrate the database: PostgreSQL and MariaDB need a module of Flyway's
   * beside its core.
   *
   * @param dialect the database's
   * @throws IllegalStateException naming the Flyway module to add if it is missing
   */
  public static void requireFlyway(SQLDialect dialect) {
    String database;
    String artifact;
    String marker;
    switch (dialect.family()) {
      case POSTGRES -> {
        database = "PostgreSQL";
        artifact = FLYWAY_POSTGRESQL;
        marker = "org.flywaydb.database.postgresql.PostgreSQLDatabaseType";
      }
      case MARIADB, MYSQL -> {
        database = "MariaDB";
        artifact = FLYWAY_MYSQL;
        marker = "org.flywaydb.database.mysql.mariadb.MariaDBDatabaseType";
      }
      default -> {
        return;
      }
    }
    if (!present(marker)) {
      throw new IllegalStateException(
          "No Flyway support for "
              + database
              + " on the class path, which migrating coopkit's schema needs: add "
              + artifact
              + " to the application's dependencies");
    }
  }

  /** The artifact of the driver for the URL if none is on the class path, else {@code null}. */
  private static @Nullable String missingDriver(String jdbcUrl) {
    SQLDialect dialect = JdbcUrls.dialectOf(jdbcUrl);
    try {
      DriverManager.getDriver(jdbcUrl);
      return null;
    } catch (SQLException e) {
      return switch (dialect) {
        case POSTGRES -> POSTGRESQL_DRIVER;
        case MARIADB -> MARIADB_DRIVER;
        default -> H2;
      };
    }
  }

  private static boolean present(String className) {
    try {
      Class.forName(className, false, OptionalDependencies.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
