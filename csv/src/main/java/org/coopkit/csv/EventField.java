package org.coopkit.csv;

/**
 * What a column of an events file can fill. Each reads the column {@link CsvExporter} writes for
 * it, unless the {@link CsvMapping} names another.
 *
 * @since 0.2.0
 */
public enum EventField implements CsvField {
  /** The title, in the mapping's language; required. */
  TITLE("title", true, false),
  /** The {@link org.coopkit.model.event.EventType}, e.g. {@code conference}. Default: other. */
  TYPE("type", false, false),
  /** The {@link org.coopkit.model.event.EventStatus}, e.g. {@code held}. Default: scheduled. */
  STATUS("status", false, false),
  /** The {@link org.coopkit.model.event.EventFormat}, e.g. {@code online}. Default: in person. */
  FORMAT("format", false, false),
  /**
   * The day, month or year an event starts and ends within, for files with one date column; not
   * with {@link #START}.
   */
  DATE("date", false, false),
  /** The first day, or the month or year it falls in. Without {@link #END}: the end is unknown. */
  START("start", false, false),
  /** The last day, or the month or year it falls in; only with {@link #START}. */
  END("end", false, false),
  /** The day of the source an event is known from, when it has no start; a whole day. */
  ON_OR_BEFORE("on_or_before", false, false),
  /** The venue's name. */
  VENUE("venue", false, false),
  /** The venue's city. */
  CITY("city", false, false),
  /** The venue's country: an ISO code, or a name {@code CountryCode} knows, current or former. */
  COUNTRY("country", false, false),
  /**
   * The participants: {@code 93}, {@code about 50}, {@code more than 500}, {@code up to 40}, {@code
   * 40 planned} and the like, each read with its {@link
   * org.coopkit.model.ParticipantCount.Qualifier}.
   */
  PARTICIPANTS("participants", false, false),
  /**
   * The qualifier of a bare number in {@link #PARTICIPANTS}, as {@link CsvExporter} writes it:
   * {@code exact}, {@code approximately}, {@code more than}, {@code up to} or {@code planned}.
   */
  PARTICIPANTS_QUALIFIER("participants_qualifier", false, false),
  /** The countries participants came from, {@code |}-separated, as codes or names. */
  PARTICIPANT_COUNTRIES("participant_countries", true),
  /** The topics, {@code |}-separated labels. */
  TOPICS("topics", true),
  /**
   * The projects, {@code |}-separated: each a project's id or its code. Required, as every event
   * belongs to a project: a file without the column needs a default.
   */
  PROJECTS("projects", true, true),
  /** The description, in the mapping's language. */
  DESCRIPTION("description", false, false),
  /**
   * An identifier of the event in another system, as {@code scheme:value} (e.g. {@code
   * calendar:2018-114}); an event already stored with it is changed instead of created again, so a
   * file can be imported twice.
   */
  EXTERNAL_ID("external_id", false, false);

  private final String defaultHeader;
  private final boolean required;
  private final boolean list;

  EventField(String defaultHeader, boolean required, boolean list) {
    this.defaultHeader = defaultHeader;
    this.required = required;
    this.list = list;
  }

  EventField(String defaultHeader, boolean list) {
    this(defaultHeader, false, list);
  }

  @Override
  public String defaultHeader() {
    return defaultHeader;
  }

  @Override
  public boolean isRequired() {
    return required;
  }

  @Override
  public boolean isPersonal() {
    return false;
  }

  @Override
  public boolean isList() {
    return list;
  }
}
