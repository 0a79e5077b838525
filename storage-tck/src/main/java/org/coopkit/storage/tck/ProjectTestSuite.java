package org.coopkit.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.coopkit.storage.tck.ContractAssertions.assertSame;
import static org.coopkit.storage.tck.ContractAssertions.created;
import static org.coopkit.storage.tck.Fixtures.anyProject;
import static org.coopkit.storage.tck.Fixtures.component;
import static org.coopkit.storage.tck.Fixtures.eventOf;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.coopkit.error.BrokenReferenceException;
import org.coopkit.error.ConflictException;
import org.coopkit.error.DuplicateException;
import org.coopkit.error.NotFoundException;
import org.coopkit.error.StillReferencedException;
import org.coopkit.error.ValidationException;
import org.coopkit.model.ExternalId;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.Money;
import org.coopkit.model.PartialDate;
import org.coopkit.model.event.Event;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.project.Component;
import org.coopkit.model.project.ComponentId;
import org.coopkit.model.project.FundingKind;
import org.coopkit.model.project.FundingLine;
import org.coopkit.model.project.OrganisationRole;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectDates;
import org.coopkit.model.project.ProjectId;
import org.coopkit.model.project.ProjectOrganisation;
import org.coopkit.model.project.ProjectRelation;
import org.coopkit.model.project.RelationType;
import org.coopkit.model.project.Sector;
import org.coopkit.query.ProjectQuery;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link org.coopkit.service.ProjectService} over a storage: creating, reading,
 * updating and deleting projects, unique codes, references, optimistic locking and components.
 *
 * @since 0.1.0
 */
public abstract class ProjectTestSuite extends StorageTestSuite {
  /** For subclasses. */
  protected ProjectTestSuite() {}

  // Create and read.

  /** Checks that creating a project stores version 1 and timestamps from the clock. */
  @Test
  protected void createStoresVersionOneAndTimestampsFromTheClock() {
    // given
    Project given =
        anyProject().toBuilder()
            .version(7)
            .createdAt(Instant.EPOCH)
            .updatedAt(Instant.EPOCH.plusSeconds(1))
            .build();

    // when
    Project stored = projects().create(given);

    // then
    assertThat(stored.version()).isEqualTo(1);
    assertThat(stored.createdAt()).isEqualTo(clock.instant());
    assertThat(stored.updatedAt()).isEqualTo(clock.instant());
    assertSame(stored, created(given, clock.instant()), "the project create returned");
    assertSame(projects().get(given.id()), stored, "the project read back");
  }

  /** Checks that the store reads back a fully populated project equal to the stored one. */
  @Test
  protected void readsBackAFullyPopulatedProjectEqualToTheStoredOne() {
    // given
    Organisation funder = storedOrganisation();
    Organisation implementer = storedOrganisation();
    Project predecessor = storedProject();
    Project given = Fixtures.fullyPopulatedProject(funder.id(), implementer.id(), predecessor.id());

    // when
    Project stored = projects().create(given);

    // then
    assertSame(stored, created(given, clock.instant()), "the project create returned");
    assertSame(projects().get(given.id()), stored, "the project read by id");
    assertSame(
        projects().findByCode(given.code()).orElse(null), stored, "the project read by code");
  }

  /** Checks that the store reads back languages and components in the order given. */
  @Test
  protected void readsBackLanguagesAndComponentsInTheOrderGiven() {
    // given
    Organisation funder = storedOrganisation();
    Organisation implementer = storedOrganisation();
    Project predecessor = storedProject();
    Project given = Fixtures.fullyPopulatedProject(funder.id(), implementer.id(), predecessor.id());
    given =
        given.toBuilder()
            .title(
                LocalizedText.builder()
                    .put("ka", "ქართული")
                    .put("hy", "Հայերեն")
                    .put("ru", "Русский")
                    .build())
            .components(
                List.of(
                    given.components().get(2),
                    given.components().get(0),
                    given.components().get(1)))
            .build();

    // when
    projects().create(given);
    Project read = projects().get(given.id());

    // then
    assertThat(read.title().languages()).containsExactly("ka", "hy", "ru");
    assertThat(read.title().get(Locale.GERMAN))
        .as("the first language is the last resort")
        .isEqualTo("ქართული");
    assertThat(read.summary()).isNotNull();
    assertThat(read.summary().languages()).containsExactlyElementsOf(given.summary().languages());
    assertThat(read.components()).containsExactlyElementsOf(given.components());
    assertThat(read.countries()).containsExactlyElementsOf(given.countries());
    assertThat(read.organisations()).containsExactlyElementsOf(given.organisations());
    assertThat(read.links()).containsExactlyElementsOf(given.links());
    assertThat(read.externalIds()).containsExactlyElementsOf(given.externalIds());
  }

  /**
   * Checks that organisations in the roles programme offices use beyond IATI's four (mentor,
   * pledging partner, national counterpart) are stored and read back in their order.
   */
  @Test
  protected void storesOrganisationsInRolesBeyondIatisFour() {
    // given
    Organisation mentor = storedOrganisation();
    Organisation pledging = storedOrganisation();
    Organisation ministry = storedOrganisation();
    Project given =
        Fixtures.anyProject().toBuilder()
            .organisations(
                List.of(
                    ProjectOrganisation.of(ministry.id(), OrganisationRole.NATIONAL_COUNTERPART),
                    ProjectOrganisation.of(mentor.id(), OrganisationRole.MENTOR),
                    ProjectOrganisation.of(pledging.id(), OrganisationRole.PLEDGING_PARTNER)))
            .build();

    // when
    projects().create(given);

    // then
    assertThat(projects().get(given.id()).organisations())
        .containsExactlyElementsOf(given.organisations());
  }

  /** Checks that the store finds a project by its code in any case. */
  @Test
  protected void findsAProjectByItsCodeInAnyCase() {
    // given
    String code = Fixtures.uniqueCode();
    Project stored =
        projects().create(anyProject().toBuilder().code(code.toUpperCase(Locale.ROOT)).build());

    // when
    Project byLowerCase = projects().findByCode(code).orElse(null);
    Project byUpperCase = projects().findByCode(code.toUpperCase(Locale.ROOT)).orElse(null);
    Project byPaddedMixedCase = projects().findByCode("  " + capitalised(code) + " ").orElse(null);

    // then
    assertThat(stored.code()).isEqualTo(code);
    assertSame(byLowerCase, stored, "the project found by its lower-case code");
    assertSame(byUpperCase, stored, "the project found by its upper-case code");
    assertSame(byPaddedMixedCase, stored, "the project found by its padded mixed-case code");
  }

  /** Checks that the store finds nothing for an unknown id or code. */
  @Test
  protected void findsNothingForAnUnknownIdOrCode() {
    // given
    ProjectId unknown = Fixtures.newProjectId();

    // when
    NotFoundException notFound =
        catchThrowableOfType(NotFoundException.class, () -> projects().get(unknown));

    // then
    assertThat(projects().find(unknown)).isEmpty();
    assertThat(projects().findByCode(Fixtures.uniqueCode())).isEmpty();
    assertThat(notFound).as("get of an unknown id throws NotFoundException").isNotNull();
    assertThat(notFound.kind()).isEqualTo("Project");
    assertThat(notFound.id()).isEqualTo(unknown.toString());
  }

  /**
   * Checks that the store finds a project by any of its external identifiers, the scheme in any
   * case, and finds nothing by an identifier no project carries or one that differs in the value's
   * case.
   */
  @Test
  protected void findsAProjectByItsExternalIdentifier() {
    // given
    String token = Fixtures.uniqueToken();
    ExternalId donors = ExternalId.of("donor-db", "P-" + token);
    ExternalId iati = ExternalId.of("iati", "XM-DAC-47066-" + token);
    Project stored =
        projects().create(anyProject().toBuilder().externalIds(List.of(donors, iati)).build());
    projects().create(anyProject().toBuilder().addExternalId(ExternalId.of("iati", token)).build());

    // when
    Project byIati = projects().findByExternalId(ExternalId.of("IATI", iati.value())).orElse(null);
    Project byDonors = projects().findByExternalId(donors).orElse(null);

    // then
    assertSame(byIati, stored, "the project found by its IATI identifier");
    assertSame(byDonors, stored, "the project found by its donor's identifier");
    assertThat(projects().findByExternalId(ExternalId.of("iati", "XM-" + token))).isEmpty();
    assertThat(projects().findByExternalId(ExternalId.of("other", iati.value()))).isEmpty();
    assertThat(
            projects()
                .findByExternalId(ExternalId.of("iati", iati.value().toLowerCase(Locale.ROOT))))
        .isEmpty();
  }

  /**
   * Checks that finding a project by an external identifier that two projects carry fails with a
   * {@code DuplicateException} naming it, rather than picking one.
   */
  @Test
  protected void findingByAnExternalIdentifierThatTwoProjectsCarryFailsWithDuplicate() {
    // given
    ExternalId shared = ExternalId.of("iati", "XM-" + Fixtures.uniqueToken());
    Project first = projects().create(anyProject().toBuilder().addExternalId(shared).build());
    Project second = projects().create(anyProject().toBuilder().addExternalId(shared).build());

    // when
    DuplicateException duplicate =
        catchThrowableOfType(DuplicateException.class, () -> projects().findByExternalId(shared));

    // then
    assertThat(duplicate).as("an identifier of two projects throws DuplicateException").isNotNull();
    assertThat(duplicate.field()).isEqualTo("Project.externalIds");
    assertThat(duplicate.value()).isEqualTo(shared.toString());
    assertThat(
            projects().search(ProjectQuery.builder().externalId(shared).build()).items().stream()
                .map(Project::id))
        .containsExactlyInAnyOrder(first.id(), second.id());
  }

  // Update.

  /**
   * Checks that updating a project bumps the version and {@code updatedAt} and keeps {@code
   * createdAt}.
   */
  @Test
  protected void updateBumpsTheVersionAndUpdatedAtAndKeepsCreatedAt() {
    // given
    Project stored = storedProject();
    Instant createdAt = clock.instant();
    Instant later = clock.advance(Duration.ofMinutes(5).plusNanos(1_000));

    // when
    Project updated = projects().update(stored.toBuilder().title("Renamed").acronym("RN").build());

    // then
    assertThat(updated.version()).isEqualTo(2);
    assertThat(updated.createdAt()).isEqualTo(createdAt);
    assertThat(updated.updatedAt()).isEqualTo(later);
    assertThat(updated.title()).isEqualTo(LocalizedText.of("Renamed"));
    assertSame(projects().get(stored.id()), updated, "the project read back");
  }

  /**
   * Checks that updating a project with a stale version fails with a {@code ConflictException}
   * naming both versions.
   */
  @Test
  protected void updateWithAStaleVersionFailsWithConflictNamingBothVersions() {
    // given
    Project stored = storedProject();
    Project current = projects().update(stored.toBuilder().title("First writer").build());

    // when
    ConflictException conflict =
        catchThrowableOfType(
            ConflictException.class,
            () -> projects().update(stored.toBuilder().title("Second writer").build()));

    // then
    assertThat(conflict).as("a stale update throws ConflictException").isNotNull();
    assertThat(conflict.kind()).isEqualTo("Project");
    assertThat(conflict.id()).isEqualTo(stored.id().toString());
    assertThat(conflict.expectedVersion()).isEqualTo(1);
    assertThat(conflict.actualVersion()).isEqualTo(2);
    assertSame(projects().get(stored.id()), current, "the project after the conflict");
  }

  /** Checks that updating an unknown project fails with a {@code NotFoundException}. */
  @Test
  protected void updateOfAnUnknownProjectFailsWithNotFound() {
    // given
    Project neverStored = anyProject().toBuilder().version(1).build();

    // when
    NotFoundException notFound =
        catchThrowableOfType(NotFoundException.class, () -> projects().update(neverStored));

    // then
    assertThat(notFound).as("updating an unknown project throws NotFoundException").isNotNull();
    assertThat(projects().find(neverStored.id())).isEmpty();
  }

  // Unique code and id.

  /**
   * Checks that creating a project with a taken code fails with a {@code DuplicateException} and
   * stores nothing.
   */
  @Test
  protected void createWithATakenCodeFailsWithDuplicateAndStoresNothing() {
    // given
    Project first = storedProject();
    Project second = anyProject().toBuilder().code(first.code().toUpperCase(Locale.ROOT)).build();

    // when
    DuplicateException duplicate =
        catchThrowableOfType(DuplicateException.class, () -> projects().create(second));

    // then
    assertThat(duplicate).as("a taken code throws DuplicateException").isNotNull();
    assertThat(duplicate.value()).isEqualTo(first.code());
    assertThat(projects().find(second.id())).isEmpty();
    assertSame(projects().findByCode(first.code()).orElse(null), first, "the first project");
  }

  /**
   * Checks that updating a project to a taken code fails with a {@code DuplicateException} and
   * keeps the project.
   */
  @Test
  protected void updateToATakenCodeFailsWithDuplicateAndKeepsTheProject() {
    // given
    Project first = storedProject();
    Project second = storedProject();

    // when
    DuplicateException duplicate =
        catchThrowableOfType(
            DuplicateException.class,
            () -> projects().update(second.toBuilder().code(first.code()).build()));

    // then
    assertThat(duplicate).as("a taken code throws DuplicateException").isNotNull();
    assertSame(projects().get(second.id()), second, "the second project");
    assertSame(projects().findByCode(first.code()).orElse(null), first, "the first project");
  }

  /** Checks that updating a project keeping its own code succeeds. */
  @Test
  protected void updateKeepingItsOwnCodeSucceeds() {
    // given
    Project stored = storedProject();

    // when
    Project updated = projects().update(stored.toBuilder().title("Same code").build());

    // then
    assertThat(updated.code()).isEqualTo(stored.code());
    assertSame(projects().findByCode(stored.code()).orElse(null), updated, "the project by code");
  }

  /** Checks that updating a project to a new code frees the old one. */
  @Test
  protected void updateToANewCodeFreesTheOldOne() {
    // given
    Project stored = storedProject();
    String newCode = Fixtures.uniqueCode();

    // when
    projects().update(stored.toBuilder().code(newCode).build());
    Project reusing = projects().create(anyProject().toBuilder().code(stored.code()).build());

    // then
    assertThat(projects().findByCode(newCode).map(Project::id)).contains(stored.id());
    assertThat(projects().findByCode(stored.code()).map(Project::id)).contains(reusing.id());
  }

  /**
   * Checks that creating a project with a taken id fails with a {@code DuplicateException} and
   * keeps the first project.
   */
  @Test
  protected void createWithATakenIdFailsWithDuplicateAndKeepsTheFirstProject() {
    // given
    Project first = storedProject();
    Project sameId = anyProject().toBuilder().id(first.id()).build();

    // when
    DuplicateException duplicate =
        catchThrowableOfType(DuplicateException.class, () -> projects().create(sameId));

    // then
    assertThat(duplicate).as("a taken id throws DuplicateException").isNotNull();
    assertSame(projects().get(first.id()), first, "the first project");
    assertThat(projects().findByCode(sameId.code())).isEmpty();
  }

  // References.

  /**
   * Checks that creating a project with an unknown organisation fails with a {@code
   * BrokenReferenceException} and stores nothing.
   */
  @Test
  protected void createWithAnUnknownOrganisationFailsWithBrokenReferenceAndStoresNothing() {
    // given
    Organisation known = storedOrganisation();
    Organisation unknown = Fixtures.anyOrganisation();
    Project given =
        anyProject().toBuilder()
            .addOrganisation(ProjectOrganisation.of(known.id(), OrganisationRole.FUNDING))
            .addOrganisation(ProjectOrganisation.of(unknown.id(), OrganisationRole.IMPLEMENTING))
            .build();

    // when
    BrokenReferenceException broken =
        catchThrowableOfType(BrokenReferenceException.class, () -> projects().create(given));

    // then
    assertThat(broken).as("an unknown organisation throws BrokenReferenceException").isNotNull();
    assertThat(broken.targetKind()).isEqualTo("Organisation");
    assertThat(broken.targetId()).isEqualTo(unknown.id().toString());
    assertThat(projects().find(given.id())).isEmpty();
    assertThat(projects().findByCode(given.code())).isEmpty();
  }

  /**
   * Checks that creating a project with an unknown related project fails with a {@code
   * BrokenReferenceException} and stores nothing.
   */
  @Test
  protected void createWithAnUnknownRelatedProjectFailsWithBrokenReferenceAndStoresNothing() {
    // given
    ProjectId unknown = Fixtures.newProjectId();
    Project given =
        anyProject().toBuilder()
            .addRelation(ProjectRelation.of(unknown, RelationType.PREDECESSOR))
            .build();

    // when
    BrokenReferenceException broken =
        catchThrowableOfType(BrokenReferenceException.class, () -> projects().create(given));

    // then
    assertThat(broken).as("an unknown related project throws BrokenReferenceException").isNotNull();
    assertThat(broken.targetKind()).isEqualTo("Project");
    assertThat(broken.targetId()).isEqualTo(unknown.toString());
    assertThat(projects().find(given.id())).isEmpty();
  }

  /**
   * Checks that updating a project with an unknown organisation fails with a {@code
   * BrokenReferenceException} and keeps the project.
   */
  @Test
  protected void updateWithAnUnknownOrganisationFailsWithBrokenReferenceAndKeepsTheProject() {
    // given
    Project stored = storedProject();
    Organisation unknown = Fixtures.anyOrganisation();

    // when
    BrokenReferenceException broken =
        catchThrowableOfType(
            BrokenReferenceException.class,
            () ->
                projects()
                    .update(
                        stored.toBuilder()
                            .addOrganisation(
                                ProjectOrganisation.of(unknown.id(), OrganisationRole.FUNDING))
                            .build()));

    // then
    assertThat(broken).as("an unknown organisation throws BrokenReferenceException").isNotNull();
    assertSame(projects().get(stored.id()), stored, "the project after the failed update");
  }

  // Delete.

  /** Checks that deleting a project removes the project and frees its code. */
  @Test
  protected void deleteRemovesTheProjectAndFreesItsCode() {
    // given
    Project stored = storedProject();

    // when
    projects().delete(stored.id(), stored.version());

    // then
    assertThat(projects().find(stored.id())).isEmpty();
    assertThat(projects().findByCode(stored.code())).isEmpty();
    Project reusing = projects().create(anyProject().toBuilder().code(stored.code()).build());
    assertThat(projects().findByCode(stored.code()).map(Project::id)).contains(reusing.id());
  }

  /**
   * Checks that deleting a project with a stale version fails with a {@code ConflictException} and
   * keeps the project.
   */
  @Test
  protected void deleteWithAStaleVersionFailsWithConflictAndKeepsTheProject() {
    // given
    Project stored = storedProject();
    Project current = projects().update(stored.toBuilder().title("Changed").build());

    // when
    ConflictException conflict =
        catchThrowableOfType(
            ConflictException.class, () -> projects().delete(stored.id(), stored.version()));

    // then
    assertThat(conflict).as("a stale delete throws ConflictException").isNotNull();
    assertThat(conflict.expectedVersion()).isEqualTo(1);
    assertThat(conflict.actualVersion()).isEqualTo(2);
    assertSame(projects().get(stored.id()), current, "the project after the conflict");
  }

  /** Checks that deleting an unknown project fails with a {@code NotFoundException}. */
  @Test
  protected void deleteOfAnUnknownProjectFailsWithNotFound() {
    // given
    ProjectId unknown = Fixtures.newProjectId();

    // when
    NotFoundException notFound =
        catchThrowableOfType(NotFoundException.class, () -> projects().delete(unknown, 1));

    // then
    assertThat(notFound).as("deleting an unknown project throws NotFoundException").isNotNull();
  }

  /** Checks that deleting a project with events fails with a {@code StillReferencedException}. */
  @Test
  protected void deleteOfAProjectWithEventsFailsWithStillReferenced() {
    // given
    Project stored = storedProject();
    Event event = storedEventOf(stored);

    // when
    StillReferencedException referenced =
        catchThrowableOfType(
            StillReferencedException.class, () -> projects().delete(stored.id(), stored.version()));

    // then
    assertThat(referenced).as("a project with events throws StillReferencedException").isNotNull();
    assertThat(referenced.id()).isEqualTo(stored.id().toString());
    assertSame(projects().get(stored.id()), stored, "the project");
    assertSame(events().get(event.id()), event, "its event");
  }

  /**
   * Checks that deleting a project another relates to fails with a {@code
   * StillReferencedException}.
   */
  @Test
  protected void deleteOfAProjectAnotherRelatesToFailsWithStillReferenced() {
    // given
    Project predecessor = storedProject();
    Project successor =
        projects()
            .create(
                anyProject().toBuilder()
                    .addRelation(ProjectRelation.of(predecessor.id(), RelationType.PREDECESSOR))
                    .build());

    // when
    StillReferencedException referenced =
        catchThrowableOfType(
            StillReferencedException.class,
            () -> projects().delete(predecessor.id(), predecessor.version()));

    // then
    assertThat(referenced)
        .as("a project others relate to throws StillReferencedException")
        .isNotNull();
    assertSame(projects().get(predecessor.id()), predecessor, "the predecessor");
    assertSame(projects().get(successor.id()), successor, "the successor");
  }

  /**
   * Checks that {@code deleteWithEvents} deletes own events and keeps joint events for the other
   * project.
   */
  @Test
  protected void deleteWithEventsDeletesOwnEventsAndKeepsJointEventsForTheOtherProject() {
    // given
    Project doomed = storedProjectWithComponents(2);
    Project partner = storedProjectWithComponents(1);
    ComponentId doomedComponent = doomed.components().get(0).id();
    ComponentId partnerComponent = partner.components().get(0).id();
    Event own =
        events().create(eventOf(doomed.id()).toBuilder().addComponent(doomedComponent).build());
    Event ownToo = events().create(eventOf(doomed.id()));
    Event joint =
        events()
            .create(
                eventOf(doomed.id()).toBuilder()
                    .addProject(partner.id())
                    .addComponent(doomedComponent)
                    .addComponent(partnerComponent)
                    .build());
    Event partners = events().create(eventOf(partner.id()));
    Instant later = clock.advance(Duration.ofHours(1));

    // when
    int deleted = projects().deleteWithEvents(doomed.id(), doomed.version());

    // then
    assertThat(deleted).as("events deleted, the kept joint event not counted").isEqualTo(2);
    assertThat(projects().find(doomed.id())).isEmpty();
    assertThat(projects().findByCode(doomed.code())).isEmpty();
    assertThat(events().find(own.id())).isEmpty();
    assertThat(events().find(ownToo.id())).isEmpty();
    Event kept = events().get(joint.id());
    assertThat(kept.projects()).containsExactly(partner.id());
    assertThat(kept.components()).containsExactly(partnerComponent);
    assertThat(kept.version())
        .as("the kept event changed, so its version moved on")
        .isGreaterThan(joint.version());
    assertThat(kept.updatedAt()).isEqualTo(later);
    assertThat(kept.createdAt()).isEqualTo(joint.createdAt());
    assertThat(kept.title()).isEqualTo(joint.title());
    assertSame(events().get(partners.id()), partners, "the partner's own event");
    assertSame(projects().get(partner.id()), partner, "the partner project");
  }

  /** Checks that {@code deleteWithEvents} removes relations of other projects to it. */
  @Test
  protected void deleteWithEventsRemovesRelationsOfOtherProjectsToIt() {
    // given
    Project doomed = storedProject();
    Project successor =
        projects()
            .create(
                anyProject().toBuilder()
                    .addRelation(ProjectRelation.of(doomed.id(), RelationType.PREDECESSOR))
                    .build());

    // when
    int deleted = projects().deleteWithEvents(doomed.id(), doomed.version());

    // then
    assertThat(deleted).isZero();
    assertThat(projects().find(doomed.id())).isEmpty();
    Project after = projects().get(successor.id());
    assertThat(after.relations()).isEmpty();
    assertThat(after.version()).isGreaterThan(successor.version());
  }

  /** Checks that {@code deleteWithEvents} with a stale version fails and deletes nothing. */
  @Test
  protected void deleteWithEventsWithAStaleVersionFailsAndDeletesNothing() {
    // given
    Project stored = storedProject();
    Event event = storedEventOf(stored);
    Project current = projects().update(stored.toBuilder().title("Changed").build());

    // when
    ConflictException conflict =
        catchThrowableOfType(
            ConflictException.class,
            () -> projects().deleteWithEvents(stored.id(), stored.version()));

    // then
    assertThat(conflict).as("a stale delete throws ConflictException").isNotNull();
    assertSame(projects().get(stored.id()), current, "the project");
    assertSame(events().get(event.id()), event, "its event");
  }

  /**
   * Checks that {@code deleteWithEvents} of an unknown project fails with a {@code
   * NotFoundException}.
   */
  @Test
  protected void deleteWithEventsOfAnUnknownProjectFailsWithNotFound() {
    // given
    ProjectId unknown = Fixtures.newProjectId();

    // when
    NotFoundException notFound =
        catchThrowableOfType(
            NotFoundException.class, () -> projects().deleteWithEvents(unknown, 1));

    // then
    assertThat(notFound).as("deleting an unknown project throws NotFoundException").isNotNull();
  }

  // Components.

  /** Checks that {@code addComponent} appends the component and bumps the version. */
  @Test
  protected void addComponentAppendsItAndBumpsTheVersion() {
    // given
    Project stored = storedProjectWithComponents(2);
    Component added = component("3", "Third component");
    Instant later = clock.advance(Duration.ofSeconds(30));

    // when
    Project updated = projects().addComponent(stored.id(), stored.version(), added);

    // then
    assertThat(updated.components())
        .containsExactly(stored.components().get(0), stored.components().get(1), added);
    assertThat(updated.version()).isEqualTo(2);
    assertThat(updated.updatedAt()).isEqualTo(later);
    assertSame(projects().get(stored.id()), updated, "the project read back");
  }

  /** Checks that {@code addComponent} repeating a code fails with a {@code ValidationException}. */
  @Test
  protected void addComponentRepeatingACodeFailsWithValidation() {
    // given
    Project stored = storedProjectWithComponents(2);

    // when
    ValidationException invalid =
        catchThrowableOfType(
            ValidationException.class,
            () -> projects().addComponent(stored.id(), stored.version(), component("1", "Again")));

    // then
    assertThat(invalid).as("a repeated component code throws ValidationException").isNotNull();
    assertSame(projects().get(stored.id()), stored, "the project");
  }

  /** Checks that {@code addComponent} repeating an id fails with a {@code ValidationException}. */
  @Test
  protected void addComponentRepeatingAnIdFailsWithValidation() {
    // given
    Project stored = storedProjectWithComponents(1);
    Component sameId = stored.components().get(0).toBuilder().code("other").build();

    // when
    ValidationException invalid =
        catchThrowableOfType(
            ValidationException.class,
            () -> projects().addComponent(stored.id(), stored.version(), sameId));

    // then
    assertThat(invalid).as("a repeated component id throws ValidationException").isNotNull();
    assertSame(projects().get(stored.id()), stored, "the project");
  }

  /** Checks that {@code changeComponent} replaces the component in its place. */
  @Test
  protected void changeComponentReplacesItInItsPlace() {
    // given
    Project stored = storedProjectWithComponents(3);
    Component changed =
        stored.components().get(1).toBuilder()
            .title(Fixtures.multilingual("Renamed component"))
            .objective(LocalizedText.of("hy", "Նպատակ"))
            .build();

    // when
    Project updated = projects().changeComponent(stored.id(), stored.version(), changed);

    // then
    assertThat(updated.components())
        .containsExactly(stored.components().get(0), changed, stored.components().get(2));
    assertThat(updated.version()).isEqualTo(2);
    assertSame(projects().get(stored.id()), updated, "the project read back");
  }

  /**
   * Checks that {@code changeComponent} of an unknown component fails with a {@code
   * NotFoundException}.
   */
  @Test
  protected void changeComponentOfAnUnknownComponentFailsWithNotFound() {
    // given
    Project stored = storedProjectWithComponents(1);

    // when
    NotFoundException notFound =
        catchThrowableOfType(
            NotFoundException.class,
            () ->
                projects().changeComponent(stored.id(), stored.version(), Fixtures.anyComponent()));

    // then
    assertThat(notFound).as("an unknown component throws NotFoundException").isNotNull();
    assertSame(projects().get(stored.id()), stored, "the project");
  }

  /** Checks that {@code reorderComponents} puts them in the given order. */
  @Test
  protected void reorderComponentsPutsThemInTheGivenOrder() {
    // given
    Project stored = storedProjectWithComponents(3);
    List<Component> c = stored.components();

    // when
    Project updated =
        projects()
            .reorderComponents(
                stored.id(),
                stored.version(),
                List.of(c.get(2).id(), c.get(0).id(), c.get(1).id()));

    // then
    assertThat(updated.components()).containsExactly(c.get(2), c.get(0), c.get(1));
    assertThat(updated.version()).isEqualTo(2);
    assertThat(projects().get(stored.id()).components())
        .containsExactly(c.get(2), c.get(0), c.get(1));
  }

  /**
   * Checks that {@code reorderComponents} leaving one out fails with a {@code ValidationException}.
   */
  @Test
  protected void reorderComponentsLeavingOneOutFailsWithValidation() {
    // given
    Project stored = storedProjectWithComponents(3);
    List<Component> c = stored.components();

    // when
    ValidationException invalid =
        catchThrowableOfType(
            ValidationException.class,
            () ->
                projects()
                    .reorderComponents(
                        stored.id(), stored.version(), List.of(c.get(2).id(), c.get(0).id())));

    // then
    assertThat(invalid).as("an order missing a component throws ValidationException").isNotNull();
    assertSame(projects().get(stored.id()), stored, "the project");
  }

  /**
   * Checks that {@code reorderComponents} naming one twice fails with a {@code
   * ValidationException}.
   */
  @Test
  protected void reorderComponentsNamingOneTwiceFailsWithValidation() {
    // given
    Project stored = storedProjectWithComponents(3);
    List<Component> c = stored.components();

    // when
    ValidationException invalid =
        catchThrowableOfType(
            ValidationException.class,
            () ->
                projects()
                    .reorderComponents(
                        stored.id(),
                        stored.version(),
                        List.of(c.get(2).id(), c.get(0).id(), c.get(2).id())));

    // then
    assertThat(invalid).as("an order repeating a component throws ValidationException").isNotNull();
    assertSame(projects().get(stored.id()), stored, "the project");
  }

  /**
   * Checks that {@code reorderComponents} naming an unknown component fails with a {@code
   * ValidationException}.
   */
  @Test
  protected void reorderComponentsNamingAnUnknownComponentFailsWithValidation() {
    // given
    Project stored = storedProjectWithComponents(2);
    List<Component> c = stored.components();

    // when
    ValidationException invalid =
        catchThrowableOfType(
            ValidationException.class,
            () ->
                projects()
                    .reorderComponents(
                        stored.id(),
                        stored.version(),
                        List.of(c.get(1).id(), Fixtures.newComponentId())));

    // then
    assertThat(invalid)
        .as("an order that is not a permutation throws ValidationException")
        .isNotNull();
    assertSame(projects().get(stored.id()), stored, "the project");
  }

  /** Checks that {@code removeComponent} drops the component. */
  @Test
  protected void removeComponentDropsIt() {
    // given
    Project stored = storedProjectWithComponents(3);
    List<Component> c = stored.components();

    // when
    Project updated = projects().removeComponent(stored.id(), stored.version(), c.get(1).id());

    // then
    assertThat(updated.components()).containsExactly(c.get(0), c.get(2));
    assertThat(updated.version()).isEqualTo(2);
    assertSame(projects().get(stored.id()), updated, "the project read back");
  }

  /**
   * Checks that {@code removeComponent} of an unknown component fails with a {@code
   * NotFoundException}.
   */
  @Test
  protected void removeComponentOfAnUnknownComponentFailsWithNotFound() {
    // given
    Project stored = storedProjectWithComponents(1);

    // when
    NotFoundException notFound =
        catchThrowableOfType(
            NotFoundException.class,
            () ->
                projects()
                    .removeComponent(stored.id(), stored.version(), Fixtures.newComponentId()));

    // then
    assertThat(notFound).as("an unknown component throws NotFoundException").isNotNull();
    assertSame(projects().get(stored.id()), stored, "the project");
  }

  /**
   * Checks that {@code removeComponent} of a component used by an event fails with a {@code
   * StillReferencedException}.
   */
  @Test
  protected void removeComponentUsedByAnEventFailsWithStillReferenced() {
    // given
    Project stored = storedProjectWithComponents(2);
    ComponentId used = stored.components().get(0).id();
    events().create(eventOf(stored.id()).toBuilder().addComponent(used).build());

    // when
    StillReferencedException referenced =
        catchThrowableOfType(
            StillReferencedException.class,
            () -> projects().removeComponent(stored.id(), stored.version(), used));

    // then
    assertThat(referenced)
        .as("removing a component in use throws StillReferencedException")
        .isNotNull();
    assertThat(referenced.id()).isEqualTo(used.toString());
    assertSame(projects().get(stored.id()), stored, "the project");
  }

  /**
   * Checks that updating a project dropping a component used by an event fails with a {@code
   * StillReferencedException}.
   */
  @Test
  protected void updateDroppingAComponentUsedByAnEventFailsWithStillReferenced() {
    // given
    Project stored = storedProjectWithComponents(2);
    ComponentId used = stored.components().get(1).id();
    events().create(eventOf(stored.id()).toBuilder().addComponent(used).build());

    // when
    StillReferencedException referenced =
        catchThrowableOfType(
            StillReferencedException.class,
            () ->
                projects()
                    .update(
                        stored.toBuilder()
                            .components(List.of(stored.components().get(0)))
                            .build()));

    // then
    assertThat(referenced)
        .as("dropping a component in use throws StillReferencedException")
        .isNotNull();
    assertSame(projects().get(stored.id()), stored, "the project");
  }

  /** Checks that component changes with a stale version fail with a {@code ConflictException}. */
  @Test
  protected void componentChangesWithAStaleVersionFailWithConflict() {
    // given
    Project stored = storedProjectWithComponents(2);
    List<Component> c = stored.components();
    Project current =
        projects().addComponent(stored.id(), stored.version(), component("3", "Third"));

    // when
    Throwable add =
        catchThrowableOfType(
            ConflictException.class,
            () -> projects().addComponent(stored.id(), stored.version(), component("4", "Fourth")));
    Throwable change =
        catchThrowableOfType(
            ConflictException.class,
            () ->
                projects()
                    .changeComponent(
                        stored.id(),
                        stored.version(),
                        c.get(0).toBuilder().title("Changed").build()));
    Throwable reorder =
        catchThrowableOfType(
            ConflictException.class,
            () ->
                projects()
                    .reorderComponents(
                        stored.id(),
                        stored.version(),
                        List.of(c.get(1).id(), c.get(0).id(), current.components().get(2).id())));
    Throwable remove =
        catchThrowableOfType(
            ConflictException.class,
            () -> projects().removeComponent(stored.id(), stored.version(), c.get(0).id()));

    // then
    assertThat(add).as("a stale addComponent throws ConflictException").isNotNull();
    assertThat(change).as("a stale changeComponent throws ConflictException").isNotNull();
    assertThat(reorder).as("a stale reorderComponents throws ConflictException").isNotNull();
    assertThat(remove).as("a stale removeComponent throws ConflictException").isNotNull();
    assertSame(projects().get(stored.id()), current, "the project after the conflicts");
  }

  // Dates, money and sectors as real programme records give them (0.2).

  /**
   * Checks that a funding line whose donor does not exist fails with a {@code
   * BrokenReferenceException} naming the line, and stores nothing.
   */
  @Test
  protected void createWithAnUnknownDonorFailsWithBrokenReferenceAndStoresNothing() {
    // given
    Organisation known = storedOrganisation();
    Organisation unknown = Fixtures.anyOrganisation();
    Project given =
        anyProject().toBuilder()
            .addFunding(FundingLine.of(known.id(), Money.of("10", "EUR"), FundingKind.GRANT))
            .addFunding(FundingLine.of(unknown.id(), Money.of("20", "EUR"), FundingKind.PLEDGE))
            .build();

    // when
    BrokenReferenceException broken =
        catchThrowableOfType(BrokenReferenceException.class, () -> projects().create(given));

    // then
    assertThat(broken).as("an unknown donor throws BrokenReferenceException").isNotNull();
    assertThat(broken.targetKind()).isEqualTo("Organisation");
    assertThat(broken.targetId()).isEqualTo(unknown.id().toString());
    assertThat(broken.path()).startsWith("Project.funding");
    assertThat(projects().find(given.id())).isEmpty();
  }

  /** Checks that an organisation that funds a project cannot be deleted while it does. */
  @Test
  protected void deleteOfADonorFailsWithStillReferenced() {
    // given
    Organisation donor = storedOrganisation();
    Project project =
        projects()
            .create(
                anyProject().toBuilder()
                    .addFunding(
                        new FundingLine(
                            donor.id(),
                            null,
                            new BigDecimal("100"),
                            FundingKind.CONTRIBUTION,
                            null,
                            null))
                    .build());

    // when
    StillReferencedException referenced =
        catchThrowableOfType(
            StillReferencedException.class,
            () -> organisations().delete(donor.id(), donor.version()));

    // then
    assertThat(referenced).as("deleting a donor throws StillReferencedException").isNotNull();
    assertThat(referenced.referencedBy()).isEqualTo("projects");
    projects().delete(project.id(), project.version());
    organisations().delete(donor.id(), donor.version());
    assertThat(organisations().find(donor.id())).isEmpty();
  }

  /**
   * Checks that an end worked out from the start and the duration is not stored as a recorded end,
   * yet counts for "active on a day".
   */
  @Test
  protected void storesNoDerivedEndButFindsTheProjectWhileItRuns() {
    // given: a project known to start in June 2019 for 36 months, so running until May 2022
    Organisation marker = storedOrganisation();
    Project given =
        anyProject().toBuilder()
            .dates(
                ProjectDates.builder()
                    .plannedStart(PartialDate.ofMonth(2019, 6))
                    .durationMonths(36)
                    .build())
            .addOrganisation(ProjectOrganisation.of(marker.id(), OrganisationRole.IMPLEMENTING))
            .build();

    // when
    projects().create(given);
    Project read = projects().get(given.id());
    ProjectQuery mine = ProjectQuery.builder().organisation(marker.id()).build();

    // then
    assertThat(read.dates()).isEqualTo(given.dates());
    assertThat(read.dates().recordedEnd()).isNull();
    assertThat(read.dates().isEndDerived()).isTrue();
    assertThat(read.dates().end()).isEqualTo(PartialDate.ofMonth(2022, 5));
    assertThat(
            projects().search(mine.toBuilder().activeOn(LocalDate.of(2022, 5, 31)).build()).items())
        .extracting(Project::id)
        .containsExactly(given.id());
    assertThat(
            projects().search(mine.toBuilder().activeOn(LocalDate.of(2022, 6, 1)).build()).items())
        .isEmpty();
  }

  /** Checks that a search finds projects by sector code and by donor, and no others. */
  @Test
  protected void searchFindsProjectsBySectorCodeAndByDonor() {
    // given: two projects of one fresh implementer, one funded by a fresh donor
    Organisation implementer = storedOrganisation();
    Organisation donor = storedOrganisation();
    Project judicial =
        projects()
            .create(
                anyProject().toBuilder()
                    .addOrganisation(
                        ProjectOrganisation.of(implementer.id(), OrganisationRole.IMPLEMENTING))
                    .addSector(Sector.dacPurpose("15130", new BigDecimal("70")))
                    .addSector(Sector.dacPurpose("15210", new BigDecimal("30")))
                    .addFunding(
                        FundingLine.of(donor.id(), Money.of("1000", "EUR"), FundingKind.GRANT))
                    .build());
    Project other =
        projects()
            .create(
                anyProject().toBuilder()
                    .addOrganisation(
                        ProjectOrganisation.of(implementer.id(), OrganisationRole.IMPLEMENTING))
                    .addSector(Sector.dacPurpose("15110", null))
                    .build());
    ProjectQuery mine = ProjectQuery.builder().organisation(implementer.id()).build();

    // when, then
    assertThat(projects().search(mine.toBuilder().sector("15210").build()).items())
        .extracting(Project::id)
        .containsExactly(judicial.id());
    assertThat(projects().search(mine.toBuilder().sector("15110").sector("15130").build()).items())
        .extracting(Project::id)
        .containsExactlyInAnyOrder(judicial.id(), other.id());
    assertThat(projects().search(mine.toBuilder().sector("99999").build()).items()).isEmpty();
    assertThat(projects().search(ProjectQuery.builder().donor(donor.id()).build()).items())
        .extracting(Project::id)
        .containsExactly(judicial.id());
    assertThat(projects().search(ProjectQuery.builder().donor(implementer.id()).build()).items())
        .as("an implementer is no donor")
        .isEmpty();
  }

  private static String capitalised(String code) {
    return code.substring(0, 1).toUpperCase(Locale.ROOT) + code.substring(1);
  }
}
