package org.coopkit.query;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.coopkit.model.CountryCode;
import org.coopkit.model.ExternalId;
import org.coopkit.model.Topic;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventId;
import org.coopkit.model.event.EventSeries;
import org.coopkit.model.event.EventStatus;
import org.coopkit.model.event.EventType;
import org.coopkit.model.internal.FieldNames;
import org.coopkit.model.internal.Validator;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.ComponentId;
import org.coopkit.model.project.ProjectId;
import org.coopkit.query.internal.Cursors;
import org.jspecify.annotations.Nullable;

/**
 * A search for events, sorted by the first day an event may cover (ISO-8601, {@code 1900-01-01} for
 * an event whose start is not known) and then id.
 *
 * <p><b>Uncertain dates.</b> An event's date may be known only to the month or year, have no known
 * end, be known only "on or before" a source's day, or not be known at all ({@link
 * org.coopkit.model.event.EventDates}). The period filter ({@link #from()}, {@link #to()}) reads
 * the days an event <em>may</em> cover, {@link org.coopkit.model.event.EventDates#firstDay()} to
 * {@link org.coopkit.model.event.EventDates#lastDay()}: by default an event matches a period when
 * it may fall in it, so an event of "May 2019" matches a search for 14 May 2019, an event with no
 * known date matches every period, and nothing is dropped for being vague. With {@link
 * #certainlyInPeriod()} an event matches only when every day it may cover lies in the period.
 * Sorting by first day puts an event whose start is not known where its earliest possible day is:
 * first when ascending, last when descending; an event known only to the month or year sorts by the
 * first day of that month or year.
 *
 * <p>Each filter's accessor says what it accepts; filters combine with AND. An adapter may
 * translate them to SQL or indexes, but must return exactly the events they accept, as the contract
 * kit checks.
 *
 * @since 0.1.0
 */
public final class EventQuery implements PagedQuery<EventQuery>, ExternalIdFilter {
  /** The names of this kind of query's values, in the order of {@link #values()}. */
  private static final FieldNames VALUES =
      new FieldNames(
          "EventQuery",
          "projects",
          "components",
          "countries",
          "from",
          "to",
          "types",
          "statuses",
          "topics",
          "organisers",
          "text",
          "certainlyInPeriod",
          "externalIds",
          "series",
          "partOf");

  /** The tag of this kind of query's cursors. */
  private static final char KIND = Cursors.EVENT;

  private final Set<ProjectId> projects;
  private final Set<ComponentId> components;
  private final Set<CountryCode> countries;
  private final @Nullable LocalDate from;
  private final @Nullable LocalDate to;
  private final Set<EventType> types;
  private final Set<EventStatus> statuses;
  private final Set<Topic> topics;
  private final Set<OrganisationId> organisers;
  private final @Nullable String text;
  private final boolean certainlyInPeriod;
  private final Set<ExternalId> externalIds;
  private final Set<String> series;
  private final @Nullable EventId partOf;
  private final PageRequest page;

  private EventQuery(Builder b) {
    this.page = b.page.build(KIND, EventQuery::isSortKey, "EventQuery");
    this.projects = ImmutableSet.copyOf(b.projects);
    this.components = ImmutableSet.copyOf(b.components);
    this.countries = ImmutableSet.copyOf(b.countries);
    this.from = Validator.filterDay(b.from);
    this.to = Validator.filterDay(b.to);
    this.types = ImmutableSet.copyOf(b.types);
    this.statuses = ImmutableSet.copyOf(b.statuses);
    this.topics = ImmutableSet.copyOf(b.topics);
    this.organisers = ImmutableSet.copyOf(b.organisers);
    this.certainlyInPeriod = b.certainlyInPeriod;
    this.externalIds = ImmutableSet.copyOf(b.externalIds);
    this.series = ImmutableSet.copyOf(b.series);
    this.partOf = b.partOf;
    Validator v = Validator.of("EventQuery");
    this.text = Paging.searchText(v, b.text, "text");
    Paging.check(v, page.limit, text);
    if (from != null && to != null) {
      v.check(!to.isBefore(from), "to", "must not be before from", to + " < " + from);
    }
    v.throwIfInvalid();
  }

  /**
   * The values {@link #equals}, {@link #hashCode} and {@link #toString} read, paging last; add a
   * new one here.
   */
  private Object[] values() {
    return new Object[] {
      projects,
      components,
      countries,
      from,
      to,
      types,
      statuses,
      topics,
      organisers,
      text,
      certainlyInPeriod,
      externalIds,
      series,
      partOf,
      page
    };
  }

  /**
   * Keeps only events of any of these projects. Empty, as a builder starts, for no such filter;
   * each value the builder adds widens it.
   *
   * @return the projects, in the order added
   */
  public Set<ProjectId> projects() {
    return projects;
  }

  /**
   * Keeps only events serving any of these components. Empty, as a builder starts, for no such
   * filter; each value the builder adds widens it.
   *
   * @return the components, in the order added
   */
  public Set<ComponentId> components() {
    return components;
  }

  /**
   * Keeps only events held in, or with participants from, any of these countries. Empty, as a
   * builder starts, for no such filter; each value the builder adds widens it.
   *
   * @return the countries, in the order added
   */
  public Set<CountryCode> countries() {
    return countries;
  }

  /**
   * Keeps only events whose days may reach this day or later ({@link
   * org.coopkit.model.event.EventDates#lastDay()} not before it), so that with {@link #to()} the
   * events that may overlap a period, both days included, are kept; {@code null} for no lower
   * bound. With {@link #certainlyInPeriod()}, only events whose first possible day is this day or
   * later.
   *
   * @return the first day, or {@code null}
   */
  public @Nullable LocalDate from() {
    return from;
  }

  /**
   * Keeps only events whose days may start on this day or earlier ({@link
   * org.coopkit.model.event.EventDates#firstDay()} not after it); {@code null} for no upper bound.
   * Not before {@link #from()}. With {@link #certainlyInPeriod()}, only events whose last possible
   * day is this day or earlier.
   *
   * @return the last day, or {@code null}
   */
  public @Nullable LocalDate to() {
    return to;
  }

  /**
   * Keeps only events of any of these types. Empty, as a builder starts, for no such filter; each
   * value the builder adds widens it.
   *
   * @return the types, in the order added
   */
  public Set<EventType> types() {
    return types;
  }

  /**
   * Keeps only events in any of these statuses. Empty, as a builder starts, for no such filter;
   * each value the builder adds widens it.
   *
   * @return the statuses, in the order added
   */
  public Set<EventStatus> statuses() {
    return statuses;
  }

  /**
   * Keeps only events with any of these topics. Empty, as a builder starts, for no such filter;
   * each value the builder adds widens it.
   *
   * @return the topics, in the order added
   */
  public Set<Topic> topics() {
    return topics;
  }

  /**
   * Keeps only events with any of these organisations among their organisers. Empty, as a builder
   * starts, for no such filter; each value the builder adds widens it.
   *
   * @return the organisations, in the order added
   */
  public Set<OrganisationId> organisers() {
    return organisers;
  }

  /**
   * Keeps only events whose title, description or key messages contain this text, both folded
   * (accents, case and spaces; see {@link org.coopkit.query}); {@code null}, as a builder starts,
   * for no text filter.
   *
   * @return the folded text, or {@code null}
   */
  public @Nullable String text() {
    return text;
  }

  /**
   * Whether the period filter keeps only events certainly in the period, every day they may cover
   * between {@link #from()} and {@link #to()}; {@code false}, as a builder starts, keeps every
   * event that may fall in it. An event with no known end or no known date is never certainly
   * inside a period with a last day.
   *
   * @return {@code true} for events certainly in the period only
   * @since 0.2.0
   */
  public boolean certainlyInPeriod() {
    return certainlyInPeriod;
  }

  @Override
  public Set<ExternalId> externalIds() {
    return externalIds;
  }

  /**
   * Keeps only editions of any of these series, by code (lower case, as {@link EventSeries} keeps
   * it). Empty, as a builder starts, for no such filter; each value the builder adds widens it.
   *
   * @return the series codes, in the order added
   * @since 0.2.0
   */
  public Set<String> series() {
    return series;
  }

  /**
   * Keeps only the parts of this event ({@link Event#partOf()}); {@code null}, as a builder starts,
   * for no such filter.
   *
   * @return the parent event, or {@code null}
   * @since 0.2.0
   */
  public @Nullable EventId partOf() {
    return partOf;
  }

  @Override
  public SortDirection direction() {
    return page.direction;
  }

  @Override
  public int limit() {
    return page.limit;
  }

  @Override
  public @Nullable Cursor after() {
    return page.after;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof EventQuery o && Arrays.equals(values(), o.values());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values());
  }

  @Override
  public String toString() {
    return VALUES.describe(values(), page.describe(true));
  }

  /** Whether {@code key} can be an event's sort key: its first day, as ISO {@code yyyy-MM-dd}. */
  private static boolean isSortKey(String key) {
    try {
      return key.length() == 10 && LocalDate.parse(key) != null;
    } catch (java.time.DateTimeException e) {
      return false;
    }
  }

  /**
   * A query for all events; narrow it with the builder.
   *
   * @return a new builder with no filters, ascending, and the default page size
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this query's values.
   *
   * @return a new builder; changing it leaves this query untouched
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  @Override
  public EventQuery after(String cursor) {
    return toBuilder().after(cursor).build();
  }

  /** Builds an {@link EventQuery}; every filter starts empty. */
  public static final class Builder
      implements PagedQuery.Builder<Builder>, ExternalIdFilter.Builder<Builder> {
    private final Set<ProjectId> projects = new LinkedHashSet<>();
    private final Set<ComponentId> components = new LinkedHashSet<>();
    private final Set<CountryCode> countries = new LinkedHashSet<>();
    private @Nullable LocalDate from;
    private @Nullable LocalDate to;
    private final Set<EventType> types = new LinkedHashSet<>();
    private final Set<EventStatus> statuses = new LinkedHashSet<>();
    private final Set<Topic> topics = new LinkedHashSet<>();
    private final Set<OrganisationId> organisers = new LinkedHashSet<>();
    private @Nullable String text;
    private boolean certainlyInPeriod;
    private final Set<ExternalId> externalIds = new LinkedHashSet<>();
    private final Set<String> series = new LinkedHashSet<>();
    private @Nullable EventId partOf;
    private final PageRequest.Builder<Builder> page;

    private Builder() {
      page = new PageRequest.Builder<>(this);
    }

    private Builder(EventQuery q) {
      projects.addAll(q.projects);
      components.addAll(q.components);
      countries.addAll(q.countries);
      from = q.from;
      to = q.to;
      types.addAll(q.types);
      statuses.addAll(q.statuses);
      topics.addAll(q.topics);
      organisers.addAll(q.organisers);
      text = q.text;
      certainlyInPeriod = q.certainlyInPeriod;
      externalIds.addAll(q.externalIds);
      series.addAll(q.series);
      partOf = q.partOf;
      page = new PageRequest.Builder<>(this, q.page, KIND);
    }

    /**
     * Adds {@code project} to {@link EventQuery#projects()}.
     *
     * @param project the value to add
     * @return this builder
     * @throws NullPointerException if {@code project} is null
     */
    public Builder project(ProjectId project) {
      return Filters.add(this, projects, project, "project");
    }

    /**
     * Adds each of {@code values} to {@link EventQuery#projects()}.
     *
     * @param values the values to add
     * @return this builder
     * @throws NullPointerException if a value is null
     */
    public Builder projects(Collection<ProjectId> values) {
      values.forEach(this::project);
      return this;
    }

    /**
     * Adds {@code component} to {@link EventQuery#components()}.
     *
     * @param component the value to add
     * @return this builder
     * @throws NullPointerException if {@code component} is null
     */
    public Builder component(ComponentId component) {
      return Filters.add(this, components, component, "component");
    }

    /**
     * Adds {@code country} to {@link EventQuery#countries()}.
     *
     * @param country the value to add
     * @return this builder
     * @throws NullPointerException if {@code country} is null
     */
    public Builder country(CountryCode country) {
      return Filters.add(this, countries, country, "country");
    }

    /**
     * Adds each of {@code values} to {@link EventQuery#countries()}.
     *
     * @param values the values to add
     * @return this builder
     * @throws NullPointerException if a value is null
     */
    public Builder countries(Collection<CountryCode> values) {
      values.forEach(this::country);
      return this;
    }

    /**
     * Sets {@link EventQuery#from()} and {@link EventQuery#to()}.
     *
     * @param from the period's first day, or {@code null} for no lower bound
     * @param to the period's last day, or {@code null} for no upper bound
     * @return this builder
     */
    public Builder between(@Nullable LocalDate from, @Nullable LocalDate to) {
      this.from = from;
      this.to = to;
      return this;
    }

    /**
     * Adds {@code type} to {@link EventQuery#types()}.
     *
     * @param type the value to add
     * @return this builder
     * @throws NullPointerException if {@code type} is null
     */
    public Builder type(EventType type) {
      return Filters.add(this, types, type, "type");
    }

    /**
     * Adds {@code status} to {@link EventQuery#statuses()}.
     *
     * @param status the value to add
     * @return this builder
     * @throws NullPointerException if {@code status} is null
     */
    public Builder status(EventStatus status) {
      return Filters.add(this, statuses, status, "status");
    }

    /**
     * Adds {@code topic} to {@link EventQuery#topics()}.
     *
     * @param topic the value to add
     * @return this builder
     * @throws NullPointerException if {@code topic} is null
     */
    public Builder topic(Topic topic) {
      return Filters.add(this, topics, topic, "topic");
    }

    /**
     * Adds {@code organisation} to {@link EventQuery#organisers()}.
     *
     * @param organisation the value to add
     * @return this builder
     * @throws NullPointerException if {@code organisation} is null
     */
    public Builder organiser(OrganisationId organisation) {
      return Filters.add(this, organisers, organisation, "organisation");
    }

    /**
     * Sets {@link EventQuery#text()}.
     *
     * @param text the text to look for, or {@code null} (or a text that shows nothing) for no text
     *     filter
     * @return this builder
     */
    public Builder text(@Nullable String text) {
      this.text = text;
      return this;
    }

    /**
     * Sets {@link EventQuery#certainlyInPeriod()}.
     *
     * @param certainly {@code true} to keep only events certainly in the period
     * @return this builder
     * @since 0.2.0
     */
    public Builder certainlyInPeriod(boolean certainly) {
      this.certainlyInPeriod = certainly;
      return this;
    }

    @Override
    public Builder externalId(ExternalId externalId) {
      return Filters.add(this, externalIds, externalId, "externalId");
    }

    /**
     * Adds a series' code to {@link EventQuery#series()}, in any case.
     *
     * @param code the series' code
     * @return this builder
     * @throws NullPointerException if {@code code} is null
     * @throws org.coopkit.error.ValidationException if it is not a valid series code
     * @since 0.2.0
     */
    public Builder series(String code) {
      series.add(new EventSeries(requireNonNull(code, "code"), null).code());
      return this;
    }

    /**
     * Sets {@link EventQuery#partOf()}.
     *
     * @param parent the event whose parts to keep, or {@code null} for no such filter
     * @return this builder
     * @since 0.2.0
     */
    public Builder partOf(@Nullable EventId parent) {
      this.partOf = parent;
      return this;
    }

    @Override
    public Builder direction(SortDirection direction) {
      return page.direction(direction);
    }

    @Override
    public Builder limit(int limit) {
      return page.limit(limit);
    }

    @Override
    public Builder after(@Nullable String cursor) {
      return page.after(cursor);
    }

    /**
     * Checks the values and builds the query.
     *
     * @return a new query
     * @throws org.coopkit.error.ValidationException if a value is out of range
     */
    public EventQuery build() {
      return new EventQuery(this);
    }
  }
}
