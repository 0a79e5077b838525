package org.coopkit.storage.jdbc;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.coopkit.error.BrokenReferenceException;
import org.coopkit.spi.TransactionMode;

/**
 * {@link JdbcStorage#insertEvents} and {@link JdbcStorage#insertContacts}: aggregates stored as
 * given, in transactions of {@link JdbcStorageOptions#bulkChunkSize()}, with a broken reference
 * located at its index in the caller's list. Apart from {@link JdbcStorage} so that the chunking
 * reads on its own; each chunk's rows are written by its store ({@code insertAll}, or for events
 * {@code insertInBulk}, by {@code COPY} on PostgreSQL).
 */
final class BulkInsert {
  private final TransactionRunner transactions;
  private final int chunkSize;

  BulkInsert(TransactionRunner transactions, int chunkSize) {
    this.transactions = transactions;
    this.chunkSize = chunkSize;
  }

  /**
   * Inserts {@code items} chunk by chunk, each in a transaction of its own.
   *
   * @param name how the list is named in messages and paths, e.g. {@code events}
   * @param version each item's version, which must be 1 or more
   * @param insert writes one chunk in a session
   * @param references each item's references, to locate a broken one
   * @return how many were inserted
   */
  <A> int insert(
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
    for (int from = 0; from < all.size(); from += chunkSize) {
      List<A> chunk = all.subList(from, Math.min(all.size(), from + chunkSize));
      try {
        transactions.run(
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
}
