package org.coopkit.internal;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coopkit.Coopkit;
import org.coopkit.model.CountryCode;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.ContactFixture;
import org.coopkit.model.contact.RoleAssignment;
import org.coopkit.model.contact.RoleType;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventFixture;
import org.coopkit.model.event.Venue;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.organisation.OrganisationFixture;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectFixture;
import org.coopkit.query.Page;
import org.coopkit.spi.ContactStore;
import org.coopkit.spi.EventStore;
import org.coopkit.spi.OrganisationStore;
import org.coopkit.spi.ProjectStore;
import org.coopkit.spi.Storage;
import org.coopkit.spi.StorageSession;
import org.coopkit.spi.TransactionalWork;

/**
 * A {@link Coopkit} over a mocked {@link Storage}: {@code inTransaction} runs the work on a mocked
 * session whose stores find nothing, hold every referenced id and accept every write, until a test
 * stages otherwise. One aggregate of each kind is stored, at a version above 1.
 */
final class StorageMocks {
  /** The fixed clock's instant, with nanoseconds that the services must cut off. */
  static final Instant NOW = Instant.parse("2024-03-05T10:15:30.123456789Z");

  static final Instant NOW_IN_MICROS = Instant.parse("2024-03-05T10:15:30.123456Z");
  static final Instant CREATED = Instant.parse("2020-01-02T03:04:05.678901Z");
  static final Instant UPDATED = Instant.parse("2021-01-02T03:04:05Z");

  final Storage storage = mock(Storage.class);
  final StorageSession session = mock(StorageSession.class);
  final ProjectStore projects = mock(ProjectStore.class);
  final EventStore events = mock(EventStore.class);
  final ContactStore contacts = mock(ContactStore.class);
  final OrganisationStore organisations = mock(OrganisationStore.class);
  final Coopkit coopkit;

  final Project project;
  final Event event;
  final Contact contact;
  final Organisation organisation;

  StorageMocks() {
    this(Clock.fixed(NOW, ZoneOffset.UTC));
  }

  StorageMocks(Clock clock) {
    when(storage.inTransaction(any(), any()))
        .thenAnswer(call -> call.<TransactionalWork<?>>getArgument(1).run(session));
    when(session.projects()).thenReturn(projects);
    when(session.events()).thenReturn(events);
    when(session.contacts()).thenReturn(contacts);
    when(session.organisations()).thenReturn(organisations);
    // A locked read answers as a plain one does; stub or fail get() to stage either.
    when(projects.getForUpdate(any())).thenAnswer(call -> projects.get(call.getArgument(0)));
    when(events.getForUpdate(any())).thenAnswer(call -> events.get(call.getArgument(0)));
    when(contacts.getForUpdate(any())).thenAnswer(call -> contacts.get(call.getArgument(0)));
    when(organisations.getForUpdate(any()))
        .thenAnswer(call -> organisations.get(call.getArgument(0)));
    when(projects.find(any())).thenReturn(Page.last(List.of()));
    when(events.find(any())).thenReturn(Page.last(List.of()));
    when(contacts.find(any())).thenReturn(Page.last(List.of()));
    when(organisations.find(any())).thenReturn(Page.last(List.of()));
    when(projects.existing(any()))
        .thenAnswer(call -> Set.copyOf(call.<Collection<?>>getArgument(0)));
    when(organisations.existing(any()))
        .thenAnswer(call -> Set.copyOf(call.<Collection<?>>getArgument(0)));

    project =
        stored(
            ProjectFixture.aProject()
                .addComponent(ProjectFixture.aComponent().code("1").build())
                .addComponent(ProjectFixture.aComponent().code("2").build())
                .version(3)
                .createdAt(CREATED)
                .updatedAt(UPDATED)
                .build());
    event =
        stored(
            EventFixture.anEvent()
                .projects(List.of(project.id()))
                .addComponent(project.components().get(0).id())
                .venue(Venue.of("Baku", CountryCode.of("AZ")))
                .version(2)
                .createdAt(CREATED)
                .updatedAt(UPDATED)
                .build());
    contact =
        stored(
            ContactFixture.aContact()
                .organisation(OrganisationFixture.anyOrganisationId())
                .addRole(
                    ContactFixture.aRole()
                        .project(project.id())
                        .validFrom(LocalDate.of(2020, 1, 1))
                        .build())
                .version(5)
                .createdAt(CREATED)
                .updatedAt(UPDATED)
                .build());
    organisation =
        stored(
            OrganisationFixture.anOrganisation()
                .version(7)
                .createdAt(CREATED)
                .updatedAt(UPDATED)
                .build());

    coopkit = Coopkit.builder().storage(storage).clock(clock).build();
  }

  Project stored(Project p) {
    when(projects.get(p.id())).thenReturn(Optional.of(p));
    when(projects.getByCode(p.code())).thenReturn(Optional.of(p));
    return p;
  }

  Event stored(Event e) {
    when(events.get(e.id())).thenReturn(Optional.of(e));
    return e;
  }

  Contact stored(Contact c) {
    when(contacts.get(c.id())).thenReturn(Optional.of(c));
    return c;
  }

  Organisation stored(Organisation o) {
    when(organisations.get(o.id())).thenReturn(Optional.of(o));
    return o;
  }

  /** A role to assign to the stored contact: a 24/7 contact point for Armenia. */
  RoleAssignment contactPointRole() {
    return RoleAssignment.builder()
        .id(ContactFixture.anyRoleId())
        .type(RoleType.CONTACT_POINT_24_7)
        .country(CountryCode.of("AM"))
        .build();
  }
}
