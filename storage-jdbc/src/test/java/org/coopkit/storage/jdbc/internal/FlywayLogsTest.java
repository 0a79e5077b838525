package org.coopkit.storage.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.coopkit.testsupport.OutputCapture;
import org.flywaydb.core.api.logging.Log;
import org.junit.jupiter.api.Test;

class FlywayLogsTest {
  @Test
  void flywaysLinesAreOneLevelQuieterUnderCoopkitsLoggers() {
    // This test's own logger, shown from INFO up: what Flyway says at info must not appear.
    System.setProperty(
        "org.slf4j.simpleLogger.log." + FlywayLogs.LOGGER_PREFIX + ".FlywayLogsTest", "info");
    Log log = new FlywayLogs().createLogger(FlywayLogsTest.class);

    String printed;
    try (OutputCapture capture = OutputCapture.start()) {
      log.info("Migrating schema to version 7");
      log.notice("See the vendor's documentation");
      log.warn("DB: Name 'project_pk' ignored for PRIMARY key.");
      log.warn("Schema has a version newer than the latest available migration");
      log.error("Migration V8 failed");
      printed = capture.text();
    }

    assertThat(printed)
        .doesNotContain("Migrating schema")
        .doesNotContain("vendor's documentation")
        .doesNotContain("ignored for PRIMARY key")
        .contains("WARN FlywayLogsTest - Schema has a version newer")
        .contains("ERROR FlywayLogsTest - Migration V8 failed");
  }
}
