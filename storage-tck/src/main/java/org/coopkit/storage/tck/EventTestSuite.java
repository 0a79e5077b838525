package org.coopkit.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.coopkit.storage.tck.ContractAssertions.assertSame;
import static org.coopkit.storage.tck.ContractAssertions.created;
import static org.coopkit.storage.tck.Fixtures.eventOf;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coopkit.error.BrokenReferenceException;
import org.coopkit.error.ConflictException;
import org.coopkit.error.DuplicateException;
import org.coopkit.error.NotFoundException;
import org.coopkit.model.CountryCode;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.PartialDate;
import org.coopkit.model.ParticipantCount;
import org.coopkit.model.Topic;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventDates;
import org.coopkit.model.event.EventFormat;
import org.coopkit.model.event.EventId;
import org.coopkit.model.event.EventStatus;
import org.coopkit.model.event.KeyMessage;
import org.coopkit.model.event.Organiser;
import org.coopkit.model.event.OrganiserRole;
import org.coopkit.model.event.Participation;
import org.coopkit.model.event.Venue;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.project.Project;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link org.coopkit.service.EventService} over a storage: creating and reading
 * events, their references to projects, components and organisers, rescheduling, postponing,
 * cancelling, recording outcomes, optimistic locking and deleting.
 *
 * @since 0.1.0
 */
public abstract class EventTestSuite extends StorageTestSuite {
  private static final Participation OUTCOME =
      Participation.builder()
          .total(ParticipantCount.exactly(93))
          .countries(Set.of(CountryCode.of("AM"), CountryCode.of("GE")))
          .byCountry(Map.of(CountryCode.of("AM"), ParticipantCount.exactly(41)))
          .countryCount(ParticipantCount.upTo(4))
          .organisationCount(ParticipantCount.moreThan(10))
          .experts(ParticipantCount.planned(5))
          .note("from the attendance list")
          .build();
  private static final List<KeyMessage> MESSAGES =
      List.of(
          KeyMessage.adopted("Adopt the roadmap"),
          new KeyMessage(LocalizedText.of("hy", "Ընդունել ճանապարհային քարտեզը"), false));

  /** For subclasses. */
  protected EventTestSuite() {}

  // Create and read.

  /** Checks that creating an event stores version 1 and timestamps from the clock. */
  @Test
  protected void createStoresVersionOneAndTimestampsFromTheClock() {
    // given
    Project project = storedProjectWithComponents(2);
    Event given =
        eventOf(project.id()).toBuilder()
            .version(3)
            .createdAt(Instant.EPOCH)
            .updatedAt(Instant.EPOCH)
            .build();

    // when
    Event stored = events().create(given);

    // then
    assertThat(stored.version()).isEqualTo(1);
    assertThat(stored.createdAt()).isEqualTo(clock.instant());
    assertThat(stored.updatedAt()).isEqualTo(clock.instant());
    assertSame(stored, created(given, clock.instant()), "the event create returned");
    assertSame(events().get(given.id()), stored, "the event read back");
  }

  /** Checks that the store reads back a fully populated event equal to the stored one. */
  @Test
  protected void readsBackAFullyPopulatedEventEqualToTheStoredOne() {
    // given
    Project project = storedProjectWithComponents(3);
    Organisation organiser = storedOrganisation();
    Event given = Fixtures.fullyPopulatedEvent(project, organiser.id());

    // when
    Event stored = events().create(given);

    // then
    assertSame(stored, created(given, clock.instant()), "the event create returned");
    assertSame(events().get(given.id()), stored, "the event read back");
    // Every figure of participation, the ones beside the total included.
    assertThat(events().get(given.id()).participation()).isEqualTo(given.participation());
    assertThat(given.participation().note()).isNotNull();
  }

  /** Checks that the store reads back topics, key messages and lists in the order given. */
  @Test
  protected void readsBackTopicsKeyMessagesAndListsInTheOrderGiven() {
    // given
    Project project = storedProjectWithComponents(3);
    Organisation organiser = storedOrganisation();
    Organisation host = storedOrganisation();
    Event given =
        Fixtures.fullyPopulatedEvent(project, organiser.id()).toBuilder()
            .topics(
                new LinkedHashSet<>(List.of(Topic.of("zeta"), Topic.of("alpha"), Topic.of("мю"))))
            .components(List.of(project.components().get(2).id(), project.components().get(0).id()))
            .addOrganiser(Organiser.of(host.id(), OrganiserRole.HOST))
            .build();

    // when
    events().create(given);
    Event read = events().get(given.id());

    // then
    assertThat(List.copyOf(read.topics()))
        .containsExactly(Topic.of("zeta"), Topic.of("alpha"), Topic.of("мю"));
    assertThat(read.components()).containsExactlyElementsOf(given.components());
    assertThat(read.organisers()).containsExactlyElementsOf(given.organisers());
    assertThat(read.keyMessages()).containsExactlyElementsOf(given.keyMessages());
    assertThat(read.links()).containsExactlyElementsOf(given.links());
    assertThat(read.title().languages()).containsExactlyElementsOf(given.title().languages());
  }

  /** Checks that the store reads back dates of every precision and time zone. */
  @Test
  protected void readsBackDatesOfEveryPrecisionAndTimeZone() {
    // given
    Project project = storedProject();
    List<EventDates> dates =
        List.of(
            EventDates.on(PartialDate.ofYear(2027)),
            EventDates.on(PartialDate.ofMonth(2026, 2)),
            new EventDates(
                PartialDate.ofMonth(2026, 11), PartialDate.of(2027, 1, 15), ZoneId.of("+04:00")),
            EventDates.of(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 1), ZoneId.of("UTC")),
            EventDates.of(
                LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 2), ZoneId.of("Asia/Yerevan")));

    for (EventDates when : dates) {
      // when
      Event stored = events().create(eventOf(project.id()).toBuilder().dates(when).build());

      // then
      assertThat(events().get(stored.id()).dates()).as("dates %s", when).isEqualTo(when);
    }
  }

  /** Checks that the store finds nothing for an unknown id. */
  @Test
  protected void findsNothingForAnUnknownId() {
    // given
    EventId unknown = Fixtures.newEventId();

    // when
    NotFoundException notFound =
        catchThrowableOfType(NotFoundException.class, () -> events().get(unknown));

    // then
    assertThat(events().find(unknown)).isEmpty();
    assertThat(notFound).as("get of an unknown id throws NotFoundException").isNotNull();
    assertThat(notFound.kind()).isEqualTo("Event");
  }

  /**
   * Checks that creating an event with a taken id fails with a {@code DuplicateException} and keeps
   * the first event.
   */
  @Test
  protected void createWithATakenIdFailsWithDuplicateAndKeepsTheFirstEvent() {
    // given
    Project project = storedProject();
    Event first = storedEventOf(project);

    // when
    DuplicateException duplicate =
        catchThrowableOfType(
            DuplicateException.class,
            () ->
                events()
                    .create(
                        eventOf(project.id()).toBuilder()
                            .id(first.id())
                            .title("Another event")
                            .build()));

    // then
    assertThat(duplicate).as("a taken id throws DuplicateException").isNotNull();
    assertSame(events().get(first.id()), first, "the first event");
  }

  // References.

  /**
   * Checks that creating an event with an unknown project fails with a {@code
   * BrokenReferenceException} and stores nothing.
   */
  @Test
  protected void createWithAnUnknownProjectFailsWithBrokenReferenceAndStoresNothing() {
    // given
    Project known = storedProject();
    Project unknown = Fixtures.anyProject();
    Event given = eventOf(known.id()).toBuilder().addProject(unknown.id()).build();

    // when
    BrokenReferenceException broken =
        catchThrowableOfType(BrokenReferenceException.class, () -> events().create(given));

    // then
    assertThat(broken).as("an unknown project throws BrokenReferenceException").isNotNull();
    assertThat(broken.targetKind()).isEqualTo("Project");
    assertThat(broken.targetId()).isEqualTo(unknown.id().toString());
    assertThat(events().find(given.id())).isEmpty();
  }

  /**
   * Checks that creating an event with an unknown organiser fails with a {@code
   * BrokenReferenceException} and stores nothing.
   */
  @Test
  protected void createWithAnUnknownOrganiserFailsWithBrokenReferenceAndStoresNothing() {
    // given
    Project project = storedProject();
    Organisation known = storedOrganisation();
    Organisation unknown = Fixtures.anyOrganisation();
    Event given =
        eventOf(project.id()).toBuilder()
            .addOrganiser(Organiser.of(known.id(), OrganiserRole.ORGANISER))
            .addOrganiser(Organiser.of(unknown.id(), OrganiserRole.CO_ORGANISER))
            .build();

    // when
    BrokenReferenceException broken =
        catchThrowableOfType(BrokenReferenceException.class, () -> events().create(given));

    // then
    assertThat(broken).as("an unknown organiser throws BrokenReferenceException").isNotNull();
    assertThat(broken.targetKind()).isEqualTo("Organisation");
    assertThat(broken.targetId()).isEqualTo(unknown.id().toString());
    assertThat(events().find(given.id())).isEmpty();
  }

  /**
   * Checks that creating an event with a component of another project fails with a {@code
   * BrokenReferenceException} and stores nothing.
   */
  @Test
  protected void createWithAComponentOfAnotherProjectFailsWithBrokenReferenceAndStoresNothing() {
    // given
    Project project = storedProjectWithComponents(1);
    Project other = storedProjectWithComponents(1);
    Event given =
        eventOf(project.id()).toBuilder()
            .addComponent(project.components().get(0).id())
            .addComponent(other.components().get(0).id())
            .build();

    // when
    BrokenReferenceException broken =
        catchThrowableOfType(BrokenReferenceException.class, () -> events().create(given));

    // then
    assertThat(broken)
        .as(
            "a component of a project the event does not belong to throws"
                + " BrokenReferenceException")
        .isNotNull();
    assertThat(broken.targetId()).isEqualTo(other.components().get(0).id().toString());
    assertThat(events().find(given.id())).isEmpty();
  }

  /**
   * Checks that creating an event with an unknown component fails with a {@code
   * BrokenReferenceException} and stores nothing.
   */
  @Test
  protected void createWithAnUnknownComponentFailsWithBrokenReferenceAndStoresNothing() {
    // given
    Project project = storedProjectWithComponents(1);
    Event given = eventOf(project.id()).toBuilder().addComponent(Fixtures.newComponentId()).build();

    // when
    BrokenReferenceException broken =
        catchThrowableOfType(BrokenReferenceException.class, () -> events().create(given));

    // then
    assertThat(broken).as("an unknown component throws BrokenReferenceException").isNotNull();
    assertThat(events().find(given.id())).isEmpty();
  }

  /** Checks that creating a joint event accepts components of each of its projects. */
  @Test
  protected void createOfAJointEventAcceptsComponentsOfEachOfItsProjects() {
    // given
    Project first = storedProjectWithComponents(1);
    Project second = storedProjectWithComponents(2);
    Event given =
        eventOf(first.id()).toBuilder()
            .addProject(second.id())
            .addComponent(second.components().get(1).id())
            .addComponent(first.components().get(0).id())
            .build();

    // when
    Event stored = events().create(given);

    // then
    assertThat(stored.isJoint()).isTrue();
    assertSame(events().get(given.id()), created(given, clock.instant()), "the joint event");
  }

  // Update.

  /**
   * Checks that updating an event bumps the version and {@code updatedAt} and keeps {@code
   * createdAt}.
   */
  @Test
  protected void updateBumpsTheVersionAndUpdatedAtAndKeepsCreatedAt() {
    // given
    Project project = storedProject();
    Event stored = storedEventOf(project);
    Instant createdAt = clock.instant();
    Instant later = clock.advance(Duration.ofDays(2));

    // when
    Event updated =
        events()
            .update(
                stored.toBuilder()
                    .title("Renamed event")
                    .venue(Venue.of("Chișinău", CountryCode.of("MD")))
                    .build());

    // then
    VersionContract.assertBumped(
        updated, createdAt, later, () -> events().get(stored.id()), "the event read back");
  }

  /**
   * Checks that updating an event with a stale version fails with a {@code ConflictException}
   * naming both versions.
   */
  @Test
  protected void updateWithAStaleVersionFailsWithConflictNamingBothVersions() {
    // given
    Project project = storedProject();
    Event stored = storedEventOf(project);
    Event current = events().update(stored.toBuilder().title("First writer").build());

    // when, then
    VersionContract.assertStaleUpdateConflicts(
        () -> events().update(stored.toBuilder().title("Second writer").build()),
        "Event",
        () -> events().get(stored.id()),
        current,
        "the event after the conflict");
  }

  /**
   * Checks that updating an event with an unknown project fails with a {@code
   * BrokenReferenceException} and keeps the event.
   */
  @Test
  protected void updateWithAnUnknownProjectFailsWithBrokenReferenceAndKeepsTheEvent() {
    // given
    Project project = storedProject();
    Event stored = storedEventOf(project);

    // when
    BrokenReferenceException broken =
        catchThrowableOfType(
            BrokenReferenceException.class,
            () -> events().update(stored.toBuilder().addProject(Fixtures.newProjectId()).build()));

    // then
    assertThat(broken).as("an unknown project throws BrokenReferenceException").isNotNull();
    assertSame(events().get(stored.id()), stored, "the event after the failed update");
  }

  /**
   * Checks that updating an event with a component of another project fails with a {@code
   * BrokenReferenceException}.
   */
  @Test
  protected void updateWithAComponentOfAnotherProjectFailsWithBrokenReference() {
    // given
    Project project = storedProject();
    Project other = storedProjectWithComponents(1);
    Event stored = storedEventOf(project);

    // when
    BrokenReferenceException broken =
        catchThrowableOfType(
            BrokenReferenceException.class,
            () ->
                events()
                    .update(
                        stored.toBuilder().addComponent(other.components().get(0).id()).build()));

    // then
    assertThat(broken).as("a foreign component throws BrokenReferenceException").isNotNull();
    assertSame(events().get(stored.id()), stored, "the event after the failed update");
  }

  // Schedule changes.

  /** Checks that {@code postpone} marks the event postponed and keeps its dates. */
  @Test
  protected void postponeMarksItPostponedAndKeepsItsDates() {
    // given
    Project project = storedProject();
    Event stored = storedEventOf(project);
    Instant later = clock.advance(Duration.ofHours(3));

    // when
    Event postponed = events().postpone(stored.id(), stored.version());

    // then
    assertThat(postponed.status()).isEqualTo(EventStatus.POSTPONED);
    assertThat(postponed.dates()).isEqualTo(stored.dates());
    assertThat(postponed.version()).isEqualTo(2);
    assertThat(postponed.updatedAt()).isEqualTo(later);
    assertSame(events().get(stored.id()), postponed, "the event read back");
  }

  /** Checks that {@code reschedule} of a postponed event moves it and makes it scheduled again. */
  @Test
  protected void rescheduleOfAPostponedEventMovesItAndMakesItScheduledAgain() {
    // given
    Project project = storedProject();
    Event stored = storedEventOf(project);
    Event postponed = events().postpone(stored.id(), stored.version());
    EventDates newDates =
        EventDates.of(LocalDate.of(2025, 9, 22), LocalDate.of(2025, 9, 24), ZoneId.of("Asia/Baku"));

    // when
    Event rescheduled = events().reschedule(stored.id(), postponed.version(), newDates);

    // then
    assertThat(rescheduled.status()).isEqualTo(EventStatus.SCHEDULED);
    assertThat(rescheduled.dates()).isEqualTo(newDates);
    assertThat(rescheduled.version()).isEqualTo(3);
    assertSame(events().get(stored.id()), rescheduled, "the event read back");
  }

  /** Checks that {@code reschedule} of a scheduled event moves it and keeps it scheduled. */
  @Test
  protected void rescheduleOfAScheduledEventMovesItAndKeepsItScheduled() {
    // given
    Project project = storedProject();
    Event stored = storedEventOf(project);
    EventDates newDates = EventDates.on(PartialDate.ofMonth(2026, 4));

    // when
    Event rescheduled = events().reschedule(stored.id(), stored.version(), newDates);

    // then
    assertThat(rescheduled.status()).isEqualTo(EventStatus.SCHEDULED);
    assertThat(rescheduled.dates()).isEqualTo(newDates);
    assertSame(events().get(stored.id()), rescheduled, "the event read back");
  }

  /** Checks that {@code cancel} marks the event cancelled. */
  @Test
  protected void cancelMarksItCancelled() {
    // given
    Project project = storedProject();
    Event stored = storedEventOf(project);

    // when
    Event cancelled = events().cancel(stored.id(), stored.version());

    // then
    assertThat(cancelled.status()).isEqualTo(EventStatus.CANCELLED);
    assertThat(cancelled.dates()).isEqualTo(stored.dates());
    assertThat(cancelled.version()).isEqualTo(2);
    assertSame(events().get(stored.id()), cancelled, "the event read back");
  }

  /**
   * Checks that {@code recordOutcome} stores participation and key messages and marks the event
   * held.
   */
  @Test
  protected void recordOutcomeStoresParticipationAndKeyMessagesAndMarksItHeld() {
    // given
    Project project = storedProject();
    Event stored =
        events().create(Fixtures.eventIn(project.id(), CountryCode.of("AM"), Fixtures.SOME_DAY));

    // when
    Event held = events().recordOutcome(stored.id(), stored.version(), OUTCOME, MESSAGES);

    // then
    assertThat(held.status()).isEqualTo(EventStatus.HELD);
    assertThat(held.participation()).isEqualTo(OUTCOME);
    assertThat(held.keyMessages()).containsExactlyElementsOf(MESSAGES);
    assertThat(held.version()).isEqualTo(2);
    assertSame(events().get(stored.id()), held, "the event read back");
  }

  /**
   * Checks that {@code recordOutcome} of an in-person event whose venue no source gives succeeds:
   * the event is held, its venue stays unknown.
   */
  @Test
  protected void recordOutcomeOfAnInPersonEventWhoseVenueIsUnknownSucceeds() {
    // given
    Project project = storedProject();
    Event stored = storedEventOf(project);

    // when
    Event held = events().recordOutcome(stored.id(), stored.version(), OUTCOME, MESSAGES);

    // then
    assertThat(stored.format()).isEqualTo(EventFormat.IN_PERSON);
    assertThat(held.status()).isEqualTo(EventStatus.HELD);
    assertThat(held.venue()).isNull();
    assertSame(events().get(stored.id()), held, "the event read back");
  }

  /** Checks that {@code recordOutcome} of an online event without venue succeeds. */
  @Test
  protected void recordOutcomeOfAnOnlineEventWithoutVenueSucceeds() {
    // given
    Project project = storedProject();
    Event stored =
        events().create(eventOf(project.id()).toBuilder().format(EventFormat.ONLINE).build());

    // when
    Event held = events().recordOutcome(stored.id(), stored.version(), OUTCOME, List.of());

    // then
    assertThat(held.status()).isEqualTo(EventStatus.HELD);
    assertSame(events().get(stored.id()), held, "the event read back");
  }

  /**
   * Checks that schedule changes with a stale version fail with a {@code ConflictException} and
   * change nothing.
   */
  @Test
  protected void scheduleChangesWithAStaleVersionFailWithConflictAndChangeNothing() {
    // given
    Project project = storedProject();
    Event stored =
        events().create(Fixtures.eventIn(project.id(), CountryCode.of("GE"), Fixtures.SOME_DAY));
    Event current = events().update(stored.toBuilder().title("Changed meanwhile").build());
    long stale = stored.version();

    // when
    Throwable reschedule =
        catchThrowableOfType(
            ConflictException.class,
            () -> events().reschedule(stored.id(), stale, EventDates.on(PartialDate.ofYear(2030))));
    Throwable postpone =
        catchThrowableOfType(ConflictException.class, () -> events().postpone(stored.id(), stale));
    Throwable cancel =
        catchThrowableOfType(ConflictException.class, () -> events().cancel(stored.id(), stale));
    Throwable outcome =
        catchThrowableOfType(
            ConflictException.class,
            () -> events().recordOutcome(stored.id(), stale, OUTCOME, MESSAGES));
    Throwable delete =
        catchThrowableOfType(ConflictException.class, () -> events().delete(stored.id(), stale));

    // then
    assertThat(reschedule).as("a stale reschedule throws ConflictException").isNotNull();
    assertThat(postpone).as("a stale postpone throws ConflictException").isNotNull();
    assertThat(cancel).as("a stale cancel throws ConflictException").isNotNull();
    assertThat(outcome).as("a stale recordOutcome throws ConflictException").isNotNull();
    assertThat(delete).as("a stale delete throws ConflictException").isNotNull();
    assertSame(events().get(stored.id()), current, "the event after the conflicts");
  }

  // Delete.

  /** Checks that deleting an event removes the event and frees its project. */
  @Test
  protected void deleteRemovesTheEventAndFreesItsProject() {
    // given
    Project project = storedProject();
    Event stored = storedEventOf(project);

    // when
    events().delete(stored.id(), stored.version());

    // then
    assertThat(events().find(stored.id())).isEmpty();
    projects().delete(project.id(), project.version());
    assertThat(projects().find(project.id())).isEmpty();
  }
}
