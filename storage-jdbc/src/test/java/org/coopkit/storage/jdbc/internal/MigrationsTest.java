package org.coopkit.storage.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopkit.storage.jdbc.internal.schema.Tables.COOPKIT_INFO;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.coopkit.storage.jdbc.Database;
import org.coopkit.storage.jdbc.FreshSchema;
import org.coopkit.storage.jdbc.internal.schema.tables.records.CoopkitInfoRecord;
import org.jooq.DSLContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MigrationsTest {
  /**
   * V1 (common tables), V1_1 (vendor), V2 (common foreign keys), V3 (external id indexes), V4
   * (unknown project status), V5 (topic keys), V6 (organisation roles), V7 (participation figures),
   * V8 (event dates, parts, series and external ids), V8_1 (vendor: the external ids' foreign key),
   * V9 (project dates, money and sectors), V9_1 (vendor: their foreign keys), V10 (roles, countries
   * and frameworks over time), V10_1 (vendor), V11 (change history and feed), V12 (reported
   * figures), V12_1 (vendor: their foreign key), V13 (sources and provenance), V13_1 (vendor: their
   * foreign keys), V14 (results: logframes), V14_1 (vendor: their foreign keys), V15 (event span
   * classes) and V15_1 (vendor: the classes of stored rows).
   */
  private static final int SCRIPTS = 23;

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void theDetectedDialectIsTheDatabasesOwn(Database database) {
    try (FreshSchema schema = database.openFreshSchema()) {
      assertThat(Dialects.detect(schema.dataSource())).isEqualTo(database.dialect());
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void migrationsFillAFreshSchemaWhoseTablesTheGeneratedClassesUse(Database database) {
    try (FreshSchema schema = database.openFreshSchema()) {
      assertThat(Migrations.migrate(schema.dataSource(), null)).isEqualTo(SCRIPTS);
      DSLContext dsl = JooqSettings.dsl(schema.dataSource(), schema.dialect());

      dsl.insertInto(COOPKIT_INFO)
          .set(COOPKIT_INFO.NAME, "greeting")
          .set(COOPKIT_INFO.INFO_TEXT, "Grüße, 你好, 👋")
          .execute();
      CoopkitInfoRecord record =
          dsl.selectFrom(COOPKIT_INFO).where(COOPKIT_INFO.NAME.eq("greeting")).fetchOne();

      assertThat(record).isNotNull();
      assertThat(record.getInfoText()).isEqualTo("Grüße, 你好, 👋");
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void onlyTheConnectedDatabasesVendorScriptsRun(Database database) {
    try (FreshSchema schema = database.openFreshSchema()) {
      Migrations.migrate(schema.dataSource(), schema.dialect(), null);

      assertThat(
              schema
                  .dsl()
                  .select(COOPKIT_INFO.INFO_TEXT)
                  .from(COOPKIT_INFO)
                  .where(COOPKIT_INFO.NAME.eq("vendor"))
                  .fetchOne(COOPKIT_INFO.INFO_TEXT))
          .isEqualTo(database.key());
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void aSecondMigrateFindsNothingToDo(Database database) {
    try (FreshSchema schema = database.openFreshSchema()) {
      Migrations.migrate(schema.dataSource(), schema.dialect(), null);

      assertThat(Migrations.migrate(schema.dataSource(), schema.dialect(), null)).isZero();
      assertThat(
              Migrations.configure(schema.dataSource(), schema.dialect(), null)
                  .load()
                  .info()
                  .pending())
          .isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void aNamedSchemaIsMigratedAndTheConnectionsCurrentSchemaThenHoldsTheTables(Database database) {
    try (FreshSchema schema = database.openFreshSchema()) {
      assertThat(Migrations.migrate(schema.dataSource(), schema.dialect(), schema.schema()))
          .isEqualTo(SCRIPTS);

      assertThat(schema.dsl().fetchCount(COOPKIT_INFO)).isEqualTo(1);
      assertThat(Migrations.migrate(schema.dataSource(), schema.dialect(), null)).isZero();
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void aSchemaThatAlreadyHoldsTheHostsTablesIsMigratedToo(Database database) throws SQLException {
    try (FreshSchema schema = database.openFreshSchema()) {
      try (Connection connection = schema.dataSource().getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("CREATE TABLE host_owned (id INT PRIMARY KEY)");
      }

      assertThat(Migrations.migrate(schema.dataSource(), schema.dialect(), null))
          .isEqualTo(SCRIPTS);
      assertThat(schema.dsl().fetchCount(COOPKIT_INFO)).isEqualTo(1);
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void keysThatDifferOnlyInCaseOrTrailingSpacesAreDistinctOnEveryDatabase(Database database) {
    try (FreshSchema schema = database.openFreshSchema()) {
      Migrations.migrate(schema.dataSource(), schema.dialect(), null);
      DSLContext dsl = schema.dsl();

      for (String name : new String[] {"Alpha", "alpha", "alpha "}) {
        dsl.insertInto(COOPKIT_INFO, COOPKIT_INFO.NAME, COOPKIT_INFO.INFO_TEXT)
            .values(name, "x")
            .execute();
      }

      assertThat(dsl.fetchCount(COOPKIT_INFO, COOPKIT_INFO.NAME.eq("alpha"))).isEqualTo(1);
      assertThat(dsl.fetchCount(COOPKIT_INFO, COOPKIT_INFO.NAME.like("%lpha%"))).isEqualTo(3);
    }
  }
}
