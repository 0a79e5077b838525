package org.coopkit.storage.jdbc;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.RecordMapper;
import org.jooq.ResultQuery;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jspecify.annotations.Nullable;

/**
 * The tables of one kind of aggregate and the statements every store runs on them alike: a read of
 * one aggregate (its row and its lists in one statement), the same after locking its row, which of
 * some ids are stored, an insert of its rows, an update of its own row at the version the caller
 * read that replaces its child rows, and a delete at that version. Reads fail only for the
 * database's reasons; a failed write is classified by {@link TransactionContext#translate} from the
 * database's SQLState and constraint name, with what the store's {@link
 * TransactionContext.WriteFacts} can tell about the aggregate.
 *
 * @param <A> the aggregate
 * @param <I> its typed id
 */
final class AggregateTables<A, I> {
  private final VersionedRows.OwnRow own;
  private final List<SelectField<?>> select;
  private final RecordMapper<Record, A> reader;
  private final Function<Collection<A>, List<TableRows>> rows;
  private final Map<Table<?>, Field<String>> children;
  private final Function<UUID, I> idOf;
  private final Function<I, UUID> uuidOf;

  /**
   * @param own the aggregate's own row: kind, table, id and version columns
   * @param select the columns of a read: the own row's and each list's
   * @param reader the aggregate of a row read by {@code select}
   * @param rows the rows aggregates are written as, the own rows first
   * @param children each child table an update replaces, with its column naming the aggregate
   * @param idOf the typed id of a UUID
   * @param uuidOf the UUID of a typed id
   */
  AggregateTables(
      VersionedRows.OwnRow own,
      List<SelectField<?>> select,
      RecordMapper<Record, A> reader,
      Function<Collection<A>, List<TableRows>> rows,
      Map<Table<?>, Field<String>> children,
      Function<UUID, I> idOf,
      Function<I, UUID> uuidOf) {
    this.own = own;
    this.select = select;
    this.reader = reader;
    this.rows = rows;
    this.children = children;
    this.idOf = idOf;
    this.uuidOf = uuidOf;
  }

  /** The aggregate of {@code id}, if stored. */
  Optional<A> get(TransactionContext transaction, I id) {
    return one(transaction, own.idField().eq(key(id)));
  }

  /** The one aggregate whose own row meets {@code condition}, if any. */
  Optional<A> one(TransactionContext transaction, Condition condition) {
    try {
      return transaction
          .read()
          .select(select)
          .from(own.table())
          .where(condition)
          .fetchOptional(reader);
    } catch (RuntimeException e) {
      throw transaction.translateRead(e);
    }
  }

  /** As {@link #get}, after locking the aggregate's row ({@link TransactionContext#lockRow}). */
  Optional<A> getForUpdate(TransactionContext transaction, I id) {
    try {
      transaction.lockRow(own.table(), own.idField(), key(id));
    } catch (RuntimeException e) {
      throw transaction.translateRead(e);
    }
    return get(transaction, id);
  }

  /** Which of {@code ids} are stored. */
  Set<I> existing(TransactionContext transaction, Collection<I> ids) {
    try {
      return transaction
          .existing(own.table(), own.idField(), ids.stream().map(this::key).toList())
          .stream()
          .map(id -> idOf.apply(ColumnValues.uuid(id)))
          .collect(Collectors.toSet());
    } catch (RuntimeException e) {
      throw transaction.translateRead(e);
    }
  }

  /** The aggregates of the rows {@code query} reads, which selects {@link #select}'s columns. */
  List<A> fetch(TransactionContext transaction, Function<DSLContext, ResultQuery<Record>> query) {
    try {
      return query.apply(transaction.read()).fetch(reader);
    } catch (RuntimeException e) {
      throw transaction.translateRead(e);
    }
  }

  /** Inserts the rows of {@code aggregates}, one batch a table ({@link TableRows#insert}). */
  void insert(
      TransactionContext transaction,
      Collection<A> aggregates,
      TransactionContext.WriteFacts facts) {
    write(transaction, facts, dsl -> rows.apply(aggregates).forEach(table -> table.insert(dsl)));
  }

  /**
   * Inserts the rows of {@code aggregates} as a bulk load does ({@link TableRows#insertInBulk}: on
   * PostgreSQL by {@code COPY}).
   */
  void insertInBulk(
      TransactionContext transaction,
      Collection<A> aggregates,
      TransactionContext.WriteFacts facts) {
    write(
        transaction,
        facts,
        dsl -> rows.apply(aggregates).forEach(table -> table.insertInBulk(dsl)));
  }

  /**
   * Writes {@code aggregate} over the version the caller read ({@link
   * VersionedRows.OwnRow#replace}): its own row updated, its child rows replaced.
   */
  void update(
      TransactionContext transaction,
      I id,
      A aggregate,
      long expectedVersion,
      TransactionContext.WriteFacts facts) {
    List<TableRows> written = rows.apply(List.of(aggregate));
    write(transaction, facts, dsl -> own.replace(dsl, key(id), expectedVersion, written, children));
  }

  /** Deletes the aggregate of {@code id} at the version the caller read, its child rows with it. */
  void delete(
      TransactionContext transaction,
      I id,
      long expectedVersion,
      TransactionContext.WriteFacts facts) {
    write(transaction, facts, dsl -> own.delete(dsl, key(id), expectedVersion));
  }

  /** Runs {@code statements} in the transaction, translating their failure with {@code facts}. */
  private static void write(
      TransactionContext transaction,
      TransactionContext.WriteFacts facts,
      Consumer<DSLContext> statements) {
    DSLContext dsl = transaction.write();
    try {
      statements.accept(dsl);
    } catch (DataAccessException e) {
      throw transaction.translate(e, facts);
    }
  }

  /**
   * What a failed delete of {@code id} can tell: that it is the aggregate another row still refers
   * to, where the constraint names this kind as its target.
   */
  TransactionContext.WriteFacts referencedAs(I id) {
    String key = key(id);
    return new TransactionContext.WriteFacts() {
      @Override
      public @Nullable String referencedId(Constraint constraint) {
        return constraint.targetKind().equals(own.kind()) ? key : null;
      }
    };
  }

  /** The id column's value of {@code id}. */
  String key(I id) {
    return ColumnValues.id(uuidOf.apply(id));
  }
}
