package org.coopkit.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.coopkit.storage.jdbc.JdbcStorage;
import org.coopkit.storage.jdbc.JdbcStorageOptions;

/**
 * A schema of the harness's own, {@code coopkit_bench_<random>}, made empty on a database and
 * dropped by {@link #close()} with everything in it: a schema on PostgreSQL, a database (with
 * {@code utf8mb4_nopad_bin}, as storage-jdbc's README advises) on MariaDB, a database file in a
 * temporary folder on H2. Tables come from coopkit's own migrations ({@link #storage}).
 */
final class BenchSchema implements AutoCloseable {
  /** The databases the harness loads. */
  enum Engine {
    POSTGRESQL("PostgreSQL"),
    H2("H2"),
    MARIADB("MariaDB");

    private final String displayName;

    Engine(String displayName) {
      this.displayName = displayName;
    }

    String displayName() {
      return displayName;
    }

    static Engine parse(String name) {
      return switch (name.strip().toLowerCase(Locale.ROOT)) {
        case "postgresql", "postgres", "pg" -> POSTGRESQL;
        case "h2" -> H2;
        case "mariadb" -> MARIADB;
        default ->
            throw new IllegalArgumentException(
                "unknown database " + name + "; use postgresql, h2 or mariadb");
      };
    }
  }

  /**
   * Where a database server is: a JDBC URL naming an existing database, a user, a password. For H2
   * the URL is unused: its files go to {@code h2Folder}.
   */
  record Server(Engine engine, String url, String user, String password, Path h2Folder) {}

  static final String PREFIX = "coopkit_bench_";

  private final Server server;
  private final String name;
  private boolean dropped;

  private BenchSchema(Server server, String name) {
    this.server = server;
    this.name = name;
  }

  /** Creates an empty schema with a random name. */
  static BenchSchema create(Server server) throws SQLException {
    String name = PREFIX + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    switch (server.engine()) {
      case POSTGRESQL -> execute(server, "CREATE SCHEMA " + name);
      case MARIADB ->
          execute(
              server,
              "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_nopad_bin");
      case H2 -> {}
    }
    return new BenchSchema(server, name);
  }

  String name() {
    return name;
  }

  Engine engine() {
    return server.engine();
  }

  /** The database file of an H2 schema. */
  Path h2File() {
    return server.h2Folder().resolve(name + ".mv.db");
  }

  /** The JDBC URL of this schema's database. */
  private String url() {
    return server.engine() == Engine.H2
        // H2 hands back a statement's previous result when nothing has changed since: with it,
        // a run repeating one query measures a cache, not the query. Off for both sides.
        ? "jdbc:h2:file:"
            + server.h2Folder().resolve(name).toAbsolutePath()
            + ";OPTIMIZE_REUSE_RESULTS=FALSE"
        : server.url();
  }

  /**
   * coopkit's storage on this schema, with a pool of its own, migrated on creation: made by {@link
   * JdbcStorage#connect}, as a host application would.
   */
  JdbcStorage storage() {
    return storage(JdbcStorageOptions.DEFAULT);
  }

  /** A storage of this schema with {@code options}, their schema set to this one. */
  JdbcStorage storage(JdbcStorageOptions options) {
    return JdbcStorage.connect(
        url(),
        user(),
        server.password(),
        server.engine() == Engine.H2 ? options : options.withSchema(name));
  }

  private String user() {
    return server.engine() == Engine.H2 ? "sa" : server.user();
  }

  /**
   * A plain JDBC connection in this schema, its session set up as coopkit's pools set theirs (UTC;
   * utf8mb4 on MariaDB) and, on PostgreSQL, with {@code reWriteBatchedInserts=true} and JIT off.
   */
  Connection connect() throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", user());
    properties.setProperty("password", server.engine() == Engine.H2 ? "" : server.password());
    if (server.engine() == Engine.POSTGRESQL) {
      properties.setProperty("reWriteBatchedInserts", "true");
      properties.setProperty("options", "-c jit=off");
    }
    Connection connection = DriverManager.getConnection(url(), properties);
    try (Statement statement = connection.createStatement()) {
      switch (server.engine()) {
        case POSTGRESQL -> {
          statement.execute("SET TIME ZONE 'UTC'");
          connection.setSchema(name);
        }
        case MARIADB -> {
          statement.execute("SET NAMES utf8mb4, SESSION time_zone = '+00:00'");
          connection.setCatalog(name);
        }
        case H2 -> statement.execute("SET TIME ZONE 'UTC'");
      }
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
    connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
    return connection;
  }

  /** Empties the event tables, leaving organisations, projects and components. */
  void truncateEvents(Connection connection) throws SQLException {
    List<String> children = new ArrayList<>();
    for (EventRows table : EventRows.values()) {
      if (table != EventRows.EVENT) {
        children.add(table.table());
      }
    }
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(true);
    try (Statement statement = connection.createStatement()) {
      switch (server.engine()) {
        // CASCADE: tables the benchmark leaves empty (external ids...) reference event too.
        case POSTGRESQL ->
            statement.execute("TRUNCATE " + String.join(", ", children) + ", event CASCADE");
        case MARIADB -> {
          statement.execute("SET FOREIGN_KEY_CHECKS = 0");
          for (String table : children) {
            statement.execute("TRUNCATE TABLE " + table);
          }
          statement.execute("TRUNCATE TABLE event");
          statement.execute("SET FOREIGN_KEY_CHECKS = 1");
        }
        case H2 -> {
          statement.execute("SET REFERENTIAL_INTEGRITY FALSE");
          for (String table : children) {
            statement.execute("TRUNCATE TABLE " + table);
          }
          statement.execute("TRUNCATE TABLE event");
          statement.execute("SET REFERENTIAL_INTEGRITY TRUE");
        }
      }
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  /**
   * Turns PostgreSQL's autovacuum off for the event tables, so that it does not run during the
   * timed loads of later runs (two cores); {@link #analyze} gathers statistics instead. The same
   * for every schema, so every loader meets the same tables.
   */
  void quietAutovacuum(Connection connection) throws SQLException {
    if (server.engine() != Engine.POSTGRESQL) {
      return;
    }
    try (Statement statement = connection.createStatement()) {
      for (EventRows table : EventRows.values()) {
        statement.execute("ALTER TABLE " + table.table() + " SET (autovacuum_enabled = false)");
      }
    }
    if (!connection.getAutoCommit()) {
      connection.commit();
    }
  }

  /** Brings the planner's statistics of the event tables up to date. */
  void analyze(Connection connection) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(true);
    try (Statement statement = connection.createStatement()) {
      switch (server.engine()) {
        case POSTGRESQL -> {
          for (EventRows table : EventRows.values()) {
            statement.execute("VACUUM ANALYZE " + table.table());
          }
        }
        case MARIADB -> {
          for (EventRows table : EventRows.values()) {
            // The result only reports the status; the next statement closes it.
            statement.execute("ANALYZE TABLE " + table.table());
          }
        }
        case H2 -> statement.execute("ANALYZE");
      }
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  /** Rows in each event table, in {@link EventRows} order. */
  long[] countRows(Connection connection) throws SQLException {
    long[] counts = new long[EventRows.values().length];
    try (Statement statement = connection.createStatement()) {
      for (EventRows table : EventRows.values()) {
        try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table.table())) {
          rs.next();
          counts[table.ordinal()] = rs.getLong(1);
        }
      }
    }
    if (!connection.getAutoCommit()) {
      connection.commit();
    }
    return counts;
  }

  /** Drops the schema with everything in it; does nothing the second time. */
  @Override
  public synchronized void close() throws SQLException {
    if (dropped) {
      return;
    }
    dropped = true;
    switch (server.engine()) {
      case POSTGRESQL -> execute(server, "DROP SCHEMA IF EXISTS " + name + " CASCADE");
      case MARIADB -> execute(server, "DROP DATABASE IF EXISTS " + name);
      case H2 -> {
        try (Connection connection = DriverManager.getConnection(url(), "sa", "");
            Statement statement = connection.createStatement()) {
          statement.execute("DROP ALL OBJECTS DELETE FILES");
        }
        deleteFiles();
      }
    }
  }

  private void deleteFiles() {
    try (Stream<Path> files = Files.list(server.h2Folder())) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith(name)).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new IllegalStateException("could not delete the H2 files of " + name, e);
    }
  }

  @Override
  public String toString() {
    return server.engine().displayName() + " " + name;
  }

  private static void execute(Server server, String sql) throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(server.url(), server.user(), server.password());
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
