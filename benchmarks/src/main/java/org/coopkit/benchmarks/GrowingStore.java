package org.coopkit.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.coopkit.Coopkit;
import org.coopkit.model.event.Event;
import org.coopkit.storage.jdbc.JdbcStorage;
import org.coopkit.storage.memory.MemoryStorage;

/**
 * One store that {@link ScalingHarness} grows step by step: events are added to it, never reloaded.
 * It holds the reference data of the run from its creation, and knows its size: heap for the
 * in-memory store, disk for a database.
 */
abstract sealed class GrowingStore implements AutoCloseable {
  private final String name;
  private final Coopkit coopkit;

  private GrowingStore(String name, Coopkit coopkit) {
    this.name = name;
    this.coopkit = coopkit;
  }

  /**
   * The name of the store in the output: {@code postgresql}, {@code mariadb}, {@code h2}, {@code
   * memory}.
   */
  final String name() {
    return name;
  }

  /** The services over the store. */
  final Coopkit coopkit() {
    return coopkit;
  }

  /** Adds {@code events}, all new, in bulk; the only step of a point that is timed as a load. */
  abstract void add(List<Event> events) throws SQLException;

  /** Makes the store ready to be read after a load, untimed: statistics, a checkpoint. */
  abstract void settle() throws SQLException;

  /** What the store takes beyond what it took empty (reference data stored), in bytes. */
  abstract long bytesAboveEmpty() throws SQLException;

  /** Where {@link #bytesAboveEmpty} is measured: {@code heap} or {@code disk}. */
  abstract String bytesWhere();

  /** Closes the store's connections; a database schema stays, for its owner to drop. */
  @Override
  public abstract void close() throws SQLException;

  /** The in-memory store, its events stored through the SPI as a bulk import does. */
  static GrowingStore memory(BenchmarkData data) {
    // A few events in a throw-away store first, so that class metadata and caches exist before
    // the empty store's heap is read: later readings then count events only.
    Coopkit warm = Coopkit.builder().storage(MemoryStorage.create()).build();
    ReferenceData.store(warm, data);
    ReferenceData.storeEvents(warm, data.events(), 1_000, e -> {});
    warm.close();
    Coopkit coopkit = Coopkit.builder().storage(MemoryStorage.create()).build();
    ReferenceData.store(coopkit, data);
    return new Memory(coopkit, MemoryFootprint.usedHeapAfterGc());
  }

  /** A database store in a fresh schema, loaded through {@link JdbcStorage#insertEvents}. */
  static GrowingStore database(BenchSchema schema, BenchmarkData data) throws SQLException {
    JdbcStorage storage = schema.storage();
    Connection connection = null;
    try {
      connection = schema.connect();
      Coopkit coopkit = Coopkit.builder().storage(storage).build();
      ReferenceData.store(coopkit, data);
      schema.quietAutovacuum(connection);
      Database store = new Database(schema, storage, connection, coopkit);
      store.empty = store.bytes();
      return store;
    } catch (SQLException | RuntimeException e) {
      if (connection != null) {
        connection.close();
      }
      storage.close();
      throw e;
    }
  }

  private static final class Memory extends GrowingStore {
    private final long emptyHeap;

    Memory(Coopkit coopkit, long emptyHeap) {
      super("memory", coopkit);
      this.emptyHeap = emptyHeap;
    }

    @Override
    void add(List<Event> events) {
      ReferenceData.storeEvents(coopkit(), events.iterator(), events.size(), e -> {});
    }

    @Override
    void settle() {}

    @Override
    long bytesAboveEmpty() {
      return MemoryFootprint.usedHeapAfterGc() - emptyHeap;
    }

    @Override
    String bytesWhere() {
      return "heap";
    }

    @Override
    public void close() {
      coopkit().close();
    }
  }

  private static final class Database extends GrowingStore {
    private final BenchSchema schema;
    private final JdbcStorage storage;
    private final Connection connection;
    private long empty;

    Database(BenchSchema schema, JdbcStorage storage, Connection connection, Coopkit coopkit) {
      super(schema.engine().name().toLowerCase(Locale.ROOT), coopkit);
      this.schema = schema;
      this.storage = storage;
      this.connection = connection;
    }

    @Override
    void add(List<Event> events) {
      storage.insertEvents(events);
    }

    @Override
    void settle() throws SQLException {
      schema.analyze(connection);
      if (schema.engine() == BenchSchema.Engine.H2) {
        try (Statement statement = connection.createStatement()) {
          // Writes what H2 still holds in memory, so that the file's size counts it.
          statement.execute("CHECKPOINT SYNC");
        }
      }
    }

    @Override
    long bytesAboveEmpty() throws SQLException {
      return bytes() - empty;
    }

    private long bytes() throws SQLException {
      return switch (schema.engine()) {
        case POSTGRESQL ->
            single(
                "SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c"
                    + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE n.nspname = ? AND c.relkind IN ('r', 'p')");
        case MARIADB ->
            single(
                "SELECT COALESCE(SUM(data_length + index_length), 0)"
                    + " FROM information_schema.TABLES WHERE table_schema = ?");
        case H2 -> {
          Path file = schema.h2File();
          try {
            yield Files.size(file);
          } catch (IOException e) {
            throw new IllegalStateException("could not read the size of the H2 file", e);
          }
        }
      };
    }

    private long single(String sql) throws SQLException {
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        statement.setString(1, schema.name());
        try (ResultSet rs = statement.executeQuery()) {
          rs.next();
          return rs.getLong(1);
        }
      }
    }

    @Override
    String bytesWhere() {
      return "disk";
    }

    @Override
    public void close() throws SQLException {
      try {
        connection.close();
      } finally {
        storage.close();
      }
    }
  }
}
