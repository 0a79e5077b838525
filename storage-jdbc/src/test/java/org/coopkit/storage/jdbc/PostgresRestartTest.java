package org.coopkit.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.coopkit.error.StorageUnavailableException;
import org.coopkit.model.project.Project;
import org.coopkit.spi.TransactionMode;
import org.coopkit.storage.tck.Fixtures;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The PostgreSQL server stopped and started under a running storage: while it is down, each call
 * fails within the pool's connection timeout (here {@value #CONNECTION_TIMEOUT_MILLIS} ms) with a
 * retryable {@link StorageUnavailableException}; once it is back, calls work again within seconds
 * on the same storage and pool, which replace their dead connections themselves.
 *
 * <p>It stops the server, so it runs only where it is allowed to: where the environment variable
 * {@value #CONTROL_ENV} holds a command that stops and starts the server the tests use when {@code
 * stop} or {@code start} is appended (run by {@code /bin/sh -c}), e.g. {@code pg_ctlcluster
 * --skip-systemctl-redirect 15 main}. {@code .ci/run} sets it. Anywhere else it is skipped with one
 * line saying so. The server is always started again, and answering, before the test ends.
 *
 * <p>No other test may use the server meanwhile: the pom runs this class in an execution of its
 * own, after all other tests of the module, in one JVM.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class PostgresRestartTest {
  /** The command that controls the server; {@code stop} or {@code start} is appended. */
  static final String CONTROL_ENV = "COOPKIT_POSTGRESQL_CONTROL";

  private static final long CONNECTION_TIMEOUT_MILLIS = 1_000;

  /**
   * How long a failing call may take: the pool's timeout and slack for a machine busy with other
   * work; a call that waited on a dead server's socket would take minutes.
   */
  private static final Duration FAIL_FAST = Duration.ofMillis(CONNECTION_TIMEOUT_MILLIS + 20_000);

  /**
   * How soon calls must work again once the server answers: the pool replaces its dead connections
   * itself, with no restart of the storage; the bound leaves room for a busy machine.
   */
  private static final Duration RECOVERY = Duration.ofSeconds(60);

  /** How long the server may take to stop or to answer again. */
  private static final Duration SERVER_PATIENCE = Duration.ofSeconds(60);

  @Test
  void callsFailFastWhileTheServerIsDownAndWorkAgainOnTheSameStorageOnceItIsBack()
      throws Exception {
    String control = controlOrSkip();
    DatabaseTarget target = Database.POSTGRESQL.target();
    try (FreshSchema schema = Database.POSTGRESQL.openFreshSchema();
        HikariDataSource pool = ExhaustedPoolTest.hostPool(schema, 4, CONNECTION_TIMEOUT_MILLIS)) {
      // given
      JdbcStorage storage = JdbcStorage.create(pool);
      Project project = StoredRowsTest.stamped(Fixtures.anyProject());
      storage.inTransaction(
          s -> {
            s.projects().insert(project);
            return null;
          });
      boolean down = false;
      try {
        // when the server stops
        control(control, "stop");
        down = true;
        awaitServer(target, false);

        // then every call fails, fast
        for (int call = 1; call <= 3; call++) {
          long start = System.nanoTime();
          StorageUnavailableException failure =
              catchThrowableOfType(StorageUnavailableException.class, () -> read(storage, project));
          Duration took = Duration.ofNanos(System.nanoTime() - start);
          assertThat(failure).as("call %d while the server is down", call).isNotNull();
          assertThat(failure.isRetryable()).isTrue();
          assertThat(failure.getMessage()).contains(pool.getPoolName());
          assertThat(took).as("call %d's wait", call).isLessThan(FAIL_FAST);
        }

        // when it starts again
        control(control, "start");
        down = false;
        awaitServer(target, true);

        // then the same storage works again within seconds
        long start = System.nanoTime();
        Optional<Project> read = readOnceBack(storage, project);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(RECOVERY);
        assertThat(read).contains(project);
      } finally {
        if (down) {
          control(control, "start");
          awaitServer(target, true);
        }
      }
    }
  }

  /** Whatever happened, the server answers when this class is done. */
  @AfterAll
  static void serverAnswersAgain() throws Exception {
    String control = control();
    if (control != null && TestDatabases.probe(Database.POSTGRESQL.target()) != null) {
      control(control, "start");
      awaitServer(Database.POSTGRESQL.target(), true);
    }
  }

  private static Optional<Project> read(JdbcStorage storage, Project project) {
    return storage.inTransaction(TransactionMode.READ_ONLY, s -> s.projects().get(project.id()));
  }

  /** Reads until a read works, for at most {@link #RECOVERY}. */
  private static Optional<Project> readOnceBack(JdbcStorage storage, Project project)
      throws InterruptedException {
    long deadline = System.nanoTime() + RECOVERY.toNanos();
    while (true) {
      try {
        return read(storage, project);
      } catch (StorageUnavailableException e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
        Thread.sleep(100);
      }
    }
  }

  private static @Nullable String control() {
    String control = System.getenv(CONTROL_ENV);
    return control == null || control.isBlank() ? null : control.strip();
  }

  private static String controlOrSkip() {
    String control = control();
    if (control == null) {
      String why =
          "PostgresRestartTest skipped: it stops and starts the PostgreSQL server, which it may do"
              + " only where "
              + CONTROL_ENV
              + " holds the command for it ('stop'/'start' appended), e.g. "
              + CONTROL_ENV
              + "='pg_ctlcluster --skip-systemctl-redirect 15 main' (.ci/run sets it)";
      System.err.println("[coopkit-test] " + why);
      Assumptions.abort(why);
    }
    TestDatabases.ensureAvailable(Database.POSTGRESQL.target());
    return control;
  }

  /** Runs the control command with {@code action} appended, and fails if it fails. */
  private static void control(String control, String action)
      throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder("/bin/sh", "-c", control + " " + action)
            .redirectErrorStream(true)
            .start();
    if (!process.waitFor(SERVER_PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException(
          "'" + control + " " + action + "' did not end within " + SERVER_PATIENCE);
    }
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.exitValue() != 0) {
      throw new IllegalStateException(
          "'" + control + " " + action + "' failed (" + process.exitValue() + "): " + output);
    }
  }

  /** Waits until the server answers ({@code up}) or refuses. */
  private static void awaitServer(DatabaseTarget target, boolean up) throws InterruptedException {
    long deadline = System.nanoTime() + SERVER_PATIENCE.toNanos();
    while ((TestDatabases.probe(target) == null) != up) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "PostgreSQL did not " + (up ? "answer" : "stop") + " within " + SERVER_PATIENCE);
      }
      Thread.sleep(200);
    }
  }
}
