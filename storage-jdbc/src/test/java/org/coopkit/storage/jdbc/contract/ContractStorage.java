package org.coopkit.storage.jdbc.contract;

import org.coopkit.spi.Storage;
import org.coopkit.storage.jdbc.Database;
import org.coopkit.storage.jdbc.FreshSchema;
import org.coopkit.storage.jdbc.JdbcStorage;
import org.jspecify.annotations.Nullable;

/**
 * The storage of one contract test class: a {@link JdbcStorage} over a fresh schema of its own. The
 * suites call {@code createStorage()} once before the class's first test and {@code
 * disposeStorage(..)} once after its last, so a contract test class opens its storage in the first
 * and closes it (dropping the schema) in the second:
 *
 * <pre>{@code
 * class PostgresProjectContractTest extends ProjectTestSuite {
 *   private final ContractStorage storage = new ContractStorage(Database.POSTGRESQL);
 *
 *   protected Storage createStorage() { return storage.open(); }
 *   protected void disposeStorage(Storage s) { storage.close(); }
 * }
 * }</pre>
 *
 * <p>When the database's server does not answer (and is not required), {@link #open()} aborts,
 * which skips the whole class with {@code TestDatabases}' one-line message.
 */
final class ContractStorage {
  private final Database database;
  private @Nullable FreshSchema schema;
  private @Nullable JdbcStorage storage;

  ContractStorage(Database database) {
    this.database = database;
  }

  /** Opens a fresh schema and a migrated storage over it. */
  JdbcStorage open() {
    FreshSchema fresh = database.openFreshSchema();
    schema = fresh;
    try {
      JdbcStorage opened = JdbcStorage.create(fresh.dataSource());
      storage = opened;
      return opened;
    } catch (RuntimeException | Error e) {
      fresh.close();
      throw e;
    }
  }

  /** Closes the storage and drops the schema. */
  void close() {
    try {
      if (storage != null) {
        storage.close();
      }
    } finally {
      if (schema != null) {
        schema.close();
      }
    }
  }

  /** Just {@link #close()}; the storage given is the one {@link #open()} returned. */
  void close(Storage ignored) {
    close();
  }
}
