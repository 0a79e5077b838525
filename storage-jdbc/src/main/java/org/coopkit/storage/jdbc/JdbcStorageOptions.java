package org.coopkit.storage.jdbc;

import org.jspecify.annotations.Nullable;

/**
 * How a {@link JdbcStorage} works: start from {@link #DEFAULT} and change what you need with the
 * {@code with…} methods, each of which returns a copy.
 *
 * <pre>{@code
 * JdbcStorage storage = JdbcStorage.create(dataSource,
 *     JdbcStorageOptions.DEFAULT.withSchema("coopkit").withMaxRetries(5));
 * }</pre>
 *
 * @param migrate whether the storage brings the schema up to date with its Flyway migrations when
 *     it is created (default {@code true}); turn it off when the host migrates at deploy time or
 *     runs with a user that may not change tables
 * @param schema the schema (a database, on MariaDB) that holds coopkit's tables, or {@code null}
 *     (default) for the connections' current one. Given a schema, the storage migrates it (creating
 *     it if missing) and makes it the current one of every connection it uses
 * @param bulkChunkSize how many aggregates the bulk inserts write per transaction, at least 1
 *     (default {@value #DEFAULT_BULK_CHUNK_SIZE})
 * @param maxRetries how many times {@link JdbcStorage#inTransaction} runs a unit of work again
 *     after a serialization failure, a deadlock or a connection lost before the commit, 0 or more
 *     (default {@value #DEFAULT_MAX_RETRIES}); 0 surfaces each of them at once as a retryable
 *     {@link org.coopkit.error.StorageUnavailableException}
 * @since 0.1.0
 */
public record JdbcStorageOptions(
    boolean migrate, @Nullable String schema, int bulkChunkSize, int maxRetries) {

  /** The default {@link #bulkChunkSize()}: {@value}. */
  public static final int DEFAULT_BULK_CHUNK_SIZE = 1_000;

  /** The default {@link #maxRetries()}: {@value}. */
  public static final int DEFAULT_MAX_RETRIES = 3;

  /** Migrate, the connections' current schema, chunks of 1,000, 3 retries. */
  public static final JdbcStorageOptions DEFAULT =
      new JdbcStorageOptions(true, null, DEFAULT_BULK_CHUNK_SIZE, DEFAULT_MAX_RETRIES);

  /**
   * Checks the options.
   *
   * @param migrate whether to migrate on creation
   * @param schema the schema of coopkit's tables, or {@code null} for the current one
   * @param bulkChunkSize aggregates per bulk transaction, at least 1
   * @param maxRetries retries of a unit of work, 0 or more
   * @throws IllegalArgumentException if the schema is blank, the chunk size is below 1 or the
   *     retries are negative
   */
  public JdbcStorageOptions {
    if (schema != null && schema.isBlank()) {
      throw new IllegalArgumentException("schema must be null or a name, but was blank");
    }
    if (bulkChunkSize < 1) {
      throw new IllegalArgumentException(
          "bulkChunkSize must be at least 1, but was " + bulkChunkSize);
    }
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must be 0 or more, but was " + maxRetries);
    }
  }

  /**
   * A copy that migrates on creation, or not.
   *
   * @param migrate whether to migrate
   * @return the changed copy
   */
  public JdbcStorageOptions withMigrate(boolean migrate) {
    return new JdbcStorageOptions(migrate, schema, bulkChunkSize, maxRetries);
  }

  /**
   * A copy that keeps coopkit's tables in {@code schema}.
   *
   * @param schema the schema, or {@code null} for the connections' current one
   * @return the changed copy
   * @throws IllegalArgumentException if the schema is blank
   */
  public JdbcStorageOptions withSchema(@Nullable String schema) {
    return new JdbcStorageOptions(migrate, schema, bulkChunkSize, maxRetries);
  }

  /**
   * A copy whose bulk inserts write {@code bulkChunkSize} aggregates per transaction.
   *
   * @param bulkChunkSize aggregates per transaction, at least 1
   * @return the changed copy
   * @throws IllegalArgumentException if the size is below 1
   */
  public JdbcStorageOptions withBulkChunkSize(int bulkChunkSize) {
    return new JdbcStorageOptions(migrate, schema, bulkChunkSize, maxRetries);
  }

  /**
   * A copy that retries a unit of work up to {@code maxRetries} times.
   *
   * @param maxRetries retries, 0 or more
   * @return the changed copy
   * @throws IllegalArgumentException if the number is negative
   */
  public JdbcStorageOptions withMaxRetries(int maxRetries) {
    return new JdbcStorageOptions(migrate, schema, bulkChunkSize, maxRetries);
  }
}
