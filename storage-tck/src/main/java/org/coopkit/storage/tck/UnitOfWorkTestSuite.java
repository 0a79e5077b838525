package org.coopkit.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopkit.storage.tck.Fixtures.anyContact;
import static org.coopkit.storage.tck.Fixtures.anyOrganisation;
import static org.coopkit.storage.tck.Fixtures.anyProject;
import static org.coopkit.storage.tck.Fixtures.eventOf;
import static org.coopkit.storage.tck.Fixtures.newProjectId;
import static org.coopkit.storage.tck.Fixtures.unitOf;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.coopkit.UnitOfWork;
import org.coopkit.error.BrokenReferenceException;
import org.coopkit.error.DuplicateException;
import org.coopkit.error.NotFoundException;
import org.coopkit.error.ValidationException;
import org.coopkit.model.ExternalId;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.event.Event;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectRelation;
import org.coopkit.model.project.RelationType;
import org.coopkit.query.ProjectQuery;
import org.junit.jupiter.api.Test;

/**
 * What a unit of work ({@link org.coopkit.Coopkit#inTransaction}) guarantees on a storage: its
 * service calls are stored together or not at all, with every rule checked; calls on the same
 * thread join it; a failed call spoils it even when caught; references to aggregates created later
 * in the unit are accepted and checked at its end; and the upserts by natural key (code, acronym,
 * external identifier).
 *
 * @since 0.2.0
 */
public abstract class UnitOfWorkTestSuite extends StorageTestSuite {
  /** For subclasses. */
  protected UnitOfWorkTestSuite() {}

  /** A unit stores every call it made and returns its result. */
  @Test
  protected void aUnitStoresEveryCallItMadeAndReturnsItsResult() {
    Project project = anyProject();
    Event event = eventOf(project.id());
    Contact contact = anyContact();

    Project created =
        coopkit()
            .inTransaction(
                tx -> {
                  Project p = tx.projects().create(project);
                  tx.events().create(event);
                  tx.contacts().create(contact);
                  return p;
                });

    assertThat(created.version()).isEqualTo(1);
    assertThat(projects().find(project.id())).contains(created);
    assertThat(events().find(event.id())).isPresent();
    assertThat(contacts().find(contact.id())).isPresent();
  }

  /** A unit whose work throws stores nothing. */
  @Test
  protected void aUnitWhoseWorkThrowsStoresNothing() {
    Project project = anyProject();
    Event event = eventOf(project.id());
    IllegalStateException thrown = new IllegalStateException("the host changed its mind");

    assertThatThrownBy(
            () ->
                coopkit()
                    .useTransaction(
                        tx -> {
                          tx.projects().create(project);
                          tx.events().create(event);
                          throw thrown;
                        }))
        .isSameAs(thrown);

    assertThat(projects().find(project.id())).isEmpty();
    assertThat(events().find(event.id())).isEmpty();
  }

  /** A rule broken later in the unit undoes its earlier calls. */
  @Test
  protected void aRuleBrokenLaterInTheUnitUndoesItsEarlierCalls() {
    Project project = anyProject();
    Event orphan = eventOf(newProjectId());

    assertThatThrownBy(
            () ->
                coopkit()
                    .useTransaction(
                        tx -> {
                          tx.projects().create(project);
                          tx.events().create(orphan);
                        }))
        .isInstanceOf(BrokenReferenceException.class);

    assertThat(projects().find(project.id())).isEmpty();
  }

  /** A failed write caught inside the unit still rolls it back. */
  @Test
  protected void aFailedWriteCaughtInsideTheUnitStillRollsItBack() {
    Project taken = storedProject();
    Project project = anyProject();
    Project sameCode = anyProject().toBuilder().code(taken.code()).build();

    assertThatThrownBy(
            () ->
                coopkit()
                    .useTransaction(
                        tx -> {
                          tx.projects().create(project);
                          try {
                            tx.projects().create(sameCode);
                          } catch (DuplicateException expected) {
                            // The work goes on as if nothing happened; the unit must not.
                          }
                        }))
        .isInstanceOf(DuplicateException.class);

    assertThat(projects().find(project.id())).isEmpty();
    assertThat(projects().find(sameCode.id())).isEmpty();
  }

  /** A read that finds nothing leaves the unit usable. */
  @Test
  protected void aReadThatFindsNothingLeavesTheUnitUsable() {
    Project project = anyProject();

    coopkit()
        .useTransaction(
            tx -> {
              assertThatThrownBy(() -> tx.projects().get(project.id()))
                  .isInstanceOf(NotFoundException.class);
              tx.projects().create(project);
            });

    assertThat(projects().find(project.id())).isPresent();
  }

  /** Calls of the instance's own services on the unit's thread join it. */
  @Test
  protected void callsOfTheInstancesOwnServicesOnTheUnitsThreadJoinIt() {
    Project project = anyProject();
    Organisation organisation = anyOrganisation();

    assertThatThrownBy(
            () ->
                coopkit()
                    .useTransaction(
                        tx -> {
                          projects().create(project);
                          organisations().register(organisation);
                          throw new IllegalStateException("roll back");
                        }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(projects().find(project.id())).isEmpty();
    assertThat(organisations().find(organisation.id())).isEmpty();
  }

  /** A nested unit joins the outer one and rolls back with it. */
  @Test
  protected void aNestedUnitJoinsTheOuterOneAndRollsBackWithIt() {
    Project project = anyProject();

    assertThatThrownBy(
            () ->
                coopkit()
                    .useTransaction(
                        outer -> {
                          Project inner =
                              coopkit().inTransaction(tx -> tx.projects().create(project));
                          assertThat(outer.projects().get(inner.id())).isEqualTo(inner);
                          throw new IllegalStateException("roll back");
                        }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(projects().find(project.id())).isEmpty();
  }

  /** A unit sees its own writes in reads and searches. */
  @Test
  protected void aUnitSeesItsOwnWritesInReadsAndSearches() {
    Project project = anyProject();

    long found =
        coopkit()
            .inTransaction(
                tx -> {
                  Project created = tx.projects().create(project);
                  assertThat(tx.projects().findByCode(project.code())).contains(created);
                  return tx
                      .projects()
                      .search(ProjectQuery.builder().text(project.title().english()).build())
                      .items()
                      .stream()
                      .filter(p -> p.id().equals(project.id()))
                      .count();
                });

    assertThat(found).isEqualTo(1);
  }

  /** A read-only unit reads and refuses to write. */
  @Test
  protected void aReadOnlyUnitReadsAndRefusesToWrite() {
    Project stored = storedProject();
    Project another = anyProject();

    Project read = coopkit().inReadOnlyTransaction(tx -> tx.projects().get(stored.id()));
    assertThat(read).isEqualTo(stored);

    assertThatThrownBy(() -> coopkit().inReadOnlyTransaction(tx -> tx.projects().create(another)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("read-only");
    assertThatThrownBy(
            () ->
                coopkit()
                    .inReadOnlyTransaction(
                        tx -> coopkit().inTransaction(inner -> inner.projects().create(another))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("read-only");
    assertThat(projects().find(another.id())).isEmpty();
  }

  /** A unit's services refuse use after its work returned. */
  @Test
  protected void aUnitsServicesRefuseUseAfterItsWorkReturned() {
    UnitOfWork ended = coopkit().inTransaction(tx -> tx);

    assertThatThrownBy(() -> ended.projects().create(anyProject()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ended");
  }

  /** A unit's services refuse use from another thread. */
  @Test
  protected void aUnitsServicesRefuseUseFromAnotherThread() {
    Project project = anyProject();

    Throwable fromOtherThread =
        coopkit()
            .inTransaction(
                tx -> {
                  try {
                    return CompletableFuture.supplyAsync(
                            () -> {
                              try {
                                tx.projects().create(project);
                                return null;
                              } catch (IllegalStateException e) {
                                return (Throwable) e;
                              }
                            })
                        .get(5, TimeUnit.MINUTES);
                  } catch (InterruptedException | ExecutionException | TimeoutException e) {
                    throw new AssertionError(e);
                  }
                });

    assertThat(fromOtherThread).isInstanceOf(IllegalStateException.class);
    assertThat(fromOtherThread.getMessage()).contains("thread");
    assertThat(projects().find(project.id())).isEmpty();
  }

  /** A relation to a project created later in the unit is stored. */
  @Test
  protected void aRelationToAProjectCreatedLaterInTheUnitIsStored() {
    Project predecessor = anyProject();
    Project successor =
        anyProject().toBuilder()
            .relations(List.of(ProjectRelation.of(predecessor.id(), RelationType.PREDECESSOR)))
            .build();
    Project withForwardRelation =
        predecessor.toBuilder()
            .relations(List.of(ProjectRelation.of(successor.id(), RelationType.SUCCESSOR)))
            .build();

    coopkit()
        .useTransaction(
            tx -> {
              Project created = tx.projects().create(withForwardRelation);
              assertThat(created.relations()).isEqualTo(withForwardRelation.relations());
              assertThat(tx.projects().get(predecessor.id()).relations())
                  .isEqualTo(withForwardRelation.relations());
              tx.projects().create(successor);
            });

    Project stored = projects().get(predecessor.id());
    assertThat(stored.relations()).isEqualTo(withForwardRelation.relations());
    assertThat(stored.version()).isEqualTo(1);
    assertThat(projects().get(successor.id()).relations()).isEqualTo(successor.relations());
  }

  /** A change later in the unit keeps a forward relation. */
  @Test
  protected void aChangeLaterInTheUnitKeepsAForwardRelation() {
    Project successor = anyProject();
    Project predecessor =
        anyProject().toBuilder()
            .relations(List.of(ProjectRelation.of(successor.id(), RelationType.SUCCESSOR)))
            .build();

    coopkit()
        .useTransaction(
            tx -> {
              Project created = tx.projects().create(predecessor);
              tx.projects().update(created.toBuilder().title("Renamed in the unit").build());
              tx.projects().create(successor);
            });

    Project stored = projects().get(predecessor.id());
    assertThat(stored.title().english()).isEqualTo("Renamed in the unit");
    assertThat(stored.relations()).isEqualTo(predecessor.relations());
  }

  /** A forward relation that still points nowhere fails the unit. */
  @Test
  protected void aForwardRelationThatStillPointsNowhereFailsTheUnit() {
    Project never = anyProject();
    Project predecessor =
        anyProject().toBuilder()
            .relations(List.of(ProjectRelation.of(never.id(), RelationType.SUCCESSOR)))
            .build();

    assertThatThrownBy(() -> coopkit().inTransaction(tx -> tx.projects().create(predecessor)))
        .isInstanceOf(BrokenReferenceException.class)
        .hasMessageContaining("Project.relations[0]")
        .hasMessageContaining(never.id().toString());

    assertThat(projects().find(predecessor.id())).isEmpty();
  }

  /** Outside a unit, a relation to a missing project is refused at once. */
  @Test
  protected void outsideAUnitARelationToAMissingProjectIsRefusedAtOnce() {
    Project predecessor =
        anyProject().toBuilder()
            .relations(List.of(ProjectRelation.of(newProjectId(), RelationType.SUCCESSOR)))
            .build();

    assertThatThrownBy(() -> projects().create(predecessor))
        .isInstanceOf(BrokenReferenceException.class);
    assertThat(projects().find(predecessor.id())).isEmpty();
  }

  /** A parent registered later in the unit is set. */
  @Test
  protected void aParentRegisteredLaterInTheUnitIsSet() {
    Organisation parent = anyOrganisation();
    Organisation unit = unitOf(parent.id());

    coopkit()
        .useTransaction(
            tx -> {
              tx.organisations().register(unit);
              assertThat(tx.organisations().get(unit.id()).parent()).isEqualTo(parent.id());
              tx.organisations().register(parent);
            });

    assertThat(organisations().get(unit.id()).parent()).isEqualTo(parent.id());
  }

  /** Parents that wait for the end of the unit must not loop. */
  @Test
  protected void parentsThatWaitForTheEndOfTheUnitMustNotLoop() {
    Organisation first = anyOrganisation();
    Organisation second = unitOf(first.id());
    Organisation firstUnderSecond = first.toBuilder().parent(second.id()).build();

    assertThatThrownBy(
            () ->
                coopkit()
                    .useTransaction(
                        tx -> {
                          tx.organisations().register(firstUnderSecond);
                          tx.organisations().register(second);
                        }))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("loop");

    assertThat(organisations().find(first.id())).isEmpty();
    assertThat(organisations().find(second.id())).isEmpty();
  }

  /** {@code upsertByCode} creates a project then changes the one with its code. */
  @Test
  protected void upsertByCodeCreatesAProjectThenChangesTheOneWithItsCode() {
    Project first = anyProject();

    Project created = projects().upsertByCode(first);
    clock.advance(Duration.ofMinutes(1));
    Project again =
        anyProject().toBuilder()
            .code(first.code().toUpperCase(Locale.ROOT))
            .title("From the donor's feed")
            .build();
    Project changed = projects().upsertByCode(again);

    assertThat(created.version()).isEqualTo(1);
    assertThat(changed.id()).isEqualTo(first.id());
    assertThat(changed.version()).isEqualTo(2);
    assertThat(changed.createdAt()).isEqualTo(created.createdAt());
    assertThat(changed.updatedAt()).isAfter(created.updatedAt());
    assertThat(projects().get(first.id()).title().english()).isEqualTo("From the donor's feed");
    assertThat(projects().find(again.id())).isEmpty();
  }

  /** {@code upsertByAcronym} registers then changes the organisation with it. */
  @Test
  protected void upsertByAcronymRegistersThenChangesTheOrganisationWithIt() {
    String acronym = "U" + Fixtures.uniqueToken();
    Organisation first = anyOrganisation().toBuilder().acronym(acronym).build();

    Organisation registered = organisations().upsertByAcronym(first);
    Organisation again =
        anyOrganisation().toBuilder()
            .acronym(acronym.toLowerCase(Locale.ROOT))
            .name("Renamed by a sync")
            .build();
    Organisation changed = organisations().upsertByAcronym(again);

    assertThat(registered.version()).isEqualTo(1);
    assertThat(changed.id()).isEqualTo(first.id());
    assertThat(changed.version()).isEqualTo(2);
    assertThat(organisations().find(again.id())).isEmpty();
  }

  /** {@code upsertByAcronym} refuses an acronym that names two organisations. */
  @Test
  protected void upsertByAcronymRefusesAnAcronymThatNamesTwoOrganisations() {
    String acronym = "U" + Fixtures.uniqueToken();
    organisations().register(anyOrganisation().toBuilder().acronym(acronym).build());
    organisations().register(anyOrganisation().toBuilder().acronym(acronym).build());
    Organisation third = anyOrganisation().toBuilder().acronym(acronym).build();

    assertThatThrownBy(() -> organisations().upsertByAcronym(third))
        .isInstanceOf(DuplicateException.class)
        .hasMessageContaining("Organisation.acronym");
    assertThatThrownBy(() -> organisations().upsertByAcronym(anyOrganisation()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("acronym");
    assertThat(organisations().find(third.id())).isEmpty();
  }

  /**
   * {@code upsertByExternalId} creates a project, then changes the one carrying the identifier: its
   * id and creation time stay, the rest (code included) comes from the upsert.
   */
  @Test
  protected void upsertByExternalIdCreatesAProjectThenChangesTheOneCarryingIt() {
    ExternalId activity = ExternalId.of("iati", "XM-DAC-" + Fixtures.uniqueToken());
    Project first = anyProject().toBuilder().addExternalId(activity).build();

    Project created = projects().upsertByExternalId(activity, first);
    clock.advance(Duration.ofMinutes(1));
    Project again =
        anyProject().toBuilder()
            .title("From the IATI feed")
            .externalIds(List.of(ExternalId.of("donor-db", "P-1"), activity))
            .build();
    Project changed = projects().upsertByExternalId(activity, again);

    assertThat(created.version()).isEqualTo(1);
    assertThat(changed.id()).isEqualTo(first.id());
    assertThat(changed.version()).isEqualTo(2);
    assertThat(changed.createdAt()).isEqualTo(created.createdAt());
    assertThat(changed.updatedAt()).isAfter(created.updatedAt());
    assertThat(changed.code()).isEqualTo(again.code());
    assertThat(projects().get(first.id())).isEqualTo(changed);
    assertThat(projects().findByCode(first.code())).isEmpty();
    assertThat(projects().find(again.id())).isEmpty();
  }

  /** {@code upsertByExternalId} refuses a project that does not carry the identifier. */
  @Test
  protected void upsertByExternalIdRefusesAProjectThatDoesNotCarryTheIdentifier() {
    ExternalId activity = ExternalId.of("iati", "XM-DAC-" + Fixtures.uniqueToken());
    Project without = anyProject();

    assertThatThrownBy(() -> projects().upsertByExternalId(activity, without))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("externalIds");
    assertThat(projects().find(without.id())).isEmpty();
  }

  /**
   * {@code upsertByExternalId} refuses an identifier that two projects carry, and writes nothing.
   */
  @Test
  protected void upsertByExternalIdRefusesAnIdentifierThatTwoProjectsCarry() {
    ExternalId shared = ExternalId.of("iati", "XM-DAC-" + Fixtures.uniqueToken());
    projects().create(anyProject().toBuilder().addExternalId(shared).build());
    projects().create(anyProject().toBuilder().addExternalId(shared).build());
    Project third = anyProject().toBuilder().addExternalId(shared).build();

    assertThatThrownBy(() -> projects().upsertByExternalId(shared, third))
        .isInstanceOf(DuplicateException.class)
        .hasMessageContaining("Project.externalIds");
    assertThat(projects().find(third.id())).isEmpty();
  }

  /**
   * Inside a unit of work, a second {@code upsertByExternalId} finds the project the first one
   * created in the unit, and changes it: one project, at version 2, once the unit commits.
   */
  @Test
  protected void upsertByExternalIdInAUnitFindsTheProjectTheUnitCreated() {
    ExternalId activity = ExternalId.of("iati", "XM-DAC-" + Fixtures.uniqueToken());
    Project first = anyProject().toBuilder().addExternalId(activity).build();
    Project again = anyProject().toBuilder().title("Changed").addExternalId(activity).build();

    Project changed =
        coopkit()
            .inTransaction(
                tx -> {
                  tx.projects().upsertByExternalId(activity, first);
                  return tx.projects().upsertByExternalId(activity, again);
                });

    assertThat(changed.id()).isEqualTo(first.id());
    assertThat(changed.version()).isEqualTo(2);
    assertThat(projects().findByExternalId(activity)).contains(changed);
    assertThat(projects().find(again.id())).isEmpty();
  }

  /**
   * {@code upsertByExternalId} registers an organisation, then changes the one carrying the
   * identifier.
   */
  @Test
  protected void upsertByExternalIdRegistersThenChangesTheOrganisationCarryingIt() {
    ExternalId iati = ExternalId.of("iati-org", "XM-DAC-" + Fixtures.uniqueToken());
    Organisation first = anyOrganisation().toBuilder().addExternalId(iati).build();

    Organisation registered = organisations().upsertByExternalId(iati, first);
    clock.advance(Duration.ofMinutes(1));
    Organisation again =
        anyOrganisation().toBuilder().name("Renamed by a sync").addExternalId(iati).build();
    Organisation changed = organisations().upsertByExternalId(iati, again);

    assertThat(registered.version()).isEqualTo(1);
    assertThat(changed.id()).isEqualTo(first.id());
    assertThat(changed.version()).isEqualTo(2);
    assertThat(changed.createdAt()).isEqualTo(registered.createdAt());
    assertThat(organisations().get(first.id())).isEqualTo(changed);
    assertThat(organisations().get(first.id()).name().english()).isEqualTo("Renamed by a sync");
    assertThat(organisations().find(again.id())).isEmpty();
  }

  /**
   * {@code upsertByExternalId} refuses an identifier that two organisations carry, and an
   * organisation that does not carry it; it writes nothing.
   */
  @Test
  protected void upsertByExternalIdRefusesAnIdentifierThatTwoOrganisationsCarry() {
    ExternalId shared = ExternalId.of("iati-org", "XM-DAC-" + Fixtures.uniqueToken());
    organisations().register(anyOrganisation().toBuilder().addExternalId(shared).build());
    organisations().register(anyOrganisation().toBuilder().addExternalId(shared).build());
    Organisation third = anyOrganisation().toBuilder().addExternalId(shared).build();

    assertThatThrownBy(() -> organisations().upsertByExternalId(shared, third))
        .isInstanceOf(DuplicateException.class)
        .hasMessageContaining("Organisation.externalIds");
    assertThatThrownBy(() -> organisations().upsertByExternalId(shared, anyOrganisation()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("externalIds");
    assertThat(organisations().find(third.id())).isEmpty();
  }
}
