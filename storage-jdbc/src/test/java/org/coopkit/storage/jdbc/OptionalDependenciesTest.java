package org.coopkit.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.coopkit.storage.jdbc.HostJvm.Jar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a host sees when it leaves out one of the adapter's optional dependencies: each test runs a
 * JVM whose class path is this one's without some jars ({@link HostJvm}), as a host's would be.
 */
class OptionalDependenciesTest {
  @TempDir Path work;

  @Test
  void aHostOnH2NeedsNoServerDriverNorFlywayModule() throws Exception {
    // when
    String result =
        HostJvm.without(HostJvm.SERVERS).run(work, "connect", "jdbc:h2:mem:host", "sa", "");

    // then
    assertThat(result).isEqualTo("ok read back");
  }

  @Test
  void aStorageOverTheHostsPoolNeedsNoHikariCp() throws Exception {
    // when
    String result =
        HostJvm.without(Jar.HIKARI_CP)
            .andWithout(HostJvm.SERVERS)
            .run(work, "create", "jdbc:h2:mem:host;DB_CLOSE_DELAY=-1", "sa", "");

    // then: the round trip, and a pool that gives no connection reported as with HikariCP there
    assertThat(result)
        .startsWith(
            "ok read back; then StorageUnavailableException: Could not get a connection from the"
                + " application's PlainDataSource after ")
        .endsWith("(SQLState 08001)");
  }

  @Test
  void connectWithoutHikariCpNamesTheArtifactToAdd() throws Exception {
    // when
    String result =
        HostJvm.without(Jar.HIKARI_CP).run(work, "connect", "jdbc:h2:mem:host", "sa", "");

    // then
    assertThat(result)
        .isEqualTo(
            "threw java.lang.IllegalStateException: No HikariCP on the class path, which"
                + " JdbcStorage.connect makes its pool with: add com.zaxxer:HikariCP to the"
                + " application's dependencies, or give the application's own pool to"
                + " JdbcStorage.create(DataSource)");
  }

  @Test
  void embeddedWithoutH2NamesIt() throws Exception {
    // given
    Path file = work.resolve("coopkit");

    // when
    String result = HostJvm.without(Jar.H2).run(work, "embedded", file.toString());

    // then
    assertThat(result)
        .isEqualTo(
            "threw java.lang.IllegalStateException: No JDBC driver for "
                + JdbcStorage.embeddedUrl(file)
                + " on the class path: add com.h2database:h2 to the application's dependencies");
  }

  @Test
  void embeddedWithoutH2AndHikariCpNamesBoth() throws Exception {
    // given
    Path file = work.resolve("coopkit");

    // when
    String result = HostJvm.without(Jar.H2, Jar.HIKARI_CP).run(work, "embedded", file.toString());

    // then
    assertThat(result)
        .isEqualTo(
            "threw java.lang.IllegalStateException: No HikariCP, which JdbcStorage.embedded makes"
                + " its pool with, nor a JDBC driver for "
                + JdbcStorage.embeddedUrl(file)
                + " on the class path: add com.zaxxer:HikariCP and com.h2database:h2 to the"
                + " application's dependencies");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = Database.class,
      names = {"POSTGRESQL", "MARIADB"})
  void connectWithoutTheServersDriverNamesIt(Database database) throws Exception {
    // given: no server is reached, so none need answer
    DatabaseTarget target = database.target();
    Jar driver = database == Database.POSTGRESQL ? Jar.POSTGRESQL : Jar.MARIADB;

    // when
    String result =
        HostJvm.without(driver)
            .run(work, "connect", target.url(), target.user(), target.password());

    // then
    assertThat(result)
        .isEqualTo(
            "threw java.lang.IllegalStateException: No JDBC driver for "
                + target.shownUrl()
                + " on the class path: add "
                + (database == Database.POSTGRESQL
                    ? "org.postgresql:postgresql"
                    : "org.mariadb.jdbc:mariadb-java-client")
                + " to the application's dependencies");
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = Database.class,
      names = {"POSTGRESQL", "MARIADB"})
  void migratingWithoutFlywaysModuleForTheDatabaseNamesIt(Database database) throws Exception {
    try (FreshSchema schema = database.openFreshSchema()) {
      // given
      DatabaseTarget target = schema.target();
      HostJvm host =
          database == Database.POSTGRESQL
              ? HostJvm.without(Jar.FLYWAY_POSTGRESQL, Jar.FLYWAY_COCKROACHDB)
              : HostJvm.without(Jar.FLYWAY_MYSQL);

      // when
      String viaConnect = host.run(work, "connect", schema.url(), target.user(), target.password());
      String viaCreate = host.run(work, "create", schema.url(), target.user(), target.password());

      // then
      String expected =
          "threw java.lang.IllegalStateException: No Flyway support for "
              + database.displayName()
              + " on the class path, which migrating coopkit's schema needs: add "
              + (database == Database.POSTGRESQL
                  ? "org.flywaydb:flyway-database-postgresql"
                  : "org.flywaydb:flyway-mysql")
              + " to the application's dependencies";
      assertThat(viaConnect).isEqualTo(expected);
      assertThat(viaCreate).isEqualTo(expected);
    }
  }
}
