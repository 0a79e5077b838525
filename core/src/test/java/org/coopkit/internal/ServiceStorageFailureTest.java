package org.coopkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.stream.Stream;
import org.coopkit.error.ConflictException;
import org.coopkit.error.StorageUnavailableException;
import org.coopkit.model.contact.ContactFixture;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventFixture;
import org.coopkit.model.organisation.OrganisationFixture;
import org.coopkit.model.project.ProjectFixture;
import org.coopkit.query.Page;
import org.coopkit.spi.TransactionalWork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the services do when the store fails or loses a race: cases only a mocked store can stage.
 */
class ServiceStorageFailureTest {
  private final StorageUnavailableException unavailable =
      new StorageUnavailableException("pool exhausted", true, null);

  /** Makes one store call of the mocks throw {@code failure}. */
  interface Stage {
    void failWith(StorageMocks mocks, RuntimeException failure);
  }

  /** A service call. */
  interface Call {
    Object on(StorageMocks mocks);
  }

  static Stream<Arguments> inserts() {
    return Stream.of(
        Arguments.of(
            "projects.create",
            (Stage) (m, e) -> doThrow(e).when(m.projects).insert(any()),
            (Call) m -> m.coopkit.projects().create(ProjectFixture.aProject().code("new").build())),
        Arguments.of(
            "events.create",
            (Stage) (m, e) -> doThrow(e).when(m.events).insert(any()),
            (Call)
                m ->
                    m.coopkit
                        .events()
                        .create(EventFixture.anEvent().projects(List.of(m.project.id())).build())),
        Arguments.of(
            "contacts.create",
            (Stage) (m, e) -> doThrow(e).when(m.contacts).insert(any()),
            (Call) m -> m.coopkit.contacts().create(ContactFixture.aContact().build())),
        Arguments.of(
            "organisations.register",
            (Stage) (m, e) -> doThrow(e).when(m.organisations).insert(any()),
            (Call)
                m ->
                    m.coopkit
                        .organisations()
                        .register(OrganisationFixture.anOrganisation().build())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inserts")
  void passesOnAStoreFailureDuringAnInsertUnchanged(String call, Stage stage, Call create) {
    StorageMocks mocks = new StorageMocks();
    stage.failWith(mocks, unavailable);

    assertThat(catchThrowable(() -> create.on(mocks))).isSameAs(unavailable);
  }

  @Test
  void passesOnAStoreFailureDuringAnUpdateUnchanged() {
    StorageMocks mocks = new StorageMocks();
    doThrow(unavailable).when(mocks.events).update(any(), anyLong());

    assertThat(catchThrowable(() -> mocks.coopkit.events().postpone(mocks.event.id(), 2)))
        .isSameAs(unavailable);
  }

  @Test
  void passesOnAStoreFailureDuringAReadUnchangedAndWritesNothing() {
    StorageMocks mocks = new StorageMocks();
    when(mocks.contacts.get(mocks.contact.id())).thenThrow(unavailable);

    assertThat(catchThrowable(() -> mocks.coopkit.contacts().find(mocks.contact.id())))
        .isSameAs(unavailable);
    assertThat(catchThrowable(() -> mocks.coopkit.contacts().update(mocks.contact)))
        .isSameAs(unavailable);
    verify(mocks.contacts, never()).update(any(), anyLong());
  }

  @Test
  void returnsNothingWhenTheCommitFailsAfterTheWorkRan() {
    StorageMocks mocks = new StorageMocks();
    doAnswer(
            call -> {
              call.<TransactionalWork<?>>getArgument(1).run(mocks.session);
              throw unavailable;
            })
        .when(mocks.storage)
        .inTransaction(any(), any());

    Throwable thrown =
        catchThrowable(
            () ->
                mocks
                    .coopkit
                    .organisations()
                    .register(OrganisationFixture.anOrganisation().build()));

    assertThat(thrown).isSameAs(unavailable);
    verify(mocks.organisations).insert(any());
  }

  @Test
  void stopsDeletingAProjectWithItsEventsWhenTheStoreFailsMidWay() {
    StorageMocks mocks = new StorageMocks();
    Event first = EventFixture.anEvent().projects(List.of(mocks.project.id())).version(1).build();
    Event second = EventFixture.anEvent().projects(List.of(mocks.project.id())).version(1).build();
    when(mocks.events.find(any())).thenReturn(Page.last(List.of(first, second)));
    doThrow(unavailable).when(mocks.events).delete(first.id(), 1);

    Throwable thrown =
        catchThrowable(() -> mocks.coopkit.projects().deleteWithEvents(mocks.project.id(), 3));

    assertThat(thrown).isSameAs(unavailable);
    verify(mocks.events, times(1)).delete(any(), anyLong());
    verify(mocks.projects, never()).delete(any(), anyLong());
  }

  @Test
  void passesOnAConflictTheStoreFindsAtTheLastStepOfAProjectUpdate() {
    StorageMocks mocks = new StorageMocks();
    // The service read version 3 and checked it; another writer stored version 4 in between.
    ConflictException lost = new ConflictException("Project", mocks.project.id().toString(), 3, 4);
    doThrow(lost).when(mocks.projects).update(any(), eq(3L));

    Throwable thrown =
        catchThrowable(
            () ->
                mocks
                    .coopkit
                    .projects()
                    .update(mocks.project.toBuilder().title("Cybercrime EAP II (rev.)").build()));

    assertThat(thrown).isSameAs(lost);
    assertThat(lost.getMessage()).contains("expected version 3", "stored version is 4");
    verify(mocks.projects).update(argThat(p -> p.version() == 4), eq(3L));
  }

  static Stream<Arguments> lastStepConflicts() {
    return Stream.of(
        Arguments.of(
            "events.cancel",
            "Event",
            2,
            (Stage) (m, e) -> doThrow(e).when(m.events).update(any(), eq(2L)),
            (Call) m -> m.coopkit.events().cancel(m.event.id(), 2)),
        Arguments.of(
            "contacts.assignRole",
            "Contact",
            5,
            (Stage) (m, e) -> doThrow(e).when(m.contacts).update(any(), eq(5L)),
            (Call) m -> m.coopkit.contacts().assignRole(m.contact.id(), 5, m.contactPointRole())),
        Arguments.of(
            "organisations.update",
            "Organisation",
            7,
            (Stage) (m, e) -> doThrow(e).when(m.organisations).update(any(), eq(7L)),
            (Call)
                m ->
                    m.coopkit
                        .organisations()
                        .update(m.organisation.toBuilder().acronym("IAP").build())),
        Arguments.of(
            "projects.addComponent",
            "Project",
            3,
            (Stage) (m, e) -> doThrow(e).when(m.projects).update(any(), eq(3L)),
            (Call)
                m ->
                    m.coopkit
                        .projects()
                        .addComponent(m.project.id(), 3, ProjectFixture.aComponent().build())),
        Arguments.of(
            "projects.delete",
            "Project",
            3,
            (Stage) (m, e) -> doThrow(e).when(m.projects).delete(m.project.id(), 3),
            (Call)
                m -> {
                  m.coopkit.projects().delete(m.project.id(), 3);
                  return null;
                }),
        Arguments.of(
            "events.delete",
            "Event",
            2,
            (Stage) (m, e) -> doThrow(e).when(m.events).delete(m.event.id(), 2),
            (Call)
                m -> {
                  m.coopkit.events().delete(m.event.id(), 2);
                  return null;
                }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lastStepConflicts")
  void passesOnAConflictTheStoreFindsAfterTheServicesOwnCheckPassed(
      String call, String kind, long read, Stage stage, Call change) {
    StorageMocks mocks = new StorageMocks();
    ConflictException lost = new ConflictException(kind, "the-id", read, read + 1);
    stage.failWith(mocks, lost);

    Throwable thrown = catchThrowable(() -> change.on(mocks));

    assertThat(thrown).isSameAs(lost);
    assertThat(lost.expectedVersion()).isEqualTo(read);
    assertThat(lost.actualVersion()).isEqualTo(read + 1);
  }

  @Test
  void rejectsAStaleVersionItselfWithoutWriting() {
    StorageMocks mocks = new StorageMocks();

    Throwable thrown =
        catchThrowable(
            () ->
                mocks
                    .coopkit
                    .projects()
                    .update(mocks.project.toBuilder().version(2).title("Stale").build()));

    assertThat(thrown)
        .isInstanceOfSatisfying(
            ConflictException.class,
            conflict -> {
              assertThat(conflict.kind()).isEqualTo("Project");
              assertThat(conflict.id()).isEqualTo(mocks.project.id().toString());
              assertThat(conflict.expectedVersion()).isEqualTo(2);
              assertThat(conflict.actualVersion()).isEqualTo(3);
            });
    verify(mocks.projects, never()).update(any(), anyLong());
  }
}
