package org.coopkit.storage.jdbc.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.coopkit.error.StorageUnavailableException;
import org.jooq.SQLDialect;
import org.jspecify.annotations.Nullable;

/**
 * Opens HikariCP pools whose sessions all behave alike, whatever the database:
 *
 * <ul>
 *   <li>every session is in UTC (the schema stores {@code TIMESTAMP(6)} values as UTC);
 *   <li>MariaDB sessions talk utf8mb4 and allow long {@code GROUP_CONCAT} results, which jOOQ's
 *       MULTISET emulation needs (see {@link JooqSettings});
 *   <li>transactions run at READ COMMITTED, the default of H2 and PostgreSQL (MariaDB's is
 *       REPEATABLE READ);
 *   <li>PostgreSQL rewrites batched inserts into multi-row inserts, and keeps the detail of an
 *       error, which may quote a row's personal data, out of exception messages;
 *   <li>a caller waits at most {@link #CONNECTION_TIMEOUT} for a connection, so an exhausted pool
 *       or a lost server fails fast instead of hanging.
 * </ul>
 *
 * <p>Pools are named {@code coopkit-1}, {@code coopkit-2}, … in the order they are opened. The
 * caller closes the pool it opened.
 */
public final class Pools {
  /** How long {@code getConnection()} waits before it gives up. */
  public static final Duration CONNECTION_TIMEOUT = Duration.ofSeconds(3);

  /** How long a connection test may take; below {@link #CONNECTION_TIMEOUT}, as Hikari requires. */
  static final Duration VALIDATION_TIMEOUT = Duration.ofSeconds(2);

  /** The pool size when the caller does not choose one. */
  public static final int DEFAULT_MAXIMUM_POOL_SIZE = 10;

  /**
   * The largest {@code group_concat_max_len} MariaDB accepts (1 GiB); it silently cuts larger
   * values to this, with a warning.
   */
  static final long GROUP_CONCAT_MAX_LEN = 1_073_741_824L;

  private static final AtomicInteger POOL_NUMBER = new AtomicInteger();

  private Pools() {}

  /**
   * Opens a pool of {@link #DEFAULT_MAXIMUM_POOL_SIZE} connections on the URL's default schema.
   *
   * @see #open(String, String, String, String, int)
   */
  public static HikariDataSource open(
      String jdbcUrl, @Nullable String user, @Nullable String password) {
    return open(jdbcUrl, user, password, null, DEFAULT_MAXIMUM_POOL_SIZE);
  }

  /**
   * Opens a pool and checks at once that it can connect.
   *
   * @param jdbcUrl a {@code jdbc:h2:}, {@code jdbc:postgresql:} or {@code jdbc:mariadb:} URL
   * @param user the user, or {@code null} when the URL names it or none is needed
   * @param password the password, or {@code null}
   * @param schema the schema every connection starts in (a database, on MariaDB); {@code null} for
   *     the URL's default
   * @param maximumPoolSize at least 1
   * @throws IllegalArgumentException if the URL is not for a supported database
   * @throws IllegalStateException if no JDBC driver for the URL is on the class path
   * @throws StorageUnavailableException if the first connection failed (server down, bad
   *     credentials, unknown database)
   */
  public static HikariDataSource open(
      String jdbcUrl,
      @Nullable String user,
      @Nullable String password,
      @Nullable String schema,
      int maximumPoolSize) {
    HikariConfig config = config(jdbcUrl, user, password, schema, maximumPoolSize);
    OptionalDependencies.requireDriver(jdbcUrl);
    try {
      return new HikariDataSource(config);
    } catch (RuntimeException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new StorageUnavailableException(
          "Could not connect to " + JdbcUrls.redact(jdbcUrl) + ": " + cause.getMessage(), true, e);
    }
  }

  /** The pool configuration {@link #open} uses, without connecting. */
  static HikariConfig config(
      String jdbcUrl,
      @Nullable String user,
      @Nullable String password,
      @Nullable String schema,
      int maximumPoolSize) {
    if (maximumPoolSize < 1) {
      throw new IllegalArgumentException("maximumPoolSize must be at least 1: " + maximumPoolSize);
    }
    SQLDialect dialect = JdbcUrls.dialectOf(jdbcUrl);
    HikariConfig config = new HikariConfig();
    config.setPoolName("coopkit-" + POOL_NUMBER.incrementAndGet());
    config.setJdbcUrl(jdbcUrl);
    if (user != null) {
      config.setUsername(user);
    }
    if (password != null) {
      config.setPassword(password);
    }
    config.setMaximumPoolSize(maximumPoolSize);
    config.setMinimumIdle(Math.min(2, maximumPoolSize));
    config.setConnectionTimeout(CONNECTION_TIMEOUT.toMillis());
    config.setValidationTimeout(VALIDATION_TIMEOUT.toMillis());
    config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    config.setConnectionInitSql(sessionSql(dialect));
    if (dialect == SQLDialect.POSTGRES) {
      config.addDataSourceProperty("reWriteBatchedInserts", "true");
      config.addDataSourceProperty("ApplicationName", config.getPoolName());
      // The detail of an error ("Failing row contains (…)") may hold personal data: keep it out of
      // exception messages (and so out of logs); coopkit reads the error's fields instead.
      config.addDataSourceProperty("logServerErrorDetail", "false");
      // PostgreSQL compiles a statement whose estimated cost passes jit_above_cost; coopkit's
      // statements read index ranges and run in milliseconds, and compiling a project's dashboard
      // at 100,000 events took longer than running it (about 0.4 s of 1.1 s). Off from the start.
      config.addDataSourceProperty("options", "-c jit=off");
    }
    if (schema != null) {
      if (dialect == SQLDialect.MARIADB) {
        config.setCatalog(schema);
      } else {
        config.setSchema(schema);
      }
    }
    return config;
  }

  /** The statement each new connection runs first. */
  static String sessionSql(SQLDialect dialect) {
    return switch (dialect.family()) {
      case MARIADB, MYSQL ->
          "SET NAMES utf8mb4, SESSION time_zone = '+00:00', SESSION group_concat_max_len = "
              + GROUP_CONCAT_MAX_LEN;
      default -> "SET TIME ZONE 'UTC'";
    };
  }
}
