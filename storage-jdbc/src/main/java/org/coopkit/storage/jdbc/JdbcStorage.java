package org.coopkit.storage.jdbc;

import static java.util.Objects.requireNonNull;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.coopkit.error.BrokenReferenceException;
import org.coopkit.error.StorageUnavailableException;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.event.Event;
import org.coopkit.spi.Storage;
import org.coopkit.spi.StorageSession;
import org.coopkit.spi.TransactionMode;
import org.coopkit.spi.TransactionalWork;
import org.coopkit.storage.jdbc.internal.Dialects;
import org.coopkit.storage.jdbc.internal.Dialects.Server;
import org.coopkit.storage.jdbc.internal.JdbcUrls;
import org.coopkit.storage.jdbc.internal.OptionalDependencies;
import org.coopkit.storage.jdbc.internal.Pools;
import org.jooq.SQLDialect;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * coopkit's storage on a relational database: H2 (embedded or in memory), PostgreSQL or MariaDB,
 * through JDBC and jOOQ, with the tables kept up to date by Flyway.
 *
 * <p>Three ways to make one:
 *
 * <ul>
 *   <li>{@link #create(DataSource)}: over the host application's pool, which the host keeps and
 *       closes; with {@link #create(DataSource, JdbcStorageOptions, HostTransactions)} it also
 *       joins the host's own transactions on that pool, and with {@link #create(DataSource,
 *       DataSource, JdbcStorageOptions)} it reads from a read replica (both below);
 *   <li>{@link #connect(String, String, String)}: with a HikariCP pool of its own, closed by {@link
 *       #close()};
 *   <li>{@link #embedded(Path)}: an H2 database in a file, with a pool of its own.
 * </ul>
 *
 * <p><b>Dependencies.</b> This module brings jOOQ, Flyway's core and SLF4J's API. What a host needs
 * beyond them depends on the database and the factory, and is optional here, so that no host gets
 * what it does not use: the JDBC driver of its database; Flyway's module for it, to migrate
 * PostgreSQL ({@code org.flywaydb:flyway-database-postgresql}) or MariaDB ({@code
 * org.flywaydb:flyway-mysql}); and HikariCP ({@code com.zaxxer:HikariCP}) for the pool of {@link
 * #connect} and {@link #embedded}. A factory that needs one that is missing fails at once with an
 * {@link IllegalStateException} whose one-line message names the artifact to add.
 *
 * <p>Each detects the database from a first connection and, unless {@link
 * JdbcStorageOptions#migrate()} is off, migrates the schema before it returns.
 *
 * <p><b>Transactions.</b> {@link #inTransaction} runs the work on one connection: at READ COMMITTED
 * when it writes; read-only and on one snapshot in {@link TransactionMode#READ_ONLY} (REPEATABLE
 * READ on PostgreSQL and MariaDB, SERIALIZABLE on H2), so that the several statements of a report
 * agree while writers run; and commits when the work returns or rolls back when it throws,
 * rethrowing what it threw. A store call reads an aggregate, or a page of them, in one statement,
 * so it never sees another transaction half-written. Updates and deletes check the version in the
 * {@code UPDATE}/{@code DELETE} itself, so of two writers that read the same version one gets a
 * {@link org.coopkit.error.ConflictException}.
 *
 * <p><b>Read, then write.</b> At READ COMMITTED a plain read does not wait for a writer that holds
 * the row: it returns the state that writer is replacing, and a versioned write based on it fails
 * with a {@link org.coopkit.error.ConflictException} once the writer commits. That is right when
 * the caller named the version it read; it is wrong for a change that takes whatever is stored. So
 * a read made to be written back ({@link org.coopkit.spi.AggregateStore#getForUpdate}, which every
 * service uses before it changes an aggregate) locks the row ({@code SELECT … FOR NO KEY UPDATE} on
 * PostgreSQL, {@code FOR UPDATE} on H2 and MariaDB): it waits for the holder, reads what it
 * committed, and keeps the row until this transaction ends. An erasure therefore never fails with a
 * conflict, and a change whose expected version is stale fails before it writes anything.
 *
 * <p>When the database gives up a transaction for a serialization failure or a deadlock, or the
 * connection is lost before the commit, the whole work runs again on another connection, up to
 * {@link JdbcStorageOptions#maxRetries()} times after a short pause; then a retryable {@link
 * StorageUnavailableException} is thrown. The work may so run more than once: keep effects outside
 * the database out of it. A connection lost during the commit is not retried, since the transaction
 * may have been committed: that call fails with a retryable {@link StorageUnavailableException}
 * saying so (a blind retry is still safe: the version checks turn a repeated write into a {@link
 * org.coopkit.error.ConflictException} or a {@link org.coopkit.error.DuplicateException}). A pool
 * that gives no connection within its timeout (pool exhausted, server down) fails the call then,
 * without retries, naming the pool and the wait. Nested transactions on one thread are rejected.
 *
 * <p><b>The host's transactions.</b> Made with {@link #create(DataSource, JdbcStorageOptions,
 * HostTransactions)}, the storage asks its {@link HostTransactions} at the start of each {@link
 * #inTransaction} whether the host has a transaction open on the calling thread. If it has, the
 * work runs once on that transaction's connection: the host commits or rolls back, coopkit's
 * changes with its own; coopkit neither commits, rolls back nor retries, and a failed call is
 * rolled back to a savepoint taken before it. If it has not, the work runs in a transaction of the
 * storage's own, as described above. The Spring Boot starter ({@code coopkit-spring-boot-starter})
 * makes its storage this way, over Spring's transactions.
 *
 * <p><b>A read replica.</b> Made with {@link #create(DataSource, DataSource, JdbcStorageOptions)},
 * the storage runs each read-only transaction of its own ({@link TransactionMode#READ_ONLY}: the
 * reads of coopkit's services and {@link org.coopkit.Coopkit#inReadOnlyTransaction}) on the
 * replica, and every read-write one on the primary, with the same retries on either. A read made
 * inside a read-write unit of work joins that unit, and so reads the primary, its own writes
 * included. The replica is as stale as its lag: <em>a read right after a write may not see the
 * write</em> (see that factory). The migration runs on the primary only.
 *
 * <p><b>References.</b> Foreign keys check references when a row is written: within one
 * transaction, write an aggregate after those it refers to (coopkit's services always do).
 *
 * <p><b>Logging</b> (SLF4J, logger {@code org.coopkit.storage.jdbc.JdbcStorage}): at info, a pool
 * started or closed and the database it reaches (name and version), the schema version before and
 * after a migration with the scripts applied, and a read replica with its database and schema
 * version; at debug, each retry of a transaction with its SQLState and attempt number. Never a
 * password, a row's values or a driver's message.
 *
 * <p>Thread-safe: any number of threads may call {@link #inTransaction} at once, each on its own
 * connection.
 *
 * @since 0.1.0
 */
public final class JdbcStorage implements Storage {
  private static final Logger LOG = LoggerFactory.getLogger(JdbcStorage.class);

  /** The H2 user of {@link #embedded(Path)}. */
  static final String EMBEDDED_USER = "sa";

  private final @Nullable HikariDataSource ownPool;
  private final SQLDialect dialect;
  private final JdbcStorageOptions options;
  private final String description;
  private final DataSource dataSource;
  private final @Nullable ReadReplica replica;
  private final TransactionRunner transactions;
  private final BulkInsert bulk;

  private JdbcStorage(
      DataSource dataSource,
      @Nullable HikariDataSource ownPool,
      SQLDialect dialect,
      JdbcStorageOptions options,
      String description,
      @Nullable ReadReplica replica,
      @Nullable HostTransactions host) {
    this.dataSource = dataSource;
    this.ownPool = ownPool;
    this.dialect = dialect;
    this.options = options;
    this.description = description;
    this.replica = replica;
    this.transactions =
        new TransactionRunner(dataSource, ownPool, dialect, options, description, replica, host);
    this.bulk = new BulkInsert(transactions, options.bulkChunkSize());
  }

  /**
   * A storage over the host's pool, with {@link JdbcStorageOptions#DEFAULT} options.
   *
   * @param dataSource the host's pool; coopkit borrows connections and never closes it
   * @return a storage on the migrated schema
   * @see #create(DataSource, JdbcStorageOptions)
   */
  public static JdbcStorage create(DataSource dataSource) {
    return create(dataSource, JdbcStorageOptions.DEFAULT);
  }

  /**
   * A storage over the host's pool. The host owns the pool: {@link #close()} leaves it open.
   *
   * <p>Each transaction sets READ COMMITTED (and read-only, for reads) on the connection it borrows
   * and restores what it found; on MariaDB it also raises {@code group_concat_max_len}, which
   * reading needs, and with a {@link JdbcStorageOptions#schema()} it makes that schema the current
   * one. A pool configured as {@link #connect} configures its own saves those statements (see the
   * README).
   *
   * @param dataSource the host's pool; coopkit borrows connections and never closes it
   * @param options the schema, migration, bulk and retry settings
   * @return a storage on the migrated schema
   * @throws StorageUnavailableException if no connection could be had or the migration failed; for
   *     a failed migration the message names the script, the version the schema is at and what to
   *     do, and the exception is not retryable
   * @throws IllegalArgumentException if the database is none of H2, PostgreSQL and MariaDB
   * @throws IllegalStateException if the schema is to be migrated and Flyway's module for the
   *     database is not on the class path; the message names it
   */
  public static JdbcStorage create(DataSource dataSource, JdbcStorageOptions options) {
    return create(dataSource, options, null, List.of());
  }

  /**
   * A storage over the host's pool that joins the host's own transactions: a call made while the
   * host has a transaction open on the calling thread (as {@code hostTransactions} tells) runs
   * inside that transaction, and commits or rolls back with it; a call made outside one runs in a
   * transaction of its own, as with {@link #create(DataSource, JdbcStorageOptions)}.
   *
   * <p>Inside the host's transaction the storage does not begin, commit, roll back or retry it, nor
   * change its isolation: the host decides all of that. A read-write call runs between a savepoint
   * and its release, and rolls back to the savepoint when it fails, so that a call that fails (a
   * {@link org.coopkit.error.DuplicateException}, say) leaves the host's transaction as it was and
   * usable. Contention or a connection lost inside the host's transaction fails the call with a
   * retryable {@link StorageUnavailableException}: run the host's transaction again as a whole. In
   * a host's read-only transaction coopkit reads, and a call that would write fails at once with an
   * {@link IllegalStateException}. Reads there see what the host's isolation shows them: a report
   * sees one snapshot only in a transaction at REPEATABLE READ or above.
   *
   * <p>The host's transactions must be on this same {@code dataSource}, so that the connection of
   * the host's transaction is one of the pool's; with a schema option, each call makes that schema
   * the current one of the connection and puts the previous one back after it.
   *
   * @param dataSource the host's pool; coopkit borrows connections and never closes it
   * @param options the schema, migration, bulk and retry settings (retries apply to the storage's
   *     own transactions only)
   * @param hostTransactions where the host's transaction on the calling thread is found
   * @return a storage on the migrated schema
   * @throws StorageUnavailableException if no connection could be had or the migration failed (see
   *     {@link #create(DataSource, JdbcStorageOptions)})
   * @throws IllegalArgumentException if the database is none of H2, PostgreSQL and MariaDB
   */
  public static JdbcStorage create(
      DataSource dataSource, JdbcStorageOptions options, HostTransactions hostTransactions) {
    requireNonNull(hostTransactions, "hostTransactions");
    return create(dataSource, options, hostTransactions, List.of());
  }

  /**
   * {@link #create(DataSource, JdbcStorageOptions)} with further Flyway locations after coopkit's
   * own, for tests that stage a migration.
   */
  static JdbcStorage create(
      DataSource dataSource, JdbcStorageOptions options, List<String> extraMigrationLocations) {
    return create(dataSource, options, null, extraMigrationLocations);
  }

  private static JdbcStorage create(
      DataSource dataSource,
      JdbcStorageOptions options,
      @Nullable HostTransactions host,
      List<String> extraMigrationLocations) {
    requireNonNull(dataSource, "dataSource");
    requireNonNull(options, "options");
    Server server = Dialects.identify(dataSource);
    String description = describe(dataSource);
    LOG.info("coopkit storage on {}: {}", description, server);
    SchemaMigration.migrate(
        dataSource, server.dialect(), options, description, extraMigrationLocations);
    return new JdbcStorage(dataSource, null, server.dialect(), options, description, null, host);
  }

  /**
   * A storage over the host's pools on a primary and on a read replica of it: each read-only
   * transaction of the storage's own runs on the replica, each read-write one on the primary. The
   * host owns both pools: {@link #close()} leaves them open.
   *
   * <p><b>What runs where.</b> On the replica: every {@link #inTransaction} in {@link
   * TransactionMode#READ_ONLY}, which is every read of coopkit's services made outside a unit of
   * work and every {@link org.coopkit.Coopkit#inReadOnlyTransaction}; a connection lost there is
   * retried as on the primary. On the primary: every read-write transaction with all its reads (a
   * service's read made inside a read-write unit of work joins the unit, on its connection), the
   * migration, the bulk inserts, {@link #schemaVersion()}. Apart from their pools the two are set
   * up alike: {@link JdbcStorageOptions#schema()} is made current on both. One replica: to spread
   * reads over several, give a {@code DataSource} that balances them (see the README).
   *
   * <p><b>Staleness.</b> A replica applies the primary's changes after they commit, a moment later,
   * or much later under load: <em>a read on it right after a write may not see the write</em>, and
   * two reads in a row may even come from different moments if the {@code DataSource} balances
   * several replicas. A read-only transaction still sees one consistent snapshot of the replica.
   * Where a read must see what was just written (read back after a change, a check before a write),
   * run it in a read-write unit of work ({@link org.coopkit.Coopkit#inTransaction}), which reads
   * the primary; where staleness is never acceptable, make the storage without a replica.
   *
   * <p><b>Checks at creation.</b> After migrating the primary (unless {@link
   * JdbcStorageOptions#migrate()} is off), the storage reads coopkit's schema version on both, the
   * replica's in a read-only transaction, and requires them equal: a replica that has not yet
   * replayed a migration just applied is refused. Deploy migrations first, or make the storage
   * again once the replica has caught up (the failure is then retryable).
   *
   * <p><b>The host's transactions.</b> This storage joins none: routing a transaction the host
   * manages belongs to the host (in Spring, an {@code AbstractRoutingDataSource} or a {@code
   * LazyConnectionDataSourceProxy} with a read-only data source, over which {@link
   * #create(DataSource, JdbcStorageOptions, HostTransactions)} joins the host's transactions).
   *
   * <p>Why an overload and not options: the replica is a pool the host owns, as the primary is;
   * {@link JdbcStorageOptions} holds settings only, and stays a value with no resources in it.
   *
   * @param primary the host's pool on the primary: every write, the migration; never closed here
   * @param readReplica the host's pool on a read replica of {@code primary}; never closed here
   * @param options the schema, migration, bulk and retry settings, for both
   * @return a storage on the migrated schema that reads from the replica
   * @throws StorageUnavailableException if either gave no connection or the migration failed (see
   *     {@link #create(DataSource, JdbcStorageOptions)}); or if the replica's schema version is not
   *     the primary's, naming the replica and both versions (retryable when the replica lags
   *     behind)
   * @throws IllegalArgumentException if the database is none of H2, PostgreSQL and MariaDB, or if
   *     the replica is another kind of database than the primary
   * @throws IllegalStateException if the schema is to be migrated and Flyway's module for the
   *     database is not on the class path; the message names it
   * @since 0.2.0
   */
  public static JdbcStorage create(
      DataSource primary, DataSource readReplica, JdbcStorageOptions options) {
    requireNonNull(primary, "primary");
    requireNonNull(readReplica, "readReplica");
    requireNonNull(options, "options");
    Server server = Dialects.identify(primary);
    String description = "the primary (" + describe(primary) + ")";
    LOG.info("coopkit storage on {}: {}", description, server);
    SchemaMigration.migrate(primary, server.dialect(), options, description, List.of());
    ReadReplica replica =
        new ReadReplica(readReplica, "the read replica (" + describe(readReplica) + ")");
    Server replicaServer = replica.requireSameDatabase(server);
    JdbcStorage storage =
        new JdbcStorage(primary, null, server.dialect(), options, description, replica, null);
    String version = storage.requireReplicaSchema();
    LOG.info(
        "coopkit storage reads on {}: {}, schema at version {}",
        replica.description(),
        replicaServer,
        version);
    return storage;
  }

  /**
   * A storage with a pool of its own, with {@link JdbcStorageOptions#DEFAULT} options.
   *
   * @param jdbcUrl a {@code jdbc:h2:}, {@code jdbc:postgresql:} or {@code jdbc:mariadb:} URL
   * @param user the user, or {@code null} when the URL names it
   * @param password the password, or {@code null}; it appears in no message
   * @return a storage that owns its pool; close it when done
   * @see #connect(String, String, String, JdbcStorageOptions)
   */
  public static JdbcStorage connect(
      String jdbcUrl, @Nullable String user, @Nullable String password) {
    return connect(jdbcUrl, user, password, JdbcStorageOptions.DEFAULT);
  }

  /**
   * A storage with a HikariCP pool of its own (10 connections named {@code coopkit-<n>}; sessions
   * in UTC at READ COMMITTED; a connection waited for at most 3 seconds), closed by {@link
   * #close()}. HikariCP ({@code com.zaxxer:HikariCP}) and the JDBC driver of the database must be
   * on the class path: {@code com.h2database:h2}, {@code org.postgresql:postgresql} or {@code
   * org.mariadb.jdbc:mariadb-java-client}; to migrate PostgreSQL or MariaDB, Flyway's module for it
   * too (see the class comment).
   *
   * @param jdbcUrl a {@code jdbc:h2:}, {@code jdbc:postgresql:} or {@code jdbc:mariadb:} URL
   * @param user the user, or {@code null} when the URL names it
   * @param password the password, or {@code null}; it appears in no message
   * @param options the schema, migration, bulk and retry settings
   * @return a storage that owns its pool; close it when done
   * @throws StorageUnavailableException if the server does not answer or the migration failed (see
   *     {@link #create(DataSource, JdbcStorageOptions)})
   * @throws IllegalArgumentException if the URL is for another database
   * @throws IllegalStateException if HikariCP, the driver or (to migrate) Flyway's module for the
   *     database is not on the class path; the message names the artifacts to add
   */
  public static JdbcStorage connect(
      String jdbcUrl,
      @Nullable String user,
      @Nullable String password,
      JdbcStorageOptions options) {
    requireNonNull(jdbcUrl, "jdbcUrl");
    requireNonNull(options, "options");
    OptionalDependencies.requirePool("JdbcStorage.connect", jdbcUrl);
    String schema = options.schema();
    if (schema != null && options.migrate()) {
      // The schema may not exist before the migration makes it, and MariaDB cannot start a
      // session in a missing database: migrate first, then pool connections that start in it.
      // Flyway holds one connection for its history table's lock while it migrates on another.
      try (HikariDataSource first = Pools.open(jdbcUrl, user, password, null, 2)) {
        LOG.debug("Opened {} to migrate schema {}", describe(first), schema);
        SchemaMigration.migrate(first, Dialects.detect(first), options, describe(first), List.of());
      }
    }
    HikariDataSource pool =
        Pools.open(jdbcUrl, user, password, schema, Pools.DEFAULT_MAXIMUM_POOL_SIZE);
    String description = describe(pool);
    try {
      Server server = Dialects.identify(pool);
      LOG.info(
          "Started {}: {}, at most {} connections, each waited for at most {} ms",
          description,
          server,
          pool.getMaximumPoolSize(),
          pool.getConnectionTimeout());
      if (schema == null) {
        SchemaMigration.migrate(pool, server.dialect(), options, description, List.of());
      }
      return new JdbcStorage(pool, pool, server.dialect(), options, description, null, null);
    } catch (RuntimeException | Error e) {
      pool.close();
      LOG.info("Closed {}: the storage could not be made", description);
      throw e;
    }
  }

  /**
   * An embedded H2 database in a file, with {@link JdbcStorageOptions#DEFAULT} options.
   *
   * @param file the database file, without H2's {@code .mv.db} suffix
   * @return a storage that owns its pool; close it when done
   * @see #embedded(Path, JdbcStorageOptions)
   */
  public static JdbcStorage embedded(Path file) {
    return embedded(file, JdbcStorageOptions.DEFAULT);
  }

  /**
   * An embedded H2 database in a file, with a pool of its own; {@link #close()} closes the pool and
   * with it the database. H2 adds {@code .mv.db} to the name (given with it, the suffix is not
   * doubled); the parent folders must exist. Only this process may open the file at a time. Needs
   * {@code com.h2database:h2} and {@code com.zaxxer:HikariCP} on the class path.
   *
   * @param file the database file, without H2's {@code .mv.db} suffix
   * @param options the schema, migration, bulk and retry settings
   * @return a storage that owns its pool; close it when done
   * @throws StorageUnavailableException if the file cannot be opened (in use by another process,
   *     say) or the migration failed
   * @throws IllegalStateException if H2 or HikariCP is not on the class path; the message names the
   *     artifacts to add
   */
  public static JdbcStorage embedded(Path file, JdbcStorageOptions options) {
    requireNonNull(file, "file");
    requireNonNull(options, "options");
    String url = embeddedUrl(file);
    OptionalDependencies.requirePool("JdbcStorage.embedded", url);
    return connect(url, EMBEDDED_USER, "", options);
  }

  /** The JDBC URL {@link #embedded} connects to. */
  static String embeddedUrl(Path file) {
    String path = file.toAbsolutePath().normalize().toString();
    if (path.endsWith(".mv.db")) {
      path = path.substring(0, path.length() - ".mv.db".length());
    }
    return "jdbc:h2:file:" + path + ";AUTO_SERVER=FALSE";
  }

  /** The detected database, as a jOOQ dialect; for tests. */
  SQLDialect dialect() {
    return dialect;
  }

  /**
   * The options this storage was made with.
   *
   * @return the options this storage was made with
   */
  public JdbcStorageOptions options() {
    return options;
  }

  /**
   * The version of coopkit's schema in the database, read now from its history table: that of the
   * last migration applied with success, such as {@code "2"}; {@code "0"} for a schema that was
   * only baselined, {@code "none"} for one that holds no migration. Runs in a read-only
   * transaction, so it also tells that the database answers (a health check can use it). With a
   * read replica, it reads the primary; {@link #validateSchema()} checks the replica too.
   *
   * @return the schema's version
   * @throws StorageUnavailableException if the database could not be reached or the history table
   *     read
   */
  public String schemaVersion() {
    return transactions.readPrimary(JdbcStorage::schemaVersionIn);
  }

  /**
   * Checks that the read replica serves the primary's schema version; returns that version.
   *
   * @throws StorageUnavailableException if it does not, or either could not be read
   */
  private String requireReplicaSchema() {
    String expected = schemaVersion();
    if (replica != null) {
      replica.requireSchemaVersion(
          expected,
          () -> transactions.run(TransactionMode.READ_ONLY, JdbcStorage::schemaVersionIn),
          dialect);
    }
    return expected;
  }

  private static String schemaVersionIn(StorageSession session) {
    return SchemaMigration.version(((JdbcSession) session).transaction());
  }

  /**
   * Checks, without changing anything, that coopkit's schema is the one this coopkit needs: every
   * migration it ships applied, none marked failed, none changed since it ran. For a storage made
   * with {@link JdbcStorageOptions#migrate()} off, on a schema that is migrated at deploy time.
   * With a read replica, it then checks, read-only, that the replica's schema is at the primary's
   * version.
   *
   * @throws StorageUnavailableException if it is not, naming the first migration missing, the one
   *     failed or the ones changed, the schema's version and what to do (not retryable); or if the
   *     database could not be reached (retryable); with a read replica, if the replica's version is
   *     not the primary's (retryable when it lags behind) or could not be read
   */
  public void validateSchema() {
    SchemaMigration.validate(dataSource, dialect, options, description);
    requireReplicaSchema();
  }

  /**
   * {@inheritDoc}
   *
   * <p>The work runs again after contention or a connection lost before the commit, up to {@link
   * JdbcStorageOptions#maxRetries()} times (see the class comment).
   *
   * @throws StorageUnavailableException retryable when the retries are used up, when the pool gives
   *     no connection within its timeout, or when the connection broke during the commit (then the
   *     message says the outcome is unknown); not retryable when this storage or its pool is
   *     closed, before or during the call
   * @throws IllegalStateException if this thread is in a transaction of this storage already
   */
  @Override
  public <T> T inTransaction(TransactionMode mode, TransactionalWork<T> work) {
    requireNonNull(mode, "mode");
    requireNonNull(work, "work");
    return transactions.run(mode, work);
  }

  /**
   * Inserts many events at once, in transactions of {@link JdbcStorageOptions#bulkChunkSize()}
   * events, each written in a few multi-row {@code INSERT}s per table.
   *
   * <p>The events are stored exactly as given: they bypass coopkit's services, so the caller sets
   * version (at least 1) and timestamps, and sees to the rules the services check (the model
   * checked the rest when the events were built). Bypassing the services, they are not recorded in
   * the change history nor in the change feed ({@link org.coopkit.Coopkit#history()}). References
   * are checked by the database's foreign keys: an unknown project, component or organiser fails
   * the chunk that holds it with a {@link BrokenReferenceException} whose path names the event's
   * index in {@code events}, e.g. {@code events[1234].projects}. Chunks before the failing one stay
   * committed; the method returns only when all are.
   *
   * @return how many events were inserted, {@code events.size()}
   * @param events new events, each valid and referring to stored projects and organisations
   * @throws BrokenReferenceException for a reference to nothing; chunks before stay committed
   * @throws org.coopkit.error.DuplicateException if an id is taken (or given twice)
   * @throws IllegalArgumentException if an event's version is below 1
   * @throws StorageUnavailableException if the database failed
   */
  public int insertEvents(List<Event> events) {
    return bulk.insert(
        events,
        "events",
        Event::version,
        (session, chunk) -> session.events().insertInBulk(chunk),
        BulkReferences::ofEvent);
  }

  /**
   * Inserts many contacts at once, as {@link #insertEvents} does events: in transactions of {@link
   * JdbcStorageOptions#bulkChunkSize()}, stored as given (version at least 1, timestamps set by the
   * caller), references (employer, roles' projects and organisations) checked by the foreign keys,
   * chunks before a failing one committed. Not recorded in the change history nor in the change
   * feed.
   *
   * @return how many contacts were inserted
   * @param contacts new contacts, each valid and referring to stored projects and organisations
   * @throws BrokenReferenceException for a reference to nothing, e.g. {@code
   *     contacts[7].roles.project}
   */
  public int insertContacts(List<Contact> contacts) {
    return bulk.insert(
        contacts,
        "contacts",
        Contact::version,
        (session, chunk) -> session.contacts().insertAll(chunk),
        BulkReferences::ofContact);
  }

  /**
   * Closes the pool this storage made; leaves a host's pools (a read replica's among them) open.
   * Later calls fail.
   */
  @Override
  public void close() {
    transactions.close();
    if (ownPool != null && !ownPool.isClosed()) {
      ownPool.close();
      LOG.info("Closed {}", description);
    }
  }

  @Override
  public String toString() {
    return "JdbcStorage["
        + dialect.getName()
        + ", "
        + description
        + (replica == null ? "" : ", reads on " + replica.description())
        + "]";
  }

  /** How a pool is named in messages: its name and URL, never a password. */
  private static String describe(DataSource dataSource) {
    // Without HikariCP on the class path the host's pool is another, and the type is not there.
    if (OptionalDependencies.hikariPresent() && dataSource instanceof HikariDataSource hikari) {
      String url = hikari.getJdbcUrl();
      return "pool " + hikari.getPoolName() + (url == null ? "" : " on " + JdbcUrls.redact(url));
    }
    return "the application's " + dataSource.getClass().getSimpleName();
  }
}
