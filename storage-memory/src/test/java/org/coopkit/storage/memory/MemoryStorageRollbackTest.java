package org.coopkit.storage.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.coopkit.model.CountryCode;
import org.coopkit.model.Topic;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.ContactId;
import org.coopkit.model.contact.RoleType;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventId;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.organisation.OrganisationType;
import org.coopkit.model.project.ComponentId;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectId;
import org.coopkit.query.ContactQuery;
import org.coopkit.query.EventQuery;
import org.coopkit.query.OrganisationQuery;
import org.coopkit.query.Paging;
import org.coopkit.query.ProjectQuery;
import org.coopkit.query.SortDirection;
import org.coopkit.spi.StorageSession;
import org.coopkit.spi.TransactionMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A transaction whose work throws leaves no trace: not in the data, and not in any index, which the
 * queries filtering by each indexed field would show.
 */
class MemoryStorageRollbackTest {
  private final TestData data = new TestData(31_337L);
  private final MemoryStorage storage = MemoryStorage.create();
  private final List<Project> projects = new ArrayList<>();
  private final List<Event> events = new ArrayList<>();
  private final List<Contact> contacts = new ArrayList<>();
  private final List<Organisation> organisations = new ArrayList<>();

  @BeforeEach
  void storeSomeOfEach() {
    for (int i = 0; i < 12; i++) {
      projects.add(data.project(data.projects.get(i), "project-" + i, 1));
    }
    for (int i = 0; i < 80; i++) {
      events.add(data.event(EventId.of(data.uuid()), 1));
    }
    for (int i = 0; i < 40; i++) {
      contacts.add(data.contact(ContactId.of(data.uuid()), 1));
    }
    for (int i = 0; i < 10; i++) {
      organisations.add(data.organisation(data.organisations.get(i), 1));
    }
    storage.inTransaction(
        session -> {
          projects.forEach(session.projects()::insert);
          events.forEach(session.events()::insert);
          contacts.forEach(session.contacts()::insert);
          organisations.forEach(session.organisations()::insert);
          return null;
        });
  }

  static Stream<Supplier<Throwable>> failures() {
    return Stream.of(
        () -> new IllegalStateException("a bug in the work"),
        () -> new AssertionError("an error"),
        () -> new OutOfMemoryError("pretend"),
        () -> new Exception("a checked exception, thrown sneakily"));
  }

  @ParameterizedTest
  @MethodSource("failures")
  void aFailedTransactionRestoresTheDataAndEveryIndex(Supplier<Throwable> failure) {
    List<Object> before = everythingTheQueriesSee();
    Throwable thrown = failure.get();

    Throwable caught =
        catchThrowable(
            () ->
                storage.inTransaction(
                    session -> {
                      changeSomeOfEach(session);
                      throw sneaky(thrown);
                    }));

    assertThat(caught).isSameAs(thrown);
    assertThat(everythingTheQueriesSee()).isEqualTo(before);
  }

  @Test
  void theSameChangesCommittedShowInTheQueries() {
    // Checks the test above: its changes reach what the queries see.
    List<Object> before = everythingTheQueriesSee();
    storage.inTransaction(
        session -> {
          changeSomeOfEach(session);
          return null;
        });
    List<Object> after = everythingTheQueriesSee();
    int differing = 0;
    for (int i = 0; i < before.size(); i++) {
      differing += before.get(i).equals(after.get(i)) ? 0 : 1;
    }
    assertThat(differing).isGreaterThan(before.size() / 2);
  }

  @Test
  void aTransactionAfterAFailedOneSeesNoneOfItsWrites() {
    Project added = data.project(ProjectId.of(data.uuid()), "added", 1);
    catchThrowable(
        () ->
            storage.inTransaction(
                session -> {
                  session.projects().insert(added);
                  session.projects().delete(projects.get(0).id(), 1);
                  throw new IllegalStateException("roll back");
                }));
    storage.inTransaction(
        session -> {
          assertThat(session.projects().get(added.id())).isEmpty();
          assertThat(session.projects().getByCode("added")).isEmpty();
          // The rolled-back insert freed its id and code; the delete's project is back.
          session.projects().insert(added);
          session.projects().delete(projects.get(0).id(), 1);
          return null;
        });
    Set<ProjectId> existing =
        storage.inTransaction(
            TransactionMode.READ_ONLY,
            session -> session.projects().existing(List.of(added.id(), projects.get(0).id())));
    assertThat(existing).containsExactly(added.id());
  }

  /**
   * Inserts, updates (changing sort keys and every indexed field, and passing a project code from
   * one project to another) and deletes aggregates of every kind.
   */
  private void changeSomeOfEach(StorageSession session) {
    for (int i = 0; i < 3; i++) {
      session.projects().insert(data.project(ProjectId.of(data.uuid()), "new-" + i, 1));
      session.events().insert(data.event());
      session.contacts().insert(data.contact(ContactId.of(data.uuid()), 1));
      session.organisations().insert(data.organisation(OrganisationId.of(data.uuid()), 1));
    }
    // Project 0 gives up its code, project 1 takes it, project 2 takes project 1's.
    session.projects().update(data.project(projects.get(0).id(), "renamed-0", 2), 1);
    session.projects().update(data.project(projects.get(1).id(), "project-0", 2), 1);
    session.projects().update(data.project(projects.get(2).id(), "project-1", 2), 1);
    session.projects().delete(projects.get(3).id(), 1);
    session.projects().delete(projects.get(4).id(), 1);
    for (int i = 0; i < 20; i++) {
      session.events().update(data.event(events.get(i).id(), 2), 1);
      session.contacts().update(data.contact(contacts.get(i).id(), 2), 1);
    }
    // An aggregate updated twice, then deleted, in the same transaction.
    session.events().update(data.event(events.get(20).id(), 2), 1);
    session.events().update(data.event(events.get(20).id(), 3), 2);
    session.events().delete(events.get(20).id(), 3);
    for (int i = 21; i < 40; i++) {
      session.events().delete(events.get(i).id(), 1);
    }
    for (int i = 20; i < 30; i++) {
      session.contacts().delete(contacts.get(i).id(), 1);
    }
    for (int i = 0; i < 4; i++) {
      session.organisations().update(data.organisation(organisations.get(i).id(), 2), 1);
    }
    session.organisations().delete(organisations.get(5).id(), 1);
  }

  /** The gets, and a query by each value of each indexed field, in both directions. */
  private List<Object> everythingTheQueriesSee() {
    return storage.inTransaction(
        TransactionMode.READ_ONLY,
        session -> {
          List<Object> seen = new ArrayList<>();
          for (SortDirection direction : SortDirection.values()) {
            seen.addAll(projectsSeen(session, direction));
            seen.addAll(eventsSeen(session, direction));
            seen.addAll(contactsSeen(session, direction));
            seen.addAll(organisationsSeen(session, direction));
          }
          return seen;
        });
  }

  private List<Object> projectsSeen(StorageSession session, SortDirection direction) {
    List<Object> seen = new ArrayList<>();
    ProjectQuery all = ProjectQuery.builder().direction(direction).limit(Paging.MAX_LIMIT).build();
    seen.add(session.projects().find(all));
    seen.add(session.projects().find(all.toBuilder().limit(5).build()));
    for (CountryCode country : TestData.COUNTRIES) {
      seen.add(session.projects().find(all.toBuilder().country(country).build()));
    }
    for (OrganisationId organisation : data.organisations) {
      seen.add(session.projects().find(all.toBuilder().organisation(organisation).build()));
    }
    for (int i = 0; i < 12; i++) {
      seen.add(session.projects().getByCode("project-" + i));
      seen.add(session.projects().get(data.projects.get(i)));
    }
    for (String code : List.of("renamed-0", "new-0", "new-1", "new-2")) {
      seen.add(session.projects().getByCode(code));
    }
    seen.add(session.projects().existing(data.projects));
    return seen;
  }

  private List<Object> eventsSeen(StorageSession session, SortDirection direction) {
    List<Object> seen = new ArrayList<>();
    EventQuery all = EventQuery.builder().direction(direction).limit(Paging.MAX_LIMIT).build();
    seen.add(session.events().find(all));
    seen.add(session.events().find(all.toBuilder().limit(7).build()));
    for (ProjectId project : data.projects) {
      seen.add(session.events().find(all.toBuilder().project(project).build()));
    }
    for (ComponentId component : data.components) {
      seen.add(session.events().find(all.toBuilder().component(component).build()));
    }
    for (CountryCode country : TestData.COUNTRIES) {
      seen.add(session.events().find(all.toBuilder().country(country).build()));
    }
    for (OrganisationId organisation : data.organisations) {
      seen.add(session.events().find(all.toBuilder().organiser(organisation).build()));
    }
    for (Topic topic : TestData.TOPICS) {
      seen.add(session.events().find(all.toBuilder().topic(topic).build()));
    }
    for (int month = 0; month < 36; month += 3) {
      LocalDate from = TestData.FIRST_DAY.plusMonths(month);
      seen.add(session.events().find(all.toBuilder().between(from, from.plusMonths(3)).build()));
    }
    for (Event event : events) {
      seen.add(session.events().get(event.id()));
    }
    return seen;
  }

  private List<Object> contactsSeen(StorageSession session, SortDirection direction) {
    List<Object> seen = new ArrayList<>();
    ContactQuery all = ContactQuery.builder().direction(direction).limit(Paging.MAX_LIMIT).build();
    seen.add(session.contacts().find(all));
    seen.add(session.contacts().find(all.toBuilder().limit(3).build()));
    for (OrganisationId organisation : data.organisations) {
      seen.add(session.contacts().find(all.toBuilder().organisation(organisation).build()));
    }
    for (ProjectId project : data.projects) {
      seen.add(session.contacts().find(all.toBuilder().project(project).build()));
    }
    for (CountryCode country : TestData.COUNTRIES) {
      seen.add(session.contacts().find(all.toBuilder().country(country).build()));
    }
    for (RoleType role : RoleType.values()) {
      seen.add(session.contacts().find(all.toBuilder().role(role).build()));
    }
    seen.add(session.contacts().existing(contacts.stream().map(Contact::id).toList()));
    return seen;
  }

  private List<Object> organisationsSeen(StorageSession session, SortDirection direction) {
    List<Object> seen = new ArrayList<>();
    OrganisationQuery all =
        OrganisationQuery.builder().direction(direction).limit(Paging.MAX_LIMIT).build();
    seen.add(session.organisations().find(all));
    seen.add(session.organisations().find(all.toBuilder().limit(4).build()));
    for (OrganisationId parent : data.organisations) {
      seen.add(session.organisations().find(all.toBuilder().parent(parent).build()));
    }
    for (OrganisationType type : OrganisationType.values()) {
      seen.add(session.organisations().find(all.toBuilder().type(type).build()));
    }
    for (CountryCode country : TestData.COUNTRIES) {
      seen.add(session.organisations().find(all.toBuilder().country(country).build()));
    }
    return seen;
  }

  /** Throws any throwable, checked ones included, as the work of a transaction may. */
  @SuppressWarnings("unchecked")
  private static <T extends Throwable> RuntimeException sneaky(Throwable throwable) throws T {
    throw (T) throwable;
  }
}
