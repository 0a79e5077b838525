package org.coopkit.storage.jdbc.upgrade;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.coopkit.Coopkit;
import org.coopkit.storage.jdbc.Database;
import org.coopkit.storage.jdbc.FreshSchema;
import org.coopkit.storage.jdbc.JdbcStorage;
import org.coopkit.storage.jdbc.internal.Migrations;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

/**
 * A fresh schema brought to where coopkit 0.1 left it, filled with {@link Release01Data}'s rows,
 * then opened the way an application opens it: {@link JdbcStorage#create(javax.sql.DataSource)},
 * which applies the migrations that came after 0.1. {@link #close()} drops the schema.
 */
final class Release01Schema implements AutoCloseable {
  /**
   * The schema version of coopkit 0.1: its migrations are {@code V1}, the vendor script {@code
   * V1_1} and {@code V2}.
   */
  static final String VERSION = "2";

  private final FreshSchema schema;
  private final List<MigrationVersion> pendingAfterRelease;
  private final JdbcStorage storage;
  private final Coopkit coopkit;

  private Release01Schema(
      FreshSchema schema,
      List<MigrationVersion> pendingAfterRelease,
      JdbcStorage storage,
      Coopkit coopkit) {
    this.schema = schema;
    this.pendingAfterRelease = pendingAfterRelease;
    this.storage = storage;
    this.coopkit = coopkit;
  }

  /**
   * Makes the schema on {@code database}: migrated to {@value #VERSION} with coopkit's own Flyway
   * configuration ({@link Migrations#configure}, its script folders and history table), the 0.1
   * rows inserted, then a storage made on it, which migrates the rest.
   *
   * @param clock the clock of the {@link Coopkit} over the storage, which stamps updates
   * @throws org.opentest4j.TestAbortedException if the database's server does not answer
   */
  static Release01Schema open(Database database, Clock clock) {
    FreshSchema schema = database.openFreshSchema();
    try {
      Migrations.configure(schema.dataSource(), schema.dialect(), null)
          .target(VERSION)
          .load()
          .migrate();
      Release01Data.insert(schema.dataSource());
      List<MigrationVersion> pending =
          Arrays.stream(
                  Migrations.configure(schema.dataSource(), schema.dialect(), null)
                      .load()
                      .info()
                      .pending())
              .map(MigrationInfo::getVersion)
              .toList();
      JdbcStorage storage = JdbcStorage.create(schema.dataSource());
      Coopkit coopkit = Coopkit.builder().storage(storage).clock(clock).build();
      return new Release01Schema(schema, pending, storage, coopkit);
    } catch (RuntimeException e) {
      schema.close();
      throw e;
    }
  }

  /** The services over the upgraded schema. */
  Coopkit coopkit() {
    return coopkit;
  }

  /** The storage over the upgraded schema. */
  JdbcStorage storage() {
    return storage;
  }

  /**
   * The versions Flyway found to apply after the 0.1 rows were in, before the storage was made: the
   * migrations this coopkit ships beyond 0.1's, oldest first.
   */
  List<MigrationVersion> pendingAfterRelease() {
    return pendingAfterRelease;
  }

  /** The migrations Flyway still finds to apply now. */
  List<MigrationInfo> pendingNow() {
    return List.of(
        Migrations.configure(schema.dataSource(), schema.dialect(), null).load().info().pending());
  }

  @Override
  public void close() {
    try {
      coopkit.close();
    } finally {
      schema.close();
    }
  }

  @Override
  public String toString() {
    return "coopkit 0.1's " + schema;
  }
}
