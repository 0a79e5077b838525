package org.coopkit.storage.jdbc.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.coopkit.error.StorageUnavailableException;
import org.jooq.SQLDialect;

/**
 * Tells which database a connection reaches, as the jOOQ dialect to render SQL for, and where the
 * migrations for that database alone live.
 *
 * <p>Supported: H2, PostgreSQL and MariaDB. MySQL is recognised (as {@link SQLDialect#MYSQL}) so
 * that the error about it is precise, but it has no vendor migrations and is not tested.
 */
public final class Dialects {
  private Dialects() {}

  /**
   * Borrows one connection from {@code dataSource} and detects its dialect.
   *
   * @throws StorageUnavailableException if no connection could be had
   * @throws IllegalArgumentException if the database is not one coopkit supports
   */
  public static SQLDialect detect(DataSource dataSource) {
    return identify(dataSource).dialect();
  }

  /**
   * The database a connection reaches, as its driver names it: fit for logs and messages (it holds
   * no URL, user or password).
   *
   * @param dialect the dialect to render SQL for
   * @param product the product name, e.g. {@code PostgreSQL}
   * @param version the product version, e.g. {@code 15.20 (Debian 15.20-0+deb12u1)}
   */
  public record Server(SQLDialect dialect, String product, String version) {
    @Override
    public String toString() {
      return product + " " + version;
    }
  }

  /**
   * Borrows one connection from {@code dataSource} and tells which database it reaches.
   *
   * @throws StorageUnavailableException if no connection could be had
   * @throws IllegalArgumentException if the database is not one coopkit supports
   */
  public static Server identify(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      String product = meta.getDatabaseProductName();
      String version = meta.getDatabaseProductVersion();
      return new Server(fromProduct(product, version), product.strip(), version.strip());
    } catch (SQLException e) {
      throw new StorageUnavailableException(
          "Could not connect to detect the database: " + e.getMessage(), true, e);
    }
  }

  /**
   * Detects the dialect of an open connection from its {@link DatabaseMetaData}.
   *
   * @throws IllegalArgumentException if the database is not one coopkit supports
   */
  public static SQLDialect detect(Connection connection) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    return fromProduct(meta.getDatabaseProductName(), meta.getDatabaseProductVersion());
  }

  /**
   * The dialect for a product name and version as JDBC drivers report them, e.g. {@code "H2"},
   * {@code "PostgreSQL"}, {@code "MariaDB"}. A MariaDB server reached through a MySQL driver says
   * {@code "MySQL"} with "MariaDB" in its version, and is MariaDB.
   *
   * @throws IllegalArgumentException for any other product
   */
  static SQLDialect fromProduct(String productName, String productVersion) {
    String name = productName.strip().toLowerCase(Locale.ROOT);
    return switch (name) {
      case "h2" -> SQLDialect.H2;
      case "postgresql" -> SQLDialect.POSTGRES;
      case "mariadb" -> SQLDialect.MARIADB;
      case "mysql" ->
          productVersion.toLowerCase(Locale.ROOT).contains("mariadb")
              ? SQLDialect.MARIADB
              : SQLDialect.MYSQL;
      default ->
          throw new IllegalArgumentException(
              "Unsupported database '"
                  + productName
                  + "' (version "
                  + productVersion
                  + "): coopkit storage-jdbc supports H2, PostgreSQL and MariaDB");
    };
  }

  /**
   * The folder under {@code db/vendor/} that holds the migrations for this dialect alone: {@code
   * h2}, {@code postgresql} or {@code mariadb}.
   *
   * @throws IllegalArgumentException for a dialect coopkit does not migrate (MySQL among them)
   */
  public static String vendorFolder(SQLDialect dialect) {
    return switch (dialect.family()) {
      case H2 -> "h2";
      case POSTGRES -> "postgresql";
      case MARIADB -> "mariadb";
      default ->
          throw new IllegalArgumentException(
              "coopkit storage-jdbc has no schema for "
                  + dialect.getName()
                  + ": use H2, PostgreSQL or MariaDB");
    };
  }
}
