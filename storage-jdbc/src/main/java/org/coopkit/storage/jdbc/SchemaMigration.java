package org.coopkit.storage.jdbc;

import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.coopkit.error.StorageUnavailableException;
import org.coopkit.storage.jdbc.Failures.Failure;
import org.coopkit.storage.jdbc.Failures.Problem;
import org.coopkit.storage.jdbc.internal.Migrations;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.flywaydb.core.api.output.ValidateOutput;
import org.flywaydb.core.api.output.ValidateResult;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
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
   * Checks, without changing anything, that the schema holds every script of this coopkit, none
   * failed and none changed since it ran: what {@link JdbcStorage#validateSchema()} does.
   *
   * @throws StorageUnavailableException if it does not, saying which script and what to do (not
   *     retryable), or if the history could not be read (retryable for a lost connection)
   */
  static void validate(
      DataSource dataSource, SQLDialect dialect, JdbcStorageOptions options, String description) {
    String where = description + (options.schema() == null ? "" : ", schema " + options.schema());
    String prefix = "coopkit's schema at " + where + " ";
    Migrations.History history;
    ValidateResult result;
    try {
      history = Migrations.history(dataSource, dialect, options.schema(), List.of());
      result =
          history.failed().isEmpty() && history.firstPending() == null
              ? Migrations.configure(dataSource, dialect, options.schema())
                  .load()
                  .validateWithResult()
              : null;
    } catch (FlywayException e) {
      Failure f = Failures.of(e, dialect);
      String code = f.sqlState().equals("?") ? "" : " (" + f.code() + ")";
      if (f.problem() == Problem.CONNECTION) {
        throw new StorageUnavailableException(
            prefix + "could not be checked: lost the connection" + code, true, e);
      }
      throw new StorageUnavailableException(
          prefix
              + "could not be checked: "
              + e.getClass().getSimpleName()
              + code
              + " reading the history table "
              + Migrations.HISTORY_TABLE
              + "; see the cause",
          false,
          e);
    }
    if (!history.failed().isEmpty()) {
      throw new StorageUnavailableException(
          prefix
              + "is not valid: "
              + markedFailed(history.failed(), "", history.currentVersion(), dialect),
          false,
          null);
    }
    if (history.firstPending() != null) {
      throw new StorageUnavailableException(
          prefix
              + "is at version "
              + history.currentVersion()
              + " and not up to date: migration "
              + history.firstPending()
              + " and any after it are not applied. Apply coopkit's migrations (a storage made"
              + " with migrate on does, or run them at deploy time), then start again",
          false,
          null);
    }
    if (result != null && !result.validationSuccessful) {
      String scripts =
          result.invalidMigrations.stream()
              .map(SchemaMigration::describe)
              .collect(Collectors.joining(", "));
      throw new StorageUnavailableException(
          prefix
              + "does not match this coopkit's scripts"
              + (scripts.isEmpty() ? "" : ": " + scripts)
              + "; a script changed after it ran, or the schema comes from another coopkit version",
          false,
          null);
    }
  }

  /** A script Flyway's validation refused, with the reason's code (never a message of data). */
  private static String describe(ValidateOutput invalid) {
    String version =
        invalid.version == null || invalid.version.isEmpty() ? "repeatable" : invalid.version;
    String code =
        invalid.errorDetails == null || invalid.errorDetails.errorCode == null
            ? ""
            : " [" + invalid.errorDetails.errorCode + "]";
    return "migration " + version + " (" + invalid.description + ")" + code;
  }

  private static final Field<String> VERSION =
      DSL.field(DSL.quotedName("version"), SQLDataType.VARCHAR);
  private static final Field<Boolean> SUCCESS =
      DSL.field(DSL.quotedName("success"), SQLDataType.BOOLEAN);

  /**
   * The version of the last script applied with success, read from the history table in {@code
   * transaction}; {@code "none"} when none was.
   */
  static String version(TransactionContext transaction) {
    MigrationVersion current = null;
    for (Record2<String, Boolean> row :
        transaction
            .read()
            .select(VERSION, SUCCESS)
            .from(DSL.table(DSL.quotedName(Migrations.HISTORY_TABLE)))
            .fetch()) {
      String text = row.value1();
      if (text == null || !Boolean.TRUE.equals(row.value2())) {
        continue;
      }
      MigrationVersion version = MigrationVersion.fromVersion(text);
      if (current == null || version.isNewerThan(current)) {
        current = version;
      }
    }
    return current == null ? "none" : current.getVersion();
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
