package org.coopkit.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FreshSchemaTest {
  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void aFreshSchemaIsEmptyAndItsConnectionsStartInIt(Database database) throws SQLException {
    try (FreshSchema schema = database.openFreshSchema();
        Connection connection = schema.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE fresh_probe (id INT PRIMARY KEY)");

      assertThat(schema.name()).startsWith(FreshSchema.NAME_PREFIX);
      assertThat(tablesIn(connection, schema.schema())).isEqualTo(1);
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void closingAFreshSchemaDropsItAndASecondCloseDoesNothing(Database database) throws SQLException {
    FreshSchema schema = database.openFreshSchema();
    try (Connection connection = schema.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE fresh_probe (id INT PRIMARY KEY)");
    }

    schema.close();
    schema.close();

    assertThat(schema.dataSource().isClosed()).isTrue();
    DatabaseTarget target = schema.target();
    if (database == Database.H2) {
      assertThatThrownBy(
              () -> DriverManager.getConnection(schema.url() + ";IFEXISTS=TRUE", "sa", "").close())
          .isInstanceOf(SQLException.class);
    } else {
      try (Connection connection =
          DriverManager.getConnection(target.url(), target.user(), target.password())) {
        assertThat(schemataNamed(connection, schema.name())).isZero();
      }
    }
  }

  @Test
  void mariaDbTestDatabasesAreCreatedWithTheBinaryNoPadCollation() throws SQLException {
    try (FreshSchema schema = Database.MARIADB.openFreshSchema();
        Connection connection = schema.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery(
                "SELECT default_character_set_name, default_collation_name"
                    + " FROM information_schema.schemata WHERE schema_name = DATABASE()")) {
      assertThat(result.next()).isTrue();
      assertThat(result.getString(1)).isEqualTo(FreshSchema.MARIADB_CHARSET);
      assertThat(result.getString(2)).isEqualTo(FreshSchema.MARIADB_COLLATION);
    }
  }

  private static int tablesIn(Connection connection, String schema) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = ?")) {
      statement.setString(1, schema);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getInt(1);
      }
    }
  }

  private static int schemataNamed(Connection connection, String name) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = ?")) {
      statement.setString(1, name);
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getInt(1);
      }
    }
  }
}
