package org.coopkit.storage.jdbc;

import static org.coopkit.storage.jdbc.internal.schema.Tables.SOURCE;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.coopkit.model.source.Source;
import org.coopkit.model.source.SourceId;
import org.coopkit.model.source.SourceKind;
import org.coopkit.query.Page;
import org.coopkit.query.SourceQuery;
import org.coopkit.query.internal.SourceSearch;
import org.coopkit.spi.SourceStore;
import org.coopkit.storage.jdbc.internal.schema.tables.records.SourceRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/** Sources in the table {@code source}, one row each. */
final class JdbcSourceStore implements SourceStore {
  static final String KIND = "Source";

  private static final VersionedRows.OwnRow OWN_ROW =
      new VersionedRows.OwnRow(KIND, SOURCE, SOURCE.ID, SOURCE.VERSION);

  private final TransactionContext transaction;

  JdbcSourceStore(TransactionContext transaction) {
    this.transaction = transaction;
  }

  @Override
  public Optional<Source> get(SourceId id) {
    try {
      return transaction
          .read()
          .selectFrom(SOURCE)
          .where(SOURCE.ID.eq(id.toString()))
          .fetchOptional(JdbcSourceStore::source);
    } catch (RuntimeException e) {
      throw transaction.translateRead(e);
    }
  }

  @Override
  public Optional<Source> getForUpdate(SourceId id) {
    try {
      transaction.lockRow(SOURCE, SOURCE.ID, id.toString());
    } catch (RuntimeException e) {
      throw transaction.translateRead(e);
    }
    return get(id);
  }

  @Override
  public Set<SourceId> existing(Collection<SourceId> ids) {
    try {
      return transaction
          .existing(SOURCE, SOURCE.ID, ids.stream().map(SourceId::toString).toList())
          .stream()
          .map(SourceId::parse)
          .collect(Collectors.toSet());
    } catch (RuntimeException e) {
      throw transaction.translateRead(e);
    }
  }

  @Override
  public void insert(Source source) {
    try {
      DSLContext dsl = transaction.write();
      FailedWriteException.marking(
          FailedWriteException.Operation.INSERT,
          SOURCE,
          () -> dsl.insertInto(SOURCE).set(record(dsl, source)).execute());
    } catch (RuntimeException e) {
      throw transaction.translate(e, facts(source));
    }
  }

  /** Writes {@code source} over the version the caller read ({@link VersionedRows.Row#update}). */
  @Override
  public void update(Source source, long expectedVersion) {
    try {
      DSLContext dsl = transaction.write();
      SourceRecord row = record(dsl, source);
      Map<Field<?>, @Nullable Object> assignments = new LinkedHashMap<>();
      for (Field<?> field : row.fields()) {
        if (row.changed(field) && !field.equals(SOURCE.ID)) {
          assignments.put(field, row.get(field));
        }
      }
      OWN_ROW.row(source.id().toString()).update(dsl, expectedVersion, assignments);
    } catch (RuntimeException e) {
      throw translate(e, facts(source));
    }
  }

  /** Deletes the source at the version the caller read ({@link VersionedRows.Row#delete}). */
  @Override
  public void delete(SourceId id, long expectedVersion) {
    try {
      OWN_ROW.delete(transaction.write(), id.toString(), expectedVersion);
    } catch (RuntimeException e) {
      throw translate(
          e,
          new TransactionContext.WriteFacts() {
            @Override
            public String referencedId(Constraint constraint) {
              return id.toString();
            }
          });
    }
  }

  @Override
  public Page<Source> find(SourceQuery query) {
    Condition where = DSL.noCondition();
    if (query.link() != null) {
      where = where.and(SOURCE.LINK.eq(String.valueOf(query.link())));
    }
    SourceId after = query.after();
    if (after != null) {
      where = where.and(SOURCE.ID.gt(after.toString()));
    }
    try {
      List<Source> found =
          transaction
              .read()
              .selectFrom(SOURCE)
              .where(where)
              .orderBy(SOURCE.ID)
              .limit(query.limit() + 1)
              .fetch(JdbcSourceStore::source);
      return Pages.of(found, query.limit(), SourceSearch::cursorAfter);
    } catch (RuntimeException e) {
      throw transaction.translateRead(e);
    }
  }

  private RuntimeException translate(RuntimeException e, TransactionContext.WriteFacts facts) {
    if (e instanceof org.coopkit.error.CoopkitException coopkit) {
      return coopkit;
    }
    return transaction.translate(e, facts);
  }

  private static TransactionContext.WriteFacts facts(Source source) {
    return new TransactionContext.WriteFacts() {
      @Override
      public List<String> uniqueValues(String field) {
        return field.equals("Source.id") ? List.of(source.id().toString()) : List.of();
      }
    };
  }

  private static SourceRecord record(DSLContext dsl, Source s) {
    SourceRecord r = dsl.newRecord(SOURCE);
    r.setId(s.id().toString());
    r.setLink(s.link().toString());
    r.setTitle(s.title());
    r.setPublisher(s.publisher());
    r.setSourceKind(s.kind().name());
    r.setSpeaksFor(TextForms.partialDate(s.speaksFor()));
    r.setReadOn(s.readOn());
    r.setVersion(s.version());
    r.setCreatedMicros(JdbcHistoryStore.micros(s.createdAt()));
    r.setUpdatedMicros(JdbcHistoryStore.micros(s.updatedAt()));
    return r;
  }

  private static Source source(SourceRecord r) {
    return Source.builder()
        .id(SourceId.parse(r.getId()))
        .link(TextForms.uri(r.getLink()))
        .title(r.getTitle())
        .publisher(r.getPublisher())
        .kind(StoredEnums.valueOf(SourceKind.class, r.getSourceKind()))
        .speaksFor(TextForms.partialDateOrNull(r.getSpeaksFor()))
        .readOn(r.getReadOn())
        .version(r.getVersion())
        .createdAt(JdbcHistoryStore.instant(r.getCreatedMicros()))
        .updatedAt(JdbcHistoryStore.instant(r.getUpdatedMicros()))
        .build();
  }
}
