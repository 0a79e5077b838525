package org.coopkit.service;

import java.util.List;
import java.util.Optional;
import org.coopkit.model.ExternalId;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventDates;
import org.coopkit.model.event.EventId;
import org.coopkit.model.event.KeyMessage;
import org.coopkit.model.event.Participation;
import org.coopkit.query.EventQuery;
import org.coopkit.query.Page;

/**
 * Events of projects: conferences, trainings, missions.
 *
 * @since 0.1.0
 */
public interface EventService {
  /**
   * Stores a new event with version 1 and timestamps from the clock.
   *
   * @param event the new event; its version and timestamps are ignored
   * @return the event as stored
   * @throws org.coopkit.error.DuplicateException if its id is taken
   * @throws org.coopkit.error.BrokenReferenceException if a project or organiser does not exist, a
   *     component is not one of the event's projects', or the event it is part of does not exist
   * @throws org.coopkit.error.ValidationException (path {@code partOf}) if the event it is part of
   *     is itself a part, or (on update) this event has parts: events nest one level deep, so no
   *     cycle can form
   */
  Event create(Event event);

  /**
   * Stores {@code event} as it was exported from a coopkit store, keeping its version and
   * timestamps: for moving a data set between stores (coopkit-json's import), not for new events,
   * which {@link #create} stamps. Every rule of {@link #create} applies, here as there, including
   * inside a unit of work. One that was never stored (version 0) is stamped as {@link #create}
   * stamps it.
   *
   * @param event the event as exported, with the version and timestamps it had in its store
   * @return the event as stored
   * @throws org.coopkit.error.DuplicateException if its id is taken
   * @throws org.coopkit.error.BrokenReferenceException if a project or organiser does not exist, or
   *     a component is not one of the event's projects'
   * @since 0.2.0
   */
  Event restore(Event event);

  /**
   * The event with this id, if any.
   *
   * @param id the event's id
   * @return the event, or empty if there is none
   */
  Optional<Event> find(EventId id);

  /**
   * The event with this id.
   *
   * @param id the event's id
   * @return the stored event
   * @throws org.coopkit.error.NotFoundException if there is none
   */
  Event get(EventId id);

  /**
   * Replaces the stored event, if its stored version is still {@code event.version()}.
   *
   * @param event the changed event, carrying the version it was read at
   * @return the event as stored, with its version raised by one
   * @throws org.coopkit.error.ConflictException if it was changed since it was read
   * @throws org.coopkit.error.BrokenReferenceException if a reference does not exist
   */
  Event update(Event event);

  /**
   * The event that carries {@code externalId}, if any: one index lookup, as the search filter
   * {@link EventQuery.Builder#externalId}.
   *
   * @param externalId the identifier, e.g. an id of the office's calendar
   * @return the event, or empty if none carries it
   * @throws org.coopkit.error.DuplicateException (field {@code Event.externalIds}) if more than one
   *     event carries it
   * @since 0.2.0
   */
  Optional<Event> findByExternalId(ExternalId externalId);

  /**
   * Creates the event, or changes the one that carries {@code externalId} to match it: for imports
   * and syncs from a system that knows events by its own identifiers. As {@link #create} for a new
   * event; a changed event keeps its id and takes {@code event}'s values, at its stored version.
   *
   * @param externalId the identifier the event is known by; {@code event} must carry it
   * @param event the event as it should be
   * @return the event as stored
   * @throws org.coopkit.error.ValidationException (path {@code externalIds}) if {@code event} does
   *     not carry {@code externalId}
   * @throws org.coopkit.error.DuplicateException if more than one event carries {@code externalId},
   *     or the event is new and its id is taken
   * @throws org.coopkit.error.BrokenReferenceException if a reference does not exist
   * @since 0.2.0
   */
  Event upsertByExternalId(ExternalId externalId, Event event);

  /**
   * Deletes an event.
   *
   * @param id the event's id
   * @param expectedVersion the version the caller read
   * @throws org.coopkit.error.ConflictException if it was changed since it was read
   * @throws org.coopkit.error.StillReferencedException if other events are parts of it
   */
  void delete(EventId id, long expectedVersion);

  /**
   * Moves an event to new dates; a postponed event becomes scheduled again.
   *
   * @param id the event's id
   * @param expectedVersion the version the caller read
   * @param dates the new dates
   * @return the event as stored
   * @throws org.coopkit.error.ConflictException if it was changed since it was read
   */
  Event reschedule(EventId id, long expectedVersion, EventDates dates);

  /**
   * Marks an event postponed, keeping its dates until it is rescheduled.
   *
   * @param id the event's id
   * @param expectedVersion the version the caller read
   * @return the event as stored
   * @throws org.coopkit.error.ConflictException if it was changed since it was read
   */
  Event postpone(EventId id, long expectedVersion);

  /**
   * Marks an event cancelled.
   *
   * @param id the event's id
   * @param expectedVersion the version the caller read
   * @return the event as stored
   * @throws org.coopkit.error.ConflictException if it was changed since it was read
   */
  Event cancel(EventId id, long expectedVersion);

  /**
   * Records what an event achieved: who took part and its key messages, and marks it held.
   *
   * @param id the event's id
   * @param expectedVersion the version the caller read
   * @param participation who took part, with counts that say whether they are exact or estimated
   * @param keyMessages the key messages and outcomes, in order; replaces any recorded before
   * @return the event as stored
   * @throws org.coopkit.error.ValidationException if the event, so changed, breaks a rule (e.g. it
   *     has no venue but was in person)
   * @throws org.coopkit.error.ConflictException if it was changed since it was read
   */
  Event recordOutcome(
      EventId id, long expectedVersion, Participation participation, List<KeyMessage> keyMessages);

  /**
   * One page of the events matching the query.
   *
   * @param query the filters, order and page
   * @return the matching events of this page
   */
  Page<Event> search(EventQuery query);
}
