package org.coopkit.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.coopkit.storage.tck.ContractAssertions.assertSame;
import static org.coopkit.storage.tck.Fixtures.anyProject;
import static org.coopkit.storage.tck.Fixtures.eventOf;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coopkit.Coopkit;
import org.coopkit.error.BrokenReferenceException;
import org.coopkit.error.ConflictException;
import org.coopkit.error.StorageUnavailableException;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.RoleType;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.Organiser;
import org.coopkit.model.event.OrganiserRole;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.project.OrganisationRole;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectId;
import org.coopkit.model.project.ProjectOrganisation;
import org.coopkit.model.project.ProjectRelation;
import org.coopkit.model.project.RelationType;
import org.coopkit.query.EventQuery;
import org.coopkit.spi.TransactionMode;
import org.junit.jupiter.api.Test;

/**
 * The transaction guarantees of {@link org.coopkit.spi.Storage}: work that throws, whatever it
 * throws, persists none of its writes and the exception comes back unchanged; a transaction sees
 * its own writes; and a service call that fails part-way, after some of its writes, leaves nothing
 * behind.
 *
 * @since 0.1.0
 */
public abstract class TransactionTestSuite extends StorageTestSuite {
  /** For subclasses. */
  protected TransactionTestSuite() {}

  /**
   * Checks that work that throws persists none of its writes, and that the caller gets the very
   * exception the work threw, not a wrapper.
   */
  @Test
  protected void workThatThrowsPersistsNoneOfItsWritesAndTheExceptionComesBackUnchanged() {
    List<Throwable> failures =
        List.of(
            new IllegalStateException("work failed"),
            new ConflictException("Project", "x", 1, 2),
            new AssertionError("an error"));
    for (Throwable failure : failures) {
      // given
      Instant now = clock.instant();
      Organisation organisation = stamped(Fixtures.anyOrganisation(), now);
      Project project =
          stamped(
              anyProject().toBuilder()
                  .addOrganisation(
                      ProjectOrganisation.of(organisation.id(), OrganisationRole.FUNDING))
                  .build(),
              now);
      Event event = stamped(eventOf(project.id()), now);
      Contact contact = stamped(Fixtures.anyContact(), now);

      // when
      Throwable thrown =
          catchThrowable(
              () ->
                  storage()
                      .inTransaction(
                          s -> {
                            s.organisations().insert(organisation);
                            s.projects().insert(project);
                            s.events().insert(event);
                            s.contacts().insert(contact);
                            throwUnchecked(failure);
                            return null;
                          }));

      // then
      assertThat(thrown).as("what the work threw").isSameAs(failure);
      assertThat(organisations().find(organisation.id())).as("after %s", failure).isEmpty();
      assertThat(projects().find(project.id())).as("after %s", failure).isEmpty();
      assertThat(projects().findByCode(project.code())).as("after %s", failure).isEmpty();
      assertThat(events().find(event.id())).as("after %s", failure).isEmpty();
      assertThat(contacts().find(contact.id())).as("after %s", failure).isEmpty();
      Set<ProjectId> existing =
          storage()
              .inTransaction(
                  TransactionMode.READ_ONLY, s -> s.projects().existing(List.of(project.id())));
      assertThat(existing).as("after %s", failure).isEmpty();
    }
  }

  /** Checks that work that throws undoes its updates and deletes too. */
  @Test
  protected void workThatThrowsUndoesItsUpdatesAndDeletesToo() {
    // given
    Organisation organisation = storedOrganisation();
    Project project = storedProject();
    Event event = storedEventOf(project);
    Project inserted = stamped(anyProject(), clock.instant());

    // when
    Throwable thrown =
        catchThrowable(
            () ->
                storage()
                    .inTransaction(
                        s -> {
                          s.projects()
                              .update(
                                  project.toBuilder()
                                      .title("Changed")
                                      .code(Fixtures.uniqueCode())
                                      .version(2)
                                      .build(),
                                  1);
                          s.events().delete(event.id(), event.version());
                          s.organisations().delete(organisation.id(), organisation.version());
                          s.projects().insert(inserted);
                          throw new IllegalStateException("work failed");
                        }));

    // then
    assertThat(thrown).isInstanceOf(IllegalStateException.class);
    assertSame(projects().find(project.id()).orElse(null), project, "the updated project");
    assertSame(
        projects().findByCode(project.code()).orElse(null), project, "the project by its old code");
    assertSame(events().find(event.id()).orElse(null), event, "the deleted event");
    assertSame(
        organisations().find(organisation.id()).orElse(null),
        organisation,
        "the deleted organisation");
    assertThat(projects().find(inserted.id())).isEmpty();
  }

  /** Checks that work that returns commits all its writes and its result comes back. */
  @Test
  protected void workThatReturnsCommitsAllItsWritesAndItsResultComesBack() {
    // given
    Instant now = clock.instant();
    Organisation organisation = stamped(Fixtures.anyOrganisation(), now);
    Project project = stamped(anyProject(), now);
    Event event = stamped(eventOf(project.id()), now);

    // when
    String result =
        storage()
            .inTransaction(
                s -> {
                  s.organisations().insert(organisation);
                  s.projects().insert(project);
                  s.events().insert(event);
                  return "done";
                });

    // then
    assertThat(result).isEqualTo("done");
    assertSame(
        organisations().find(organisation.id()).orElse(null), organisation, "the organisation");
    assertSame(projects().find(project.id()).orElse(null), project, "the project");
    assertSame(events().find(event.id()).orElse(null), event, "the event");
  }

  /** Checks that a transaction sees its own writes. */
  @Test
  protected void aTransactionSeesItsOwnWrites() {
    // given
    Instant now = clock.instant();
    Project project = stamped(anyProject(), now);
    Project changed = project.toBuilder().title("Changed").version(2).build();
    Event event = stamped(eventOf(project.id()), now);

    // when
    storage()
        .inTransaction(
            s -> {
              s.projects().insert(project);
              s.events().insert(event);

              // then
              assertThat(s.projects().get(project.id())).contains(project);
              assertThat(s.projects().getByCode(project.code())).contains(project);
              assertThat(s.projects().existing(List.of(project.id(), Fixtures.newProjectId())))
                  .containsExactly(project.id());
              assertThat(
                      s.events().find(EventQuery.builder().project(project.id()).build()).items())
                  .containsExactly(event);
              s.projects().update(changed, 1);
              assertThat(s.projects().get(project.id())).contains(changed);
              s.events().delete(event.id(), 1);
              assertThat(s.events().get(event.id())).isEmpty();
              return null;
            });
    assertSame(projects().find(project.id()).orElse(null), changed, "the project after commit");
    assertThat(events().find(event.id())).isEmpty();
  }

  /** Checks that a read-only transaction sees writes committed before it. */
  @Test
  protected void aReadOnlyTransactionSeesCommittedWrites() {
    // given
    Project project = storedProject();

    // when
    Optional<Project> read =
        storage().inTransaction(TransactionMode.READ_ONLY, s -> s.projects().get(project.id()));
    Set<ProjectId> existing =
        storage()
            .inTransaction(
                TransactionMode.READ_ONLY, s -> s.projects().existing(List.of(project.id())));

    // then
    assertThat(read).contains(project);
    assertThat(existing).containsExactly(project.id());
  }

  /**
   * Checks that a service call whose last reference check fails leaves nothing behind, though
   * earlier checks passed.
   */
  @Test
  protected void aServiceCallFailingOnItsLastReferenceCheckLeavesNothing() {
    // given
    Project project = storedProjectWithComponents(1);
    Project other = storedProjectWithComponents(1);
    Organisation organiser = storedOrganisation();
    Event event =
        eventOf(project.id()).toBuilder()
            .addOrganiser(Organiser.of(organiser.id(), OrganiserRole.ORGANISER))
            .addComponent(project.components().get(0).id())
            .addComponent(other.components().get(0).id())
            .build();
    Contact contact =
        Fixtures.anyContact().toBuilder()
            .organisation(organiser.id())
            .addRole(Fixtures.role(RoleType.EXPERT, project.id()))
            .addRole(Fixtures.roleFor(Fixtures.newOrganisationId()))
            .build();

    // when
    Throwable eventFailure = catchThrowable(() -> events().create(event));
    Throwable contactFailure = catchThrowable(() -> contacts().create(contact));

    // then
    assertThat(eventFailure).isInstanceOf(BrokenReferenceException.class);
    assertThat(contactFailure).isInstanceOf(BrokenReferenceException.class);
    assertThat(events().find(event.id())).isEmpty();
    assertThat(contacts().find(contact.id())).isEmpty();
    assertSame(projects().find(project.id()).orElse(null), project, "the project");
    assertSame(organisations().find(organiser.id()).orElse(null), organiser, "the organiser");
  }

  /**
   * Checks that a service call failing after some of its writes leaves nothing: the service's
   * writes share one transaction.
   */
  @Test
  protected void aServiceCallFailingAfterSomeOfItsWritesLeavesNothing() {
    // given
    Project doomed = storedProjectWithComponents(1);
    Project partner = storedProject();
    Event own =
        events()
            .create(
                eventOf(doomed.id()).toBuilder()
                    .addComponent(doomed.components().get(0).id())
                    .build());
    Event joint =
        events()
            .create(
                eventOf(doomed.id()).toBuilder()
                    .addProject(partner.id())
                    .addComponent(doomed.components().get(0).id())
                    .build());
    Project successor =
        projects()
            .create(
                anyProject().toBuilder()
                    .addRelation(ProjectRelation.of(doomed.id(), RelationType.PREDECESSOR))
                    .build());
    StorageUnavailableException lost =
        new StorageUnavailableException("connection lost (injected)", true, null);
    Coopkit failing =
        Coopkit.builder()
            .storage(
                new FaultyStorage(
                    storage(),
                    (operation, target) -> {
                      if (operation.equals("delete") && target.equals(doomed.id())) {
                        throw lost;
                      }
                    }))
            .clock(clock)
            .build();

    // when
    StorageUnavailableException thrown =
        catchThrowableOfType(
            StorageUnavailableException.class,
            () -> failing.projects().deleteWithEvents(doomed.id(), doomed.version()));

    // then
    assertThat(thrown).as("the failure of the last write").isSameAs(lost);
    assertSame(projects().find(doomed.id()).orElse(null), doomed, "the project");
    assertSame(events().find(own.id()).orElse(null), own, "its own event");
    assertSame(events().find(joint.id()).orElse(null), joint, "the joint event");
    assertSame(
        projects().find(successor.id()).orElse(null), successor, "the project relating to it");
  }

  private static Project stamped(Project project, Instant now) {
    return ContractAssertions.created(project, now);
  }

  private static Event stamped(Event event, Instant now) {
    return ContractAssertions.created(event, now);
  }

  private static Contact stamped(Contact contact, Instant now) {
    return ContractAssertions.created(contact, now);
  }

  private static Organisation stamped(Organisation organisation, Instant now) {
    return ContractAssertions.created(organisation, now);
  }

  private static void throwUnchecked(Throwable failure) {
    if (failure instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (failure instanceof Error error) {
      throw error;
    }
    throw new IllegalArgumentException("not unchecked: " + failure);
  }
}
