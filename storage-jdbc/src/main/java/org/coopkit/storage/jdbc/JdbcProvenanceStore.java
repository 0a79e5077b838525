package org.coopkit.storage.jdbc;

import static org.coopkit.storage.jdbc.internal.schema.Tables.FACT_PROVENANCE;
import static org.coopkit.storage.jdbc.internal.schema.Tables.FACT_REPORTED_VALUE;
import static org.coopkit.storage.jdbc.internal.schema.Tables.FACT_SOURCE;
import static org.coopkit.storage.jdbc.internal.schema.Tables.SOURCE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.coopkit.error.CoopkitException;
import org.coopkit.model.source.Adoption;
import org.coopkit.model.source.AdoptionRule;
import org.coopkit.model.source.AggregateKind;
import org.coopkit.model.source.Fact;
import org.coopkit.model.source.FactPath;
import org.coopkit.model.source.FactProvenance;
import org.coopkit.model.source.ReportedValue;
import org.coopkit.model.source.SourceId;
import org.coopkit.query.FactQuery;
import org.coopkit.query.Page;
import org.coopkit.query.internal.FactSearch;
import org.coopkit.spi.ProvenanceStore;
import org.coopkit.storage.jdbc.internal.schema.tables.records.FactProvenanceRecord;
import org.coopkit.storage.jdbc.internal.schema.tables.records.FactReportedValueRecord;
import org.coopkit.storage.jdbc.internal.schema.tables.records.FactSourceRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Row3;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * Where facts come from, in the tables {@code fact_provenance} (one row per fact, with its adoption
 * and the derived flags {@code contested} and {@code sourced} the queries filter on), {@code
 * fact_reported_value} and {@code fact_source}. A write replaces the fact's child rows; a page is
 * read in three statements (the facts, then the children of all of them, by the facts' keys).
 */
final class JdbcProvenanceStore implements ProvenanceStore {
  private static final String KIND = "FactProvenance";

  /** The value position of a fact's own citations in {@code fact_source}. */
  private static final int OWN = -1;

  private final TransactionContext transaction;

  JdbcProvenanceStore(TransactionContext transaction) {
    this.transaction = transaction;
  }

  @Override
  public Optional<FactProvenance> get(Fact fact) {
    try {
      List<FactProvenance> found = read(transaction.read(), is(fact), 1);
      return found.stream().findFirst();
    } catch (RuntimeException e) {
      throw transaction.translateRead(e);
    }
  }

  @Override
  public Optional<FactProvenance> getForUpdate(Fact fact) {
    try {
      var select = transaction.write().select(FACT_PROVENANCE.VERSION).from(FACT_PROVENANCE);
      var where = select.where(is(fact));
      if (transaction.dialect().family() == org.jooq.SQLDialect.POSTGRES) {
        where.forNoKeyUpdate().fetch();
      } else {
        where.forUpdate().fetch();
      }
    } catch (RuntimeException e) {
      throw transaction.translateRead(e);
    }
    return get(fact);
  }

  @Override
  public void insert(FactProvenance provenance) {
    try {
      DSLContext dsl = transaction.write();
      FailedWriteException.marking(
          FailedWriteException.Operation.INSERT,
          FACT_PROVENANCE,
          () -> dsl.insertInto(FACT_PROVENANCE).set(root(dsl, provenance)).execute());
      insertChildren(dsl, provenance);
    } catch (RuntimeException e) {
      throw translate(e, provenance.fact(), sourcesOf(provenance));
    }
  }

  @Override
  public void update(FactProvenance provenance, long expectedVersion) {
    Fact fact = provenance.fact();
    try {
      DSLContext dsl = transaction.write();
      FactProvenanceRecord row = root(dsl, provenance);
      Map<Field<?>, @Nullable Object> assignments = new LinkedHashMap<>();
      for (Field<?> field : row.fields()) {
        // The key's columns select the row; the rest, as root() sets them, are written.
        if (row.changed(field)
            && !field.equals(FACT_PROVENANCE.AGGREGATE_KIND)
            && !field.equals(FACT_PROVENANCE.AGGREGATE_ID)
            && !field.equals(FACT_PROVENANCE.FACT_PATH)) {
          assignments.put(field, row.get(field));
        }
      }
      rowOf(fact).update(dsl, expectedVersion, assignments);
      dsl.deleteFrom(FACT_SOURCE).where(childOf(fact, FACT_SOURCE)).execute();
      dsl.deleteFrom(FACT_REPORTED_VALUE).where(childOf(fact, FACT_REPORTED_VALUE)).execute();
      insertChildren(dsl, provenance);
    } catch (RuntimeException e) {
      throw translate(e, fact, sourcesOf(provenance));
    }
  }

  @Override
  public void delete(Fact fact, long expectedVersion) {
    try {
      DSLContext dsl = transaction.write();
      // The children go first: a database may check the cascade's foreign keys late.
      dsl.deleteFrom(FACT_SOURCE).where(childOf(fact, FACT_SOURCE)).execute();
      dsl.deleteFrom(FACT_REPORTED_VALUE).where(childOf(fact, FACT_REPORTED_VALUE)).execute();
      rowOf(fact).delete(dsl, expectedVersion);
    } catch (RuntimeException e) {
      throw translate(e, fact, List.of());
    }
  }

  @Override
  public Page<FactProvenance> find(FactQuery query) {
    Condition where = DSL.noCondition();
    if (query.kind() != null) {
      where = where.and(FACT_PROVENANCE.AGGREGATE_KIND.eq(query.kind().name()));
    }
    if (query.aggregateId() != null) {
      where = where.and(FACT_PROVENANCE.AGGREGATE_ID.eq(query.aggregateId().toString()));
    }
    if (query.path() != null) {
      where = where.and(FACT_PROVENANCE.FACT_PATH.eq(query.path().value()));
    }
    if (query.contested()) {
      where = where.and(FACT_PROVENANCE.CONTESTED.isTrue());
    }
    if (query.unsourced()) {
      where = where.and(FACT_PROVENANCE.SOURCED.isFalse());
    }
    SourceId source = query.source();
    if (source != null) {
      where =
          where.and(
              DSL.exists(
                  DSL.selectOne()
                      .from(FACT_SOURCE)
                      .where(
                          FACT_SOURCE
                              .SOURCE_ID
                              .eq(source.toString())
                              .and(FACT_SOURCE.AGGREGATE_KIND.eq(FACT_PROVENANCE.AGGREGATE_KIND))
                              .and(FACT_SOURCE.AGGREGATE_ID.eq(FACT_PROVENANCE.AGGREGATE_ID))
                              .and(FACT_SOURCE.FACT_PATH.eq(FACT_PROVENANCE.FACT_PATH)))));
    }
    Fact after = query.after();
    if (after != null) {
      where =
          where.and(
              DSL.row(
                      FACT_PROVENANCE.AGGREGATE_KIND,
                      FACT_PROVENANCE.AGGREGATE_ID,
                      FACT_PROVENANCE.FACT_PATH)
                  .gt(after.kind().name(), after.aggregateId().toString(), after.path().value()));
    }
    try {
      List<FactProvenance> found = read(transaction.read(), where, query.limit() + 1);
      return Pages.of(found, query.limit(), FactSearch::cursorAfter);
    } catch (RuntimeException e) {
      throw transaction.translateRead(e);
    }
  }

  /** The facts {@code where} selects, in their order, with their children. */
  private static List<FactProvenance> read(DSLContext dsl, Condition where, int limit) {
    List<FactProvenanceRecord> roots =
        dsl.selectFrom(FACT_PROVENANCE)
            .where(where)
            .orderBy(
                FACT_PROVENANCE.AGGREGATE_KIND,
                FACT_PROVENANCE.AGGREGATE_ID,
                FACT_PROVENANCE.FACT_PATH)
            .limit(limit)
            .fetch();
    if (roots.isEmpty()) {
      return List.of();
    }
    // The children of the page's facts alone, each looked up by its key's prefix: the facts'
    // keys as one IN list of rows (aggregate kind, id, path).
    List<Row3<String, String, String>> facts =
        roots.stream()
            .map(r -> DSL.row(r.getAggregateKind(), r.getAggregateId(), r.getFactPath()))
            .toList();
    Map<String, TreeMap<Integer, FactReportedValueRecord>> values = new HashMap<>();
    for (FactReportedValueRecord v :
        dsl.selectFrom(FACT_REPORTED_VALUE)
            .where(
                DSL.row(
                        FACT_REPORTED_VALUE.AGGREGATE_KIND,
                        FACT_REPORTED_VALUE.AGGREGATE_ID,
                        FACT_REPORTED_VALUE.FACT_PATH)
                    .in(facts))) {
      values
          .computeIfAbsent(
              key(v.getAggregateKind(), v.getAggregateId(), v.getFactPath()), k -> new TreeMap<>())
          .put(v.getPosition(), v);
    }
    Map<String, TreeMap<Integer, TreeMap<Integer, String>>> sources = new HashMap<>();
    for (FactSourceRecord s :
        dsl.selectFrom(FACT_SOURCE)
            .where(
                DSL.row(FACT_SOURCE.AGGREGATE_KIND, FACT_SOURCE.AGGREGATE_ID, FACT_SOURCE.FACT_PATH)
                    .in(facts))) {
      sources
          .computeIfAbsent(
              key(s.getAggregateKind(), s.getAggregateId(), s.getFactPath()), k -> new TreeMap<>())
          .computeIfAbsent(s.getValuePosition(), k -> new TreeMap<>())
          .put(s.getPosition(), s.getSourceId());
    }
    List<FactProvenance> found = new ArrayList<>(roots.size());
    for (FactProvenanceRecord r : roots) {
      String key = key(r.getAggregateKind(), r.getAggregateId(), r.getFactPath());
      found.add(
          provenance(
              r,
              values.getOrDefault(key, new TreeMap<>()),
              sources.getOrDefault(key, new TreeMap<>())));
    }
    return found;
  }

  private static FactProvenance provenance(
      FactProvenanceRecord r,
      TreeMap<Integer, FactReportedValueRecord> values,
      TreeMap<Integer, TreeMap<Integer, String>> sources) {
    Fact fact =
        new Fact(
            StoredEnums.valueOf(AggregateKind.class, r.getAggregateKind()),
            IdText.uuid(r.getAggregateId()),
            FactPath.of(r.getFactPath()));
    List<ReportedValue> reported = new ArrayList<>();
    values.forEach(
        (position, v) ->
            reported.add(
                ReportedValue.builder()
                    .value(v.getReportedValue())
                    .approximate(v.getApproximate())
                    .note(v.getNote())
                    .sources(ids(sources.get(position)))
                    .build()));
    Adoption adoption = null;
    if (r.getAdoptionRule() != null) {
      AdoptionRule rule = StoredEnums.valueOf(AdoptionRule.class, r.getAdoptionRule());
      java.time.Instant at = JdbcHistoryStore.instant(r.getAdoptedMicros());
      String value = r.getAdoptedValue();
      String actor = r.getAdoptedBy();
      adoption =
          rule == AdoptionRule.CHOSEN
              ? Adoption.chosen(value, actor, r.getAdoptionReason(), at)
              : Adoption.byRule(rule, value, actor, at);
    }
    return FactProvenance.builder(fact)
        .sources(ids(sources.get(OWN)))
        .reported(reported)
        .adoption(adoption)
        .version(r.getVersion())
        .updatedAt(JdbcHistoryStore.instant(r.getUpdatedMicros()))
        .build();
  }

  private static List<SourceId> ids(@Nullable TreeMap<Integer, String> byPosition) {
    return byPosition == null
        ? List.of()
        : byPosition.values().stream().map(SourceId::parse).toList();
  }

  private static FactProvenanceRecord root(DSLContext dsl, FactProvenance p) {
    Fact f = p.fact();
    FactProvenanceRecord r = dsl.newRecord(FACT_PROVENANCE);
    r.setAggregateKind(f.kind().name());
    r.setAggregateId(f.aggregateId().toString());
    r.setFactPath(f.path().value());
    r.setVersion(p.version());
    r.setUpdatedMicros(JdbcHistoryStore.micros(p.updatedAt()));
    r.setContested(p.isContested());
    r.setSourced(p.isSourced());
    Adoption a = p.adoption();
    r.setAdoptedValue(a == null ? null : a.value());
    r.setAdoptionRule(a == null ? null : a.rule().name());
    r.setAdoptedBy(a == null ? null : a.actor());
    r.setAdoptionReason(a == null ? null : a.reason());
    r.setAdoptedMicros(a == null ? null : JdbcHistoryStore.micros(a.at()));
    return r;
  }

  private static void insertChildren(DSLContext dsl, FactProvenance p) {
    Fact f = p.fact();
    String kind = f.kind().name();
    String id = f.aggregateId().toString();
    String path = f.path().value();
    List<Query> inserts = new ArrayList<>();
    for (int i = 0; i < p.reported().size(); i++) {
      ReportedValue v = p.reported().get(i);
      inserts.add(
          dsl.insertInto(
                  FACT_REPORTED_VALUE,
                  FACT_REPORTED_VALUE.AGGREGATE_KIND,
                  FACT_REPORTED_VALUE.AGGREGATE_ID,
                  FACT_REPORTED_VALUE.FACT_PATH,
                  FACT_REPORTED_VALUE.POSITION,
                  FACT_REPORTED_VALUE.REPORTED_VALUE,
                  FACT_REPORTED_VALUE.APPROXIMATE,
                  FACT_REPORTED_VALUE.NOTE)
              .values(kind, id, path, i, v.value(), v.approximate(), v.note()));
    }
    addSources(dsl, inserts, kind, id, path, OWN, p.sources());
    for (int i = 0; i < p.reported().size(); i++) {
      addSources(dsl, inserts, kind, id, path, i, p.reported().get(i).sources());
    }
    if (!inserts.isEmpty()) {
      // Marked as an insert into fact_source: of the batch's two tables, the one whose rows refer
      // to something else (a source), and so the one a failure names.
      FailedWriteException.marking(
          FailedWriteException.Operation.INSERT, FACT_SOURCE, () -> dsl.batch(inserts).execute());
    }
  }

  private static void addSources(
      DSLContext dsl,
      List<Query> inserts,
      String kind,
      String id,
      String path,
      int valuePosition,
      List<SourceId> sources) {
    for (int i = 0; i < sources.size(); i++) {
      inserts.add(
          dsl.insertInto(
                  FACT_SOURCE,
                  FACT_SOURCE.AGGREGATE_KIND,
                  FACT_SOURCE.AGGREGATE_ID,
                  FACT_SOURCE.FACT_PATH,
                  FACT_SOURCE.VALUE_POSITION,
                  FACT_SOURCE.POSITION,
                  FACT_SOURCE.SOURCE_ID)
              .values(kind, id, path, valuePosition, i, sources.get(i).toString()));
    }
  }

  private static Condition is(Fact fact) {
    return FACT_PROVENANCE
        .AGGREGATE_KIND
        .eq(fact.kind().name())
        .and(FACT_PROVENANCE.AGGREGATE_ID.eq(fact.aggregateId().toString()))
        .and(FACT_PROVENANCE.FACT_PATH.eq(fact.path().value()));
  }

  private static Condition childOf(Fact fact, org.jooq.Table<?> table) {
    return table
        .field("aggregate_kind", String.class)
        .eq(fact.kind().name())
        .and(table.field("aggregate_id", String.class).eq(fact.aggregateId().toString()))
        .and(table.field("fact_path", String.class).eq(fact.path().value()));
  }

  /** The versioned row of {@code fact}'s provenance, keyed by its three key columns. */
  private static VersionedRows.Row rowOf(Fact fact) {
    return new VersionedRows.Row(
        KIND, FACT_PROVENANCE, FACT_PROVENANCE.VERSION, is(fact), fact.toString());
  }

  /** The ids of the sources {@code p} cites, for itself and for its reported values. */
  private static List<String> sourcesOf(FactProvenance p) {
    List<String> ids = new ArrayList<>();
    p.sources().forEach(s -> ids.add(s.toString()));
    p.reported().forEach(v -> v.sources().forEach(s -> ids.add(s.toString())));
    return ids;
  }

  private RuntimeException translate(RuntimeException e, Fact fact, List<String> sources) {
    if (e instanceof CoopkitException coopkit) {
      return coopkit;
    }
    return transaction.translate(
        e,
        new TransactionContext.WriteFacts() {
          @Override
          public List<String> uniqueValues(String field) {
            return field.equals("FactProvenance.fact") ? List.of(fact.toString()) : List.of();
          }

          @Override
          public @Nullable String missingTarget(Constraint constraint) {
            return transaction.firstMissing(SOURCE, SOURCE.ID, sources);
          }
        });
  }

  private static String key(String kind, String id, String path) {
    return kind + "/" + id + "/" + path;
  }
}
