package org.coopkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The program on PostgreSQL and MariaDB through {@code --jdbc-url}, and the ways logging in fails.
 */
class CoopkitCliOnServersTest {
  @TempDir Path dir;

  @Test
  void importsAndReportsOnPostgresql() throws Exception {
    importsAndReports(TestServer.postgresql());
  }

  @Test
  void importsAndReportsOnMariadb() throws Exception {
    importsAndReports(TestServer.mariadb());
  }

  private void importsAndReports(TestServer server) throws Exception {
    Map<String, String> env = Map.of("DB_PASSWORD", server.password());
    String[] login = {
      "--jdbc-url", server.url(), "--user", server.user(), "--password-env", "DB_PASSWORD"
    };
    try {
      Run imported =
          Run.of(env, concat(new String[] {"import", SampleDocument.write(dir).toString()}, login));
      Run dashboard = Run.of(env, concat(login, new String[] {"report", "dashboard"}));

      assertThat(imported.status()).as(imported.err()).isEqualTo(ExitCode.OK);
      assertThat(dashboard.status()).as(dashboard.err()).isEqualTo(ExitCode.OK);
      assertThat(dashboard.out()).contains("Events: " + SampleDocument.TOTAL);
      assertThat(dashboard.err()).contains(server.name());
    } finally {
      server.drop();
    }
  }

  @Test
  void saysTheDatabaseDoesNotExist() {
    TestServer server = TestServer.postgresql();
    String missing = server.url().replace("/test", "/coopkit_no_such_database");

    Run run =
        Run.of(Map.of(), "report", "dashboard", "--jdbc-url", missing, "--user", server.user());

    assertThat(run.status()).isEqualTo(ExitCode.DATABASE_UNAVAILABLE);
    assertThat(run.err()).contains("coopkit_no_such_database").doesNotContain("\tat ");
    assertThat(run.err().lines().filter(l -> l.contains("does not exist"))).hasSize(1);
  }

  @Test
  void saysTheServerRefusedTheLoginAndNeverShowsThePassword() throws Exception {
    TestServer server = TestServer.mariadb();
    try {
      Run run =
          Run.of(
              Map.of("DB_PASSWORD", "Wr0ng-s3cret"),
              "report",
              "dashboard",
              "--jdbc-url",
              server.url(),
              "--user",
              server.user(),
              "--password-env",
              "DB_PASSWORD",
              "--verbose");

      assertThat(run.status()).isEqualTo(ExitCode.DATABASE_UNAVAILABLE);
      assertThat(run.err()).contains("Access denied");
      assertThat(run.all()).doesNotContain("Wr0ng-s3cret");
    } finally {
      server.drop();
    }
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
