package org.coopkit.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coopkit.error.StorageUnavailableException;
import org.coopkit.model.project.Project;
import org.coopkit.spi.TransactionMode;
import org.coopkit.storage.jdbc.internal.Migrations;
import org.coopkit.storage.tck.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * A migration script that fails half way, staged from a test-only Flyway location ({@value
 * #FAILING}, version 999 after coopkit's own). The store does not open over a half-migrated schema:
 * it fails at start-up with a message naming the script, the version the schema is at and what to
 * do, and the schema is left as Flyway's history says: on PostgreSQL the script was rolled back
 * (transactional DDL) and the store opens again without it; on MariaDB (DDL commits as it goes) the
 * history marks it failed, and every later start fails the same way until someone repairs it, even
 * a start that does not know the script (which Flyway alone lets pass as a "future" migration).
 */
class FailedMigrationTest {
  /** Holds {@code V999__fails_half_way.sql}: a table created and filled, then an error. */
  private static final String FAILING = "classpath:db/failing";

  private static final List<String> WITH_FAILING = List.of(FAILING);

  @Test
  void onPostgreSqlTheFailedScriptIsRolledBackAndTheStoreOpensAgainWithoutIt() throws Exception {
    try (FreshSchema schema = Database.POSTGRESQL.openFreshSchema()) {
      // when
      StorageUnavailableException failure = openFails(schema);

      // then
      Map<String, Boolean> history = history(schema);
      assertThat(history).as("version -> success").doesNotContainKey("999").containsValue(true);
      assertThat(failure.isRetryable()).as("a person must act first").isFalse();
      assertThat(failure.getMessage())
          .startsWith("Could not migrate coopkit's schema at pool coopkit-")
          .contains(
              "migration 999 (fails half way) failed (SQLState 42P01",
              "was rolled back; the schema stays at version " + lastApplied(history) + ".",
              "Fix the cause");
      assertThat(tableExists(schema, "half_way")).isFalse();

      // and without the script, the same schema opens and works
      try (JdbcStorage storage = JdbcStorage.create(schema.dataSource())) {
        assertThat(works(storage)).isTrue();
      }
      assertThat(openFails(schema).getMessage()).contains("migration 999 (fails half way) failed");
    }
  }

  @Test
  void onMariaDbTheHistoryMarksTheScriptFailedAndEveryStartSaysWhatToRepair() throws Exception {
    try (FreshSchema schema = Database.MARIADB.openFreshSchema()) {
      // when
      StorageUnavailableException failure = openFails(schema);
      StorageUnavailableException later =
          catchThrowableOfType(
              StorageUnavailableException.class, () -> JdbcStorage.create(schema.dataSource()));

      // then
      Map<String, Boolean> history = history(schema);
      assertThat(history).as("version -> success").containsEntry("999", false);
      assertThat(failure.isRetryable()).isFalse();
      assertThat(failure.getMessage())
          .startsWith("Could not migrate coopkit's schema at pool coopkit-")
          .contains(
              "the history table "
                  + Migrations.HISTORY_TABLE
                  + " marks migration 999 (fails half way) failed (SQLState 42S02",
              "the schema is at version " + lastApplied(history) + ".",
              "cannot roll back DDL",
              "undo it by hand (or restore a backup), run Flyway repair on "
                  + Migrations.HISTORY_TABLE);
      assertThat(tableExists(schema, "half_way")).as("DDL that MariaDB committed").isTrue();
      assertThat(later).as("a start without the failing script").isNotNull();
      assertThat(later.isRetryable()).isFalse();
      assertThat(later.getMessage())
          .contains("marks migration 999 (fails half way) failed", "run Flyway repair");
    }
  }

  private static StorageUnavailableException openFails(FreshSchema schema) {
    StorageUnavailableException failure =
        catchThrowableOfType(
            StorageUnavailableException.class,
            () ->
                JdbcStorage.create(schema.dataSource(), JdbcStorageOptions.DEFAULT, WITH_FAILING));
    assertThat(failure).as("the failure to open the store").isNotNull();
    return failure;
  }

  /** Flyway's history table, read raw: each version and whether it succeeded. */
  private static Map<String, Boolean> history(FreshSchema schema) throws SQLException {
    Map<String, Boolean> versions = new LinkedHashMap<>();
    try (Connection connection = schema.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT version, success FROM "
                    + Migrations.HISTORY_TABLE
                    + " WHERE version IS NOT NULL ORDER BY installed_rank")) {
      while (rows.next()) {
        versions.put(rows.getString(1), rows.getBoolean(2));
      }
    }
    return versions;
  }

  /** The last version applied with success: coopkit's latest script. */
  private static String lastApplied(Map<String, Boolean> history) {
    String last = null;
    for (Map.Entry<String, Boolean> version : history.entrySet()) {
      if (version.getValue()) {
        last = version.getKey();
      }
    }
    assertThat(last).as("a version applied with success").isNotNull();
    return last;
  }

  private static boolean tableExists(FreshSchema schema, String table) throws SQLException {
    try (Connection connection = schema.dataSource().getConnection();
        ResultSet tables =
            connection
                .getMetaData()
                .getTables(
                    schema.database() == Database.MARIADB ? schema.schema() : null,
                    schema.database() == Database.MARIADB ? null : schema.schema(),
                    table,
                    null)) {
      return tables.next();
    }
  }

  private static boolean works(JdbcStorage storage) {
    Project project = StoredRowsTest.stamped(Fixtures.anyProject());
    storage.inTransaction(
        s -> {
          s.projects().insert(project);
          return null;
        });
    return storage
        .inTransaction(TransactionMode.READ_ONLY, s -> s.projects().get(project.id()))
        .isPresent();
  }
}
