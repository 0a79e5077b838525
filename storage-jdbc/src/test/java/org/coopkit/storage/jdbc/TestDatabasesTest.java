package org.coopkit.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.coopkit.storage.jdbc.TestDatabases.Decision;
import org.coopkit.storage.jdbc.TestDatabases.Verdict;
import org.junit.jupiter.api.Test;

class TestDatabasesTest {
  private static final String NOBODY_LISTENS = "jdbc:postgresql://127.0.0.1:1/test";
  private static final DatabaseTarget UNREACHABLE =
      new DatabaseTarget(Database.POSTGRESQL, NOBODY_LISTENS, "postgres", "");

  @Test
  void aServerThatAnswersIsUsedWhetherRequiredOrNot() {
    assertThat(TestDatabases.decide(UNREACHABLE, null, Set.of()).verdict()).isEqualTo(Verdict.RUN);
    assertThat(TestDatabases.decide(UNREACHABLE, null, Set.of(Database.POSTGRESQL)).verdict())
        .isEqualTo(Verdict.RUN);
  }

  @Test
  void anUnreachableServerIsSkippedWithALineNamingItsUrlWhenNotRequired() {
    Decision decision =
        TestDatabases.decide(UNREACHABLE, "Connection refused", EnumSet.of(Database.MARIADB));

    assertThat(decision.verdict()).isEqualTo(Verdict.SKIP);
    assertThat(decision.message())
        .contains("PostgreSQL", NOBODY_LISTENS, "Connection refused", "skipped")
        .contains("COOPKIT_REQUIRE_DATABASES=postgresql")
        .doesNotContain("\n");
  }

  @Test
  void anUnreachableServerFailsWithAMessageNamingItsUrlWhenRequired() {
    Decision decision =
        TestDatabases.decide(UNREACHABLE, "Connection refused", EnumSet.of(Database.POSTGRESQL));

    assertThat(decision.verdict()).isEqualTo(Verdict.FAIL);
    assertThat(decision.message())
        .contains("PostgreSQL", NOBODY_LISTENS, "Connection refused")
        .contains("COOPKIT_REQUIRE_DATABASES names postgresql")
        .contains("coopkit.test.postgresql.url", "COOPKIT_TEST_POSTGRESQL_URL")
        .doesNotContain("\n");
  }

  @Test
  void aPasswordInTheUrlIsNotShownInTheMessage() {
    DatabaseTarget target =
        new DatabaseTarget(
            Database.MARIADB,
            "jdbc:mariadb://127.0.0.1:1/test?user=root&password=s3cret",
            "root",
            "");

    String message = TestDatabases.decide(target, "refused", Set.of()).message();

    assertThat(message).contains("jdbc:mariadb://127.0.0.1:1/test?user=root&password=***");
    assertThat(message).doesNotContain("s3cret");
  }

  @Test
  void aPortNobodyListensOnIsReportedAsNotAnswering() {
    assertThat(TestDatabases.probe(UNREACHABLE)).isNotBlank();
    DatabaseTarget mariadb =
        new DatabaseTarget(Database.MARIADB, "jdbc:mariadb://127.0.0.1:1/test", "root", "");

    assertThat(TestDatabases.probe(mariadb)).isNotBlank();
  }

  @Test
  void h2AlwaysAnswers() {
    assertThat(TestDatabases.probe(Database.H2.target())).isNull();
  }

  @Test
  void theRequiredListIsReadInAnyCaseWithBlanksIgnored() {
    assertThat(TestDatabases.parseRequired(null)).isEmpty();
    assertThat(TestDatabases.parseRequired("")).isEmpty();
    assertThat(TestDatabases.parseRequired(" PostgreSQL, mariadb ,"))
        .containsExactlyInAnyOrder(Database.POSTGRESQL, Database.MARIADB);
    assertThat(TestDatabases.parseRequired("h2")).containsExactly(Database.H2);
  }

  @Test
  void anUnknownNameInTheRequiredListIsAnError() {
    assertThatThrownBy(() -> TestDatabases.parseRequired("postgresql,oracle"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'oracle'")
        .hasMessageContaining("h2, postgresql, mariadb");
  }

  @Test
  void aTargetComesFromTheSystemPropertyThenTheEnvironmentThenTheDefault() {
    Map<String, String> properties =
        Map.of("coopkit.test.postgresql.url", "jdbc:postgresql://db/p");
    Map<String, String> environment =
        Map.of(
            "COOPKIT_TEST_POSTGRESQL_URL", "jdbc:postgresql://env/p",
            "COOPKIT_TEST_POSTGRESQL_USER", "alice",
            "COOPKIT_TEST_MARIADB_PASSWORD", "pw");

    DatabaseTarget postgresql =
        DatabaseTarget.resolve(Database.POSTGRESQL, properties::get, environment::get);
    DatabaseTarget mariadb =
        DatabaseTarget.resolve(Database.MARIADB, properties::get, environment::get);

    assertThat(postgresql.url()).isEqualTo("jdbc:postgresql://db/p");
    assertThat(postgresql.user()).isEqualTo("alice");
    assertThat(postgresql.password()).isEmpty();
    assertThat(mariadb.url()).isEqualTo(DatabaseTarget.MARIADB_URL);
    assertThat(mariadb.user()).isEqualTo("root");
    assertThat(mariadb.password()).isEqualTo("pw");
  }

  @Test
  void theDefaultsAreTheLocalServers() {
    Map<String, String> none = Map.of();

    assertThat(DatabaseTarget.resolve(Database.POSTGRESQL, none::get, none::get))
        .isEqualTo(
            new DatabaseTarget(
                Database.POSTGRESQL, "jdbc:postgresql://127.0.0.1:5432/test", "postgres", ""));
    assertThat(DatabaseTarget.resolve(Database.MARIADB, none::get, none::get))
        .isEqualTo(
            new DatabaseTarget(Database.MARIADB, "jdbc:mariadb://127.0.0.1:3306/test", "root", ""));
  }

  @Test
  void aTargetNeverShowsItsPassword() {
    assertThat(new DatabaseTarget(Database.MARIADB, DatabaseTarget.MARIADB_URL, "root", "s3cret"))
        .asString()
        .doesNotContain("s3cret")
        .contains(DatabaseTarget.MARIADB_URL);
  }

  @Test
  void aFreshMariaDbSchemaReplacesTheDatabaseInTheUrl() {
    assertThat(FreshSchema.withDatabase("jdbc:mariadb://127.0.0.1:3306/test", "coopkit_test_x"))
        .isEqualTo("jdbc:mariadb://127.0.0.1:3306/coopkit_test_x");
    assertThat(FreshSchema.withDatabase("jdbc:mariadb://h:1/test?a=b/c", "x"))
        .isEqualTo("jdbc:mariadb://h:1/x?a=b/c");
    assertThat(FreshSchema.withDatabase("jdbc:mariadb://h:1", "x"))
        .isEqualTo("jdbc:mariadb://h:1/x");
    assertThat(FreshSchema.withDatabase("jdbc:mariadb://h:1?a=b", "x"))
        .isEqualTo("jdbc:mariadb://h:1/x?a=b");
  }

  @Test
  void aFreshPostgreSqlSchemaIsAddedToTheUrlsParameters() {
    assertThat(FreshSchema.withParameter("jdbc:postgresql://h/test", "currentSchema", "s"))
        .isEqualTo("jdbc:postgresql://h/test?currentSchema=s");
    assertThat(
            FreshSchema.withParameter("jdbc:postgresql://h/test?ssl=false", "currentSchema", "s"))
        .isEqualTo("jdbc:postgresql://h/test?ssl=false&currentSchema=s");
  }
}
