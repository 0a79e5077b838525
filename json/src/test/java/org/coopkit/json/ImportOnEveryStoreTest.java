package org.coopkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.coopkit.json.Documents.document;
import static org.coopkit.json.Documents.event;
import static org.coopkit.json.Documents.organisation;
import static org.coopkit.json.Documents.project;
import static org.coopkit.json.Documents.uuid;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.coopkit.Coopkit;
import org.coopkit.error.StorageUnavailableException;
import org.coopkit.spi.Storage;
import org.coopkit.storage.jdbc.JdbcStorage;
import org.coopkit.storage.jdbc.JdbcStorageOptions;
import org.coopkit.storage.memory.MemoryStorage;
import org.coopkit.storage.tck.TestClock;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Imports into each store coopkit has, in memory and on each database, through the services'
 * restore: an all-or-nothing import that is refused, by a service or by the store, midway or only
 * when its unit of work ends, leaves nothing written.
 *
 * <p>PostgreSQL and MariaDB are found at {@code coopkit.test.postgresql.url} and {@code
 * coopkit.test.mariadb.url} (system properties, or {@code COOPKIT_TEST_POSTGRESQL_URL} and {@code
 * COOPKIT_TEST_MARIADB_URL}), with {@code .user} and {@code .password}, else on this host's default
 * ports as {@code postgres} and {@code root} without a password. A server that does not answer
 * skips its tests, unless {@code COOPKIT_REQUIRE_DATABASES} names it.
 */
class ImportOnEveryStoreTest {
  private final CoopkitJson json = CoopkitJson.create();

  @TempDir Path folder;

  private @Nullable Runnable dropSchema;

  @AfterEach
  void dropTheSchema() {
    if (dropSchema != null) {
      dropSchema.run();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "h2", "postgresql", "mariadb"})
  void aDocumentRefusedWhenItsUnitEndsLeavesTheStoreEmpty(String store) {
    // given: every record valid, but a parent that never comes, found only when the unit ends
    String document =
        document(
            "\"organisations\": ["
                + organisation(1, "")
                + ", "
                + organisation(2, ", \"parent\": \"" + uuid(3) + "\"")
                + "], \"projects\": ["
                + project(
                    10,
                    ", \"relations\": [{\"project\": \""
                        + uuid(11)
                        + "\", \"type\": \"successor\"}]")
                + ", "
                + project(11, "")
                + "], \"events\": ["
                + event(20, 10, "")
                + "]");
    try (Coopkit target = coopkit(store)) {

      // when
      ImportReport report = DataSets.importInto(json, target, document, ImportOptions.DEFAULT);

      // then
      assertThat(report.problems())
          .extracting(ImportProblem::pointer, ImportProblem::message)
          .containsExactly(
              tuple(
                  "/organisations/1/parent",
                  "Organisation.parent refers to Organisation "
                      + uuid(3)
                      + ", which does not exist"));
      assertThat(report.stored()).isZero();
      DataSets.assertEmpty(target);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "h2", "postgresql", "mariadb"})
  void aDocumentRefusedByTheStoreMidwayLeavesTheStoreEmpty(String store) {
    // given: records stored before a project whose component id another project has, a rule only
    // the store checks (on PostgreSQL the refused statement spoils the whole transaction)
    String component =
        ", \"components\": [{\"id\": \"" + uuid(50) + "\", \"title\": {\"en\": \"Component\"}}]";
    String document =
        document(
            "\"organisations\": ["
                + organisation(1, "")
                + "], \"projects\": ["
                + project(10, component)
                + ", "
                + project(11, component)
                + "], \"events\": ["
                + event(20, 10, "")
                + "]");
    try (Coopkit target = coopkit(store)) {

      // when
      ImportReport report = DataSets.importInto(json, target, document, ImportOptions.DEFAULT);

      // then
      assertThat(report.problems())
          .extracting(ImportProblem::pointer, ImportProblem::message)
          .containsExactly(
              tuple("/projects/1", "Component.id must be unique, but " + uuid(50) + " is taken"));
      assertThat(report.events().read()).isEqualTo(1);
      DataSets.assertEmpty(target);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "h2", "postgresql", "mariadb"})
  void aDataSetImportedAllOrNothingIsStoredWithTheStampsItWasExportedWith(String store) {
    // given
    Coopkit source = DataSets.random(20251207L, 12);
    String document = DataSets.export(json, source);
    try (Coopkit target = coopkit(store)) {

      // when
      ImportReport report = DataSets.importInto(json, target, document, ImportOptions.DEFAULT);

      // then
      assertThat(report.isSuccess()).as("%s", report).isTrue();
      assertThat(DataSets.contents(target)).isEqualTo(DataSets.contents(source));
    }
  }

  private Coopkit coopkit(String store) {
    Storage storage =
        switch (store) {
          case "memory" -> MemoryStorage.create();
          case "h2" -> JdbcStorage.embedded(folder.resolve("import"));
          case "postgresql" -> server(store, "jdbc:postgresql://127.0.0.1:5432/test", "postgres");
          case "mariadb" -> server(store, "jdbc:mariadb://127.0.0.1:3306/test", "root");
          default -> throw new IllegalArgumentException(store);
        };
    return Coopkit.builder().storage(storage).clock(TestClock.at(DataSets.START)).build();
  }

  /** A storage in a new schema of the server, dropped after the test. */
  private JdbcStorage server(String database, String defaultUrl, String defaultUser) {
    String url = setting(database, "url", defaultUrl);
    String user = setting(database, "user", defaultUser);
    String password = setting(database, "password", "");
    String schema =
        "coopkit_json_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    JdbcStorage storage;
    try {
      storage =
          JdbcStorage.connect(url, user, password, JdbcStorageOptions.DEFAULT.withSchema(schema));
    } catch (StorageUnavailableException e) {
      String problem = database + " at " + url + " did not answer";
      if (required(database)) {
        throw new AssertionError(problem + ", and COOPKIT_REQUIRE_DATABASES names it", e);
      }
      System.err.println("[coopkit-test] " + problem + ": its tests are skipped");
      Assumptions.abort(problem);
      throw e;
    }
    String drop =
        database.equals("postgresql")
            ? "DROP SCHEMA IF EXISTS " + schema + " CASCADE"
            : "DROP DATABASE IF EXISTS " + schema;
    dropSchema =
        () -> {
          try (Connection connection = DriverManager.getConnection(url, user, password);
              Statement statement = connection.createStatement()) {
            statement.execute(drop);
          } catch (SQLException e) {
            throw new IllegalStateException("Could not drop schema " + schema, e);
          }
        };
    return storage;
  }

  private static boolean required(String database) {
    String value = System.getenv("COOPKIT_REQUIRE_DATABASES");
    return value != null
        && Arrays.stream(value.split(","))
            .map(s -> s.strip().toLowerCase(Locale.ROOT))
            .anyMatch(database::equals);
  }

  private static String setting(String database, String part, String fallback) {
    String value = System.getProperty("coopkit.test." + database + "." + part);
    if (value == null) {
      value =
          System.getenv(
              "COOPKIT_TEST_"
                  + database.toUpperCase(Locale.ROOT)
                  + "_"
                  + part.toUpperCase(Locale.ROOT));
    }
    return value != null ? value : fallback;
  }
}
