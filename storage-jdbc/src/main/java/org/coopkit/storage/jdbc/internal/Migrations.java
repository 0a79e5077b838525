package org.coopkit.storage.jdbc.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateOutput;
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
 *
 * <p>Flyway's core migrates H2; PostgreSQL and MariaDB need a module of Flyway's each, an optional
 * dependency: without it every method here fails at once with an {@link IllegalStateException}
 * naming the module to add, where Flyway's own error does not say what to add.
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
   * @throws IllegalStateException if Flyway's module for the database is not on the class path (see
   *     {@link OptionalDependencies#requireFlyway})
   * @throws org.flywaydb.core.api.FlywayException if a script or the connection failed; Flyway runs
   *     each script in a transaction where the database allows DDL in one (H2, PostgreSQL), not on
   *     MariaDB
   */
  public static int migrate(DataSource dataSource, SQLDialect dialect, @Nullable String schema) {
    return apply(dataSource, dialect, schema, List.of()).applied().size();
  }

  /**
   * What one migration run did.
   *
   * @param versionBefore the schema's version before, {@code "none"} for a schema coopkit never
   *     migrated
   * @param versionAfter the schema's version after: that of the last script applied with success
   * @param applied the scripts that ran, in order, each as {@code <version> (<description>)}
   * @param failed scripts the history marks failed, which Flyway lets pass when they are not among
   *     the scripts it knows (a "future" migration, from a newer coopkit, say); the schema may then
   *     hold half of such a script
   */
  public record Outcome(
      String versionBefore, String versionAfter, List<String> applied, List<String> failed) {
    public Outcome {
      applied = List.copyOf(applied);
      failed = List.copyOf(failed);
    }
  }

  /**
   * Applies the pending migrations, as {@link #migrate(DataSource, SQLDialect, String)} does, and
   * tells what it did.
   *
   * @param extraLocations further script folders after coopkit's own, for tests; usually empty
   */
  public static Outcome apply(
      DataSource dataSource,
      SQLDialect dialect,
      @Nullable String schema,
      List<String> extraLocations) {
    Flyway flyway = configure(dataSource, dialect, schema, extraLocations).load();
    MigrateResult result = flyway.migrate();
    // Flyway reports the scripts out of order: put them in the order they ran.
    List<String> applied =
        result.getSuccessfulMigrations().stream()
            .sorted(
                Comparator.comparing((MigrateOutput m) -> MigrationVersion.fromVersion(m.version)))
            .map(script -> script.version + " (" + script.description + ")")
            .toList();
    String before = result.initialSchemaVersion == null ? "none" : result.initialSchemaVersion;
    History after = read(flyway.info());
    return new Outcome(before, after.currentVersion(), applied, after.failed());
  }

  /**
   * What the history table says after a failed migration, read with Flyway's info.
   *
   * @param currentVersion the version of the last script applied with success, {@code "none"} if
   *     none was
   * @param failed the scripts the history marks failed (MariaDB cannot roll back DDL, so a failed
   *     script stays recorded), each as {@code <version> (<description>)}
   * @param firstPending the first script not applied yet, {@code <version> (<description>)}, or
   *     {@code null}: where a database rolls a failed script back (H2, PostgreSQL), the one that
   *     failed
   */
  public record History(String currentVersion, List<String> failed, @Nullable String firstPending) {
    public History {
      failed = List.copyOf(failed);
    }
  }

  /**
   * Reads the history table with the same configuration as {@link #apply}.
   *
   * @throws org.flywaydb.core.api.FlywayException if the history cannot be read
   */
  public static History history(
      DataSource dataSource,
      SQLDialect dialect,
      @Nullable String schema,
      List<String> extraLocations) {
    return read(configure(dataSource, dialect, schema, extraLocations).load().info());
  }

  private static History read(MigrationInfoService info) {
    List<String> failed =
        Arrays.stream(info.all())
            .filter(m -> m.getState().isFailed())
            .map(Migrations::name)
            .toList();
    // Flyway's current() is the latest applied script, a failed one included: not what a schema
    // holds.
    MigrationVersion current = null;
    for (MigrationInfo applied : info.applied()) {
      MigrationVersion version = applied.getVersion();
      if (version != null
          && !applied.getState().isFailed()
          && (current == null || version.isNewerThan(current))) {
        current = version;
      }
    }
    MigrationInfo[] pending = info.pending();
    return new History(
        current == null ? "none" : current.getVersion(),
        failed,
        pending.length == 0 ? null : name(pending[0]));
  }

  private static String name(MigrationInfo migration) {
    MigrationVersion version = migration.getVersion();
    return (version == null ? "repeatable" : version.getVersion())
        + " ("
        + migration.getDescription()
        + ")";
  }

  /** The Flyway configuration {@link #migrate} uses, for callers that need validate or info. */
  public static FluentConfiguration configure(
      DataSource dataSource, SQLDialect dialect, @Nullable String schema) {
    return configure(dataSource, dialect, schema, List.of());
  }

  /** The configuration, with {@code extraLocations} after coopkit's own script folders. */
  static FluentConfiguration configure(
      DataSource dataSource,
      SQLDialect dialect,
      @Nullable String schema,
      List<String> extraLocations) {
    OptionalDependencies.requireFlyway(dialect);
    List<String> locations = new ArrayList<>();
    locations.add(COMMON_LOCATION);
    locations.add(VENDOR_LOCATION_PREFIX + Dialects.vendorFolder(dialect));
    locations.addAll(extraLocations);
    FluentConfiguration config =
        Flyway.configure(Migrations.class.getClassLoader())
            .dataSource(dataSource)
            .loggers(FlywayLogs.class.getName())
            .locations(locations.toArray(String[]::new))
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
