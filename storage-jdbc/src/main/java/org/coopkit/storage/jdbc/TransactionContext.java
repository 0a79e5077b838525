package org.coopkit.storage.jdbc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.coopkit.error.BrokenReferenceException;
import org.coopkit.error.DuplicateException;
import org.coopkit.error.StillReferencedException;
import org.coopkit.error.StorageUnavailableException;
import org.coopkit.storage.jdbc.Failures.Failure;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
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
    if (!open) {
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
   * What to tell the caller about a write that failed: the facts of the failure the store knows and
   * the database may not say.
   */
  interface WriteFacts {
    /** The value of the unique {@code field} written, e.g. the id or code, if known. */
    default @Nullable String uniqueValue(String field) {
      return null;
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
   * BrokenReferenceException}, {@link StillReferencedException}, else {@link
   * StorageUnavailableException} (retryable for contention and lost connections, so that {@link
   * JdbcStorage#inTransaction} retries contention).
   */
  RuntimeException translate(RuntimeException failure, WriteFacts context) {
    Failure f = Failures.of(failure, dialect);
    Constraint c = f.constraint();
    switch (f.problem()) {
      case UNIQUE -> {
        if (c != null && c.unique()) {
          // The statement's own aggregate tells the value best; PostgreSQL's detail field tells
          // it in bulk. H2's and MariaDB's message, read last, only where neither can.
          String value = context.uniqueValue(c.field());
          if (value == null) {
            value = f.value();
          }
          return new DuplicateException(c.field(), value != null ? value : "(unknown)");
        }
      }
      case MISSING_TARGET -> {
        if (c != null && !c.unique()) {
          String target = null;
          if (dialect.family() != SQLDialect.POSTGRES) {
            // The aggregate's references, looked up: H2's and MariaDB's transactions are still
            // usable after the failure, and MariaDB does not name the key at all.
            target = context.missingTarget(c);
          }
          if (target == null) {
            target = f.value();
          }
          return new BrokenReferenceException(
              c.field(), c.targetKind(), target != null ? target : "(unknown)");
        }
      }
      case STILL_REFERENCED -> {
        if (c != null && !c.unique()) {
          String id = context.referencedId(c);
          if (id == null) {
            id = f.value();
          }
          return new StillReferencedException(
              c.targetKind(), id != null ? id : "(unknown)", c.referencedBy());
        }
      }
      default -> {}
    }
    return unavailable(failure, f, store);
  }

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

  /** Translates any failure of a read: reads fail only for the database's reasons. */
  RuntimeException translateRead(RuntimeException failure) {
    if (failure instanceof IllegalStateException
        || failure instanceof IllegalArgumentException
        || failure instanceof org.coopkit.error.CoopkitException) {
      return failure;
    }
    return unavailable(failure, Failures.of(failure, dialect), store);
  }
}
