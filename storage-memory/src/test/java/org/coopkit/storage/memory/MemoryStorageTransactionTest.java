package org.coopkit.storage.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.coopkit.error.ConflictException;
import org.coopkit.error.DuplicateException;
import org.coopkit.error.NotFoundException;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.ContactId;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventId;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectId;
import org.coopkit.query.ContactQuery;
import org.coopkit.query.EventQuery;
import org.coopkit.query.OrganisationQuery;
import org.coopkit.query.ProjectQuery;
import org.coopkit.spi.EventStore;
import org.coopkit.spi.ProjectStore;
import org.coopkit.spi.StorageSession;
import org.coopkit.spi.TransactionMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** What only this adapter shows about transactions and sessions, and its write errors. */
class MemoryStorageTransactionTest {
  private final TestData data = new TestData(1_949L);
  private final MemoryStorage storage = MemoryStorage.create();
  private final Project project = data.project(ProjectId.of(data.uuid()), "cybercrime-eap", 1);
  private final Event event = data.event(EventId.of(data.uuid()), 1);
  private final Contact contact = data.contact(ContactId.of(data.uuid()), 1);
  private final Organisation organisation = data.organisation(OrganisationId.of(data.uuid()), 1);

  private void storeOneOfEach() {
    write(
        s -> {
          s.projects().insert(project);
          s.events().insert(event);
          s.contacts().insert(contact);
          s.organisations().insert(organisation);
        });
  }

  private void write(Consumer<StorageSession> work) {
    storage.inTransaction(
        session -> {
          work.accept(session);
          return null;
        });
  }

  @Test
  void returnsWhatTheWorkReturnedAndReadsItsOwnWrites() {
    String code =
        storage.inTransaction(
            session -> {
              session.projects().insert(project);
              return session.projects().get(project.id()).orElseThrow().code();
            });
    assertThat(code).isEqualTo("cybercrime-eap");
    assertThat(projectByCode("cybercrime-eap")).contains(project);
  }

  @ParameterizedTest
  @CsvSource({
    "READ_WRITE, READ_WRITE",
    "READ_WRITE, READ_ONLY",
    "READ_ONLY, READ_WRITE",
    "READ_ONLY, READ_ONLY"
  })
  void rejectsATransactionNestedInAnotherOnTheSameThread(
      TransactionMode outer, TransactionMode inner) {
    Throwable nested =
        storage.inTransaction(
            outer, session -> catchThrowable(() -> storage.inTransaction(inner, s -> "nested")));
    assertThat(nested).isInstanceOf(IllegalStateException.class).hasMessageContaining("nested");
  }

  @Test
  void theOuterTransactionGoesOnAfterANestedOneWasRejected() {
    write(
        session -> {
          session.projects().insert(project);
          assertThatThrownBy(() -> storage.inTransaction(s -> null))
              .isInstanceOf(IllegalStateException.class);
          session.events().insert(event);
        });
    assertThat(eventById(event.id())).contains(event);
    assertThat(projectById(project.id())).contains(project);
  }

  @Test
  void aReadOnlyTransactionRejectsEveryWriteAndChangesNothing() {
    storeOneOfEach();
    Project other = data.project(ProjectId.of(data.uuid()), "other", 1);
    storage.inTransaction(
        TransactionMode.READ_ONLY,
        session -> {
          List<Runnable> writes =
              List.of(
                  () -> session.projects().insert(other),
                  () -> session.projects().update(project.toBuilder().version(2).build(), 1),
                  () -> session.projects().delete(project.id(), 1),
                  () -> session.events().insert(data.event()),
                  () -> session.events().update(event.toBuilder().version(2).build(), 1),
                  () -> session.events().delete(event.id(), 1),
                  () -> session.contacts().insert(data.contact(ContactId.of(data.uuid()), 1)),
                  () -> session.contacts().update(contact.toBuilder().version(2).build(), 1),
                  () -> session.contacts().delete(contact.id(), 1),
                  () ->
                      session
                          .organisations()
                          .insert(data.organisation(OrganisationId.of(data.uuid()), 1)),
                  () ->
                      session
                          .organisations()
                          .update(organisation.toBuilder().version(2).build(), 1),
                  () -> session.organisations().delete(organisation.id(), 1));
          for (Runnable write : writes) {
            assertThatThrownBy(write::run)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("READ_ONLY");
          }
          return null;
        });
    storage.inTransaction(
        TransactionMode.READ_ONLY,
        session -> {
          assertThat(session.projects().get(other.id())).isEmpty();
          assertThat(session.projects().get(project.id())).contains(project);
          assertThat(session.events().find(EventQuery.builder().build()).items())
              .containsExactly(event);
          assertThat(session.contacts().get(contact.id())).contains(contact);
          assertThat(session.organisations().get(organisation.id())).contains(organisation);
          return null;
        });
  }

  @ParameterizedTest
  @EnumSource(TransactionMode.class)
  void aSessionRefusesEveryUseAfterItsWorkReturned(TransactionMode mode) {
    storeOneOfEach();
    AtomicReference<StorageSession> leaked = new AtomicReference<>();
    storage.inTransaction(
        mode,
        session -> {
          leaked.set(session);
          return null;
        });
    assertRefusesEveryUse(leaked.get());
  }

  @Test
  void aSessionRefusesEveryUseAfterItsWorkThrew() {
    AtomicReference<StorageSession> leaked = new AtomicReference<>();
    catchThrowable(
        () ->
            storage.inTransaction(
                session -> {
                  leaked.set(session);
                  throw new IllegalArgumentException("failed");
                }));
    assertRefusesEveryUse(leaked.get());
  }

  @Test
  void storesTakenFromASessionRefuseUseAfterItsWorkReturned() {
    storeOneOfEach();
    var stores =
        storage.inTransaction(
            session ->
                List.of(
                    session.projects(),
                    session.events(),
                    session.contacts(),
                    session.organisations()));
    var projects = (ProjectStore) stores.get(0);
    assertThatThrownBy(() -> projects.get(project.id())).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> projects.getByCode(project.code()))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> projects.existing(Set.of(project.id())))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> projects.find(ProjectQuery.builder().build()))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> projects.delete(project.id(), 1))
        .isInstanceOf(IllegalStateException.class);
    var events = (EventStore) stores.get(1);
    assertThatThrownBy(() -> events.insert(data.event())).isInstanceOf(IllegalStateException.class);
    // The refused delete did not happen.
    assertThat(projectById(project.id())).contains(project);
  }

  @Test
  void aSessionRefusesUseFromAnotherThread() {
    storeOneOfEach();
    Throwable fromOtherThread =
        storage.inTransaction(
            TransactionMode.READ_ONLY,
            session ->
                CompletableFuture.supplyAsync(
                        () -> catchThrowable(() -> session.projects().get(project.id())))
                    .orTimeout(10, TimeUnit.SECONDS)
                    .join());
    assertThat(fromOtherThread)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("thread");
  }

  @Test
  void rethrowsWhatTheWorkThrewAsItWasAndReleasesTheLock() {
    RuntimeException runtime = new IllegalArgumentException("bad");
    Error error = new AssertionError("worse");
    assertThat(
            catchThrowable(
                () ->
                    storage.inTransaction(
                        s -> {
                          throw runtime;
                        })))
        .isSameAs(runtime);
    assertThat(
            catchThrowable(
                () ->
                    storage.inTransaction(
                        TransactionMode.READ_ONLY,
                        s -> {
                          throw error;
                        })))
        .isSameAs(error);
    // Neither left a lock behind: writers and readers still get in, from other threads too.
    assertThat(CompletableFuture.supplyAsync(() -> storage.inTransaction(s -> "in")).join())
        .isEqualTo("in");
    String in = storage.inTransaction(TransactionMode.READ_ONLY, s -> "in");
    assertThat(in).isEqualTo("in");
  }

  @Test
  void insertRejectsATakenIdNamingTheKind() {
    storeOneOfEach();
    write(
        session -> {
          assertDuplicate(
              () -> session.projects().insert(project.toBuilder().code("new").build()),
              "Project.id",
              project.id().toString());
          assertDuplicate(() -> session.events().insert(event), "Event.id", event.id().toString());
          assertDuplicate(
              () -> session.contacts().insert(contact), "Contact.id", contact.id().toString());
          assertDuplicate(
              () -> session.organisations().insert(organisation),
              "Organisation.id",
              organisation.id().toString());
        });
    assertThat(projectByCode("new")).isEmpty();
  }

  @Test
  void aProjectCodeIsUniqueOnInsertAndUpdate() {
    storeOneOfEach();
    Project other = data.project(ProjectId.of(data.uuid()), "other", 1);
    write(session -> session.projects().insert(other));
    write(
        session -> {
          assertDuplicate(
              () ->
                  session
                      .projects()
                      .insert(data.project(ProjectId.of(data.uuid()), "cybercrime-eap", 1)),
              "Project.code",
              "cybercrime-eap");
          assertDuplicate(
              () ->
                  session
                      .projects()
                      .update(other.toBuilder().code("cybercrime-eap").version(2).build(), 1),
              "Project.code",
              "cybercrime-eap");
        });
    assertThat(projectByCode("cybercrime-eap")).contains(project);
    assertThat(projectById(other.id())).contains(other);
  }

  @Test
  void anUpdateMayKeepOrChangeItsOwnCodeAndTheOldCodeIsFreed() {
    storeOneOfEach();
    Project retitled = project.toBuilder().title("Renamed").version(2).build();
    Project recoded = retitled.toBuilder().code("cybercrime-eap-ii").version(3).build();
    write(session -> session.projects().update(retitled, 1));
    write(session -> session.projects().update(recoded, 2));
    Project reusing = data.project(ProjectId.of(data.uuid()), "cybercrime-eap", 1);
    write(session -> session.projects().insert(reusing));
    storage.inTransaction(
        TransactionMode.READ_ONLY,
        session -> {
          assertThat(session.projects().getByCode("cybercrime-eap-ii")).contains(recoded);
          assertThat(session.projects().getByCode("cybercrime-eap")).contains(reusing);
          assertThat(session.projects().find(ProjectQuery.builder().build()).items())
              .containsExactly(reusing, recoded);
          return null;
        });
  }

  @Test
  void updateAndDeleteReportAMissingAggregateByKindAndId() {
    write(
        session -> {
          assertNotFound(() -> session.projects().update(project, 0), "Project", project.id());
          assertNotFound(() -> session.projects().delete(project.id(), 0), "Project", project.id());
          assertNotFound(() -> session.events().update(event, 0), "Event", event.id());
          assertNotFound(() -> session.events().delete(event.id(), 0), "Event", event.id());
          assertNotFound(() -> session.contacts().update(contact, 0), "Contact", contact.id());
          assertNotFound(() -> session.contacts().delete(contact.id(), 0), "Contact", contact.id());
          assertNotFound(
              () -> session.organisations().update(organisation, 0),
              "Organisation",
              organisation.id());
          assertNotFound(
              () -> session.organisations().delete(organisation.id(), 0),
              "Organisation",
              organisation.id());
        });
  }

  @Test
  void updateAndDeleteOfAStaleVersionReportBothVersionsAndChangeNothing() {
    storeOneOfEach();
    write(
        session -> {
          assertConflict(
              () -> session.projects().update(project.toBuilder().version(8).build(), 7),
              "Project",
              project.id());
          assertConflict(() -> session.projects().delete(project.id(), 7), "Project", project.id());
          assertConflict(
              () -> session.events().update(event.toBuilder().version(8).build(), 7),
              "Event",
              event.id());
          assertConflict(() -> session.events().delete(event.id(), 7), "Event", event.id());
          assertConflict(
              () -> session.contacts().update(contact.toBuilder().version(8).build(), 7),
              "Contact",
              contact.id());
          assertConflict(() -> session.contacts().delete(contact.id(), 7), "Contact", contact.id());
          assertConflict(
              () -> session.organisations().update(organisation.toBuilder().version(8).build(), 7),
              "Organisation",
              organisation.id());
          assertConflict(
              () -> session.organisations().delete(organisation.id(), 7),
              "Organisation",
              organisation.id());
        });
    storage.inTransaction(
        TransactionMode.READ_ONLY,
        session -> {
          assertThat(session.projects().get(project.id())).contains(project);
          assertThat(session.events().get(event.id())).contains(event);
          assertThat(session.contacts().get(contact.id())).contains(contact);
          assertThat(session.organisations().get(organisation.id())).contains(organisation);
          return null;
        });
  }

  @Test
  void ofTwoWritersThatReadTheSameVersionOnlyTheFirstSucceeds() {
    storeOneOfEach();
    Project first = project.toBuilder().title("First").version(2).build();
    Project second = project.toBuilder().title("Second").version(2).build();
    write(session -> session.projects().update(first, 1));
    assertThatThrownBy(() -> write(session -> session.projects().update(second, 1)))
        .isInstanceOf(ConflictException.class);
    assertThat(projectById(project.id())).contains(first);
  }

  @Test
  void aWriteThatFailedChangesNothingAndTheTransactionMayStillCommit() {
    storeOneOfEach();
    Project other = data.project(ProjectId.of(data.uuid()), "other", 1);
    write(
        session -> {
          catchThrowable(
              () ->
                  session
                      .projects()
                      .insert(data.project(ProjectId.of(data.uuid()), "cybercrime-eap", 1)));
          session.projects().insert(other);
        });
    assertThat(allProjects()).containsExactly(project, other);
  }

  @Test
  void existingReturnsTheStoredSubsetOfTheIds() {
    storeOneOfEach();
    ProjectId missing = ProjectId.of(data.uuid());
    storage.inTransaction(
        TransactionMode.READ_ONLY,
        session -> {
          assertThat(session.projects().existing(List.of(project.id(), missing, project.id())))
              .containsExactly(project.id());
          assertThat(session.events().existing(List.of(EventId.of(data.uuid())))).isEmpty();
          assertThat(session.contacts().existing(List.of(contact.id())))
              .containsExactly(contact.id());
          assertThat(session.organisations().existing(List.of())).isEmpty();
          return null;
        });
  }

  @Test
  void storesTheAggregatesAsGivenWithoutCopies() {
    storeOneOfEach();
    storage.inTransaction(
        TransactionMode.READ_ONLY,
        session -> {
          assertThat(session.projects().get(project.id()).orElseThrow()).isSameAs(project);
          assertThat(session.events().get(event.id()).orElseThrow()).isSameAs(event);
          assertThat(session.contacts().find(ContactQuery.builder().build()).items().get(0))
              .isSameAs(contact);
          assertThat(
                  session.organisations().find(OrganisationQuery.builder().build()).items().get(0))
              .isSameAs(organisation);
          return null;
        });
  }

  private Optional<Project> projectById(ProjectId id) {
    return storage.inTransaction(TransactionMode.READ_ONLY, s -> s.projects().get(id));
  }

  private Optional<Project> projectByCode(String code) {
    return storage.inTransaction(TransactionMode.READ_ONLY, s -> s.projects().getByCode(code));
  }

  private List<Project> allProjects() {
    return storage.inTransaction(
        TransactionMode.READ_ONLY, s -> s.projects().find(ProjectQuery.builder().build()).items());
  }

  private Optional<Event> eventById(EventId id) {
    return storage.inTransaction(TransactionMode.READ_ONLY, s -> s.events().get(id));
  }

  private static void assertRefusesEveryUse(StorageSession session) {
    List<Runnable> uses =
        List.of(session::projects, session::events, session::contacts, session::organisations);
    for (Runnable use : uses) {
      assertThatThrownBy(use::run)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("until the work");
    }
  }

  private static void assertDuplicate(Runnable write, String field, String value) {
    assertThatThrownBy(write::run)
        .isInstanceOfSatisfying(
            DuplicateException.class,
            e -> {
              assertThat(e.field()).isEqualTo(field);
              assertThat(e.value()).isEqualTo(value);
            });
  }

  private static void assertNotFound(Runnable write, String kind, Object id) {
    assertThatThrownBy(write::run)
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(kind);
              assertThat(e.id()).isEqualTo(id.toString());
            });
  }

  private static void assertConflict(Runnable write, String kind, Object id) {
    assertThatThrownBy(write::run)
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(kind);
              assertThat(e.id()).isEqualTo(id.toString());
              assertThat(e.expectedVersion()).isEqualTo(7);
              assertThat(e.actualVersion()).isEqualTo(1);
            });
  }
}
