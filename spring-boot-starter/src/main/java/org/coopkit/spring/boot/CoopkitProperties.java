package org.coopkit.spring.boot;

import static java.util.Objects.requireNonNull;

import org.coopkit.storage.jdbc.JdbcStorageOptions;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code coopkit.*} properties of a Spring Boot application: which store, what to do with the
 * schema, and how the JDBC store works.
 *
 * <pre>
 * coopkit.storage=auto            # auto (default), jdbc or memory
 * coopkit.schema.mode=migrate     # migrate (default), validate or none
 * coopkit.schema.name=coopkit     # optional: the schema holding coopkit's tables
 * coopkit.jdbc.max-retries=3
 * coopkit.jdbc.bulk-chunk-size=1000
 * coopkit.jdbc.join-spring-transactions=true
 * </pre>
 *
 * <p>A value out of range fails the application's start, naming the property, the rule and the
 * value.
 *
 * @since 0.1.0
 */
@ConfigurationProperties(prefix = "coopkit")
public final class CoopkitProperties {
  /**
   * Which store coopkit keeps its data in: AUTO takes the application's DataSource when it has one
   * and the in-memory store when it has none; JDBC requires the DataSource; MEMORY keeps everything
   * in memory, lost at shutdown (for tests and demos).
   */
  private StorageKind storage = StorageKind.AUTO;

  private final Schema schema = new Schema();

  private final Jdbc jdbc = new Jdbc();

  /** Binds the defaults; Spring Boot then sets what the application's configuration names. */
  public CoopkitProperties() {}

  /**
   * Which store coopkit keeps its data in.
   *
   * @return the store's kind, {@link StorageKind#AUTO} by default
   */
  public StorageKind getStorage() {
    return storage;
  }

  /**
   * Chooses the store.
   *
   * @param storage the store's kind
   */
  public void setStorage(StorageKind storage) {
    this.storage = requireNonNull(storage, "coopkit.storage");
  }

  /**
   * What coopkit does with its tables when the application starts.
   *
   * @return the schema settings
   */
  public Schema getSchema() {
    return schema;
  }

  /**
   * How the JDBC store works.
   *
   * @return the JDBC settings
   */
  public Jdbc getJdbc() {
    return jdbc;
  }

  /** Which store coopkit keeps its data in. */
  public enum StorageKind {
    /** The application's DataSource if it has one, else the in-memory store. */
    AUTO,
    /** The application's DataSource; the application fails to start without one. */
    JDBC,
    /** The in-memory store, even when the application has a DataSource. */
    MEMORY
  }

  /** What coopkit does with its tables on start. */
  public enum SchemaMode {
    /** Creates or updates coopkit's tables with its Flyway migrations. */
    MIGRATE,
    /**
     * Changes nothing, but refuses to start unless every migration of this coopkit is applied and
     * unchanged.
     */
    VALIDATE,
    /** Neither migrates nor checks: the tables are the deployment's business. */
    NONE
  }

  /** The {@code coopkit.schema.*} properties. */
  public static final class Schema {
    /**
     * What coopkit does with its tables when the application starts: MIGRATE creates and updates
     * them (coopkit keeps its own history table, coopkit_schema_history, beside any of the
     * application's); VALIDATE changes nothing and refuses to start unless every migration is
     * applied; NONE does neither.
     */
    private SchemaMode mode = SchemaMode.MIGRATE;

    /**
     * The schema (a database, on MariaDB) that holds coopkit's tables; by default the connections'
     * current one. With MIGRATE it is created if missing.
     */
    private @Nullable String name;

    /** Binds the defaults. */
    public Schema() {}

    /**
     * What coopkit does with its tables on start.
     *
     * @return the mode, {@link SchemaMode#MIGRATE} by default
     */
    public SchemaMode getMode() {
      return mode;
    }

    /**
     * Chooses what coopkit does with its tables on start.
     *
     * @param mode the mode
     */
    public void setMode(SchemaMode mode) {
      this.mode = requireNonNull(mode, "coopkit.schema.mode");
    }

    /**
     * The schema of coopkit's tables.
     *
     * @return the schema's name, or {@code null} for the connections' current one
     */
    public @Nullable String getName() {
      return name;
    }

    /**
     * Chooses the schema of coopkit's tables.
     *
     * @param name a schema's name, or {@code null} for the connections' current one
     * @throws IllegalArgumentException if the name is blank
     */
    public void setName(@Nullable String name) {
      if (name != null && name.isBlank()) {
        throw new IllegalArgumentException(
            "coopkit.schema.name must be a schema's name or left unset, but was blank");
      }
      this.name = name;
    }
  }

  /** The {@code coopkit.jdbc.*} properties. */
  public static final class Jdbc {
    /**
     * How many times coopkit runs a transaction of its own again after a serialization failure, a
     * deadlock or a connection lost before the commit. Calls that join the application's
     * transaction are never retried by coopkit.
     */
    private int maxRetries = JdbcStorageOptions.DEFAULT_MAX_RETRIES;

    /** How many aggregates JdbcStorage's bulk inserts write per transaction. */
    private int bulkChunkSize = JdbcStorageOptions.DEFAULT_BULK_CHUNK_SIZE;

    /**
     * Whether a coopkit call made inside a Spring-managed transaction on the application's
     * DataSource (@Transactional, TransactionTemplate) joins it, and commits or rolls back with it.
     * When off, every call runs in a transaction of coopkit's own.
     */
    private boolean joinSpringTransactions = true;

    /** Binds the defaults. */
    public Jdbc() {}

    /**
     * How many times coopkit retries a transaction of its own.
     *
     * @return retries, 0 or more; {@value JdbcStorageOptions#DEFAULT_MAX_RETRIES} by default
     */
    public int getMaxRetries() {
      return maxRetries;
    }

    /**
     * Sets how many times coopkit retries a transaction of its own.
     *
     * @param maxRetries 0 or more
     * @throws IllegalArgumentException if negative
     */
    public void setMaxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException(
            "coopkit.jdbc.max-retries must be 0 or more, but was " + maxRetries);
      }
      this.maxRetries = maxRetries;
    }

    /**
     * How many aggregates a bulk insert writes per transaction.
     *
     * @return at least 1; {@value JdbcStorageOptions#DEFAULT_BULK_CHUNK_SIZE} by default
     */
    public int getBulkChunkSize() {
      return bulkChunkSize;
    }

    /**
     * Sets how many aggregates a bulk insert writes per transaction.
     *
     * @param bulkChunkSize at least 1
     * @throws IllegalArgumentException if below 1
     */
    public void setBulkChunkSize(int bulkChunkSize) {
      if (bulkChunkSize < 1) {
        throw new IllegalArgumentException(
            "coopkit.jdbc.bulk-chunk-size must be at least 1, but was " + bulkChunkSize);
      }
      this.bulkChunkSize = bulkChunkSize;
    }

    /**
     * Whether coopkit's calls join Spring-managed transactions.
     *
     * @return {@code true} by default
     */
    public boolean isJoinSpringTransactions() {
      return joinSpringTransactions;
    }

    /**
     * Sets whether coopkit's calls join Spring-managed transactions.
     *
     * @param joinSpringTransactions {@code false} to run every call in a transaction of coopkit's
     *     own
     */
    public void setJoinSpringTransactions(boolean joinSpringTransactions) {
      this.joinSpringTransactions = joinSpringTransactions;
    }
  }
}
