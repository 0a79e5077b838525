package org.coopkit.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.coopkit.storage.jdbc.StoredRowsTest.stamped;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.coopkit.error.StorageUnavailableException;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.project.Project;
import org.coopkit.query.OrganisationQuery;
import org.coopkit.storage.jdbc.internal.Pools;
import org.coopkit.storage.tck.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The ways to make a {@link JdbcStorage}, and its options. */
class JdbcStorageTest {
  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void connectMakesAPoolOfItsOwnThatCloseCloses(Database database) {
    try (FreshSchema schema = database.openFreshSchema()) {
      // given
      DatabaseTarget target = schema.target();
      String url = database == Database.H2 ? "jdbc:h2:mem:" + schema.name() + "_own" : schema.url();
      JdbcStorage storage = JdbcStorage.connect(url, target.user(), target.password());
      Project project = stamped(Fixtures.anyProject());

      // when
      storage.inTransaction(
          s -> {
            s.projects().insert(project);
            return null;
          });
      Optional<Project> read = storage.inTransaction(s -> s.projects().get(project.id()));
      storage.close();

      // then
      assertThat(storage.dialect()).isEqualTo(database.dialect());
      assertThat(read).contains(project);
      assertThat(storage.toString()).contains("pool coopkit-", database.dialect().getName());
      assertThatThrownBy(() -> storage.inTransaction(s -> null))
          .isInstanceOfSatisfying(
              StorageUnavailableException.class, e -> assertThat(e.isRetryable()).isFalse())
          .hasMessageContaining("closed");
    }
  }

  @Test
  void closingAStorageOverTheHostsPoolLeavesThePoolOpen() throws SQLException {
    try (FreshSchema schema = Database.H2.openFreshSchema()) {
      // given
      JdbcStorage storage = JdbcStorage.create(schema.dataSource());

      // when
      storage.close();

      // then
      assertThat(schema.dataSource().isClosed()).isFalse();
      try (Connection connection = schema.dataSource().getConnection()) {
        assertThat(connection.isValid(1)).isTrue();
      }
    }
  }

  @Test
  void anEmbeddedDatabaseKeepsItsDataInItsFileAcrossRestarts(@TempDir Path folder) {
    // given
    Organisation organisation = stamped(Fixtures.fullyPopulatedOrganisation(null));
    try (JdbcStorage first = JdbcStorage.embedded(folder.resolve("coopkit"))) {
      first.inTransaction(
          s -> {
            s.organisations().insert(organisation);
            return null;
          });
    }

    // when
    Optional<Organisation> read;
    try (JdbcStorage second = JdbcStorage.embedded(folder.resolve("coopkit.mv.db"))) {
      read = second.inTransaction(s -> s.organisations().get(organisation.id()));
    }

    // then
    assertThat(read).contains(organisation);
    assertThat(Files.exists(folder.resolve("coopkit.mv.db"))).isTrue();
    assertThat(JdbcStorage.embeddedUrl(folder.resolve("coopkit.mv.db")))
        .isEqualTo(
            "jdbc:h2:file:" + folder.toAbsolutePath().resolve("coopkit") + ";AUTO_SERVER=FALSE");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = Database.class,
      names = {"POSTGRESQL", "MARIADB"})
  void aNamedSchemaIsMigratedAndEveryTransactionOverTheHostsPoolWorksInIt(Database database)
      throws SQLException {
    try (FreshSchema schema = database.openFreshSchema();
        HikariDataSource hostPool =
            Pools.open(schema.target().url(), schema.target().user(), schema.target().password())) {
      // given: a pool whose connections start elsewhere (PostgreSQL's public schema, MariaDB's
      // test database)
      String before = currentSchema(database, hostPool);
      JdbcStorage storage =
          JdbcStorage.create(hostPool, JdbcStorageOptions.DEFAULT.withSchema(schema.name()));
      Project project = stamped(Fixtures.anyProject());

      // when
      storage.inTransaction(
          s -> {
            s.projects().insert(project);
            return null;
          });

      // then
      assertThat(schema.dsl().fetchCount(org.coopkit.storage.jdbc.internal.schema.Tables.PROJECT))
          .as("projects in the named schema")
          .isEqualTo(1);
      assertThat(currentSchema(database, hostPool))
          .as("the pool's connections afterwards")
          .isEqualTo(before);
      Optional<Project> byCode = storage.inTransaction(s -> s.projects().getByCode(project.code()));
      assertThat(byCode).contains(project);
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = Database.class,
      names = {"POSTGRESQL", "MARIADB"})
  void connectWithANamedSchemaMigratesItAndStartsEveryConnectionInIt(Database database) {
    try (FreshSchema schema = database.openFreshSchema()) {
      // given
      DatabaseTarget target = schema.target();

      // when
      try (JdbcStorage storage =
          JdbcStorage.connect(
              target.url(),
              target.user(),
              target.password(),
              JdbcStorageOptions.DEFAULT.withSchema(schema.name()))) {
        Organisation organisation = stamped(Fixtures.anyOrganisation());
        storage.inTransaction(
            s -> {
              s.organisations().insert(organisation);
              return null;
            });

        // then
        assertThat(
                schema
                    .dsl()
                    .fetchCount(org.coopkit.storage.jdbc.internal.schema.Tables.ORGANISATION))
            .isEqualTo(1);
      }
    }
  }

  @Test
  void withoutMigrationAnUnmigratedSchemaFailsOnFirstUseAsUnavailableAndNotRetryable() {
    try (FreshSchema schema = Database.H2.openFreshSchema()) {
      // given
      JdbcStorage storage =
          JdbcStorage.create(schema.dataSource(), JdbcStorageOptions.DEFAULT.withMigrate(false));

      // when
      StorageUnavailableException failure =
          catchThrowableOfType(
              StorageUnavailableException.class,
              () -> storage.inTransaction(s -> s.projects().get(Fixtures.newProjectId())));

      // then
      assertThat(failure).isNotNull();
      assertThat(failure.isRetryable()).isFalse();
    }
  }

  @Test
  void onMariaDbEveryTableGetsTheBinaryCollationWhateverTheDatabaseDefault() throws SQLException {
    // given: a database created with MariaDB's usual case-insensitive default
    DatabaseTarget target = Database.MARIADB.target();
    TestDatabases.ensureAvailable(target);
    String name =
        FreshSchema.NAME_PREFIX + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute(
        target,
        target.url(),
        "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci");
    String url = FreshSchema.withDatabase(target.url(), name);
    try (JdbcStorage storage = JdbcStorage.connect(url, target.user(), target.password())) {
      Organisation lower =
          stamped(Fixtures.anyOrganisation().toBuilder().name("zz apfel " + name).build());
      Organisation accented =
          stamped(Fixtures.anyOrganisation().toBuilder().name("Zz Äpfel " + name).build());

      // when
      storage.inTransaction(
          s -> {
            s.organisations().insert(lower);
            s.organisations().insert(accented);
            return null;
          });
      Map<String, String> columns = columns(target, url, name);

      // then
      assertThat(columns)
          .containsEntry("project.code", "varchar utf8mb4_nopad_bin")
          .containsEntry("organisation.sort_key", "varchar utf8mb4_nopad_bin")
          .containsEntry("event_topic.topic", "varchar utf8mb4_nopad_bin")
          .containsEntry("contact_external_id.id_value", "varchar utf8mb4_nopad_bin")
          .containsEntry("project_framework.code", "varchar utf8mb4_nopad_bin")
          .containsEntry("project_country_period.note", "varchar utf8mb4_nopad_bin")
          .containsEntry("event.search_text", "longtext utf8mb4_nopad_bin")
          .containsEntry("event.created_at", "datetime null")
          .containsEntry("contact.updated_at", "datetime null");
      assertThat(
              storage
                  .inTransaction(
                      s -> s.organisations().find(OrganisationQuery.builder().text(name).build()))
                  .items())
          .extracting(Organisation::id)
          .as("the same folded name, in id order")
          .hasSize(2);
    } finally {
      execute(target, target.url(), "DROP DATABASE IF EXISTS " + name);
    }
  }

  @Test
  void optionsRefuseNonsenseAndEachWithChangesOneValue() {
    JdbcStorageOptions options =
        JdbcStorageOptions.DEFAULT
            .withMigrate(false)
            .withSchema("s")
            .withBulkChunkSize(5)
            .withMaxRetries(0);

    assertThat(JdbcStorageOptions.DEFAULT).isEqualTo(new JdbcStorageOptions(true, null, 1_000, 3));
    assertThat(options).isEqualTo(new JdbcStorageOptions(false, "s", 5, 0));
    assertThatThrownBy(() -> JdbcStorageOptions.DEFAULT.withBulkChunkSize(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bulkChunkSize");
    assertThatThrownBy(() -> JdbcStorageOptions.DEFAULT.withMaxRetries(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxRetries");
    assertThatThrownBy(() -> JdbcStorageOptions.DEFAULT.withSchema(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("schema");
  }

  private static String currentSchema(Database database, HikariDataSource pool)
      throws SQLException {
    try (Connection connection = pool.getConnection()) {
      return database == Database.MARIADB ? connection.getCatalog() : connection.getSchema();
    }
  }

  private static Map<String, String> columns(DatabaseTarget target, String url, String name)
      throws SQLException {
    Map<String, String> columns = new LinkedHashMap<>();
    try (Connection connection =
            DriverManager.getConnection(url, target.user(), target.password());
        PreparedStatement statement =
            connection.prepareStatement(
                "SELECT table_name,"
                    + " column_name, data_type, collation_name FROM information_schema.columns"
                    + " WHERE table_schema = ?")) {
      statement.setString(1, name);
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          columns.put(
              result.getString(1) + "." + result.getString(2),
              result.getString(3) + " " + result.getString(4));
        }
      }
    }
    return columns;
  }

  private static void execute(DatabaseTarget target, String url, String sql) throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(url, target.user(), target.password());
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
