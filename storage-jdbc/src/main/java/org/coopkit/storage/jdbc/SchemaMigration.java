package org.coopkit.storage.jdbc;

import java.util.List;
import javax.sql.DataSource;
import org.coopkit.error.StorageUnavailableException;
import org.coopkit.storage.jdbc.Failures.Failure;
import org.coopkit.storage.jdbc.Failures.Problem;
import org.coopkit.storage.jdbc.internal.Migrations;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.jooq.SQLDialect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings coopkit's schema up to date when a {@link JdbcStorage} is made, and tells a failed
 * migration from Flyway's history: which script failed, the version the schema is at, and what to
 * do. Apart from {@link JdbcStorage} so that the factories read without the diagnostics; the Flyway
 * set-up itself is {@link Migrations}.
 */
final class SchemaMigration {
  /** The storage's logger, which the class comment of {@link JdbcStorage} names. */
  private static final Logger LOG = LoggerFactory.getLogger(JdbcStorage.class);

  private SchemaMigration() {}

  /**
   * Migrates the schema unless {@link JdbcStorageOptions#migrate()} is off.
   *
   * @throws StorageUnavailableException if the migration failed, saying why and what to do
   */
  static void migrate(
      DataSource dataSource,
      SQLDialect dialect,
      JdbcStorageOptions options,
      String description,
      List<String> extraLocations) {
    String where = description + (options.schema() == null ? "" : ", schema " + options.schema());
    if (!options.migrate()) {
      LOG.info("Not migrating coopkit's schema at {}: migrate is off", where);
      return;
    }
    Migrations.Outcome outcome;
    try {
      outcome = Migrations.apply(dataSource, dialect, options.schema(), extraLocations);
    } catch (FlywayException e) {
      throw migrationFailed(e, dataSource, dialect, options, where, extraLocations);
    }
    if (!outcome.failed().isEmpty()) {
      // Flyway passes a failed script it does not know (one of a newer coopkit, say) with a
      // warning; the schema may hold half of it, so coopkit does not run on it.
      throw new StorageUnavailableException(
          "Could not migrate coopkit's schema at "
              + where
              + ": "
              + markedFailed(outcome.failed(), "", outcome.versionAfter(), dialect),
          false,
          null);
    }
    if (outcome.applied().isEmpty()) {
      LOG.info(
          "coopkit's schema at {} is up to date, at version {}", where, outcome.versionAfter());
    } else {
      LOG.info(
          "Migrated coopkit's schema at {} from version {} to {}, applying {}",
          where,
          outcome.versionBefore(),
          outcome.versionAfter(),
          String.join(", ", outcome.applied()));
    }
  }

  /**
   * The failure of a migration, told from what Flyway's history says afterwards: which script
   * failed, the version the schema is at, and what to do. Never the driver's message: the cause
   * keeps it.
   */
  private static StorageUnavailableException migrationFailed(
      FlywayException e,
      DataSource dataSource,
      SQLDialect dialect,
      JdbcStorageOptions options,
      String where,
      List<String> extraLocations) {
    String prefix = "Could not migrate coopkit's schema at " + where + ": ";
    Failure f = Failures.of(e, dialect);
    String code = f.sqlState().equals("?") ? "" : " (" + f.code() + ")";
    if (f.problem() == Problem.CONNECTION) {
      return new StorageUnavailableException(prefix + "lost the connection" + code, true, e);
    }
    Migrations.History history;
    try {
      history = Migrations.history(dataSource, dialect, options.schema(), extraLocations);
    } catch (RuntimeException unreadable) {
      e.addSuppressed(unreadable);
      return new StorageUnavailableException(
          prefix
              + e.getClass().getSimpleName()
              + code
              + ", and the history table "
              + Migrations.HISTORY_TABLE
              + " could not be read; see the cause",
          false,
          e);
    }
    if (!history.failed().isEmpty()) {
      return new StorageUnavailableException(
          prefix + markedFailed(history.failed(), code, history.currentVersion(), dialect),
          false,
          e);
    }
    if (history.firstPending() != null && !(e instanceof FlywayValidateException)) {
      return new StorageUnavailableException(
          prefix
              + "migration "
              + history.firstPending()
              + " failed"
              + code
              + " and was rolled back; the schema stays at version "
              + history.currentVersion()
              + ". Fix the cause (this exception's cause holds the database's error), then start"
              + " again",
          false,
          e);
    }
    return new StorageUnavailableException(
        prefix
            + e.getClass().getSimpleName()
            + code
            + " with the schema at version "
            + history.currentVersion()
            + "; see the cause",
        false,
        e);
  }

  /** What to say of scripts the history marks failed, and what to do about them. */
  private static String markedFailed(
      List<String> failed, String code, String version, SQLDialect dialect) {
    return "the history table "
        + Migrations.HISTORY_TABLE
        + " marks migration "
        + String.join(", ", failed)
        + " failed"
        + code
        + "; the schema is at version "
        + version
        + ". "
        + dialect.getName()
        + " cannot roll back DDL, so what the script changed before it failed is still there:"
        + " undo it by hand (or restore a backup), run Flyway repair on "
        + Migrations.HISTORY_TABLE
        + ", then start again";
  }
}
