package org.coopkit.storage.jdbc;

import java.util.EnumMap;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * A fresh, migrated schema and a {@link JdbcStorage} on it per database, opened when a test of the
 * class first asks for that database and closed (schema dropped) by {@link #close()} in the class's
 * {@code @AfterAll}. Keeps a test class to one migration per database: on MariaDB a migration takes
 * seconds. A database whose server does not answer skips the test that asks.
 */
final class SchemaPerDatabase implements AutoCloseable {
  private final JdbcStorageOptions options;
  private final Map<Database, FreshSchema> schemas = new EnumMap<>(Database.class);
  private final Map<Database, JdbcStorage> storages = new EnumMap<>(Database.class);

  SchemaPerDatabase() {
    this(JdbcStorageOptions.DEFAULT);
  }

  SchemaPerDatabase(JdbcStorageOptions options) {
    this.options = options;
  }

  /** The storage on {@code database}'s schema, opened on first use. */
  synchronized JdbcStorage storage(Database database) {
    JdbcStorage storage = storages.get(database);
    if (storage == null) {
      storage = JdbcStorage.create(schema(database).dataSource(), options);
      storages.put(database, storage);
    }
    return storage;
  }

  /** The schema of {@code database}, opened on first use (not migrated until {@link #storage}). */
  synchronized FreshSchema schema(Database database) {
    FreshSchema schema = schemas.get(database);
    if (schema == null) {
      schema = database.openFreshSchema();
      schemas.put(database, schema);
    }
    return schema;
  }

  /** jOOQ on {@code database}'s schema, for looking at the tables directly. */
  DSLContext dsl(Database database) {
    storage(database);
    return schema(database).dsl();
  }

  @Override
  public synchronized void close() {
    storages.values().forEach(JdbcStorage::close);
    storages.clear();
    RuntimeException failure = null;
    for (FreshSchema schema : schemas.values()) {
      try {
        schema.close();
      } catch (RuntimeException e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    schemas.clear();
    if (failure != null) {
      throw failure;
    }
  }
}
