package org.coopkit.storage.jdbc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.coopkit.error.BrokenReferenceException;
import org.coopkit.error.CoopkitException;
import org.coopkit.error.DuplicateException;
import org.coopkit.error.StillReferencedException;
import org.coopkit.error.StorageUnavailableException;
import org.coopkit.storage.jdbc.Failures.Failure;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * One transaction's connection as its stores use it: the jOOQ context bound to the connection, the
 * checks that the session may be used here and now (its thread, until its work returns), and the
 * translation of database failures into coopkit's exceptions. One per transaction, so that every
 * store of a session shares the same checks and the same translation.
 */
final class TransactionContext {
  /** The most ids one {@code IN (…)} list holds. */
  static final int MAX_IN_LIST = 1_000;

  private final DSLContext dsl;
  private final SQLDialect dialect;
  private final boolean readOnly;
  private final String store;
  private final Thread owner = Thread.currentThread();
  private boolean open = true;

  /** Whether the session's reads may run once more, for {@link #resolveAfterRollback}. */
  private boolean reopened;

  private @Nullable Deferred deferred;

  /**
   * @param dsl jOOQ bound to the transaction's connection
   * @param readOnly whether the transaction must not write
   * @param store how the storage is named in messages (a pool, a URL, never a password)
   */
  TransactionContext(DSLContext dsl, boolean readOnly, String store) {
    this.dsl = dsl;
    this.dialect = dsl.dialect();
    this.readOnly = readOnly;
    this.store = store;
  }

  SQLDialect dialect() {
    return dialect;
  }

  /** Whether the transaction is read-only: all its statements then see one snapshot. */
  boolean readOnly() {
    return readOnly;
  }

  /** jOOQ, for reading. */
  DSLContext read() {
    checkOpen();
    return dsl;
  }

  /** jOOQ, for writing. @throws IllegalStateException in a read-only transaction */
  DSLContext write() {
    checkOpen();
    if (readOnly) {
      throw new IllegalStateException("A READ_ONLY transaction must not write");
    }
    return dsl;
  }

  /** Ends the session: every later use fails. */
  void close() {
    open = false;
  }

  /**
   * @throws IllegalStateException if the session may not be used here and now
   */
  void checkOpen() {
    if (Thread.currentThread() != owner) {
      throw new IllegalStateException(
          "A StorageSession may be used only by the thread running its transaction");
    }
    if (!open && !reopened) {
      throw new IllegalStateException(
          "A StorageSession may be used only until the work it was handed to returns");
    }
  }

  /**
   * Locks the row of {@code table} whose {@code idField} is {@code id} until the transaction ends,
   * waiting for a writer that holds it; a row that is not there locks nothing. PostgreSQL takes
   * {@code FOR NO KEY UPDATE}, the lock its own UPDATE of non-key columns takes, so that inserts of
   * rows that refer to this one (which take {@code FOR KEY SHARE}) do not wait; H2 and MariaDB take
   * {@code FOR UPDATE}. At READ COMMITTED the statements after it see the row as last committed.
   */
  void lockRow(Table<?> table, Field<String> idField, String id) {
    var select = write().select(idField).from(table).where(idField.eq(id));
    if (dialect.family() == SQLDialect.POSTGRES) {
      select.forNoKeyUpdate().fetch();
    } else {
      select.forUpdate().fetch();
    }
  }

  /** Which of {@code ids} are in {@code table}, asked in lists of at most {@value #MAX_IN_LIST}. */
  Set<String> existing(Table<?> table, Field<String> idField, Collection<String> ids) {
    Set<String> wanted = new LinkedHashSet<>(ids);
    Set<String> found = new HashSet<>();
    List<String> all = new ArrayList<>(wanted);
    for (int from = 0; from < all.size(); from += MAX_IN_LIST) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + MAX_IN_LIST));
      read()
          .select(idField)
          .from(table)
          .where(idField.in(chunk))
          .fetch(idField)
          .forEach(id -> found.add(id.strip()));
    }
    return found;
  }

  /**
   * The first of {@code ids} that {@code table} does not hold, asked in this transaction: how a
   * store names the missing target of a foreign key where the database does not.
   */
  @Nullable String firstMissing(Table<?> table, Field<String> idField, List<String> ids) {
    if (ids.isEmpty()) {
      return null;
    }
    Set<String> found = existing(table, idField, ids);
    return ids.stream().filter(id -> !found.contains(id)).findFirst().orElse(null);
  }

  /**
   * The first of {@code values} that a row of {@code table} holds in {@code column}, among the rows
   * that also meet {@code others}: how a duplicate's value is found among the values a statement
   * wrote. Asked in lists of at most {@value #MAX_IN_LIST}.
   */
  @Nullable String firstHeld(
      Table<?> table, Field<String> column, List<String> values, Condition others) {
    Set<String> held = new HashSet<>();
    List<String> distinct = new ArrayList<>(new LinkedHashSet<>(values));
    for (int from = 0; from < distinct.size(); from += MAX_IN_LIST) {
      List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + MAX_IN_LIST));
      read()
          .select(column)
          .from(table)
          .where(column.in(chunk))
          .and(others)
          .fetch(column)
          .forEach(value -> held.add(value.strip()));
    }
    return values.stream().filter(held::contains).findFirst().orElse(null);
  }

  /**
   * What a failed write can tell the caller that the database does not: the values it wrote, and
   * the answers to the questions {@link ConstraintViolations} asks to name the violated constraint
   * and the value at fault. The methods that read may be called in the transaction (H2, MariaDB,
   * whose transactions survive a failed statement) or right after its rollback (PostgreSQL, which
   * refuses every statement after a failed one).
   */
  interface WriteFacts {
    /**
     * The values the statement wrote under the unique {@code field} (e.g. {@code Event.id}), in the
     * order written; empty if it wrote none or the store does not tell.
     */
    default List<String> uniqueValues(String field) {
      return List.of();
    }

    /**
     * What a row holding one of the values written under {@code unique} must also meet to be
     * another's than the written ones, looked up after the rollback where a statement wrote
     * several: rows the transaction kept (the aggregate's own components, say) are not duplicates.
     */
    default Condition othersUnder(Constraint unique) {
      return DSL.noCondition();
    }

    /** Asks the database which id written under {@code constraint} refers to nothing. */
    default @Nullable String missingTarget(Constraint constraint) {
      return null;
    }

    /** The id of the aggregate (or component) being deleted under {@code constraint}. */
    default @Nullable String referencedId(Constraint constraint) {
      return null;
    }
  }

  /**
   * Translates a failed write into coopkit's exception: {@link DuplicateException}, {@link
   * BrokenReferenceException}, {@link StillReferencedException} ({@link ConstraintViolations} says
   * how), else {@link StorageUnavailableException} (retryable for contention and lost connections,
   * so that {@link JdbcStorage#inTransaction} retries contention).
   */
  RuntimeException translate(RuntimeException failure, WriteFacts context) {
    // A read inside the write that failed with coopkit's own exception (an enum name this version
    // does not know, through jOOQ's converter) arrives wrapped by jOOQ: tell it as it is.
    CoopkitException own = coopkitCause(failure);
    if (own != null) {
      return own;
    }
    Failure f = Failures.of(failure, dialect);
    RuntimeException violation = ConstraintViolations.exception(f, context, this);
    return violation != null ? violation : unavailable(failure, f, store);
  }

  /**
   * Has {@code provisional}, thrown now, replaced by what {@code resolution} makes of it once the
   * transaction (or the savepoint of a joined one) is rolled back: for what only the database can
   * tell and, on PostgreSQL, tells only after the rollback, or what the failed statement's own rows
   * would hide until it.
   */
  void afterRollback(RuntimeException provisional, Supplier<RuntimeException> resolution) {
    deferred = new Deferred(provisional, resolution);
  }

  /**
   * What {@code failure} becomes now that the work's writes are rolled back: the resolution {@link
   * #afterRollback} left for it, run with this session's reads open once more; else {@code
   * failure}. Called by {@link TransactionRunner} right after the rollback.
   */
  Throwable resolveAfterRollback(Throwable failure) {
    Deferred pending = deferred;
    deferred = null;
    if (pending == null || pending.provisional != failure) {
      return failure;
    }
    reopened = true;
    try {
      return pending.resolution.get();
    } catch (RuntimeException e) {
      failure.addSuppressed(e);
      return failure;
    } finally {
      reopened = false;
    }
  }

  /** A resolution waiting for the rollback, for the exception the work was given. */
  private record Deferred(RuntimeException provisional, Supplier<RuntimeException> resolution) {}

  /** The exception for a failure that is not the caller's doing, at {@code store}. */
  static StorageUnavailableException unavailable(Throwable failure, Failure f, String store) {
    return switch (f.problem()) {
      case CONTENTION ->
          new StorageUnavailableException(
              "The database at "
                  + store
                  + " gave up a transaction for contention ("
                  + f.code()
                  + ")",
              true,
              failure);
      case CONNECTION ->
          new StorageUnavailableException(
              "Lost the connection to " + store + " (" + f.code() + ")", true, failure);
      default ->
          new StorageUnavailableException(
              "Unexpected database failure at "
                  + store
                  + " ("
                  + f.problem()
                  + ", "
                  + f.code()
                  + (f.statementTable() == null ? "" : ", table " + f.statementTable())
                  + ")",
              false,
              failure);
    };
  }

  /**
   * Translates any failure of a read: reads fail only for the database's reasons, or for a stored
   * value this version cannot read, which a converter reports as coopkit's own exception (jOOQ
   * wraps it: it is unwrapped here).
   */
  RuntimeException translateRead(RuntimeException failure) {
    if (failure instanceof IllegalStateException
        || failure instanceof IllegalArgumentException
        || failure instanceof CoopkitException) {
      return failure;
    }
    CoopkitException own = coopkitCause(failure);
    return own != null ? own : unavailable(failure, Failures.of(failure, dialect), store);
  }

  /** The first of coopkit's own exceptions among {@code failure}'s causes, or {@code null}. */
  private static @Nullable CoopkitException coopkitCause(RuntimeException failure) {
    Throwable cause = failure.getCause();
    for (int depth = 0; cause != null && depth < 20; depth++) {
      if (cause instanceof CoopkitException coopkit) {
        return coopkit;
      }
      cause = cause.getCause() == cause ? null : cause.getCause();
    }
    return null;
  }
}
