package org.coopkit.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Set;
import org.coopkit.model.CountryCode;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventStatus;
import org.coopkit.model.event.EventType;
import org.coopkit.model.project.ProjectId;
import org.jspecify.annotations.Nullable;

/**
 * Which events a report aggregates. {@link #matches} is the definition every adapter reproduces.
 *
 * @param projects events of any of these projects; empty means every event
 * @param from events whose days reach this day or later
 * @param to events whose days start on this day or earlier
 * @param types events of any of these types; empty means any
 * @param statuses events in any of these statuses; empty means any
 * @param venueCountry only events held in this country
 * @param participantCountry only events with participants from this country
 * @since 0.1.0
 */
public record EventScope(
    Set<ProjectId> projects,
    @Nullable LocalDate from,
    @Nullable LocalDate to,
    Set<EventType> types,
    Set<EventStatus> statuses,
    @Nullable CountryCode venueCountry,
    @Nullable CountryCode participantCountry) {

  /**
   * Copies the sets into immutable ones.
   *
   * @param projects events of any of these projects; empty means every event
   * @param from events whose days reach this day or later
   * @param to events whose days start on this day or earlier
   * @param types events of any of these types; empty means any
   * @param statuses events in any of these statuses; empty means any
   * @param venueCountry only events held in this country
   * @param participantCountry only events with participants from this country
   * @throws NullPointerException if a set is null
   */
  public EventScope {
    projects = ImmutableSet.copyOf(requireNonNull(projects, "projects"));
    types = ImmutableSet.copyOf(requireNonNull(types, "types"));
    statuses = ImmutableSet.copyOf(requireNonNull(statuses, "statuses"));
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
}
