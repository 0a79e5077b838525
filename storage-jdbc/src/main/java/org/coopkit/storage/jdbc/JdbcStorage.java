package org.coopkit.storage.jdbc;

import static java.util.Objects.requireNonNull;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javax.sql.DataSource;
import org.coopkit.error.BrokenReferenceException;
import org.coopkit.error.StorageUnavailableException;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.event.Event;
import org.coopkit.spi.Storage;
import org.coopkit.spi.TransactionMode;
import org.coopkit.spi.TransactionalWork;
import org.coopkit.storage.jdbc.Failures.Failure;
import org.coopkit.storage.jdbc.Failures.Problem;
import org.coopkit.storage.jdbc.internal.Dialects;
import org.coopkit.storage.jdbc.internal.Dialects.Server;
import org.coopkit.storage.jdbc.internal.JooqSettings;
import org.coopkit.storage.jdbc.internal.Migrations;
import org.coopkit.storage.jdbc.internal.Pools;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
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
 *       closes;
 *   <li>{@link #connect(String, String, String)}: with a HikariCP pool of its own, closed by {@link
 *       #close()};
 *   <li>{@link #embedded(Path)}: an H2 database in a file, with a pool of its own.
 * </ul>
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
 * <p><b>References.</b> Foreign keys check references when a row is written: within one
 * transaction, write an aggregate after those it refers to (coopkit's services always do).
 *
 * <p><b>Logging</b> (SLF4J, logger {@code org.coopkit.storage.jdbc.JdbcStorage}): at info, a pool
 * started or closed and the database it reaches (name and version), and the schema version before
 * and after a migration with the scripts applied; at debug, each retry of a transaction with its
 * SQLState and attempt number. Never a password, a row's values or a driver's message.
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

  /** How long the first retry waits, in milliseconds; each further one doubles it. */
  private static final long BACKOFF_MILLIS = 10;

  /** The group_concat_max_len a MariaDB session needs for jOOQ's MULTISET emulation. */
  private static final String MARIADB_SESSION = "SET SESSION group_concat_max_len = 1073741824";

  private final DataSource dataSource;
  private final @Nullable HikariDataSource ownPool;
  private final SQLDialect dialect;
  private final JdbcStorageOptions options;
  private final String description;
  private final Settings settings = JooqSettings.settings();
  private final ThreadLocal<Boolean> inTransaction = ThreadLocal.withInitial(() -> false);
  private volatile boolean closed;

  private JdbcStorage(
      DataSource dataSource,
      @Nullable HikariDataSource ownPool,
      SQLDialect dialect,
      JdbcStorageOptions options,
      String description) {
    this.dataSource = dataSource;
    this.ownPool = ownPool;
    this.dialect = dialect;
    this.options = options;
    this.description = description;
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
   */
  public static JdbcStorage create(DataSource dataSource, JdbcStorageOptions options) {
    return create(dataSource, options, List.of());
  }

  /**
   * {@link #create(DataSource, JdbcStorageOptions)} with further Flyway locations after coopkit's
   * own, for tests that stage a migration.
   */
  static JdbcStorage create(
      DataSource dataSource, JdbcStorageOptions options, List<String> extraMigrationLocations) {
    requireNonNull(dataSource, "dataSource");
    requireNonNull(options, "options");
    Server server = Dialects.identify(dataSource);
    String description = describe(dataSource);
    LOG.info("coopkit storage on {}: {}", description, server);
    migrate(dataSource, server.dialect(), options, description, extraMigrationLocations);
    return new JdbcStorage(dataSource, null, server.dialect(), options, description);
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
   * #close()}. The JDBC driver of the database must be on the class path: H2 always is; add {@code
   * org.postgresql:postgresql} or {@code org.mariadb.jdbc:mariadb-java-client}.
   *
   * @param jdbcUrl a {@code jdbc:h2:}, {@code jdbc:postgresql:} or {@code jdbc:mariadb:} URL
   * @param user the user, or {@code null} when the URL names it
   * @param password the password, or {@code null}; it appears in no message
   * @param options the schema, migration, bulk and retry settings
   * @return a storage that owns its pool; close it when done
   * @throws StorageUnavailableException if the server does not answer or the migration failed (see
   *     {@link #create(DataSource, JdbcStorageOptions)})
   * @throws IllegalArgumentException if the URL is for another database
   * @throws IllegalStateException if the driver is missing
   */
  public static JdbcStorage connect(
      String jdbcUrl,
      @Nullable String user,
      @Nullable String password,
      JdbcStorageOptions options) {
    requireNonNull(jdbcUrl, "jdbcUrl");
    requireNonNull(options, "options");
    String schema = options.schema();
    if (schema != null && options.migrate()) {
      // The schema may not exist before the migration makes it, and MariaDB cannot start a
      // session in a missing database: migrate first, then pool connections that start in it.
      // Flyway holds one connection for its history table's lock while it migrates on another.
      try (HikariDataSource first = Pools.open(jdbcUrl, user, password, null, 2)) {
        LOG.debug("Opened {} to migrate schema {}", describe(first), schema);
        migrate(first, Dialects.detect(first), options, describe(first), List.of());
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
        migrate(pool, server.dialect(), options, description, List.of());
      }
      return new JdbcStorage(pool, pool, server.dialect(), options, description);
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
   * doubled); the parent folders must exist. Only this process may open the file at a time.
   *
   * @param file the database file, without H2's {@code .mv.db} suffix
   * @param options the schema, migration, bulk and retry settings
   * @return a storage that owns its pool; close it when done
   * @throws StorageUnavailableException if the file cannot be opened (in use by another process,
   *     say) or the migration failed
   */
  public static JdbcStorage embedded(Path file, JdbcStorageOptions options) {
    requireNonNull(file, "file");
    return connect(embeddedUrl(file), EMBEDDED_USER, "", options);
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
   * {@inheritDoc}
   *
   * <p>The work runs again after contention or a connection lost before the commit, up to {@link
   * JdbcStorageOptions#maxRetries()} times (see the class comment).
   *
   * @throws StorageUnavailableException (retryable) when the retries are used up, when the pool
   *     gives no connection within its timeout, or when the connection broke during the commit
   *     (then the message says the outcome is unknown)
   * @throws IllegalStateException if this thread is in a transaction of this storage already, or
   *     the storage is closed
   */
  @Override
  public <T> T inTransaction(TransactionMode mode, TransactionalWork<T> work) {
    requireNonNull(mode, "mode");
    requireNonNull(work, "work");
    if (closed) {
      throw new IllegalStateException("This JdbcStorage is closed");
    }
    if (inTransaction.get()) {
      throw new IllegalStateException(
          "This thread is in a transaction of this storage already; nested transactions are not "
              + "supported");
    }
    inTransaction.set(true);
    try {
      int attempts = options.maxRetries() + 1;
      for (int attempt = 1; ; attempt++) {
        // Not retried: the pool has waited for a connection already, as long as it was told to.
        Connection connection = connection();
        Throwable failure;
        try {
          return attempt(connection, mode, work);
        } catch (CommitFailed e) {
          Failure f = Failures.of(e.getCause(), dialect);
          if (f.problem() == Problem.CONNECTION) {
            throw commitLost(e, f);
          }
          failure = TransactionContext.unavailable(e.getCause(), f, description);
        } catch (RuntimeException | Error e) {
          failure = e;
        }
        Failure f = Failures.of(failure, dialect);
        Problem problem = f.problem();
        if (problem != Problem.CONTENTION && problem != Problem.CONNECTION) {
          throw sneaky(failure);
        }
        if (attempt >= attempts) {
          throw exhausted(problem, attempt, f, failure);
        }
        LOG.debug(
            "Transaction on {}: attempt {} of {} failed ({}, {}); running it again",
            description,
            attempt,
            attempts,
            problem == Problem.CONTENTION ? "contention" : "lost connection",
            f.code());
        pause(attempt - 1);
      }
    } finally {
      inTransaction.remove();
    }
  }

  /** The failure after the last attempt. */
  private StorageUnavailableException exhausted(
      Problem problem, int attempts, Failure f, Throwable failure) {
    String tries = attempts + (attempts == 1 ? " attempt" : " attempts");
    if (problem == Problem.CONTENTION) {
      return new StorageUnavailableException(
          "The database at "
              + description
              + " gave up the transaction for contention on each of its "
              + tries
              + "; try again later",
          true,
          failure);
    }
    return new StorageUnavailableException(
        "Lost the connection to "
            + description
            + " on each of its "
            + tries
            + " (last: "
            + f.code()
            + "); try again later",
        true,
        failure);
  }

  /** The connection broke during the commit: whether it committed is unknown, so no retry. */
  private StorageUnavailableException commitLost(CommitFailed e, Failure f) {
    StorageUnavailableException lost =
        new StorageUnavailableException(
            "Lost the connection to "
                + description
                + " while committing ("
                + f.code()
                + "): the transaction may or may not have been committed, so it was not run"
                + " again; read back before retrying",
            true,
            e.getCause());
    for (Throwable suppressed : e.getSuppressed()) {
      lost.addSuppressed(suppressed);
    }
    return lost;
  }

  /** Carries a failed commit out of {@link #attempt}, to be told apart from the work's failures. */
  private static final class CommitFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CommitFailed(SQLException cause) {
      super(cause);
    }

    @Override
    public synchronized SQLException getCause() {
      return (SQLException) super.getCause();
    }
  }

  private <T> T attempt(Connection connection, TransactionMode mode, TransactionalWork<T> work) {
    Restore restore = null;
    JdbcSession session = null;
    try {
      restore = prepare(connection, mode);
      TransactionContext sql =
          new TransactionContext(
              DSL.using(connection, dialect, settings),
              mode == TransactionMode.READ_ONLY,
              description);
      session = new JdbcSession(sql);
      T result = work.run(session);
      session.close();
      try {
        connection.commit();
      } catch (SQLException e) {
        throw new CommitFailed(e);
      }
      return result;
    } catch (Throwable failure) {
      if (session != null) {
        session.close();
      }
      rollback(connection, failure);
      if (failure instanceof SQLException sql) {
        throw TransactionContext.unavailable(sql, Failures.of(sql, dialect), description);
      }
      throw sneaky(failure);
    } finally {
      release(connection, restore);
    }
  }

  /** What a transaction changed on a borrowed connection, to put back before returning it. */
  private record Restore(
      boolean autoCommit, @Nullable Integer isolation, boolean readOnly, @Nullable String schema) {}

  /**
   * The isolation a transaction runs at. Writers run at READ COMMITTED, the same on all three
   * databases; their correctness rests on version checks in the UPDATE itself. Readers see one
   * snapshot for the whole transaction, so the several statements of a report agree with each other
   * while writers run: REPEATABLE READ is a snapshot on PostgreSQL and InnoDB, and on H2
   * SERIALIZABLE is, for a reader.
   */
  private int isolationFor(TransactionMode mode) {
    if (mode == TransactionMode.READ_WRITE) {
      return Connection.TRANSACTION_READ_COMMITTED;
    }
    return dialect.family() == SQLDialect.H2
        ? Connection.TRANSACTION_SERIALIZABLE
        : Connection.TRANSACTION_REPEATABLE_READ;
  }

  private Restore prepare(Connection connection, TransactionMode mode) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    int applied = isolationFor(mode);
    // On PostgreSQL the isolation is set for this transaction only (SET TRANSACTION, sent with the
    // BEGIN): setting the session's costs a round trip, and putting it back on return another.
    boolean perTransaction = dialect.family() == SQLDialect.POSTGRES;
    @Nullable Integer previousIsolation = null;
    if (!perTransaction) {
      // A pool of our own starts every connection at READ COMMITTED and resets it on return.
      int current =
          ownPool != null
              ? Connection.TRANSACTION_READ_COMMITTED
              : connection.getTransactionIsolation();
      if (current != applied) {
        connection.setTransactionIsolation(applied);
        previousIsolation = current;
      }
    }
    boolean readOnly = connection.isReadOnly();
    String previousSchema = null;
    String schema = options.schema();
    if (schema != null && ownPool == null) {
      previousSchema = currentSchema(connection);
      if (!schema.equals(previousSchema)) {
        setSchema(connection, schema);
      }
    }
    boolean wantReadOnly = mode == TransactionMode.READ_ONLY;
    if (readOnly != wantReadOnly) {
      connection.setReadOnly(wantReadOnly);
    }
    if (autoCommit) {
      connection.setAutoCommit(false);
    }
    if (perTransaction && (ownPool == null || applied != Connection.TRANSACTION_READ_COMMITTED)) {
      try (Statement statement = connection.createStatement()) {
        statement.execute(
            applied == Connection.TRANSACTION_READ_COMMITTED
                ? "SET TRANSACTION ISOLATION LEVEL READ COMMITTED"
                : "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
      }
    }
    if (ownPool == null && dialect.family() == SQLDialect.MARIADB) {
      try (Statement statement = connection.createStatement()) {
        statement.execute(MARIADB_SESSION);
      }
    }
    return new Restore(autoCommit, previousIsolation, readOnly, previousSchema);
  }

  private void release(Connection connection, @Nullable Restore restore) {
    try {
      // A pool of our own (HikariCP) puts back whatever a borrower changed when it is returned.
      if (restore != null && ownPool == null) {
        if (restore.autoCommit()) {
          connection.setAutoCommit(true);
        }
        if (connection.isReadOnly() != restore.readOnly()) {
          connection.setReadOnly(restore.readOnly());
        }
        if (restore.isolation() != null) {
          connection.setTransactionIsolation(restore.isolation());
        }
        if (restore.schema() != null && !restore.schema().equals(options.schema())) {
          setSchema(connection, restore.schema());
        }
      }
    } catch (SQLException ignored) {
      // The pool checks and resets connections itself; a broken one is discarded there.
    } finally {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // Nothing left to do with a connection that cannot even be returned.
      }
    }
  }

  private @Nullable String currentSchema(Connection connection) throws SQLException {
    return dialect.family() == SQLDialect.MARIADB
        ? connection.getCatalog()
        : connection.getSchema();
  }

  private void setSchema(Connection connection, String schema) throws SQLException {
    if (dialect.family() == SQLDialect.MARIADB) {
      connection.setCatalog(schema);
    } else {
      connection.setSchema(schema);
    }
  }

  private Connection connection() {
    long start = System.nanoTime();
    try {
      return dataSource.getConnection();
    } catch (SQLException e) {
      long waited = (System.nanoTime() - start) / 1_000_000;
      throw new StorageUnavailableException(
          "Could not get a connection from " + description + whyNoConnection(e, waited), true, e);
    }
  }

  /**
   * Why the pool gave no connection, for the message: with HikariCP, how long it waited and whether
   * every connection was in use (an exhausted pool) or the server gave no new one.
   */
  private String whyNoConnection(SQLException e, long waitedMillis) {
    String state = "SQLState " + e.getSQLState();
    if (!(dataSource instanceof HikariDataSource hikari)) {
      return " after " + waitedMillis + " ms (" + state + ")";
    }
    HikariPoolMXBean pool = hikari.getHikariPoolMXBean();
    if (hikari.isClosed() || pool == null) {
      return ": the pool is closed";
    }
    String wait =
        " within its connection timeout of "
            + hikari.getConnectionTimeout()
            + " ms (waited "
            + waitedMillis
            + " ms): ";
    int active = pool.getActiveConnections();
    if (active >= hikari.getMaximumPoolSize()) {
      return wait
          + "all "
          + active
          + " connections were in use and "
          + pool.getThreadsAwaitingConnection()
          + " more callers are waiting; the pool is exhausted (transactions hold connections"
          + " too long, or the pool is too small)";
    }
    return wait + "the database did not give a new connection (" + state + ")";
  }

  private static void rollback(Connection connection, Throwable failure) {
    try {
      connection.rollback();
    } catch (SQLException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  private static void pause(int attempt) {
    long base = BACKOFF_MILLIS << Math.min(attempt, 5);
    try {
      Thread.sleep(base + ThreadLocalRandom.current().nextLong(base));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StorageUnavailableException("Interrupted while waiting to retry", true, e);
    }
  }

  // Bulk inserts.

  /**
   * Inserts many events at once, in transactions of {@link JdbcStorageOptions#bulkChunkSize()}
   * events, each written in a few multi-row {@code INSERT}s per table.
   *
   * <p>The events are stored exactly as given: they bypass coopkit's services, so the caller sets
   * version (at least 1) and timestamps, and sees to the rules the services check (the model
   * checked the rest when the events were built). References are checked by the database's foreign
   * keys: an unknown project, component or organiser fails the chunk that holds it with a {@link
   * BrokenReferenceException} whose path names the event's index in {@code events}, e.g. {@code
   * events[1234].projects}. Chunks before the failing one stay committed; the method returns only
   * when all are.
   *
   * @return how many events were inserted, {@code events.size()}
   * @param events new events, each valid and referring to stored projects and organisations
   * @throws BrokenReferenceException for a reference to nothing; chunks before stay committed
   * @throws org.coopkit.error.DuplicateException if an id is taken (or given twice)
   * @throws IllegalArgumentException if an event's version is below 1
   * @throws StorageUnavailableException if the database failed
   */
  public int insertEvents(List<Event> events) {
    return bulk(
        events,
        "events",
        Event::version,
        (session, chunk) -> session.events().insertAll(chunk),
        BulkReferences::ofEvent);
  }

  /**
   * Inserts many contacts at once, as {@link #insertEvents} does events: in transactions of {@link
   * JdbcStorageOptions#bulkChunkSize()}, stored as given (version at least 1, timestamps set by the
   * caller), references (employer, roles' projects and organisations) checked by the foreign keys,
   * chunks before a failing one committed.
   *
   * @return how many contacts were inserted
   * @param contacts new contacts, each valid and referring to stored projects and organisations
   * @throws BrokenReferenceException for a reference to nothing, e.g. {@code
   *     contacts[7].roles.project}
   */
  public int insertContacts(List<Contact> contacts) {
    return bulk(
        contacts,
        "contacts",
        Contact::version,
        (session, chunk) -> session.contacts().insertAll(chunk),
        BulkReferences::ofContact);
  }

  private <A> int bulk(
      List<A> items,
      String name,
      Function<A, Long> version,
      BiConsumer<JdbcSession, List<A>> insert,
      Function<A, List<BulkReferences.Ref>> references) {
    requireNonNull(items, name);
    for (int i = 0; i < items.size(); i++) {
      if (version.apply(items.get(i)) < 1) {
        throw new IllegalArgumentException(
            name
                + "["
                + i
                + "] has version "
                + version.apply(items.get(i))
                + ": stored aggregates have version 1 or more");
      }
    }
    int done = 0;
    List<A> all = new ArrayList<>(items);
    for (int from = 0; from < all.size(); from += options.bulkChunkSize()) {
      List<A> chunk = all.subList(from, Math.min(all.size(), from + options.bulkChunkSize()));
      try {
        inTransaction(
            TransactionMode.READ_WRITE,
            session -> {
              insert.accept((JdbcSession) session, chunk);
              return null;
            });
      } catch (BrokenReferenceException e) {
        throw BulkReferences.locate(e, name, chunk, from, references);
      }
      done += chunk.size();
    }
    return done;
  }

  /** Closes the pool this storage made; leaves a host's pool open. Later calls fail. */
  @Override
  public void close() {
    closed = true;
    if (ownPool != null && !ownPool.isClosed()) {
      ownPool.close();
      LOG.info("Closed {}", description);
    }
  }

  @Override
  public String toString() {
    return "JdbcStorage[" + dialect.getName() + ", " + description + "]";
  }

  // Set-up.

  private static void migrate(
      DataSource dataSource,
      SQLDialect dialect,
      JdbcStorageOptions options,
      String description,
      List<String> extraLocations) {
    String where = description + (options.schema() == null ? "" : ", schema " + options.schema());
    if (!options.migrate()) {
      LOG.info("Not migrating coopkit's schema at {}: migrate is off", where);
      return;
    }
    Migrations.Outcome outcome;
    try {
      outcome = Migrations.apply(dataSource, dialect, options.schema(), extraLocations);
    } catch (FlywayException e) {
      throw migrationFailed(e, dataSource, dialect, options, where, extraLocations);
    }
    if (!outcome.failed().isEmpty()) {
      // Flyway passes a failed script it does not know (one of a newer coopkit, say) with a
      // warning; the schema may hold half of it, so coopkit does not run on it.
      throw new StorageUnavailableException(
          "Could not migrate coopkit's schema at "
              + where
              + ": "
              + markedFailed(outcome.failed(), "", outcome.versionAfter(), dialect),
          false,
          null);
    }
    if (outcome.applied().isEmpty()) {
      LOG.info(
          "coopkit's schema at {} is up to date, at version {}", where, outcome.versionAfter());
    } else {
      LOG.info(
          "Migrated coopkit's schema at {} from version {} to {}, applying {}",
          where,
          outcome.versionBefore(),
          outcome.versionAfter(),
          String.join(", ", outcome.applied()));
    }
  }

  /**
   * The failure of a migration, told from what Flyway's history says afterwards: which script
   * failed, the version the schema is at, and what to do. Never the driver's message: the cause
   * keeps it.
   */
  private static StorageUnavailableException migrationFailed(
      FlywayException e,
      DataSource dataSource,
      SQLDialect dialect,
      JdbcStorageOptions options,
      String where,
      List<String> extraLocations) {
    String prefix = "Could not migrate coopkit's schema at " + where + ": ";
    Failure f = Failures.of(e, dialect);
    String code = f.sqlState().equals("?") ? "" : " (" + f.code() + ")";
    if (f.problem() == Problem.CONNECTION) {
      return new StorageUnavailableException(prefix + "lost the connection" + code, true, e);
    }
    Migrations.History history;
    try {
      history = Migrations.history(dataSource, dialect, options.schema(), extraLocations);
    } catch (RuntimeException unreadable) {
      e.addSuppressed(unreadable);
      return new StorageUnavailableException(
          prefix
              + e.getClass().getSimpleName()
              + code
              + ", and the history table "
              + Migrations.HISTORY_TABLE
              + " could not be read; see the cause",
          false,
          e);
    }
    if (!history.failed().isEmpty()) {
      return new StorageUnavailableException(
          prefix + markedFailed(history.failed(), code, history.currentVersion(), dialect),
          false,
          e);
    }
    if (history.firstPending() != null && !(e instanceof FlywayValidateException)) {
      return new StorageUnavailableException(
          prefix
              + "migration "
              + history.firstPending()
              + " failed"
              + code
              + " and was rolled back; the schema stays at version "
              + history.currentVersion()
              + ". Fix the cause (this exception's cause holds the database's error), then start"
              + " again",
          false,
          e);
    }
    return new StorageUnavailableException(
        prefix
            + e.getClass().getSimpleName()
            + code
            + " with the schema at version "
            + history.currentVersion()
            + "; see the cause",
        false,
        e);
  }

  /** What to say of scripts the history marks failed, and what to do about them. */
  private static String markedFailed(
      List<String> failed, String code, String version, SQLDialect dialect) {
    return "the history table "
        + Migrations.HISTORY_TABLE
        + " marks migration "
        + String.join(", ", failed)
        + " failed"
        + code
        + "; the schema is at version "
        + version
        + ". "
        + dialect.getName()
        + " cannot roll back DDL, so what the script changed before it failed is still there:"
        + " undo it by hand (or restore a backup), run Flyway repair on "
        + Migrations.HISTORY_TABLE
        + ", then start again";
  }

  /** How a pool is named in messages: its name and URL, never a password. */
  private static String describe(DataSource dataSource) {
    if (dataSource instanceof HikariDataSource hikari) {
      String url = hikari.getJdbcUrl();
      return "pool " + hikari.getPoolName() + (url == null ? "" : " on " + Pools.redact(url));
    }
    return "the application's " + dataSource.getClass().getSimpleName();
  }

  @SuppressWarnings("unchecked")
  private static <E extends Throwable> RuntimeException sneaky(Throwable failure) throws E {
    throw (E) failure;
  }
}
