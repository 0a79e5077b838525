package org.coopkit.storage.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.coopkit.error.StorageUnavailableException;
import org.coopkit.storage.jdbc.Database;
import org.coopkit.storage.jdbc.FreshSchema;
import org.jooq.SQLDialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PoolsTest {
  @Test
  void poolsAreNamedCoopkitAndANumberThatGrows() {
    HikariConfig first = Pools.config("jdbc:h2:mem:a", null, null, null, 1);
    HikariConfig second = Pools.config("jdbc:h2:mem:a", null, null, null, 1);

    assertThat(first.getPoolName()).matches("coopkit-\\d+");
    assertThat(second.getPoolName()).matches("coopkit-\\d+").isNotEqualTo(first.getPoolName());
  }

  @Test
  void aPoolGivesUpOnAConnectionAfterAFewSeconds() {
    HikariConfig config = Pools.config("jdbc:postgresql://h/db", "u", "p", null, 4);

    assertThat(Duration.ofMillis(config.getConnectionTimeout()))
        .isEqualTo(Pools.CONNECTION_TIMEOUT);
    assertThat(Pools.CONNECTION_TIMEOUT).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(10));
    assertThat(config.getValidationTimeout()).isLessThan(config.getConnectionTimeout());
    assertThat(config.getMaximumPoolSize()).isEqualTo(4);
  }

  @Test
  void eachDatabaseGetsItsSessionSettings() {
    assertThat(Pools.config("jdbc:mariadb://h/db", null, null, null, 1).getConnectionInitSql())
        .contains("group_concat_max_len = 1073741824", "time_zone = '+00:00'", "NAMES utf8mb4");
    assertThat(Pools.config("jdbc:postgresql://h/db", null, null, null, 1).getConnectionInitSql())
        .isEqualTo("SET TIME ZONE 'UTC'");
    assertThat(
            Pools.config("jdbc:postgresql://h/db", null, null, null, 1)
                .getDataSourceProperties()
                .getProperty("reWriteBatchedInserts"))
        .isEqualTo("true");
    assertThat(
            Pools.config("jdbc:postgresql://h/db", null, null, null, 1)
                .getDataSourceProperties()
                .getProperty("options"))
        .isEqualTo("-c jit=off");
    assertThat(Pools.config("jdbc:h2:mem:x", null, null, null, 1).getConnectionInitSql())
        .isEqualTo("SET TIME ZONE 'UTC'");
  }

  @Test
  void anUnsupportedUrlIsRejectedNamingTheSupportedOnes() {
    assertThatThrownBy(() -> Pools.open("jdbc:sqlite:x.db", null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("jdbc:sqlite:x.db")
        .hasMessageContaining("jdbc:h2:, jdbc:postgresql: and jdbc:mariadb:");
  }

  @Test
  void aServerThatDoesNotAnswerFailsAtOnceNamingTheUrl() {
    assertThatThrownBy(() -> Pools.open("jdbc:postgresql://127.0.0.1:1/test", "postgres", ""))
        .isInstanceOfSatisfying(
            StorageUnavailableException.class, e -> assertThat(e.isRetryable()).isTrue())
        .hasMessageContaining("jdbc:postgresql://127.0.0.1:1/test");
  }

  @Test
  void aPasswordInAUrlIsHiddenInMessages() {
    assertThat(JdbcUrls.redact("jdbc:postgresql://h/db?user=a&password=s3cret&ssl=true"))
        .isEqualTo("jdbc:postgresql://h/db?user=a&password=***&ssl=true");
    assertThat(JdbcUrls.redact("jdbc:h2:mem:x;PASSWORD=s3cret;MODE=x"))
        .isEqualTo("jdbc:h2:mem:x;PASSWORD=***;MODE=x");
  }

  @Test
  void anExhaustedPoolFailsWithinItsConnectionTimeout() throws SQLException {
    try (HikariDataSource pool =
            Pools.open("jdbc:h2:mem:pools_test_exhausted;DB_CLOSE_DELAY=-1", "sa", "", null, 1);
        Connection held = pool.getConnection()) {
      Instant start = Instant.now();

      assertThatThrownBy(pool::getConnection).isInstanceOf(SQLTransientConnectionException.class);
      assertThat(Duration.between(start, Instant.now()))
          .isLessThan(Pools.CONNECTION_TIMEOUT.plusSeconds(2));
      assertThat(held.isValid(1)).isTrue();
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void sessionsRunInUtcAtReadCommitted(Database database) throws SQLException {
    try (FreshSchema schema = database.openFreshSchema();
        Connection connection = schema.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery(
                database == Database.MARIADB
                    ? "SELECT @@session.time_zone"
                    : "SELECT EXTRACT(TIMEZONE_HOUR FROM CURRENT_TIMESTAMP)")) {
      assertThat(result.next()).isTrue();
      assertThat(result.getString(1)).isIn("+00:00", "0");
      assertThat(connection.getTransactionIsolation())
          .isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
    }
  }

  @Test
  void mariaDbSessionsTalkUtf8mb4AndAllowLongGroupConcat() throws SQLException {
    try (FreshSchema schema = Database.MARIADB.openFreshSchema();
        Connection connection = schema.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet result =
            statement.executeQuery(
                "SELECT @@character_set_client, @@character_set_connection,"
                    + " @@character_set_results, @@session.group_concat_max_len")) {
      assertThat(result.next()).isTrue();
      assertThat(result.getString(1)).isEqualTo("utf8mb4");
      assertThat(result.getString(2)).isEqualTo("utf8mb4");
      assertThat(result.getString(3)).isEqualTo("utf8mb4");
      assertThat(result.getLong(4)).isEqualTo(Pools.GROUP_CONCAT_MAX_LEN);
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void aGivenSchemaIsWhereEveryConnectionStarts(Database database) throws SQLException {
    try (FreshSchema schema = database.openFreshSchema();
        HikariDataSource pool =
            Pools.open(
                database == Database.H2 ? schema.url() : schema.target().url(),
                schema.target().user(),
                schema.target().password(),
                schema.schema(),
                2);
        Connection connection = pool.getConnection()) {
      String current =
          schema.dialect() == SQLDialect.MARIADB ? connection.getCatalog() : connection.getSchema();

      assertThat(current).isEqualTo(schema.schema());
    }
  }
}
