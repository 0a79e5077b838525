package org.coopkit.storage.jdbc;

import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.coopkit.storage.jdbc.internal.UtcInstantConverter;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jspecify.annotations.Nullable;

/**
 * The columns of an {@code event} row that reading an event needs, whether jOOQ fetched them (with
 * the lists as MULTISETs) or a page was read in plain JDBC.
 */
record EventRow(
    String id,
    String type,
    String status,
    String format,
    @Nullable String start,
    @Nullable String end,
    @Nullable String zone,
    @Nullable String venueName,
    @Nullable String venueCity,
    @Nullable String venueCountry,
    @Nullable Integer total,
    @Nullable String qualifier,
    @Nullable Integer countryCount,
    @Nullable String countryCountQualifier,
    @Nullable Integer organisationCount,
    @Nullable String organisationCountQualifier,
    @Nullable Integer experts,
    @Nullable String expertsQualifier,
    @Nullable String note,
    @Nullable LocalDate onOrBefore,
    @Nullable String partOf,
    @Nullable String seriesCode,
    @Nullable String seriesName,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  /**
   * The columns a read selects, in this order: all of the row but {@code search_text}, which is
   * written for filtering and never read back (the widest column).
   */
  static final List<SelectField<?>> COLUMNS = columns();

  // 1-based positions in COLUMNS, for reading a JDBC row by index.
  private static final int ID = position(EVENT.ID);
  private static final int TYPE = position(EVENT.EVENT_TYPE);
  private static final int STATUS = position(EVENT.STATUS);
  private static final int FORMAT = position(EVENT.EVENT_FORMAT);
  private static final int START = position(EVENT.START_DATE);
  private static final int END = position(EVENT.END_DATE);
  private static final int ZONE = position(EVENT.TIME_ZONE);
  private static final int VENUE_NAME = position(EVENT.VENUE_NAME);
  private static final int VENUE_CITY = position(EVENT.VENUE_CITY);
  private static final int VENUE_COUNTRY = position(EVENT.VENUE_COUNTRY);
  private static final int TOTAL = position(EVENT.PARTICIPANTS_TOTAL);
  private static final int QUALIFIER = position(EVENT.PARTICIPANTS_QUALIFIER);
  private static final int COUNTRY_COUNT = position(EVENT.COUNTRY_COUNT);
  private static final int COUNTRY_COUNT_QUALIFIER = position(EVENT.COUNTRY_COUNT_QUALIFIER);
  private static final int ORGANISATION_COUNT = position(EVENT.ORGANISATION_COUNT);
  private static final int ORGANISATION_COUNT_QUALIFIER =
      position(EVENT.ORGANISATION_COUNT_QUALIFIER);
  private static final int EXPERTS = position(EVENT.EXPERTS);
  private static final int EXPERTS_QUALIFIER = position(EVENT.EXPERTS_QUALIFIER);
  private static final int NOTE = position(EVENT.PARTICIPATION_NOTE);
  private static final int ON_OR_BEFORE = position(EVENT.ON_OR_BEFORE);
  private static final int PART_OF = position(EVENT.PART_OF);
  private static final int SERIES_CODE = position(EVENT.SERIES_CODE);
  private static final int SERIES_NAME = position(EVENT.SERIES_NAME);
  private static final int VERSION = position(EVENT.VERSION);
  private static final int CREATED_AT = position(EVENT.CREATED_AT);
  private static final int UPDATED_AT = position(EVENT.UPDATED_AT);

  /** The converter the code generation puts on {@code created_at} and {@code updated_at}. */
  private static final UtcInstantConverter UTC = new UtcInstantConverter();

  /** The row of a record that selected {@link #COLUMNS}. */
  static EventRow of(Record r) {
    return new EventRow(
        r.get(EVENT.ID).strip(),
        r.get(EVENT.EVENT_TYPE),
        r.get(EVENT.STATUS),
        r.get(EVENT.EVENT_FORMAT),
        r.get(EVENT.START_DATE),
        r.get(EVENT.END_DATE),
        r.get(EVENT.TIME_ZONE),
        r.get(EVENT.VENUE_NAME),
        r.get(EVENT.VENUE_CITY),
        r.get(EVENT.VENUE_COUNTRY),
        r.get(EVENT.PARTICIPANTS_TOTAL),
        r.get(EVENT.PARTICIPANTS_QUALIFIER),
        r.get(EVENT.COUNTRY_COUNT),
        r.get(EVENT.COUNTRY_COUNT_QUALIFIER),
        r.get(EVENT.ORGANISATION_COUNT),
        r.get(EVENT.ORGANISATION_COUNT_QUALIFIER),
        r.get(EVENT.EXPERTS),
        r.get(EVENT.EXPERTS_QUALIFIER),
        r.get(EVENT.PARTICIPATION_NOTE),
        r.get(EVENT.ON_OR_BEFORE),
        strip(r.get(EVENT.PART_OF)),
        r.get(EVENT.SERIES_CODE),
        r.get(EVENT.SERIES_NAME),
        r.get(EVENT.VERSION),
        r.get(EVENT.CREATED_AT),
        r.get(EVENT.UPDATED_AT));
  }

  /** The current row of a result whose columns are {@link #COLUMNS}, in that order. */
  static EventRow read(ResultSet rs) throws SQLException {
    return new EventRow(
        rs.getString(ID).strip(),
        rs.getString(TYPE),
        rs.getString(STATUS),
        rs.getString(FORMAT),
        rs.getString(START),
        rs.getString(END),
        rs.getString(ZONE),
        rs.getString(VENUE_NAME),
        rs.getString(VENUE_CITY),
        rs.getString(VENUE_COUNTRY),
        integer(rs, TOTAL),
        rs.getString(QUALIFIER),
        integer(rs, COUNTRY_COUNT),
        rs.getString(COUNTRY_COUNT_QUALIFIER),
        integer(rs, ORGANISATION_COUNT),
        rs.getString(ORGANISATION_COUNT_QUALIFIER),
        integer(rs, EXPERTS),
        rs.getString(EXPERTS_QUALIFIER),
        rs.getString(NOTE),
        rs.getObject(ON_OR_BEFORE, LocalDate.class),
        strip(rs.getString(PART_OF)),
        rs.getString(SERIES_CODE),
        rs.getString(SERIES_NAME),
        rs.getLong(VERSION),
        utc(rs, CREATED_AT, EVENT.CREATED_AT),
        utc(rs, UPDATED_AT, EVENT.UPDATED_AT));
  }

  /** An id as read from a {@code CHAR(36)} column, which some databases pad; null stays null. */
  private static @Nullable String strip(@Nullable String id) {
    return id == null ? null : id.strip();
  }

  /** A nullable integer read by index, without the boxing {@code getObject} may differ in. */
  private static @Nullable Integer integer(ResultSet rs, int index) throws SQLException {
    int value = rs.getInt(index);
    return rs.wasNull() ? null : value;
  }

  /** A timestamp read by index, made an instant as jOOQ makes it for the field. */
  private static Instant utc(ResultSet rs, int index, Field<Instant> field) throws SQLException {
    return Objects.requireNonNull(
        UTC.from(rs.getObject(index, LocalDateTime.class)), field.getName());
  }

  private static List<SelectField<?>> columns() {
    List<SelectField<?>> fields = new ArrayList<>();
    for (Field<?> column : EVENT.fields()) {
      if (!column.equals(EVENT.SEARCH_TEXT) && !column.equals(EVENT.SPAN_CLASS)) {
        fields.add(column);
      }
    }
    return List.copyOf(fields);
  }

  private static int position(Field<?> column) {
    int index = COLUMNS.indexOf(column);
    if (index < 0) {
      throw new IllegalStateException("not a column of an event read: " + column);
    }
    return index + 1;
  }
}
