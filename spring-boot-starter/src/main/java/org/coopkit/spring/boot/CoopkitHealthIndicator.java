package org.coopkit.spring.boot;

import org.coopkit.spi.Storage;
import org.coopkit.spi.TransactionMode;
import org.coopkit.storage.jdbc.JdbcStorage;
import org.coopkit.storage.memory.MemoryStorage;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * coopkit's part of the application's health ({@code /actuator/health/coopkit}): UP when the store
 * answers, with the store's kind and, for the JDBC store, the database and the version of coopkit's
 * schema; DOWN with the store's error when it does not answer. The details hold no data and no
 * password.
 */
final class CoopkitHealthIndicator implements HealthIndicator {
  private final Storage storage;

  CoopkitHealthIndicator(Storage storage) {
    this.storage = storage;
  }

  @Override
  public Health health() {
    try {
      if (storage instanceof JdbcStorage jdbc) {
        // One read-only transaction: reaches the database and reads the schema's version.
        String version = jdbc.schemaVersion();
        return Health.up()
            .withDetail("storage", "jdbc")
            .withDetail("database", jdbc.toString())
            .withDetail("schemaVersion", version)
            .build();
      }
      storage.inTransaction(TransactionMode.READ_ONLY, session -> null);
      return Health.up()
          .withDetail("storage", storage instanceof MemoryStorage ? "memory" : storage.toString())
          .build();
    } catch (RuntimeException e) {
      return Health.down(e).withDetail("storage", storage.toString()).build();
    }
  }
}
