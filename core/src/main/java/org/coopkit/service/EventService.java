package org.coopkit.service;

import java.util.List;
import java.util.Optional;
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
   * @throws org.coopkit.error.DuplicateException if its id is taken
   * @throws org.coopkit.error.BrokenReferenceException if a project or organiser does not exist, or
   *     a component is not one of the event's projects'
   */
  Event create(Event event);

  /** The event with this id, if any. */
  Optional<Event> find(EventId id);

  /**
   * The event with this id.
   *
   * @throws org.coopkit.error.NotFoundException if there is none
   */
  Event get(EventId id);

  /**
   * Replaces the stored event, if its stored version is still {@code event.version()}.
   *
   * @throws org.coopkit.error.ConflictException if it was changed since it was read
   * @throws org.coopkit.error.BrokenReferenceException if a reference does not exist
   */
  Event update(Event event);

  /**
   * Deletes an event.
   *
   * @throws org.coopkit.error.ConflictException if it was changed since it was read
   */
  void delete(EventId id, long expectedVersion);

  /**
   * Moves an event to new dates; a postponed event becomes scheduled again.
   *
   * @throws org.coopkit.error.ConflictException if it was changed since it was read
   */
  Event reschedule(EventId id, long expectedVersion, EventDates dates);

  /**
   * Marks an event postponed, keeping its dates until it is rescheduled.
   *
   * @throws org.coopkit.error.ConflictException if it was changed since it was read
   */
  Event postpone(EventId id, long expectedVersion);

  /**
   * Marks an event cancelled.
   *
   * @throws org.coopkit.error.ConflictException if it was changed since it was read
   */
  Event cancel(EventId id, long expectedVersion);

  /**
   * Records what an event achieved: who took part and its key messages, and marks it held.
   *
   * @throws org.coopkit.error.ValidationException if the event, so changed, breaks a rule (e.g. it
   *     has no venue but was in person)
   * @throws org.coopkit.error.ConflictException if it was changed since it was read
   */
  Event recordOutcome(
      EventId id, long expectedVersion, Participation participation, List<KeyMessage> keyMessages);

  /** One page of the events matching the query. */
  Page<Event> search(EventQuery query);
}
