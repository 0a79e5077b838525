package org.coopkit.internal;

import static java.util.Objects.requireNonNull;
import static org.coopkit.internal.ServiceContext.any;
import static org.coopkit.internal.ServiceContext.requireExisting;
import static org.coopkit.internal.ServiceContext.requireVersion;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.coopkit.error.BrokenReferenceException;
import org.coopkit.error.NotFoundException;
import org.coopkit.error.StillReferencedException;
import org.coopkit.model.ExternalId;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventDates;
import org.coopkit.model.event.EventId;
import org.coopkit.model.event.EventStatus;
import org.coopkit.model.event.KeyMessage;
import org.coopkit.model.event.Organiser;
import org.coopkit.model.event.Participation;
import org.coopkit.model.internal.Validator;
import org.coopkit.model.project.ComponentId;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectId;
import org.coopkit.model.source.AggregateKind;
import org.coopkit.query.EventQuery;
import org.coopkit.query.LogframeQuery;
import org.coopkit.query.Page;
import org.coopkit.service.EventService;
import org.coopkit.spi.StorageSession;

/** {@link EventService} over the storage SPI. */
final class DefaultEventService implements EventService {
  private static final String KIND = "Event";

  private final ServiceContext context;
  private final VersionStamping<Event, Event.Builder> stamping;

  DefaultEventService(ServiceContext context) {
    this.context = context;
    this.stamping = new VersionStamping<>(context, Event::toBuilder, Event.Builder::build);
  }

  @Override
  public Event create(Event event) {
    return context.write(s -> insertNew(s, event));
  }

  @Override
  public Event restore(Event event) {
    return context.write(s -> insert(s, stamping.asRestored(event)));
  }

  @Override
  public Optional<Event> find(EventId id) {
    return context.read(s -> s.events().get(id));
  }

  @Override
  public Event get(EventId id) {
    return find(id).orElseThrow(() -> new NotFoundException(KIND, id.toString()));
  }

  @Override
  public Event update(Event event) {
    return context.write(s -> store(s, current(s, event.id()), event));
  }

  @Override
  public void delete(EventId id, long expectedVersion) {
    context.write(
        s -> {
          requireVersion(KIND, id, expectedVersion, current(s, id).version());
          if (hasParts(s, id)) {
            throw new StillReferencedException(KIND, id.toString(), "parts of it");
          }
          if (DefaultResultService.keepsResults(s)
              && any(LogframeQuery.builder().event(id).limit(1).build(), s.results()::find)) {
            throw new StillReferencedException(KIND, id.toString(), "outputs of a logframe");
          }
          Provenances.forget(s, AggregateKind.EVENT, id.value());
          s.events().delete(id, expectedVersion);
          return null;
        });
  }

  @Override
  public Event reschedule(EventId id, long expectedVersion, EventDates dates) {
    return change(
        id,
        expectedVersion,
        e ->
            e.toBuilder()
                .dates(dates)
                .status(e.status() == EventStatus.POSTPONED ? EventStatus.SCHEDULED : e.status())
                .build());
  }

  @Override
  public Event postpone(EventId id, long expectedVersion) {
    return change(id, expectedVersion, e -> e.toBuilder().status(EventStatus.POSTPONED).build());
  }

  @Override
  public Event cancel(EventId id, long expectedVersion) {
    return change(id, expectedVersion, e -> e.toBuilder().status(EventStatus.CANCELLED).build());
  }

  @Override
  public Event recordOutcome(
      EventId id, long expectedVersion, Participation participation, List<KeyMessage> keyMessages) {
    return change(
        id,
        expectedVersion,
        e ->
            e.toBuilder()
                .participation(participation)
                .keyMessages(keyMessages)
                .status(EventStatus.HELD)
                .build());
  }

  @Override
  public Optional<Event> findByExternalId(ExternalId externalId) {
    requireNonNull(externalId, "externalId");
    return context.read(s -> byExternalId(s, externalId));
  }

  @Override
  public Event upsertByExternalId(ExternalId externalId, Event event) {
    return context.upsertByExternalId(
        KIND,
        externalId,
        event,
        DefaultEventService::byExternalId,
        this::insertNew,
        this::replaceFound);
  }

  /** Writes {@code event} as new, stamped version 1. */
  private Event insertNew(StorageSession s, Event event) {
    return insert(s, stamping.asNew(event));
  }

  /**
   * Writes {@code next} over {@code found}, which a search returned: read again with a lock, so
   * that the version stays the one read until it is replaced.
   */
  private Event replaceFound(StorageSession s, Event found, Event next) {
    Event current = current(s, found.id());
    return store(s, current, next.toBuilder().id(current.id()).version(current.version()).build());
  }

  private static Optional<Event> byExternalId(StorageSession s, ExternalId externalId) {
    return ServiceContext.theOneWith(
        KIND,
        externalId,
        s.events().find(EventQuery.builder().externalId(externalId).limit(2).build()));
  }

  @Override
  public Page<Event> search(EventQuery query) {
    return context.read(s -> s.events().find(query));
  }

  private Event change(EventId id, long expectedVersion, UnaryOperator<Event> change) {
    return context.write(
        s -> {
          Event current = current(s, id);
          requireVersion(KIND, id, expectedVersion, current.version());
          return store(s, current, change.apply(current));
        });
  }

  /** Checks the references, then writes {@code stored} as new, with its stamps. */
  private static Event insert(StorageSession s, Event stored) {
    checkReferences(s, stored);
    s.events().insert(stored);
    return stored;
  }

  private Event store(StorageSession s, Event current, Event next) {
    requireVersion(KIND, next.id(), next.version(), current.version());
    checkReferences(s, next);
    Event stored = stamping.replacing(current, next);
    s.events().update(stored, current.version());
    return stored;
  }

  private static boolean hasParts(StorageSession s, EventId id) {
    return ServiceContext.any(EventQuery.builder().partOf(id).limit(1).build(), s.events()::find);
  }

  /**
   * The event it is part of exists and is not a part itself, and an event with parts is not made a
   * part: one level of nesting, so that no cycle can form and reports need look one level up.
   */
  private static void checkParent(StorageSession s, Event event) {
    EventId parentId = event.partOf();
    if (parentId == null) {
      return;
    }
    Event parent =
        s.events()
            .get(parentId)
            .orElseThrow(
                () -> new BrokenReferenceException("Event.partOf", KIND, parentId.toString()));
    Validator v = Validator.of(KIND);
    v.check(
        parent.partOf() == null,
        "partOf",
        "must name an event that is not itself a part of another",
        parentId);
    v.throwIfInvalid();
    v.check(
        !hasParts(s, event.id()),
        "partOf",
        "must be empty for an event that has parts of its own",
        parentId);
    v.throwIfInvalid();
  }

  /** Projects and organisers exist; every component belongs to one of the event's projects. */
  private static void checkReferences(StorageSession s, Event event) {
    checkParent(s, event);
    requireExisting(
        s.organisations(),
        event.organisers().stream().map(Organiser::organisation).toList(),
        "Event.organisers",
        "Organisation");
    Set<ComponentId> components = new HashSet<>();
    for (int i = 0; i < event.projects().size(); i++) {
      ProjectId projectId = event.projects().get(i);
      String path = "Event.projects[" + i + "]";
      Project project =
          s.projects()
              .get(projectId)
              .orElseThrow(
                  () -> new BrokenReferenceException(path, "Project", projectId.toString()));
      project.components().forEach(c -> components.add(c.id()));
    }
    for (int i = 0; i < event.components().size(); i++) {
      ComponentId component = event.components().get(i);
      if (!components.contains(component)) {
        throw new BrokenReferenceException(
            "Event.components[" + i + "]",
            "Component of the event's projects",
            component.toString());
      }
    }
  }

  /**
   * The stored event, read to be changed: locked until this transaction ends, so that a writer
   * holding it makes this one wait instead of reading the state being replaced.
   */
  private static Event current(StorageSession s, EventId id) {
    return s.events()
        .getForUpdate(id)
        .orElseThrow(() -> new NotFoundException(KIND, id.toString()));
  }
}
