package org.coopkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopkit.internal.StorageMocks.CREATED;
import static org.coopkit.internal.StorageMocks.NOW_IN_MICROS;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.ContactFixture;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventFixture;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.organisation.OrganisationFixture;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectFixture;
import org.coopkit.model.project.ProjectRelation;
import org.coopkit.model.project.RelationType;
import org.coopkit.query.Page;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * Versions and timestamps come from the services, not from the caller: version 1 on create, one
 * more on every change, and instants from the injected clock cut to microseconds. A mocked store
 * shows exactly what the service handed it.
 */
class ServiceStampingTest {
  /** What a careless caller might put in; the services must overwrite it. */
  private static final Instant BOGUS = Instant.parse("1999-12-31T23:59:59.999999999Z");

  private final StorageMocks mocks = new StorageMocks();

  @Test
  void createsAProjectAtVersionOneStampedWithTheClockInMicroseconds() {
    Project stored =
        mocks
            .coopkit
            .projects()
            .create(
                ProjectFixture.aProject()
                    .code("new")
                    .version(42)
                    .createdAt(BOGUS)
                    .updatedAt(BOGUS)
                    .build());

    assertThat(stored.version()).isEqualTo(1);
    assertThat(stored.createdAt()).isEqualTo(NOW_IN_MICROS);
    assertThat(stored.updatedAt()).isEqualTo(NOW_IN_MICROS);
    verify(mocks.projects).insert(stored);
  }

  @Test
  void createsEventsContactsAndOrganisationsAtVersionOneStampedWithTheClock() {
    Event event =
        mocks
            .coopkit
            .events()
            .create(
                EventFixture.anEvent()
                    .projects(List.of(mocks.project.id()))
                    .version(9)
                    .createdAt(BOGUS)
                    .updatedAt(BOGUS)
                    .build());
    Contact contact =
        mocks
            .coopkit
            .contacts()
            .create(ContactFixture.aContact().version(9).createdAt(BOGUS).updatedAt(BOGUS).build());
    Organisation organisation =
        mocks
            .coopkit
            .organisations()
            .register(
                OrganisationFixture.anOrganisation()
                    .version(9)
                    .createdAt(BOGUS)
                    .updatedAt(BOGUS)
                    .build());

    assertThat(List.of(event.version(), contact.version(), organisation.version()))
        .containsOnly(1L);
    assertThat(
            List.of(
                event.createdAt(),
                event.updatedAt(),
                contact.createdAt(),
                contact.updatedAt(),
                organisation.createdAt(),
                organisation.updatedAt()))
        .containsOnly(NOW_IN_MICROS);
    verify(mocks.events).insert(event);
    verify(mocks.contacts).insert(contact);
    verify(mocks.organisations).insert(organisation);
  }

  @Test
  void restoresEachKindWithTheVersionAndTimestampsItWasExportedWith() {
    Instant updated = CREATED.plusSeconds(60);

    Project project =
        mocks
            .coopkit
            .projects()
            .restore(
                ProjectFixture.aProject()
                    .code("restored")
                    .version(42)
                    .createdAt(CREATED)
                    .updatedAt(updated)
                    .build());
    Event event =
        mocks
            .coopkit
            .events()
            .restore(
                EventFixture.anEvent()
                    .projects(List.of(mocks.project.id()))
                    .version(42)
                    .createdAt(CREATED)
                    .updatedAt(updated)
                    .build());
    Contact contact =
        mocks
            .coopkit
            .contacts()
            .restore(
                ContactFixture.aContact()
                    .version(42)
                    .createdAt(CREATED)
                    .updatedAt(updated)
                    .build());
    Organisation organisation =
        mocks
            .coopkit
            .organisations()
            .restore(
                OrganisationFixture.anOrganisation()
                    .version(42)
                    .createdAt(CREATED)
                    .updatedAt(updated)
                    .build());

    assertThat(
            List.of(project.version(), event.version(), contact.version(), organisation.version()))
        .containsOnly(42L);
    assertThat(
            List.of(
                project.createdAt(),
                event.createdAt(),
                contact.createdAt(),
                organisation.createdAt()))
        .containsOnly(CREATED);
    assertThat(
            List.of(
                project.updatedAt(),
                event.updatedAt(),
                contact.updatedAt(),
                organisation.updatedAt()))
        .containsOnly(updated);
    verify(mocks.projects).insert(project);
    verify(mocks.events).insert(event);
    verify(mocks.contacts).insert(contact);
    verify(mocks.organisations).insert(organisation);
  }

  @Test
  void restoresARecordThatWasNeverStoredAsACreationStampsIt() {
    Organisation organisation =
        mocks.coopkit.organisations().restore(OrganisationFixture.anOrganisation().build());

    assertThat(organisation.version()).isEqualTo(1);
    assertThat(organisation.createdAt()).isEqualTo(NOW_IN_MICROS);
    assertThat(organisation.updatedAt()).isEqualTo(NOW_IN_MICROS);
    verify(mocks.organisations).insert(organisation);
  }

  @Test
  void stampsACreationWithOneReadingOfTheClock() {
    // A clock that moves on by a microsecond whenever it is read, as a real one may.
    StorageMocks ticking = new StorageMocks(new TickingClock(NOW_IN_MICROS));

    Project project =
        ticking.coopkit.projects().create(ProjectFixture.aProject().code("new").build());
    Event event =
        ticking
            .coopkit
            .events()
            .create(EventFixture.anEvent().projects(List.of(ticking.project.id())).build());
    Contact contact = ticking.coopkit.contacts().create(ContactFixture.aContact().build());
    Organisation organisation =
        ticking.coopkit.organisations().register(OrganisationFixture.anOrganisation().build());

    assertThat(project.updatedAt()).isEqualTo(project.createdAt());
    assertThat(event.updatedAt()).isEqualTo(event.createdAt());
    assertThat(contact.updatedAt()).isEqualTo(contact.createdAt());
    assertThat(organisation.updatedAt()).isEqualTo(organisation.createdAt());
  }

  @Test
  void updatesAProjectToTheNextVersionKeepingItsCreationTime() {
    Project stored =
        mocks
            .coopkit
            .projects()
            .update(
                mocks.project.toBuilder()
                    .title("Cybercrime EAP II (rev.)")
                    .createdAt(Instant.EPOCH)
                    .updatedAt(BOGUS)
                    .build());

    assertThat(stored.version()).isEqualTo(4);
    assertThat(stored.createdAt()).isEqualTo(CREATED);
    assertThat(stored.updatedAt()).isEqualTo(NOW_IN_MICROS);
    assertThat(stored.title().english()).isEqualTo("Cybercrime EAP II (rev.)");
    verify(mocks.projects).update(stored, 3);
  }

  @Test
  void changesEventsContactsAndOrganisationsToTheNextVersionKeepingTheirCreationTime() {
    Event event = mocks.coopkit.events().postpone(mocks.event.id(), 2);
    Contact contact =
        mocks.coopkit.contacts().assignRole(mocks.contact.id(), 5, mocks.contactPointRole());
    Organisation organisation =
        mocks.coopkit.organisations().update(mocks.organisation.toBuilder().acronym("IAP").build());

    assertThat(event.version()).isEqualTo(3);
    assertThat(contact.version()).isEqualTo(6);
    assertThat(organisation.version()).isEqualTo(8);
    assertThat(List.of(event.createdAt(), contact.createdAt(), organisation.createdAt()))
        .containsOnly(CREATED);
    assertThat(List.of(event.updatedAt(), contact.updatedAt(), organisation.updatedAt()))
        .containsOnly(NOW_IN_MICROS);
    verify(mocks.events).update(event, 2);
    verify(mocks.contacts).update(contact, 5);
    verify(mocks.organisations).update(organisation, 7);
  }

  @Test
  void keepsAJointEventAndTheRelationsOfOthersWhenDeletingAProjectWithItsEvents() {
    Project other =
        mocks.stored(
            ProjectFixture.aProject()
                .code("cybercrime-eap-iii")
                .addRelation(ProjectRelation.of(mocks.project.id(), RelationType.PREDECESSOR))
                .version(2)
                .createdAt(CREATED)
                .updatedAt(CREATED)
                .build());
    Event own = mocks.event;
    Event joint =
        mocks.stored(
            EventFixture.anEvent()
                .projects(List.of(mocks.project.id(), other.id()))
                .components(List.of(mocks.project.components().get(0).id()))
                .version(6)
                .createdAt(CREATED)
                .updatedAt(CREATED)
                .build());
    when(mocks.events.find(any())).thenReturn(Page.last(List.of(own, joint)));
    // Neither has parts.
    when(mocks.events.find(argThat(q -> q != null && q.partOf() != null)))
        .thenReturn(Page.last(List.of()));
    when(mocks.projects.find(any())).thenReturn(Page.last(List.of(other)));

    int deleted = mocks.coopkit.projects().deleteWithEvents(mocks.project.id(), 3);

    assertThat(deleted).isEqualTo(1);
    verify(mocks.events).delete(own.id(), 2);
    verify(mocks.events, never()).delete(eq(joint.id()), anyLong());
    ArgumentCaptor<Event> kept = ArgumentCaptor.forClass(Event.class);
    verify(mocks.events).update(kept.capture(), eq(6L));
    assertThat(kept.getValue().projects()).containsExactly(other.id());
    assertThat(kept.getValue().components()).isEmpty();
    assertThat(kept.getValue().version()).isEqualTo(7);
    assertThat(kept.getValue().updatedAt()).isEqualTo(NOW_IN_MICROS);
    ArgumentCaptor<Project> without = ArgumentCaptor.forClass(Project.class);
    verify(mocks.projects).update(without.capture(), eq(2L));
    assertThat(without.getValue().relations()).isEmpty();
    assertThat(without.getValue().version()).isEqualTo(3);
    assertThat(without.getValue().updatedAt()).isEqualTo(NOW_IN_MICROS);
    verify(mocks.projects).delete(mocks.project.id(), 3);
  }

  /** Moves on by one microsecond at every reading. */
  private static final class TickingClock extends Clock {
    private Instant next;

    TickingClock(Instant start) {
      this.next = start;
    }

    @Override
    public Instant instant() {
      Instant now = next;
      next = next.plusNanos(1_000);
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("not needed here");
    }
  }
}
