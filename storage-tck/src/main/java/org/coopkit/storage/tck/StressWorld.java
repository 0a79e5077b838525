package org.coopkit.storage.tck;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.coopkit.error.ConflictException;
import org.coopkit.error.NotFoundException;
import org.coopkit.error.ValidationException;
import org.coopkit.model.CountryCode;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.ParticipantCount;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.ContactId;
import org.coopkit.model.contact.RoleAssignment;
import org.coopkit.model.contact.RoleType;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventDates;
import org.coopkit.model.event.EventId;
import org.coopkit.model.event.EventStatus;
import org.coopkit.model.event.EventType;
import org.coopkit.model.event.Participation;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.project.CooperationFramework;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectId;
import org.jspecify.annotations.Nullable;

/**
 * The world {@link StressTestSuite}'s writers share, and what they expect of it: the test's own
 * projects, events and contacts, the random writes the threads make on them (fresh or deliberately
 * stale), and every {@link Attempt} with its outcome, from which the suite replays the successful
 * writes serially and compares the result with what the store holds.
 */
final class StressWorld {
  private static final int PROJECTS = 6;
  private static final int EVENTS = 30;
  private static final int CONTACTS = 20;
  private static final int MAX_ROLES = 300;

  /** The first day of the test's events and roles. */
  static final LocalDate FIRST_DAY = LocalDate.of(2016, 1, 1);

  /** What kind of aggregate an attempt wrote. */
  enum Type {
    PROJECT,
    EVENT,
    CONTACT
  }

  /** What an attempt came to. */
  enum Outcome {
    SUCCESS,
    CONFLICT,
    NOT_FOUND,
    INVALID,
    UNEXPECTED
  }

  /**
   * One write attempt.
   *
   * @param thread the thread that made it, -1 for the set-up
   * @param sequence its number in the thread
   * @param type the kind of aggregate written
   * @param id the aggregate's id
   * @param operation what was attempted, e.g. {@code reschedule}
   * @param expectedVersion the version it named; 0 for a create
   * @param change what it did to the version it read, for the replay; null for creates and deletes
   * @param outcome how it ended
   * @param result what the store returned on success; null for a delete or a failure
   * @param failure what it threw, if anything
   */
  record Attempt(
      int thread,
      int sequence,
      Type type,
      Object id,
      String operation,
      long expectedVersion,
      @Nullable UnaryOperator<Object> change,
      Outcome outcome,
      @Nullable Object result,
      @Nullable Throwable failure) {

    boolean isCreate() {
      return operation.equals("create");
    }

    boolean isDelete() {
      return operation.equals("delete");
    }

    boolean succeeded() {
      return outcome == Outcome.SUCCESS;
    }

    String describe() {
      return "thread "
          + thread
          + " #"
          + sequence
          + " "
          + operation
          + " "
          + type
          + " "
          + id
          + " at version "
          + expectedVersion
          + ": "
          + outcome
          + (failure == null ? "" : " (" + failure + ")");
    }
  }

  /** Every attempt of a test, from every thread. */
  static final class Log {
    final ConcurrentLinkedQueue<Attempt> attempts = new ConcurrentLinkedQueue<>();

    void add(Attempt attempt) {
      attempts.add(attempt);
    }
  }

  // The world itself: the suite reads its employer, framework and projects.

  private final StorageTestSuite suite;
  final Organisation employer;
  final CooperationFramework framework = Fixtures.uniqueFramework();
  final List<Project> projects = new CopyOnWriteArrayList<>();
  private final List<EventId> events = new CopyOnWriteArrayList<>();
  private final List<Object> contacts = new CopyOnWriteArrayList<>();

  /** The newest version of each aggregate any thread has seen. */
  private final Map<Object, Object> lastSeen = new ConcurrentHashMap<>();

  /** What each thread saw of each aggregate when it last looked: often stale. */
  private final Map<Integer, Map<Object, Object>> seenByThread = new ConcurrentHashMap<>();

  StressWorld(StorageTestSuite suite) {
    this.suite = suite;
    this.employer = suite.storedOrganisation();
  }

  void setUp(Log log) {
    for (int i = 0; i < PROJECTS; i++) {
      Project project =
          suite.projects().create(Fixtures.anyProject().toBuilder().framework(framework).build());
      created(log, Type.PROJECT, project);
      projects.add(project);
    }
    for (int i = 0; i < EVENTS; i++) {
      Event event =
          suite
              .events()
              .create(eventOf(projects.get(i % PROJECTS).id(), FIRST_DAY.plusDays(37L * i), i));
      created(log, Type.EVENT, event);
      events.add(event.id());
    }
    for (int i = 0; i < CONTACTS; i++) {
      Contact contact = suite.contacts().create(contactOf(employer, projects.get(i % PROJECTS)));
      created(log, Type.CONTACT, contact);
      contacts.add(contact.id());
    }
  }

  private void created(Log log, Type type, Object aggregate) {
    remember(aggregate);
    log.add(
        new Attempt(
            -1, 0, type, idOf(aggregate), "create", 0, null, Outcome.SUCCESS, aggregate, null));
  }

  /** One random write, on the events, contacts and projects alike. */
  Attempt attempt(Random random, int thread, int sequence) {
    int draw = random.nextInt(100);
    if (events.size() < 2 || draw < 8) {
      return createEvent(random, thread, sequence);
    } else if (draw < 22) {
      return renameEvent(random, thread, sequence);
    } else if (draw < 34) {
      return rescheduleEvent(random, thread, sequence);
    } else if (draw < 38) {
      return cancelOrPostponeEvent(random, thread, sequence);
    } else if (draw < 43) {
      return deleteEvent(random, thread, sequence);
    }
    return attemptOnContactsOrProjects(random, thread, sequence, draw);
  }

  /** One random write that never moves an event in date order. */
  Attempt attemptWithoutMovingEvents(Random random, int thread, int sequence) {
    int draw = random.nextInt(100);
    if (events.size() < 2 || draw < 15) {
      return createEvent(random, thread, sequence);
    } else if (draw < 30) {
      return renameEvent(random, thread, sequence);
    } else if (draw < 43) {
      return deleteEvent(random, thread, sequence);
    }
    return attemptOnContactsOrProjects(random, thread, sequence, draw);
  }

  private Attempt attemptOnContactsOrProjects(Random random, int thread, int sequence, int draw) {
    if (contacts.size() < 2 || draw < 49) {
      return createContact(random, thread, sequence);
    } else if (draw < 59) {
      return changeJobTitle(random, thread, sequence);
    } else if (draw < 70) {
      return assignRole(random, thread, sequence);
    } else if (draw < 79) {
      return endRole(random, thread, sequence);
    } else if (draw < 83) {
      return deleteContact(random, thread, sequence);
    } else if (draw < 86) {
      return createProject(thread, sequence);
    }
    return changeSummary(random, thread, sequence);
  }

  // Events.

  private Attempt createEvent(Random random, int thread, int sequence) {
    Project project = projects.get(random.nextInt(projects.size()));
    Event given =
        eventOf(project.id(), FIRST_DAY.plusDays(random.nextInt(3_000)), random.nextInt(200));
    return write(
        thread,
        sequence,
        Type.EVENT,
        given.id(),
        "create",
        0,
        null,
        () -> {
          Event created = suite.events().create(given);
          remember(created);
          events.add(created.id());
          return created;
        });
  }

  private Attempt renameEvent(Random random, int thread, int sequence) {
    Event read = (Event) base(Type.EVENT, pick(random, events), random, thread);
    LocalizedText title = LocalizedText.of("Event " + thread + "-" + sequence);
    UnaryOperator<Event> change = e -> e.toBuilder().title(title).build();
    return write(
        thread,
        sequence,
        Type.EVENT,
        read.id(),
        "update",
        read.version(),
        erase(change),
        () -> suite.events().update(change.apply(read)));
  }

  private Attempt rescheduleEvent(Random random, int thread, int sequence) {
    Event read = (Event) base(Type.EVENT, pick(random, events), random, thread);
    LocalDate first = FIRST_DAY.plusDays(random.nextInt(3_000));
    EventDates dates = EventDates.of(first, first.plusDays(random.nextInt(4)), null);
    UnaryOperator<Event> change =
        e ->
            e.toBuilder()
                .dates(dates)
                .status(e.status() == EventStatus.POSTPONED ? EventStatus.SCHEDULED : e.status())
                .build();
    return write(
        thread,
        sequence,
        Type.EVENT,
        read.id(),
        "reschedule",
        read.version(),
        erase(change),
        () -> suite.events().reschedule(read.id(), read.version(), dates));
  }

  private Attempt cancelOrPostponeEvent(Random random, int thread, int sequence) {
    Event read = (Event) base(Type.EVENT, pick(random, events), random, thread);
    boolean cancel = random.nextBoolean();
    EventStatus status = cancel ? EventStatus.CANCELLED : EventStatus.POSTPONED;
    UnaryOperator<Event> change = e -> e.toBuilder().status(status).build();
    return write(
        thread,
        sequence,
        Type.EVENT,
        read.id(),
        cancel ? "cancel" : "postpone",
        read.version(),
        erase(change),
        () ->
            cancel
                ? suite.events().cancel(read.id(), read.version())
                : suite.events().postpone(read.id(), read.version()));
  }

  private Attempt deleteEvent(Random random, int thread, int sequence) {
    Event read = (Event) base(Type.EVENT, pick(random, events), random, thread);
    return write(
        thread,
        sequence,
        Type.EVENT,
        read.id(),
        "delete",
        read.version(),
        null,
        () -> {
          suite.events().delete(read.id(), read.version());
          forget(events, read.id(), random);
          return null;
        });
  }

  // Contacts.

  private Attempt createContact(Random random, int thread, int sequence) {
    Contact given = contactOf(employer, projects.get(random.nextInt(projects.size())));
    return write(
        thread,
        sequence,
        Type.CONTACT,
        given.id(),
        "create",
        0,
        null,
        () -> {
          Contact created = suite.contacts().create(given);
          remember(created);
          contacts.add(created.id());
          return created;
        });
  }

  private Attempt changeJobTitle(Random random, int thread, int sequence) {
    Contact read = (Contact) base(Type.CONTACT, pick(random, contacts), random, thread);
    String jobTitle = "Expert " + thread + "-" + sequence;
    UnaryOperator<Contact> change = c -> c.toBuilder().jobTitle(jobTitle).build();
    return write(
        thread,
        sequence,
        Type.CONTACT,
        read.id(),
        "update",
        read.version(),
        erase(change),
        () -> suite.contacts().update(change.apply(read)));
  }

  private Attempt assignRole(Random random, int thread, int sequence) {
    Contact read = (Contact) base(Type.CONTACT, pick(random, contacts), random, thread);
    if (read.roles().size() >= MAX_ROLES) {
      return changeJobTitle(random, thread, sequence);
    }
    RoleAssignment role =
        RoleAssignment.builder()
            .id(Fixtures.newRoleId())
            .type(RoleType.values()[random.nextInt(RoleType.values().length - 1)])
            .project(projects.get(random.nextInt(projects.size())).id())
            .country(CountryCode.of("AM"))
            .validFrom(FIRST_DAY.plusDays(random.nextInt(3_000)))
            .build();
    UnaryOperator<Contact> change = c -> c.toBuilder().addRole(role).build();
    return write(
        thread,
        sequence,
        Type.CONTACT,
        read.id(),
        "assignRole",
        read.version(),
        erase(change),
        () -> suite.contacts().assignRole(read.id(), read.version(), role));
  }

  private Attempt endRole(Random random, int thread, int sequence) {
    Contact read = (Contact) base(Type.CONTACT, pick(random, contacts), random, thread);
    if (read.roles().isEmpty()) {
      return assignRole(random, thread, sequence);
    }
    RoleAssignment role = read.roles().get(random.nextInt(read.roles().size()));
    LocalDate start = role.validFrom() != null ? role.validFrom() : FIRST_DAY;
    LocalDate lastDay = start.plusDays(random.nextInt(1_000));
    UnaryOperator<Contact> change =
        c -> {
          List<RoleAssignment> roles = new ArrayList<>(c.roles());
          roles.replaceAll(r -> r.id().equals(role.id()) ? r.endedOn(lastDay) : r);
          return c.toBuilder().roles(roles).build();
        };
    return write(
        thread,
        sequence,
        Type.CONTACT,
        read.id(),
        "endRole",
        read.version(),
        erase(change),
        () -> suite.contacts().endRole(read.id(), read.version(), role.id(), lastDay));
  }

  private Attempt deleteContact(Random random, int thread, int sequence) {
    Contact read = (Contact) base(Type.CONTACT, pick(random, contacts), random, thread);
    return write(
        thread,
        sequence,
        Type.CONTACT,
        read.id(),
        "delete",
        read.version(),
        null,
        () -> {
          suite.contacts().delete(read.id(), read.version());
          forget(contacts, read.id(), random);
          return null;
        });
  }

  // Projects.

  private Attempt createProject(int thread, int sequence) {
    Project given = Fixtures.anyProject().toBuilder().framework(framework).build();
    return write(
        thread,
        sequence,
        Type.PROJECT,
        given.id(),
        "create",
        0,
        null,
        () -> {
          Project created = suite.projects().create(given);
          remember(created);
          projects.add(created);
          return created;
        });
  }

  private Attempt changeSummary(Random random, int thread, int sequence) {
    Project chosen = projects.get(random.nextInt(projects.size()));
    Project read = (Project) base(Type.PROJECT, chosen.id(), random, thread);
    LocalizedText summary = LocalizedText.of("Summary " + thread + "-" + sequence);
    UnaryOperator<Project> change = p -> p.toBuilder().summary(summary).build();
    return write(
        thread,
        sequence,
        Type.PROJECT,
        read.id(),
        "update",
        read.version(),
        erase(change),
        () -> suite.projects().update(change.apply(read)));
  }

  // Reading and writing.

  /**
   * The aggregate to write over: two times in three freshly read; otherwise (or when it is gone)
   * what this thread saw when it last looked, which other threads may have changed since, or
   * failing that the newest version any thread has seen.
   */
  private Object base(Type type, Object id, Random random, int thread) {
    Map<Object, Object> mine = seenByThread.computeIfAbsent(thread, t -> new HashMap<>());
    if (random.nextInt(3) > 0) {
      Optional<?> read = stored(type, id);
      if (read.isPresent()) {
        remember(read.get());
        mine.put(id, read.get());
        return read.get();
      }
    }
    Object seen = mine.containsKey(id) ? mine.get(id) : lastSeen.get(id);
    if (seen == null) {
      throw new IllegalStateException("never saw " + type + " " + id);
    }
    return seen;
  }

  private void remember(Object aggregate) {
    lastSeen.merge(
        idOf(aggregate), aggregate, (old, next) -> versionOf(next) >= versionOf(old) ? next : old);
  }

  /**
   * Stops offering a deleted aggregate to later writes, mostly: one in four stays on offer, so that
   * writes still race with deletes.
   */
  private void forget(List<?> ids, Object id, Random random) {
    if (random.nextInt(4) > 0) {
      ids.remove(id);
    }
  }

  private Attempt write(
      int thread,
      int sequence,
      Type type,
      Object id,
      String operation,
      long expectedVersion,
      @Nullable UnaryOperator<Object> change,
      Supplier<@Nullable Object> call) {
    Outcome outcome;
    Object result = null;
    Throwable failure = null;
    try {
      result = call.get();
      outcome = Outcome.SUCCESS;
      if (result != null) {
        remember(result);
      }
    } catch (ConflictException e) {
      outcome = Outcome.CONFLICT;
      failure = e;
    } catch (NotFoundException e) {
      outcome = Outcome.NOT_FOUND;
      failure = e;
    } catch (ValidationException e) {
      outcome = Outcome.INVALID;
      failure = e;
    } catch (RuntimeException e) {
      outcome = Outcome.UNEXPECTED;
      failure = e;
    }
    return new Attempt(
        thread, sequence, type, id, operation, expectedVersion, change, outcome, result, failure);
  }

  // Fixtures and the aggregates' common parts.

  /** A scheduled event of {@code project} with an exact participant count. */
  static Event eventOf(ProjectId project, LocalDate day, int participants) {
    return Fixtures.eventOn(project, day).toBuilder()
        .type(EventType.values()[participants % EventType.values().length])
        .participation(Participation.of(ParticipantCount.exactly(participants), Set.of()))
        .build();
  }

  private static Contact contactOf(Organisation employer, Project project) {
    return Fixtures.anyContact().toBuilder()
        .organisation(employer.id())
        .addRole(
            Fixtures.role(RoleType.PROJECT_OFFICER, project.id()).toBuilder()
                .validFrom(FIRST_DAY)
                .build())
        .build();
  }

  /** One of {@code values}, which other threads may change meanwhile but never empty. */
  private static <T> T pick(Random random, List<T> values) {
    List<T> snapshot = List.copyOf(values);
    return snapshot.get(random.nextInt(snapshot.size()));
  }

  @SuppressWarnings("unchecked")
  private static <A> UnaryOperator<Object> erase(UnaryOperator<A> change) {
    return o -> change.apply((A) o);
  }

  private static Object idOf(Object aggregate) {
    if (aggregate instanceof Project p) {
      return p.id();
    } else if (aggregate instanceof Event e) {
      return e.id();
    } else if (aggregate instanceof Contact c) {
      return c.id();
    }
    throw new IllegalArgumentException("not an aggregate of this test: " + aggregate);
  }

  static long versionOf(Object aggregate) {
    if (aggregate instanceof Project p) {
      return p.version();
    } else if (aggregate instanceof Event e) {
      return e.version();
    } else if (aggregate instanceof Contact c) {
      return c.version();
    }
    throw new IllegalArgumentException("not an aggregate of this test: " + aggregate);
  }

  static Instant createdAtOf(Object aggregate) {
    if (aggregate instanceof Project p) {
      return p.createdAt();
    } else if (aggregate instanceof Event e) {
      return e.createdAt();
    } else if (aggregate instanceof Contact c) {
      return c.createdAt();
    }
    throw new IllegalArgumentException("not an aggregate of this test: " + aggregate);
  }

  static Instant updatedAtOf(Object aggregate) {
    if (aggregate instanceof Project p) {
      return p.updatedAt();
    } else if (aggregate instanceof Event e) {
      return e.updatedAt();
    } else if (aggregate instanceof Contact c) {
      return c.updatedAt();
    }
    throw new IllegalArgumentException("not an aggregate of this test: " + aggregate);
  }

  /** {@code aggregate} as the store writes it: the given version and timestamps. */
  static Object stamped(Object aggregate, long version, Instant createdAt, Instant updatedAt) {
    if (aggregate instanceof Project p) {
      return p.toBuilder().version(version).createdAt(createdAt).updatedAt(updatedAt).build();
    } else if (aggregate instanceof Event e) {
      return e.toBuilder().version(version).createdAt(createdAt).updatedAt(updatedAt).build();
    } else if (aggregate instanceof Contact c) {
      return c.toBuilder().version(version).createdAt(createdAt).updatedAt(updatedAt).build();
    }
    throw new IllegalArgumentException("not an aggregate of this test: " + aggregate);
  }

  /** The aggregate the store holds now, if any. */
  Optional<?> stored(Type type, Object id) {
    return switch (type) {
      case PROJECT -> suite.projects().find((ProjectId) id);
      case EVENT -> suite.events().find((EventId) id);
      case CONTACT -> suite.contacts().find((ContactId) id);
    };
  }
}
