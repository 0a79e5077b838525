package org.coopkit.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.coopkit.model.CountryCode;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventStatus;
import org.coopkit.model.event.EventType;
import org.coopkit.model.internal.FieldNames;
import org.coopkit.model.internal.Validator;
import org.coopkit.model.project.ProjectId;
import org.jspecify.annotations.Nullable;

/**
 * Which events a report aggregates. {@link #matches} is the definition every adapter reproduces.
 *
 * <p>Coopkit's report service makes the scopes it hands to a store's {@link
 * org.coopkit.spi.ReportStore}; tests and tools make theirs with {@link #builder()}.
 *
 * @since 0.1.0
 */
public final class EventScope {
  /** The names of the values, in the order of {@link #values()}. */
  private static final FieldNames VALUES =
      new FieldNames(
          "EventScope",
          "projects",
          "from",
          "to",
          "types",
          "statuses",
          "venueCountry",
          "participantCountry");

  private final Set<ProjectId> projects;
  private final @Nullable LocalDate from;
  private final @Nullable LocalDate to;
  private final Set<EventType> types;
  private final Set<EventStatus> statuses;
  private final @Nullable CountryCode venueCountry;
  private final @Nullable CountryCode participantCountry;

  private EventScope(
      Set<ProjectId> projects,
      @Nullable LocalDate from,
      @Nullable LocalDate to,
      Set<EventType> types,
      Set<EventStatus> statuses,
      @Nullable CountryCode venueCountry,
      @Nullable CountryCode participantCountry) {
    this.projects = ImmutableSet.copyOf(projects);
    this.from = from;
    this.to = to;
    this.types = ImmutableSet.copyOf(types);
    this.statuses = ImmutableSet.copyOf(statuses);
    this.venueCountry = venueCountry;
    this.participantCountry = participantCountry;
  }

  /**
   * The values {@link #equals}, {@link #hashCode} and {@link #toString} read; add a new one here.
   */
  private Object[] values() {
    return new Object[] {projects, from, to, types, statuses, venueCountry, participantCountry};
  }

  /**
   * Events of any of these projects; empty means every event.
   *
   * @return the projects, unmodifiable
   */
  public Set<ProjectId> projects() {
    return projects;
  }

  /**
   * Events whose days may reach this day or later ({@link
   * org.coopkit.model.event.EventDates#lastDay()} not before it): an event whose date is uncertain
   * is in scope when it may fall in the period, and reports count how many such events they hold
   * ({@link EventTally#eventsPerhapsOutsidePeriod()}); {@code null} for no lower bound.
   *
   * @return the first day, or {@code null}
   */
  public @Nullable LocalDate from() {
    return from;
  }

  /**
   * Events whose days may start on this day or earlier ({@link
   * org.coopkit.model.event.EventDates#firstDay()} not after it); {@code null} for no upper bound.
   *
   * @return the last day, or {@code null}
   */
  public @Nullable LocalDate to() {
    return to;
  }

  /**
   * Events of any of these types; empty means any.
   *
   * @return the event types, unmodifiable
   */
  public Set<EventType> types() {
    return types;
  }

  /**
   * Events in any of these statuses; empty means any.
   *
   * @return the statuses, unmodifiable
   */
  public Set<EventStatus> statuses() {
    return statuses;
  }

  /**
   * Only events held in this country; {@code null} for any.
   *
   * @return the venue's country, or {@code null}
   */
  public @Nullable CountryCode venueCountry() {
    return venueCountry;
  }

  /**
   * Only events with participants from this country; {@code null} for any.
   *
   * @return the participants' country, or {@code null}
   */
  public @Nullable CountryCode participantCountry() {
    return participantCountry;
  }

  /**
   * Whether the event is in scope.
   *
   * @param event the event to test
   * @return {@code true} if the event passes every part of the scope
   */
  public boolean matches(Event event) {
    return (projects.isEmpty() || !Collections.disjoint(projects, event.projects()))
        && (from == null || !event.dates().lastDay().isBefore(from))
        && (to == null || !event.dates().firstDay().isAfter(to))
        && (types.isEmpty() || types.contains(event.type()))
        && (statuses.isEmpty() || statuses.contains(event.status()))
        && (venueCountry == null
            || (event.venue() != null && venueCountry.equals(event.venue().country())))
        && (participantCountry == null
            || event.participation().countries().contains(participantCountry));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof EventScope o && Arrays.equals(values(), o.values());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values());
  }

  @Override
  public String toString() {
    return VALUES.describe(values());
  }

  /**
   * Starts a scope; unset, it matches every event.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this scope's values.
   *
   * @return a new builder; changing it leaves this scope untouched
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds an {@link EventScope}; reusable. Setters reject {@code null} for sets. */
  public static final class Builder {
    private final Set<ProjectId> projects = new LinkedHashSet<>();
    private @Nullable LocalDate from;
    private @Nullable LocalDate to;
    private final Set<EventType> types = new LinkedHashSet<>();
    private final Set<EventStatus> statuses = new LinkedHashSet<>();
    private @Nullable CountryCode venueCountry;
    private @Nullable CountryCode participantCountry;

    private Builder() {}

    private Builder(EventScope s) {
      projects.addAll(s.projects);
      from = s.from;
      to = s.to;
      types.addAll(s.types);
      statuses.addAll(s.statuses);
      venueCountry = s.venueCountry;
      participantCountry = s.participantCountry;
    }

    /**
     * Sets {@link EventScope#projects()}, replacing any given before; none means every event.
     *
     * @param projects the projects
     * @return this builder
     * @throws NullPointerException if {@code projects} or one of them is null
     */
    public Builder projects(Collection<ProjectId> projects) {
      Validator.replaceAll(this.projects, projects, "projects");
      return this;
    }

    /**
     * Adds a project whose events match.
     *
     * @param project a project
     * @return this builder
     * @throws NullPointerException if {@code project} is null
     */
    public Builder addProject(ProjectId project) {
      projects.add(requireNonNull(project, "project"));
      return this;
    }

    /**
     * Takes the period, types and statuses of a report filter, replacing those given before.
     *
     * @param filter the filter whose parts to take
     * @return this builder
     * @throws NullPointerException if {@code filter} is null
     */
    public Builder filter(ReportFilter filter) {
      requireNonNull(filter, "filter");
      return from(filter.from()).to(filter.to()).types(filter.types()).statuses(filter.statuses());
    }

    /**
     * Sets {@link EventScope#from()}.
     *
     * @param from the first day; {@code null} for no lower bound
     * @return this builder
     */
    public Builder from(@Nullable LocalDate from) {
      this.from = from;
      return this;
    }

    /**
     * Sets {@link EventScope#to()}.
     *
     * @param to the last day; {@code null} for no upper bound
     * @return this builder
     */
    public Builder to(@Nullable LocalDate to) {
      this.to = to;
      return this;
    }

    /**
     * Sets {@link EventScope#types()}, replacing any given before; none means any.
     *
     * @param types the event types
     * @return this builder
     * @throws NullPointerException if {@code types} or one of them is null
     */
    public Builder types(Set<EventType> types) {
      Validator.replaceAll(this.types, types, "types");
      return this;
    }

    /**
     * Sets {@link EventScope#statuses()}, replacing any given before; none means any.
     *
     * @param statuses the statuses
     * @return this builder
     * @throws NullPointerException if {@code statuses} or one of them is null
     */
    public Builder statuses(Set<EventStatus> statuses) {
      Validator.replaceAll(this.statuses, statuses, "statuses");
      return this;
    }

    /**
     * Sets {@link EventScope#venueCountry()}.
     *
     * @param venueCountry the venue's country; {@code null} for any
     * @return this builder
     */
    public Builder venueCountry(@Nullable CountryCode venueCountry) {
      this.venueCountry = venueCountry;
      return this;
    }

    /**
     * Sets {@link EventScope#participantCountry()}.
     *
     * @param participantCountry the participants' country; {@code null} for any
     * @return this builder
     */
    public Builder participantCountry(@Nullable CountryCode participantCountry) {
      this.participantCountry = participantCountry;
      return this;
    }

    /**
     * Builds the scope.
     *
     * @return a new scope
     */
    public EventScope build() {
      return new EventScope(projects, from, to, types, statuses, venueCountry, participantCountry);
    }
  }
}
