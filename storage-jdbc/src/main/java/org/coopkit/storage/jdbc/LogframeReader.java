package org.coopkit.storage.jdbc;

import static org.coopkit.storage.jdbc.JdbcLogframeStore.BASELINE;
import static org.coopkit.storage.jdbc.JdbcLogframeStore.COMPONENT;
import static org.coopkit.storage.jdbc.JdbcLogframeStore.LEVEL;
import static org.coopkit.storage.jdbc.JdbcLogframeStore.OF_RESULT;
import static org.coopkit.storage.jdbc.JdbcLogframeStore.STATEMENT;
import static org.coopkit.storage.jdbc.JdbcLogframeStore.TARGET;
import static org.coopkit.storage.jdbc.internal.schema.Tables.LOGFRAME;
import static org.coopkit.storage.jdbc.internal.schema.Tables.LOGFRAME_INDICATOR;
import static org.coopkit.storage.jdbc.internal.schema.Tables.LOGFRAME_LINK;
import static org.coopkit.storage.jdbc.internal.schema.Tables.LOGFRAME_RESULT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.LOGFRAME_SOURCE;
import static org.coopkit.storage.jdbc.internal.schema.Tables.LOGFRAME_TEXT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.LOGFRAME_VALUE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.event.EventId;
import org.coopkit.model.organisation.OrganisationType;
import org.coopkit.model.project.ComponentId;
import org.coopkit.model.project.ProjectId;
import org.coopkit.model.result.Actual;
import org.coopkit.model.result.Baseline;
import org.coopkit.model.result.Breakdown;
import org.coopkit.model.result.Direction;
import org.coopkit.model.result.Disaggregation;
import org.coopkit.model.result.EventCount;
import org.coopkit.model.result.Indicator;
import org.coopkit.model.result.IndicatorId;
import org.coopkit.model.result.Logframe;
import org.coopkit.model.result.Measure;
import org.coopkit.model.result.MeasureKind;
import org.coopkit.model.result.Period;
import org.coopkit.model.result.Result;
import org.coopkit.model.result.ResultId;
import org.coopkit.model.result.ResultLevel;
import org.coopkit.model.result.Sex;
import org.coopkit.model.result.Target;
import org.coopkit.model.source.SourceId;
import org.coopkit.storage.jdbc.internal.schema.tables.records.LogframeRecord;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Logframes made from their rows: those of {@code logframe} that a read selected, then each child
 * table's rows of all of them in one statement ({@code project_id IN (…)}), grouped by logframe.
 * Six statements after the {@code logframe} rows, for one logframe as for a page of a thousand.
 * Apart from {@link JdbcLogframeStore} so that the way back from rows to logframes reads on its
 * own.
 */
final class LogframeReader {
  private LogframeReader() {}

  /**
   * The logframes of {@code roots}, in their order, with their results, indicators and values.
   *
   * @param roots rows of {@code logframe}, at most {@link org.coopkit.query.Paging#MAX_LIMIT} + 1
   */
  static List<Logframe> read(DSLContext dsl, List<LogframeRecord> roots) {
    if (roots.isEmpty()) {
      return List.of();
    }
    Map<String, Parts> parts = new LinkedHashMap<>();
    for (LogframeRecord root : roots) {
      parts.put(root.getProjectId().strip(), new Parts());
    }
    List<String> ids = List.copyOf(parts.keySet());
    for (Record r :
        dsl.selectFrom(LOGFRAME_RESULT)
            .where(LOGFRAME_RESULT.PROJECT_ID.in(ids))
            .orderBy(LOGFRAME_RESULT.PROJECT_ID, LOGFRAME_RESULT.POSITION)
            .fetch()) {
      String up = r.get(LOGFRAME_RESULT.CONTRIBUTES_TO);
      of(parts, r.get(LOGFRAME_RESULT.PROJECT_ID))
          .results
          .put(
              r.get(LOGFRAME_RESULT.POSITION),
              Result.builder()
                  .id(ResultId.of(IdText.uuid(r.get(LOGFRAME_RESULT.ID).strip())))
                  .level(
                      StoredEnums.valueOf(ResultLevel.class, r.get(LOGFRAME_RESULT.RESULT_LEVEL)))
                  .contributesTo(up == null ? null : ResultId.of(IdText.uuid(up.strip()))));
    }
    for (Record r :
        dsl.selectFrom(LOGFRAME_LINK)
            .where(LOGFRAME_LINK.PROJECT_ID.in(ids))
            .orderBy(
                LOGFRAME_LINK.PROJECT_ID,
                LOGFRAME_LINK.RESULT_POSITION,
                LOGFRAME_LINK.LINK_KIND,
                LOGFRAME_LINK.POSITION)
            .fetch()) {
      Result.Builder result =
          of(parts, r.get(LOGFRAME_LINK.PROJECT_ID))
              .results
              .get(r.get(LOGFRAME_LINK.RESULT_POSITION));
      String target = r.get(LOGFRAME_LINK.TARGET_ID).strip();
      if (COMPONENT.equals(r.get(LOGFRAME_LINK.LINK_KIND))) {
        result.addComponent(ComponentId.of(IdText.uuid(target)));
      } else {
        result.addEvent(EventId.of(IdText.uuid(target)));
      }
    }
    for (Record r : dsl.selectFrom(LOGFRAME_TEXT).where(LOGFRAME_TEXT.PROJECT_ID.in(ids)).fetch()) {
      of(parts, r.get(LOGFRAME_TEXT.PROJECT_ID))
          .texts
          .computeIfAbsent(
              List.of(
                  r.get(LOGFRAME_TEXT.RESULT_POSITION), r.get(LOGFRAME_TEXT.INDICATOR_POSITION)),
              k -> new ArrayList<>())
          .add(
              new TextRows.Row(
                  r.get(LOGFRAME_TEXT.FIELD_NAME),
                  r.get(LOGFRAME_TEXT.ITEM),
                  r.get(LOGFRAME_TEXT.LANG),
                  r.get(LOGFRAME_TEXT.POSITION),
                  r.get(LOGFRAME_TEXT.CONTENT)));
    }
    for (Record r :
        dsl.selectFrom(LOGFRAME_SOURCE)
            .where(LOGFRAME_SOURCE.PROJECT_ID.in(ids))
            .orderBy(
                LOGFRAME_SOURCE.PROJECT_ID,
                LOGFRAME_SOURCE.RESULT_POSITION,
                LOGFRAME_SOURCE.INDICATOR_POSITION,
                LOGFRAME_SOURCE.VALUE_POSITION,
                LOGFRAME_SOURCE.POSITION)
            .fetch()) {
      List<List<SourceId>> ofIndicator =
          of(parts, r.get(LOGFRAME_SOURCE.PROJECT_ID))
              .sources
              .computeIfAbsent(
                  List.of(
                      r.get(LOGFRAME_SOURCE.RESULT_POSITION),
                      r.get(LOGFRAME_SOURCE.INDICATOR_POSITION)),
                  k -> new ArrayList<>());
      int value = r.get(LOGFRAME_SOURCE.VALUE_POSITION);
      while (ofIndicator.size() <= value) {
        ofIndicator.add(new ArrayList<>());
      }
      ofIndicator
          .get(value)
          .add(SourceId.of(IdText.uuid(r.get(LOGFRAME_SOURCE.SOURCE_ID).strip())));
    }
    // Indicators after the texts: an indicator's statement and levels are among them.
    for (Record r :
        dsl.selectFrom(LOGFRAME_INDICATOR)
            .where(LOGFRAME_INDICATOR.PROJECT_ID.in(ids))
            .orderBy(
                LOGFRAME_INDICATOR.PROJECT_ID,
                LOGFRAME_INDICATOR.RESULT_POSITION,
                LOGFRAME_INDICATOR.POSITION)
            .fetch()) {
      Parts of = of(parts, r.get(LOGFRAME_INDICATOR.PROJECT_ID));
      List<Integer> key =
          List.of(r.get(LOGFRAME_INDICATOR.RESULT_POSITION), r.get(LOGFRAME_INDICATOR.POSITION));
      of.indicators.put(key, indicator(r, key, of.texts.getOrDefault(key, List.of())));
    }
    for (Record r :
        dsl.selectFrom(LOGFRAME_VALUE)
            .where(LOGFRAME_VALUE.PROJECT_ID.in(ids))
            .orderBy(
                LOGFRAME_VALUE.PROJECT_ID,
                LOGFRAME_VALUE.RESULT_POSITION,
                LOGFRAME_VALUE.INDICATOR_POSITION,
                LOGFRAME_VALUE.VALUE_KIND,
                LOGFRAME_VALUE.POSITION)
            .fetch()) {
      value(of(parts, r.get(LOGFRAME_VALUE.PROJECT_ID)), r);
    }
    List<Logframe> logframes = new ArrayList<>(roots.size());
    for (LogframeRecord root : roots) {
      logframes.add(logframe(root, parts.get(root.getProjectId().strip())));
    }
    return logframes;
  }

  /** The rows read so far of one logframe, by position. */
  private static final class Parts {
    final Map<Integer, Result.Builder> results = new TreeMap<>();

    /** Texts by owner: (result position, indicator position). */
    final Map<List<Integer>, List<TextRows.Row>> texts = new LinkedHashMap<>();

    /** Sources by indicator, then by actual value. */
    final Map<List<Integer>, List<List<SourceId>>> sources = new LinkedHashMap<>();

    final Map<List<Integer>, Indicator.Builder> indicators = new LinkedHashMap<>();
  }

  private static Parts of(Map<String, Parts> parts, String projectId) {
    return parts.get(projectId.strip());
  }

  private static Indicator.Builder indicator(
      Record r, List<Integer> key, List<TextRows.Row> texts) {
    Map<String, TreeMap<Integer, LocalizedText>> own = TextRows.read(texts);
    MeasureKind kind =
        StoredEnums.valueOf(MeasureKind.class, r.get(LOGFRAME_INDICATOR.MEASURE_KIND));
    String computed = r.get(LOGFRAME_INDICATOR.COMPUTED_FROM);
    String disaggregations = r.get(LOGFRAME_INDICATOR.DISAGGREGATIONS);
    Set<Disaggregation> by = EnumSet.noneOf(Disaggregation.class);
    if (disaggregations != null) {
      Arrays.stream(disaggregations.split(","))
          .forEach(d -> by.add(StoredEnums.valueOf(Disaggregation.class, d)));
    }
    return Indicator.builder()
        .id(IndicatorId.of(IdText.uuid(r.get(LOGFRAME_INDICATOR.ID).strip())))
        .statement(TextRows.required(own, STATEMENT, "indicator " + key))
        .measure(new Measure(kind, r.get(LOGFRAME_INDICATOR.UNIT), TextRows.list(own, LEVEL)))
        .direction(StoredEnums.valueOf(Direction.class, r.get(LOGFRAME_INDICATOR.DIRECTION)))
        .disaggregations(by)
        .computedFrom(computed == null ? null : StoredEnums.valueOf(EventCount.class, computed));
  }

  /** Adds the baseline, target or actual value of the row {@code r} to its indicator. */
  private static void value(Parts of, Record r) {
    List<Integer> key =
        List.of(r.get(LOGFRAME_VALUE.RESULT_POSITION), r.get(LOGFRAME_VALUE.INDICATOR_POSITION));
    Indicator.Builder indicator = of.indicators.get(key);
    String sex = r.get(LOGFRAME_VALUE.SEX);
    String type = r.get(LOGFRAME_VALUE.ORGANISATION_TYPE);
    Breakdown breakdown =
        new Breakdown(
            TextForms.countryOrNull(r.get(LOGFRAME_VALUE.COUNTRY)),
            sex == null ? null : StoredEnums.valueOf(Sex.class, sex),
            type == null ? null : StoredEnums.valueOf(OrganisationType.class, type));
    String note = r.get(LOGFRAME_VALUE.NOTE);
    switch (r.get(LOGFRAME_VALUE.VALUE_KIND)) {
      case BASELINE ->
          indicator.addBaseline(
              new Baseline(
                  breakdown,
                  r.get(LOGFRAME_VALUE.AMOUNT),
                  TextForms.partialDateOrNull(r.get(LOGFRAME_VALUE.MEASURED_ON)),
                  note));
      case TARGET ->
          indicator.addTarget(new Target(period(r), breakdown, r.get(LOGFRAME_VALUE.AMOUNT), note));
      default -> {
        List<List<SourceId>> cited = of.sources.getOrDefault(key, List.of());
        int position = r.get(LOGFRAME_VALUE.POSITION);
        indicator.addActual(
            new Actual(
                period(r),
                breakdown,
                r.get(LOGFRAME_VALUE.AMOUNT),
                position < cited.size() ? cited.get(position) : List.of(),
                note));
      }
    }
  }

  private static Logframe logframe(LogframeRecord root, Parts of) {
    of.indicators.forEach(
        (key, indicator) -> of.results.get(key.get(0)).addIndicator(indicator.build()));
    Logframe.Builder logframe =
        Logframe.builder()
            .project(ProjectId.of(IdText.uuid(root.getProjectId().strip())))
            .version(root.get(LOGFRAME.VERSION))
            .createdAt(root.get(LOGFRAME.CREATED_AT))
            .updatedAt(root.get(LOGFRAME.UPDATED_AT));
    of.results.forEach(
        (position, result) -> {
          Map<String, TreeMap<Integer, LocalizedText>> own =
              TextRows.read(of.texts.getOrDefault(List.of(position, OF_RESULT), List.of()));
          logframe.addResult(
              result.statement(TextRows.required(own, STATEMENT, "result " + position)).build());
        });
    return logframe.build();
  }

  private static Period period(Record r) {
    return Period.of(r.get(LOGFRAME_VALUE.PERIOD_START), r.get(LOGFRAME_VALUE.PERIOD_END));
  }
}
