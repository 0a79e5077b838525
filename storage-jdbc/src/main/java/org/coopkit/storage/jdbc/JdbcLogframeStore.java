package org.coopkit.storage.jdbc;

import static org.coopkit.storage.jdbc.internal.schema.Tables.LOGFRAME;
import static org.coopkit.storage.jdbc.internal.schema.Tables.LOGFRAME_INDICATOR;
import static org.coopkit.storage.jdbc.internal.schema.Tables.LOGFRAME_LINK;
import static org.coopkit.storage.jdbc.internal.schema.Tables.LOGFRAME_RESULT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.LOGFRAME_SOURCE;
import static org.coopkit.storage.jdbc.internal.schema.Tables.LOGFRAME_TEXT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.LOGFRAME_VALUE;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.selectOne;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.event.EventId;
import org.coopkit.model.project.ProjectId;
import org.coopkit.model.result.Actual;
import org.coopkit.model.result.Baseline;
import org.coopkit.model.result.Breakdown;
import org.coopkit.model.result.Indicator;
import org.coopkit.model.result.Logframe;
import org.coopkit.model.result.Period;
import org.coopkit.model.result.Result;
import org.coopkit.model.result.Target;
import org.coopkit.query.LogframeQuery;
import org.coopkit.query.Page;
import org.coopkit.spi.LogframeStore;
import org.coopkit.storage.jdbc.internal.schema.tables.records.LogframeRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jspecify.annotations.Nullable;

/**
 * Logframes in the table {@code logframe} and the {@code logframe_*} tables keyed by project and
 * positions (see V14). A read, of one logframe or of a page, is one statement per table: the {@code
 * logframe} rows, then each child table's rows of all of them ({@link LogframeReader}).
 */
final class JdbcLogframeStore implements LogframeStore {
  static final String KIND = "Logframe";

  static final String STATEMENT = "STATEMENT";
  static final String LEVEL = "LEVEL";
  static final String COMPONENT = "COMPONENT";
  static final String EVENT = "EVENT";
  static final String BASELINE = "BASELINE";
  static final String TARGET = "TARGET";
  static final String ACTUAL = "ACTUAL";

  /** The indicator position of a result's own texts. */
  static final int OF_RESULT = -1;

  private static final VersionedRows.OwnRow OWN_ROW =
      new VersionedRows.OwnRow(KIND, LOGFRAME, LOGFRAME.PROJECT_ID, LOGFRAME.VERSION);
  private static final Map<Table<?>, Field<String>> CHILDREN = childTables();

  private final TransactionContext transaction;

  JdbcLogframeStore(TransactionContext transaction) {
    this.transaction = transaction;
  }

  // Reading.

  @Override
  public Optional<Logframe> get(ProjectId id) {
    try {
      DSLContext dsl = transaction.read();
      return LogframeReader.read(
              dsl,
              dsl.selectFrom(LOGFRAME).where(LOGFRAME.PROJECT_ID.eq(IdText.of(id.value()))).fetch())
          .stream()
          .findFirst();
    } catch (RuntimeException e) {
      throw transaction.translateRead(e);
    }
  }

  @Override
  public Optional<Logframe> getForUpdate(ProjectId id) {
    try {
      transaction.lockRow(LOGFRAME, LOGFRAME.PROJECT_ID, IdText.of(id.value()));
    } catch (RuntimeException e) {
      throw transaction.translateRead(e);
    }
    return get(id);
  }

  @Override
  public Set<ProjectId> existing(Collection<ProjectId> ids) {
    try {
      return transaction
          .existing(LOGFRAME, LOGFRAME.PROJECT_ID, ids.stream().map(ProjectId::toString).toList())
          .stream()
          .map(id -> ProjectId.of(IdText.uuid(id)))
          .collect(Collectors.toSet());
    } catch (RuntimeException e) {
      throw transaction.translateRead(e);
    }
  }

  @Override
  public Page<Logframe> find(LogframeQuery query) {
    try {
      DSLContext dsl = transaction.read();
      List<Condition> where = new ArrayList<>();
      if (query.after() != null) {
        where.add(LOGFRAME.PROJECT_ID.gt(IdText.of(query.after().value())));
      }
      EventId event = query.event();
      if (event != null) {
        where.add(
            exists(
                selectOne()
                    .from(LOGFRAME_LINK)
                    .where(LOGFRAME_LINK.TARGET_ID.eq(IdText.of(event.value())))
                    .and(LOGFRAME_LINK.LINK_KIND.eq(EVENT))
                    .and(LOGFRAME_LINK.PROJECT_ID.eq(LOGFRAME.PROJECT_ID))));
      }
      List<LogframeRecord> page =
          dsl.selectFrom(LOGFRAME)
              .where(where)
              .orderBy(LOGFRAME.PROJECT_ID)
              .limit(query.limit() + 1)
              .fetch();
      return Pages.of(LogframeReader.read(dsl, page), query.limit(), l -> l.id().toString());
    } catch (RuntimeException e) {
      throw transaction.translateRead(e);
    }
  }

  // Writing.

  @Override
  public void insert(Logframe logframe) {
    DSLContext dsl = transaction.write();
    try {
      rows(logframe).forEach(table -> table.insert(dsl));
    } catch (DataAccessException e) {
      throw transaction.translate(e, context(logframe));
    }
  }

  @Override
  public void update(Logframe logframe, long expectedVersion) {
    DSLContext dsl = transaction.write();
    String id = IdText.of(logframe.id().value());
    try {
      OWN_ROW.replace(dsl, id, expectedVersion, rows(logframe), CHILDREN);
    } catch (DataAccessException e) {
      throw transaction.translate(e, context(logframe));
    }
  }

  @Override
  public void delete(ProjectId id, long expectedVersion) {
    DSLContext dsl = transaction.write();
    String key = IdText.of(id.value());
    try {
      OWN_ROW.delete(dsl, key, expectedVersion);
    } catch (DataAccessException e) {
      throw transaction.translate(e, new TransactionContext.WriteFacts() {});
    }
  }

  /** The rows of {@code logframe}: its {@code logframe} row first, then its children's. */
  private static List<TableRows> rows(Logframe logframe) {
    TableRows root =
        new TableRows(
            LOGFRAME,
            List.of(
                LOGFRAME.PROJECT_ID, LOGFRAME.VERSION, LOGFRAME.CREATED_AT, LOGFRAME.UPDATED_AT));
    TableRows results = new TableRows(LOGFRAME_RESULT, List.of(LOGFRAME_RESULT.fields()));
    TableRows links = new TableRows(LOGFRAME_LINK, List.of(LOGFRAME_LINK.fields()));
    TableRows indicators = new TableRows(LOGFRAME_INDICATOR, List.of(LOGFRAME_INDICATOR.fields()));
    TableRows texts =
        new TableRows(
            LOGFRAME_TEXT,
            List.of(
                LOGFRAME_TEXT.PROJECT_ID,
                LOGFRAME_TEXT.RESULT_POSITION,
                LOGFRAME_TEXT.INDICATOR_POSITION,
                LOGFRAME_TEXT.FIELD_NAME,
                LOGFRAME_TEXT.ITEM,
                LOGFRAME_TEXT.LANG,
                LOGFRAME_TEXT.POSITION,
                LOGFRAME_TEXT.CONTENT));
    TableRows values = new TableRows(LOGFRAME_VALUE, List.of(LOGFRAME_VALUE.fields()));
    TableRows sources = new TableRows(LOGFRAME_SOURCE, List.of(LOGFRAME_SOURCE.fields()));
    String id = IdText.of(logframe.id().value());
    root.add(id, logframe.version(), logframe.createdAt(), logframe.updatedAt());
    for (int r = 0; r < logframe.results().size(); r++) {
      Result result = logframe.results().get(r);
      results.add(
          id,
          r,
          IdText.of(result.id().value()),
          result.level().name(),
          IdText.ofNullable(result.contributesTo()));
      TextRows.append(texts.rows(), result.statement(), id, r, OF_RESULT, STATEMENT, 0);
      for (int i = 0; i < result.components().size(); i++) {
        links.add(id, r, COMPONENT, i, IdText.of(result.components().get(i).value()));
      }
      for (int i = 0; i < result.events().size(); i++) {
        links.add(id, r, EVENT, i, IdText.of(result.events().get(i).value()));
      }
      for (int i = 0; i < result.indicators().size(); i++) {
        Indicator indicator = result.indicators().get(i);
        indicators.add(
            id,
            r,
            i,
            IdText.of(indicator.id().value()),
            indicator.measure().kind().name(),
            indicator.measure().unit(),
            indicator.direction().name(),
            indicator.disaggregations().isEmpty()
                ? null
                : indicator.disaggregations().stream()
                    .map(Enum::name)
                    .collect(Collectors.joining(",")),
            indicator.computedFrom() == null ? null : indicator.computedFrom().name());
        TextRows.append(texts.rows(), indicator.statement(), id, r, i, STATEMENT, 0);
        List<LocalizedText> levels = indicator.measure().levels();
        for (int l = 0; l < levels.size(); l++) {
          TextRows.append(texts.rows(), levels.get(l), id, r, i, LEVEL, l);
        }
        for (int v = 0; v < indicator.baselines().size(); v++) {
          Baseline b = indicator.baselines().get(v);
          value(
              values,
              id,
              r,
              i,
              BASELINE,
              v,
              b.breakdown(),
              b.date().toString(),
              null,
              b.value(),
              b.note());
        }
        for (int v = 0; v < indicator.targets().size(); v++) {
          Target t = indicator.targets().get(v);
          value(values, id, r, i, TARGET, v, t.breakdown(), null, t.period(), t.value(), t.note());
        }
        for (int v = 0; v < indicator.actuals().size(); v++) {
          Actual a = indicator.actuals().get(v);
          value(values, id, r, i, ACTUAL, v, a.breakdown(), null, a.period(), a.value(), a.note());
          for (int s = 0; s < a.sources().size(); s++) {
            sources.add(id, r, i, v, s, IdText.of(a.sources().get(s).value()));
          }
        }
      }
    }
    return List.of(root, results, links, indicators, texts, values, sources);
  }

  private static void value(
      TableRows values,
      String id,
      int result,
      int indicator,
      String kind,
      int position,
      Breakdown breakdown,
      @Nullable String measuredOn,
      @Nullable Period period,
      java.math.BigDecimal amount,
      @Nullable String note) {
    values.add(
        id,
        result,
        indicator,
        kind,
        position,
        TextForms.country(breakdown.country()),
        breakdown.sex() == null ? null : breakdown.sex().name(),
        breakdown.organisationType() == null ? null : breakdown.organisationType().name(),
        measuredOn,
        period == null ? null : period.start(),
        period == null ? null : period.end(),
        amount,
        note);
  }

  private static TransactionContext.WriteFacts context(Logframe logframe) {
    return new TransactionContext.WriteFacts() {
      @Override
      public List<String> uniqueValues(String field) {
        return field.equals("Logframe.id") ? List.of(logframe.id().toString()) : List.of();
      }

      @Override
      public @Nullable String missingTarget(Constraint constraint) {
        return logframe.id().toString();
      }
    };
  }

  private static Map<Table<?>, Field<String>> childTables() {
    Map<Table<?>, Field<String>> children = new LinkedHashMap<>();
    children.put(LOGFRAME_RESULT, LOGFRAME_RESULT.PROJECT_ID);
    children.put(LOGFRAME_LINK, LOGFRAME_LINK.PROJECT_ID);
    children.put(LOGFRAME_INDICATOR, LOGFRAME_INDICATOR.PROJECT_ID);
    children.put(LOGFRAME_TEXT, LOGFRAME_TEXT.PROJECT_ID);
    children.put(LOGFRAME_VALUE, LOGFRAME_VALUE.PROJECT_ID);
    children.put(LOGFRAME_SOURCE, LOGFRAME_SOURCE.PROJECT_ID);
    return children;
  }
}
