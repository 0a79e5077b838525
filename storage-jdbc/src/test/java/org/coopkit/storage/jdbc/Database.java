package org.coopkit.storage.jdbc;

import org.jooq.SQLDialect;

/**
 * The databases the adapter's tests run on. Made for {@code @EnumSource(Database.class)}:
 *
 * <pre>{@code
 * @ParameterizedTest(name = "{0}")
 * @EnumSource(Database.class)
 * void somethingHolds(Database database) {
 *   try (FreshSchema schema = database.openFreshSchema()) {
 *     ... schema.dataSource(), schema.dialect(), schema.dsl() ...
 *   }
 * }
 * }</pre>
 *
 * <p>For one schema shared by a whole test class (a contract suite, say), open it in a static
 * {@code @BeforeAll} and close it in {@code @AfterAll}; a skip there skips the class.
 *
 * <p>H2 runs in memory and is always there. PostgreSQL and MariaDB are servers found through {@link
 * DatabaseTarget}; when one does not answer, its tests are skipped, or fail when {@value
 * TestDatabases#REQUIRE_ENV} names it (see {@link TestDatabases}).
 */
public enum Database {
  H2("h2", "H2", SQLDialect.H2),
  POSTGRESQL("postgresql", "PostgreSQL", SQLDialect.POSTGRES),
  MARIADB("mariadb", "MariaDB", SQLDialect.MARIADB);

  private final String key;
  private final String displayName;
  private final SQLDialect dialect;

  Database(String key, String displayName, SQLDialect dialect) {
    this.key = key;
    this.displayName = displayName;
    this.dialect = dialect;
  }

  /**
   * The lower-case name used in settings ({@code coopkit.test.<key>.url}), in {@value
   * TestDatabases#REQUIRE_ENV} and as the vendor migration folder.
   */
  public String key() {
    return key;
  }

  /** The product name, e.g. {@code PostgreSQL}. */
  public String displayName() {
    return displayName;
  }

  /** The jOOQ dialect the adapter detects for this database. */
  public SQLDialect dialect() {
    return dialect;
  }

  /** Where this database's server is, from system properties, the environment or defaults. */
  public DatabaseTarget target() {
    return DatabaseTarget.resolve(this, System::getProperty, System::getenv);
  }

  /**
   * Creates an empty schema of its own (an in-memory database on H2, a schema on PostgreSQL, a
   * database on MariaDB) with a pool on it. Close the handle to drop it.
   *
   * @throws org.opentest4j.TestAbortedException if the server does not answer and is not required
   * @throws AssertionError if the server does not answer and is required
   */
  public FreshSchema openFreshSchema() {
    DatabaseTarget target = target();
    TestDatabases.ensureAvailable(target);
    return FreshSchema.create(target);
  }

  @Override
  public String toString() {
    return displayName;
  }
}
