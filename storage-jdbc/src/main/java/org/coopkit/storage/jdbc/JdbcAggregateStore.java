package org.coopkit.storage.jdbc;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.coopkit.spi.AggregateStore;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.RecordMapper;
import org.jooq.ResultQuery;
import org.jooq.SelectField;
import org.jooq.exception.DataAccessException;
import org.jspecify.annotations.Nullable;

/**
 * A store of one kind of aggregate, with the statements every such store runs alike: a read of one
 * aggregate (its row and its lists in one statement), the same after locking its row, which of some
 * ids are stored, an insert of its rows, an update of its own row at the version the caller read
 * that replaces its child rows, and a delete at that version. A store names its tables and says
 * what a failed write can tell ({@link #writeFacts}); its page query is its own.
 *
 * <p>Reads fail only for the database's reasons ({@link TransactionContext#translateRead}); a
 * failed write is classified by {@link TransactionContext#translate} from the database's SQLState
 * and constraint name, with the store's facts about what it wrote.
 *
 * @param <I> the aggregate's typed id
 * @param <A> the aggregate
 * @param <Q> its query
 */
abstract class JdbcAggregateStore<I, A, Q> implements AggregateStore<I, A, Q> {
  /** The transaction the store's statements run in. */
  final TransactionContext transaction;

  private final VersionedRows.OwnRow own;
  private final List<SelectField<?>> select;
  private final RecordMapper<Record, A> reader;
  private final Function<Collection<A>, List<TableRows>> rows;
  private final Function<A, I> aggregateId;
  private final Function<UUID, I> idOf;
  private final Function<I, UUID> uuidOf;

  /**
   * @param transaction the transaction the store's statements run in
   * @param own the aggregate's own row: kind, table, id and version columns
   * @param select the columns of a read: the own row's and each list's
   * @param reader the aggregate of a row read by {@code select}
   * @param rows the rows aggregates are written as: the own rows first, then each child table's,
   *     which an update replaces
   * @param aggregateId the id of an aggregate
   * @param idOf the typed id of a UUID
   * @param uuidOf the UUID of a typed id
   */
  JdbcAggregateStore(
      TransactionContext transaction,
      VersionedRows.OwnRow own,
      List<SelectField<?>> select,
      RecordMapper<Record, A> reader,
      Function<Collection<A>, List<TableRows>> rows,
      Function<A, I> aggregateId,
      Function<UUID, I> idOf,
      Function<I, UUID> uuidOf) {
    this.transaction = transaction;
    this.own = own;
    this.select = select;
    this.reader = reader;
    this.rows = rows;
    this.aggregateId = aggregateId;
    this.idOf = idOf;
    this.uuidOf = uuidOf;
  }

  /** What a failed insert or update of {@code aggregates} can tell about its failure. */
  abstract TransactionContext.WriteFacts writeFacts(List<A> aggregates);

  /** What a failed delete of {@code id} can tell about its failure: nothing, unless overridden. */
  TransactionContext.WriteFacts deleteFacts(I id) {
    return new TransactionContext.WriteFacts() {};
  }

  // Reading.

  @Override
  public Optional<A> get(I id) {
    return one(own.idField().eq(key(id)));
  }

  /** The one aggregate whose own row meets {@code condition}, if any. */
  Optional<A> one(Condition condition) {
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
  @Override
  public Optional<A> getForUpdate(I id) {
    try {
      transaction.lockRow(own.table(), own.idField(), key(id));
    } catch (RuntimeException e) {
      throw transaction.translateRead(e);
    }
    return get(id);
  }

  @Override
  public Set<I> existing(Collection<I> ids) {
    try {
      return transaction
          .existing(own.table(), own.idField(), ids.stream().map(this::key).toList())
          .stream()
          .map(id -> idOf.apply(IdText.uuid(id)))
          .collect(Collectors.toSet());
    } catch (RuntimeException e) {
      throw transaction.translateRead(e);
    }
  }

  /** The aggregates of the rows {@code query} reads, which selects the columns of a read. */
  List<A> fetch(Function<DSLContext, ResultQuery<Record>> query) {
    try {
      return query.apply(transaction.read()).fetch(reader);
    } catch (RuntimeException e) {
      throw transaction.translateRead(e);
    }
  }

  // Writing.

  @Override
  public void insert(A aggregate) {
    insertAll(List.of(aggregate));
  }

  /**
   * Inserts {@code aggregates}' rows as given, one batch a table ({@link TableRows#insert}); for
   * {@link JdbcStorage#insertContacts} too.
   */
  void insertAll(List<A> aggregates) {
    write(
        writeFacts(aggregates), dsl -> rows.apply(aggregates).forEach(table -> table.insert(dsl)));
  }

  /**
   * Inserts {@code aggregates}' rows in as few statements as their number allows ({@link
   * TableRows#insertInBulk}: on PostgreSQL by {@code COPY}); for {@link JdbcStorage#insertEvents}.
   */
  void insertInBulk(List<A> aggregates) {
    write(
        writeFacts(aggregates),
        dsl -> rows.apply(aggregates).forEach(table -> table.insertInBulk(dsl)));
  }

  /**
   * Writes {@code aggregate} over the version the caller read ({@link
   * VersionedRows.OwnRow#replace}): its own row updated, its child rows replaced.
   */
  @Override
  public void update(A aggregate, long expectedVersion) {
    String id = key(aggregateId.apply(aggregate));
    List<TableRows> written = rows.apply(List.of(aggregate));
    write(writeFacts(List.of(aggregate)), dsl -> own.replace(dsl, id, expectedVersion, written));
  }

  /** Deletes the aggregate of {@code id} at the version the caller read, its child rows with it. */
  @Override
  public void delete(I id, long expectedVersion) {
    write(deleteFacts(id), dsl -> own.delete(dsl, key(id), expectedVersion));
  }

  /** Runs {@code statements} in the transaction, translating their failure with {@code facts}. */
  void write(TransactionContext.WriteFacts facts, Consumer<DSLContext> statements) {
    DSLContext dsl = transaction.write();
    try {
      statements.accept(dsl);
    } catch (DataAccessException e) {
      throw transaction.translate(e, facts);
    }
  }

  /**
   * What a failed delete of {@code id} can tell where other rows still refer to it: its id, for a
   * constraint that names this kind as its target.
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
    return IdText.of(uuidOf.apply(id));
  }
}
