package org.coopkit.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.coopkit.storage.jdbc.internal.schema.Tables.CONTACT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.EVENT_PROJECT;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.coopkit.error.BrokenReferenceException;
import org.coopkit.error.DuplicateException;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.ContactId;
import org.coopkit.model.contact.RoleType;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventId;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectId;
import org.coopkit.query.EventQuery;
import org.coopkit.query.Page;
import org.coopkit.query.Paging;
import org.coopkit.spi.TransactionMode;
import org.coopkit.storage.tck.Fixtures;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@link JdbcStorage#insertEvents} and {@link JdbcStorage#insertContacts}. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BulkInsertTest {
  private static final int CHUNK = 1_000;

  private final SchemaPerDatabase schemas =
      new SchemaPerDatabase(JdbcStorageOptions.DEFAULT.withBulkChunkSize(CHUNK));

  @AfterAll
  void dropSchemas() {
    schemas.close();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void tenThousandEventsGoInInChunksAndReadBackEqual(Database database) {
    // given
    JdbcStorage storage = schemas.storage(database);
    DSLContext tables = schemas.dsl(database);
    List<Project> projects = List.of(ManyEvents.project(), ManyEvents.project());
    List<Organisation> organisations = List.of(ManyEvents.organisation());
    store(storage, projects, organisations);
    List<Event> events = new ManyEvents(1, projects, organisations).next(10_000);

    // when
    int inserted = storage.insertEvents(events);

    // then
    assertThat(inserted).isEqualTo(10_000);
    List<String> ids = events.stream().map(e -> e.id().toString()).toList();
    assertThat(
            tables.fetchCount(EVENT, EVENT.ID.in(ids.subList(0, 5_000)))
                + tables.fetchCount(EVENT, EVENT.ID.in(ids.subList(5_000, 10_000))))
        .isEqualTo(10_000);
    for (Event event : List.of(events.get(0), events.get(4_321), events.get(9_999))) {
      Event read =
          storage.inTransaction(
              TransactionMode.READ_ONLY, s -> s.events().get(event.id()).orElse(null));
      assertThat(read).isEqualTo(event);
    }
    ProjectId first = projects.get(0).id();
    long ofFirst = events.stream().filter(e -> e.projects().contains(first)).count();
    assertThat(tables.fetchCount(EVENT_PROJECT, EVENT_PROJECT.PROJECT_ID.eq(first.toString())))
        .isEqualTo((int) ofFirst);
    Page<Event> page =
        storage.inTransaction(
            TransactionMode.READ_ONLY,
            s ->
                s.events()
                    .find(EventQuery.builder().project(first).limit(Paging.MAX_LIMIT).build()));
    assertThat(page.items()).hasSize(Paging.MAX_LIMIT).allMatch(e -> e.projects().contains(first));
    assertThat(page.hasNext()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void aBrokenReferenceFailsItsChunkNamingTheEventAndTheChunksBeforeStayCommitted(
      Database database) {
    // given
    JdbcStorage storage = schemas.storage(database);
    List<Project> projects = List.of(ManyEvents.project());
    List<Organisation> organisations = List.of(ManyEvents.organisation());
    store(storage, projects, organisations);
    List<Event> events = new ArrayList<>(new ManyEvents(2, projects, organisations).next(2_500));
    ProjectId unknown = Fixtures.newProjectId();
    events.set(2_100, events.get(2_100).toBuilder().addProject(unknown).build());

    // when
    BrokenReferenceException broken =
        catchThrowableOfType(BrokenReferenceException.class, () -> storage.insertEvents(events));

    // then
    assertThat(broken).isNotNull();
    assertThat(broken.path()).isEqualTo("events[2100].projects[1]");
    assertThat(broken.targetKind()).isEqualTo("Project");
    assertThat(broken.targetId()).isEqualTo(unknown.toString());
    Set<EventId> stored =
        storage.inTransaction(s -> s.events().existing(events.stream().map(Event::id).toList()));
    assertThat(stored)
        .hasSize(2 * CHUNK)
        .containsAll(events.subList(0, 2 * CHUNK).stream().map(Event::id).toList());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void contactsGoInInBulkAndAnUnknownEmployerIsNamedByItsIndex(Database database) {
    // given
    JdbcStorage storage = schemas.storage(database);
    DSLContext tables = schemas.dsl(database);
    Organisation employer = ManyEvents.organisation();
    Project project = ManyEvents.project();
    store(storage, List.of(project), List.of(employer));
    List<Contact> contacts = new ArrayList<>();
    for (int i = 0; i < 1_500; i++) {
      contacts.add(
          StoredRowsTest.stamped(
              Fixtures.anyContact().toBuilder()
                  .organisation(employer.id())
                  .addRole(Fixtures.role(RoleType.EXPERT, project.id()))
                  .build()));
    }
    List<Contact> broken =
        List.of(
            StoredRowsTest.stamped(Fixtures.anyContact()),
            StoredRowsTest.stamped(
                Fixtures.anyContact().toBuilder()
                    .organisation(Fixtures.newOrganisationId())
                    .build()));

    // when
    int inserted = storage.insertContacts(contacts);
    BrokenReferenceException unknownEmployer =
        catchThrowableOfType(BrokenReferenceException.class, () -> storage.insertContacts(broken));

    // then
    assertThat(inserted).isEqualTo(1_500);
    assertThat(tables.fetchCount(CONTACT, CONTACT.ORGANISATION_ID.eq(employer.id().toString())))
        .isEqualTo(1_500);
    assertThat(unknownEmployer.path()).isEqualTo("contacts[1].organisation");
    Set<ContactId> rolledBack =
        storage.inTransaction(s -> s.contacts().existing(List.of(broken.get(0).id())));
    assertThat(rolledBack).as("the broken contact's chunk, rolled back").isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void aTakenIdIsADuplicateAndAnUnstampedEventIsRefusedBeforeAnythingIsWritten(Database database) {
    // given
    JdbcStorage storage = schemas.storage(database);
    List<Project> projects = List.of(ManyEvents.project());
    List<Organisation> organisations = List.of(ManyEvents.organisation());
    store(storage, projects, organisations);
    List<Event> events = new ManyEvents(3, projects, organisations).next(3);
    storage.insertEvents(events.subList(0, 1));
    Event unstamped = events.get(2).toBuilder().version(0).build();

    // when
    DuplicateException duplicate =
        catchThrowableOfType(DuplicateException.class, () -> storage.insertEvents(events));

    // then
    assertThat(duplicate.field()).isEqualTo("Event.id");
    assertThat(duplicate.value()).isEqualTo(events.get(0).id().toString());
    assertThatThrownBy(() -> storage.insertEvents(List.of(events.get(1), unstamped)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("events[1]");
    Set<EventId> refused =
        storage.inTransaction(s -> s.events().existing(List.of(events.get(1).id())));
    assertThat(refused).isEmpty();
  }

  private static void store(
      JdbcStorage storage, List<Project> projects, List<Organisation> organisations) {
    storage.inTransaction(
        s -> {
          organisations.forEach(s.organisations()::insert);
          projects.forEach(s.projects()::insert);
          return null;
        });
  }
}
