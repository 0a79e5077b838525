package org.coopkit.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.coopkit.testsupport.OutputCapture;
import org.junit.jupiter.api.Test;

/**
 * A first migration on MariaDB, the database whose notes Flyway relays as warnings (a primary key's
 * name ignored, for every table): a host's console at WARN shows none of them.
 */
class QuietMigrationTest {
  @Test
  void aFirstMigrationOnMariadbPrintsNoneOfTheDatabasesNotes() {
    String printed;
    try (FreshSchema schema = Database.MARIADB.openFreshSchema();
        OutputCapture capture = OutputCapture.start()) {
      try (JdbcStorage storage = JdbcStorage.create(schema.dataSource())) {
        assertThat(storage.schemaVersion()).isNotBlank();
      }
      printed = capture.text();
    }

    assertThat(printed).doesNotContain("ignored for PRIMARY key").doesNotContain("flywaydb");
  }
}
