package org.coopkit.storage.memory;

import static java.util.Objects.requireNonNull;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.coopkit.spi.Storage;
import org.coopkit.spi.TransactionMode;
import org.coopkit.spi.TransactionalWork;
import org.jspecify.annotations.Nullable;

/**
 * A fast, thread-safe {@link Storage} that keeps everything in memory: for host applications'
 * tests, demos, and embedded use where the data is loaded at start.
 *
 * <pre>{@code
 * Coopkit coopkit = Coopkit.builder().storage(MemoryStorage.create()).build();
 * }</pre>
 *
 * <p>Transactions: {@link TransactionMode#READ_WRITE} work runs alone, holding the write lock of a
 * read-write lock from start to end; {@link TransactionMode#READ_ONLY} work runs alongside other
 * read-only work under the read lock, and its stores reject writes with an {@link
 * IllegalStateException}. Writes take effect at once, so the work reads its own writes; if the work
 * throws anything, {@link Error}s included, every write is undone, indexes included, and the
 * throwable is rethrown as it was. A transaction started inside another on the same thread, and a
 * {@link org.coopkit.spi.StorageSession} used after its work returned or on another thread, are
 * rejected with an {@link IllegalStateException}.
 *
 * <p>Queries walk sorted indexes (the primary one, or that of the most selective filter) from their
 * cursor, so a page costs about what it returns, not what is stored.
 *
 * <p>The aggregates are immutable and stored as given, without copies.
 *
 * <p>The history of changes is kept too ({@link org.coopkit.spi.HistoryStore}); writers run one at
 * a time, so the feed numbers their changes in the order they commit.
 *
 * @since 0.1.0
 */
public final class MemoryStorage implements Storage {
  // Not fair: fairness costs throughput, and transactions are short.
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(false);
  private final ProjectTable projects = ProjectTable.create();
  private final EventTable events = EventTable.create();
  private final ContactTable contacts = ContactTable.create();
  private final OrganisationTable organisations = OrganisationTable.create();
  private final HistoryTable history = new HistoryTable();
  private final SourceTable sources = SourceTable.create();
  private final ProvenanceTable provenance = new ProvenanceTable();
  private final LogframeTable results = LogframeTable.create();

  private MemoryStorage() {}

  /**
   * Creates an empty store, ready for concurrent use; its data lives as long as the object.
   *
   * @return a new, empty store
   */
  public static MemoryStorage create() {
    return new MemoryStorage();
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalStateException if this thread is in a transaction of this storage already
   */
  @Override
  public <T> T inTransaction(TransactionMode mode, TransactionalWork<T> work) {
    requireNonNull(mode, "mode");
    requireNonNull(work, "work");
    // The lock is reentrant, so a nested transaction would not block but run inside the outer one
    // and escape its rollback; and a read lock cannot be upgraded: refuse instead.
    if (lock.isWriteLockedByCurrentThread() || lock.getReadHoldCount() > 0) {
      throw new IllegalStateException(
          "This thread is in a transaction of this storage already; nested transactions are not "
              + "supported");
    }
    return mode == TransactionMode.READ_ONLY ? read(work) : write(work);
  }

  private <T> T read(TransactionalWork<T> work) {
    Lock readLock = lock.readLock();
    readLock.lock();
    try {
      Session session = session(null);
      try {
        return work.run(session);
      } finally {
        session.close();
      }
    } finally {
      readLock.unlock();
    }
  }

  private <T> T write(TransactionalWork<T> work) {
    Lock writeLock = lock.writeLock();
    writeLock.lock();
    try {
      UndoLog undo = new UndoLog();
      Session session = session(undo);
      try {
        return work.run(session);
      } catch (Throwable failure) {
        undo.rollback(failure);
        throw failure;
      } finally {
        session.close();
      }
    } finally {
      writeLock.unlock();
    }
  }

  /** A session over every table, recording its writes in {@code undo} (none when reading). */
  private Session session(@Nullable UndoLog undo) {
    return new Session(
        projects, events, contacts, organisations, history, sources, provenance, results, undo);
  }

  @Override
  public String toString() {
    return "MemoryStorage";
  }
}
