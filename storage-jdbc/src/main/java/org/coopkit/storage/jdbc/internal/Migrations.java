package org.coopkit.storage.jdbc.internal;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.jooq.SQLDialect;
import org.jspecify.annotations.Nullable;

/**
 * Brings coopkit's tables up to date with Flyway.
 *
 * <p>Scripts come from two classpath folders: {@value #COMMON_LOCATION}, run on every database, and
 * {@value #VENDOR_LOCATION_PREFIX}{@code <h2|postgresql|mariadb>}, chosen from the connected
 * database, for what one database needs alone. Both folders must exist (Flyway is told to fail on a
 * missing one, so a packaging mistake cannot pass unnoticed), so each vendor folder holds at least
 * one script. A vendor script's version places it between the common versions it depends on: {@code
 * V1_1} runs after {@code V1} and before {@code V2}.
 *
 * <p>coopkit keeps its own history table, {@value #HISTORY_TABLE}, so it can share a schema with a
 * host application that uses Flyway too. A schema that already holds other tables but no coopkit
 * history is baselined at version 0, so all of coopkit's scripts still run there.
 */
public final class Migrations {
  /** The scripts every database runs. */
  public static final String COMMON_LOCATION = "classpath:db/migration";

  /** Followed by {@link Dialects#vendorFolder(SQLDialect)}: the scripts of one database. */
  public static final String VENDOR_LOCATION_PREFIX = "classpath:db/vendor/";

  /** Flyway's record of the scripts applied. */
  public static final String HISTORY_TABLE = "coopkit_schema_history";

  private Migrations() {}

  /**
   * Applies the pending migrations, detecting the dialect first.
   *
   * @see #migrate(DataSource, SQLDialect, String)
   */
  public static int migrate(DataSource dataSource, @Nullable String schema) {
    return migrate(dataSource, Dialects.detect(dataSource), schema);
  }

  /**
   * Applies the pending migrations.
   *
   * @param dataSource where to migrate; its connections must be allowed to create tables
   * @param dialect the database's dialect, as {@link Dialects#detect(DataSource)} tells it
   * @param schema the schema (a database, on MariaDB) to migrate, created if missing; {@code null}
   *     for the connection's current one. Queries later find the tables through the connection's
   *     current schema, so give the same schema to the pool (see {@link Pools})
   * @return how many scripts ran: 0 when the schema was up to date
   * @throws IllegalArgumentException if coopkit has no schema for the dialect
   * @throws org.flywaydb.core.api.FlywayException if a script or the connection failed; Flyway runs
   *     each script in a transaction where the database allows DDL in one (H2, PostgreSQL), not on
   *     MariaDB
   */
  public static int migrate(DataSource dataSource, SQLDialect dialect, @Nullable String schema) {
    MigrateResult result = configure(dataSource, dialect, schema).load().migrate();
    return result.migrationsExecuted;
  }

  /** The Flyway configuration {@link #migrate} uses, for callers that need validate or info. */
  public static FluentConfiguration configure(
      DataSource dataSource, SQLDialect dialect, @Nullable String schema) {
    FluentConfiguration config =
        Flyway.configure(Migrations.class.getClassLoader())
            .dataSource(dataSource)
            .locations(COMMON_LOCATION, VENDOR_LOCATION_PREFIX + Dialects.vendorFolder(dialect))
            .failOnMissingLocations(true)
            .validateMigrationNaming(true)
            .table(HISTORY_TABLE)
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .cleanDisabled(true);
    if (schema != null) {
      config = config.schemas(schema).defaultSchema(schema);
    }
    return config;
  }
}
