package org.coopkit.storage.jdbc;

import static org.coopkit.storage.jdbc.internal.schema.Tables.CHANGE_FEED_COUNTER;
import static org.coopkit.storage.jdbc.internal.schema.Tables.CHANGE_FIELD;
import static org.coopkit.storage.jdbc.internal.schema.Tables.CHANGE_HISTORY;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coopkit.history.Change;
import org.coopkit.history.ChangeKind;
import org.coopkit.history.FieldChange;
import org.coopkit.query.Page;
import org.coopkit.spi.HistoryStore;
import org.coopkit.storage.jdbc.internal.schema.tables.records.ChangeFieldRecord;
import org.coopkit.storage.jdbc.internal.schema.tables.records.ChangeHistoryRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep6;
import org.jooq.InsertValuesStep7;
import org.jooq.Result;

/**
 * The history of changes and the change feed, in the tables {@code change_history} (one row per
 * change) and {@code change_field} (one row per field changed), positioned by the one row of {@code
 * change_feed_counter}.
 *
 * <p><b>Why the feed skips nothing.</b> {@link #append} takes its positions by updating the
 * counter's row, as the last write of the transaction: the database holds that row's lock until the
 * transaction commits or rolls back. A concurrent writer that reaches {@link #append} waits there,
 * and gets its positions only once this transaction has ended, so positions follow the order of
 * commits: when a reader sees the change at position {@code p}, every committed change below {@code
 * p} was committed before it and is visible to the reader's (later) statement too. A rolled-back
 * transaction gives its positions back with the counter's update. The price is that writers pass
 * through the end of their transactions one at a time; they hold no other lock that another writer
 * waits for while it holds the counter, since the counter is always taken last.
 */
final class JdbcHistoryStore implements HistoryStore {
  /** The most rows one multi-row INSERT writes, far below every database's bind-value limit. */
  private static final int ROWS_PER_INSERT = 500;

  private final TransactionContext transaction;

  JdbcHistoryStore(TransactionContext transaction) {
    this.transaction = transaction;
  }

  @Override
  public List<Change> append(List<Change> changes) {
    if (changes.isEmpty()) {
      return List.of();
    }
    try {
      DSLContext dsl = transaction.write();
      dsl.update(CHANGE_FEED_COUNTER)
          .set(
              CHANGE_FEED_COUNTER.LAST_POSITION,
              CHANGE_FEED_COUNTER.LAST_POSITION.plus(changes.size()))
          .where(CHANGE_FEED_COUNTER.COUNTER_ID.eq(1))
          .execute();
      long last =
          dsl.select(CHANGE_FEED_COUNTER.LAST_POSITION)
              .from(CHANGE_FEED_COUNTER)
              .where(CHANGE_FEED_COUNTER.COUNTER_ID.eq(1))
              .fetchSingle()
              .value1();
      long next = last - changes.size() + 1;
      List<Change> placed = new ArrayList<>(changes.size());
      for (Change change : changes) {
        placed.add(change.atPosition(next++));
      }
      insertChanges(dsl, placed);
      insertFields(dsl, placed);
      return placed;
    } catch (RuntimeException e) {
      throw transaction.translate(e, new TransactionContext.WriteFacts() {});
    }
  }

  private static void insertChanges(DSLContext dsl, List<Change> changes) {
    for (int from = 0; from < changes.size(); from += ROWS_PER_INSERT) {
      InsertValuesStep7<ChangeHistoryRecord, Long, String, String, Long, String, Long, String>
          insert =
              dsl.insertInto(
                  CHANGE_HISTORY,
                  CHANGE_HISTORY.FEED_POSITION,
                  CHANGE_HISTORY.AGGREGATE_KIND,
                  CHANGE_HISTORY.AGGREGATE_ID,
                  CHANGE_HISTORY.VERSION,
                  CHANGE_HISTORY.CHANGE_KIND,
                  CHANGE_HISTORY.CHANGED_AT,
                  CHANGE_HISTORY.ACTOR);
      for (Change c : changes.subList(from, Math.min(changes.size(), from + ROWS_PER_INSERT))) {
        insert =
            insert.values(
                c.position(),
                c.aggregateKind(),
                c.aggregateId(),
                c.version(),
                c.kind().name(),
                micros(c.at()),
                c.actor());
      }
      insert.execute();
    }
  }

  private static void insertFields(DSLContext dsl, List<Change> changes) {
    List<Object[]> rows = new ArrayList<>();
    for (Change c : changes) {
      for (int i = 0; i < c.fields().size(); i++) {
        FieldChange f = c.fields().get(i);
        rows.add(
            new Object[] {c.position(), i, f.path(), f.oldValue(), f.newValue(), f.personal()});
      }
    }
    for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
      InsertValuesStep6<ChangeFieldRecord, Long, Integer, String, String, String, Boolean> insert =
          dsl.insertInto(
              CHANGE_FIELD,
              CHANGE_FIELD.FEED_POSITION,
              CHANGE_FIELD.POSITION,
              CHANGE_FIELD.FIELD_PATH,
              CHANGE_FIELD.OLD_TEXT,
              CHANGE_FIELD.NEW_TEXT,
              CHANGE_FIELD.PERSONAL);
      for (Object[] r : rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT))) {
        insert =
            insert.values(
                (Long) r[0],
                (Integer) r[1],
                (String) r[2],
                (String) r[3],
                (String) r[4],
                (Boolean) r[5]);
      }
      insert.execute();
    }
  }

  @Override
  public Page<Change> history(
      String aggregateKind, String aggregateId, long afterPosition, int limit) {
    List<Change> found =
        read(
            CHANGE_HISTORY
                .AGGREGATE_ID
                .eq(aggregateId)
                .and(CHANGE_HISTORY.AGGREGATE_KIND.eq(aggregateKind))
                .and(CHANGE_HISTORY.FEED_POSITION.gt(afterPosition)),
            limit + 1);
    if (found.size() <= limit) {
      return Page.last(found);
    }
    List<Change> page = found.subList(0, limit);
    return new Page<>(page, Long.toString(page.get(limit - 1).position()));
  }

  @Override
  public List<Change> after(long afterPosition, int limit) {
    return read(CHANGE_HISTORY.FEED_POSITION.gt(afterPosition), limit);
  }

  @Override
  public void erasePersonalData(String aggregateKind, String aggregateId) {
    try {
      DSLContext dsl = transaction.write();
      var positions =
          dsl.select(CHANGE_HISTORY.FEED_POSITION)
              .from(CHANGE_HISTORY)
              .where(CHANGE_HISTORY.AGGREGATE_ID.eq(aggregateId))
              .and(CHANGE_HISTORY.AGGREGATE_KIND.eq(aggregateKind));
      dsl.update(CHANGE_FIELD)
          .set(CHANGE_FIELD.OLD_TEXT, FieldChange.ERASED)
          .where(CHANGE_FIELD.PERSONAL.isTrue())
          .and(CHANGE_FIELD.OLD_TEXT.isNotNull())
          .and(CHANGE_FIELD.FEED_POSITION.in(positions))
          .execute();
      dsl.update(CHANGE_FIELD)
          .set(CHANGE_FIELD.NEW_TEXT, FieldChange.ERASED)
          .where(CHANGE_FIELD.PERSONAL.isTrue())
          .and(CHANGE_FIELD.NEW_TEXT.isNotNull())
          .and(CHANGE_FIELD.FEED_POSITION.in(positions))
          .execute();
    } catch (RuntimeException e) {
      throw transaction.translate(e, new TransactionContext.WriteFacts() {});
    }
  }

  /**
   * The changes that match {@code where}, by position, at most {@code limit}, with their fields.
   */
  private List<Change> read(Condition where, int limit) {
    try {
      DSLContext dsl = transaction.read();
      Result<ChangeHistoryRecord> rows =
          dsl.selectFrom(CHANGE_HISTORY)
              .where(where)
              .orderBy(CHANGE_HISTORY.FEED_POSITION)
              .limit(limit)
              .fetch();
      if (rows.isEmpty()) {
        return List.of();
      }
      Map<Long, List<FieldChange>> fields = new LinkedHashMap<>();
      rows.forEach(r -> fields.put(r.getFeedPosition(), new ArrayList<>()));
      List<Long> positions = new ArrayList<>(fields.keySet());
      for (int from = 0; from < positions.size(); from += TransactionContext.MAX_IN_LIST) {
        List<Long> chunk =
            positions.subList(
                from, Math.min(positions.size(), from + TransactionContext.MAX_IN_LIST));
        dsl.selectFrom(CHANGE_FIELD)
            .where(CHANGE_FIELD.FEED_POSITION.in(chunk))
            .orderBy(CHANGE_FIELD.FEED_POSITION, CHANGE_FIELD.POSITION)
            .fetch()
            .forEach(
                f ->
                    fields
                        .get(f.getFeedPosition())
                        .add(
                            new FieldChange(
                                f.getFieldPath(),
                                f.getOldText(),
                                f.getNewText(),
                                f.getPersonal())));
      }
      List<Change> changes = new ArrayList<>(rows.size());
      for (ChangeHistoryRecord r : rows) {
        changes.add(
            new Change(
                r.getFeedPosition(),
                r.getAggregateKind(),
                r.getAggregateId().strip(),
                r.getVersion(),
                StoredEnums.valueOf(ChangeKind.class, r.getChangeKind()),
                instant(r.getChangedAt()),
                r.getActor(),
                fields.get(r.getFeedPosition())));
      }
      return changes;
    } catch (RuntimeException e) {
      throw transaction.translateRead(e);
    }
  }

  /** An instant as microseconds since the epoch, as {@code changed_at} keeps it. */
  static long micros(Instant instant) {
    return Math.addExact(
        Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
  }

  /** The instant {@link #micros} gave. */
  static Instant instant(long micros) {
    return Instant.ofEpochSecond(
        Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
  }
}
