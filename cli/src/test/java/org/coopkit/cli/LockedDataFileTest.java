package org.coopkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.coopkit.storage.jdbc.JdbcStorage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded file in use by another program: this JVM holds it open while the program runs in a
 * process of its own, as a second terminal would run it.
 */
class LockedDataFileTest {
  @TempDir Path dir;

  @Test
  void saysTheEmbeddedFileIsInUseAndExitsWithDatabaseUnavailable() throws Exception {
    try (JdbcStorage holder = JdbcStorage.embedded(dir.resolve("coopkit").toAbsolutePath())) {
      assertThat(holder.schemaVersion()).isNotBlank();
      Process program =
          new ProcessBuilder(
                  List.of(
                      Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                      "-cp",
                      System.getProperty("java.class.path"),
                      CoopkitCli.class.getName(),
                      "report",
                      "dashboard",
                      "--data-dir",
                      dir.toString()))
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.PIPE)
              .start();
      String err = new String(program.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(program.waitFor(2, TimeUnit.MINUTES)).isTrue();

      assertThat(program.exitValue()).as(err).isEqualTo(ExitCode.DATABASE_UNAVAILABLE);
      assertThat(err).contains("in use").doesNotContain("\tat ");
    }
    assertThat(new File(dir.toFile(), "coopkit.mv.db")).exists();
  }
}
