package org.coopkit.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.coopkit.storage.tck.ContractAssertions.assertSame;
import static org.coopkit.storage.tck.ContractAssertions.created;
import static org.coopkit.storage.tck.Fixtures.anyOrganisation;
import static org.coopkit.storage.tck.Fixtures.unitOf;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.coopkit.error.BrokenReferenceException;
import org.coopkit.error.DuplicateException;
import org.coopkit.error.NotFoundException;
import org.coopkit.error.StillReferencedException;
import org.coopkit.error.ValidationException;
import org.coopkit.model.ExternalId;
import org.coopkit.model.Limits;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.Organiser;
import org.coopkit.model.event.OrganiserRole;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.organisation.OrganisationType;
import org.coopkit.model.project.OrganisationRole;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectOrganisation;
import org.coopkit.query.OrganisationQuery;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link org.coopkit.service.OrganisationService} over a storage: registering and
 * reading organisations, their parent chain, optimistic locking, and deletes that are refused while
 * anything refers to the organisation.
 *
 * @since 0.1.0
 */
public abstract class OrganisationTestSuite extends StorageTestSuite {
  /** For subclasses. */
  protected OrganisationTestSuite() {}

  // Register and read.

  /** Checks that registering an organisation stores version 1 and timestamps from the clock. */
  @Test
  protected void registerStoresVersionOneAndTimestampsFromTheClock() {
    // given
    Organisation given =
        anyOrganisation().toBuilder()
            .version(5)
            .createdAt(Instant.EPOCH)
            .updatedAt(Instant.EPOCH)
            .build();

    // when
    Organisation stored = organisations().register(given);

    // then
    assertThat(stored.version()).isEqualTo(1);
    assertThat(stored.createdAt()).isEqualTo(clock.instant());
    assertThat(stored.updatedAt()).isEqualTo(clock.instant());
    assertSame(stored, created(given, clock.instant()), "the organisation register returned");
    assertSame(organisations().get(given.id()), stored, "the organisation read back");
  }

  /** Checks that the store reads back a fully populated organisation equal to the stored one. */
  @Test
  protected void readsBackAFullyPopulatedOrganisationEqualToTheStoredOne() {
    // given
    Organisation parent = storedOrganisation();
    Organisation given = Fixtures.fullyPopulatedOrganisation(parent.id());

    // when
    Organisation stored = organisations().register(given);

    // then
    assertSame(stored, created(given, clock.instant()), "the organisation register returned");
    assertSame(organisations().get(given.id()), stored, "the organisation read back");
    assertThat(organisations().get(given.id()).name().languages())
        .containsExactlyElementsOf(given.name().languages());
  }

  /** Checks that the store finds nothing for an unknown id. */
  @Test
  protected void findsNothingForAnUnknownId() {
    // given
    OrganisationId unknown = Fixtures.newOrganisationId();

    // when
    NotFoundException notFound =
        catchThrowableOfType(NotFoundException.class, () -> organisations().get(unknown));

    // then
    assertThat(organisations().find(unknown)).isEmpty();
    assertThat(notFound).as("get of an unknown id throws NotFoundException").isNotNull();
    assertThat(notFound.kind()).isEqualTo("Organisation");
  }

  /**
   * Checks that registering an organisation with a taken id fails with a {@code DuplicateException}
   * and keeps the first organisation.
   */
  @Test
  protected void registerWithATakenIdFailsWithDuplicateAndKeepsTheFirstOrganisation() {
    // given
    Organisation first = storedOrganisation();

    // when
    DuplicateException duplicate =
        catchThrowableOfType(
            DuplicateException.class,
            () -> organisations().register(anyOrganisation().toBuilder().id(first.id()).build()));

    // then
    assertThat(duplicate).as("a taken id throws DuplicateException").isNotNull();
    assertSame(organisations().get(first.id()), first, "the first organisation");
  }

  // Lookup by external identifier and by name.

  /**
   * Checks that the store finds an organisation by any of its external identifiers, and finds
   * nothing by an identifier no organisation carries.
   */
  @Test
  protected void findsAnOrganisationByItsExternalIdentifier() {
    // given
    String token = Fixtures.uniqueToken();
    ExternalId iati = ExternalId.of("iati-org", "XM-DAC-" + token);
    ExternalId ror = ExternalId.of("ror", "0" + token);
    Organisation stored =
        organisations()
            .register(anyOrganisation().toBuilder().externalIds(List.of(iati, ror)).build());

    // when
    Organisation byIati = organisations().findByExternalId(iati).orElse(null);
    Organisation byRor =
        organisations().findByExternalId(ExternalId.of("ROR", ror.value())).orElse(null);

    // then
    assertSame(byIati, stored, "the organisation found by its IATI identifier");
    assertSame(byRor, stored, "the organisation found by its ROR identifier");
    assertThat(organisations().findByExternalId(ExternalId.of("iati-org", token))).isEmpty();
    assertThat(organisations().search(OrganisationQuery.builder().externalId(ror).build()).items())
        .containsExactly(stored);
  }

  /**
   * Checks that finding an organisation by an external identifier that two organisations carry
   * fails with a {@code DuplicateException} naming it, rather than picking one.
   */
  @Test
  protected void findingByAnExternalIdentifierThatTwoOrganisationsCarryFailsWithDuplicate() {
    // given
    ExternalId shared = ExternalId.of("iati-org", "XM-" + Fixtures.uniqueToken());
    Organisation parent =
        organisations().register(anyOrganisation().toBuilder().addExternalId(shared).build());
    organisations().register(unitOf(parent.id()).toBuilder().addExternalId(shared).build());

    // when
    DuplicateException duplicate =
        catchThrowableOfType(
            DuplicateException.class, () -> organisations().findByExternalId(shared));

    // then
    assertThat(duplicate)
        .as("an identifier of two organisations throws DuplicateException")
        .isNotNull();
    assertThat(duplicate.field()).isEqualTo("Organisation.externalIds");
    assertThat(duplicate.value()).isEqualTo(shared.toString());
  }

  /**
   * Checks that the store finds every organisation with a name, in any of its languages or as its
   * acronym, compared folded (case, accents and punctuation aside), and not one whose name only
   * contains it.
   */
  @Test
  protected void findsOrganisationsByTheirNameInAnyLanguageAndByTheirAcronym() {
    // given
    String token = Fixtures.uniqueToken();
    Organisation office =
        organisations()
            .register(
                anyOrganisation().toBuilder()
                    .name(
                        LocalizedText.builder()
                            .put("en", "Office " + token + " of Europe")
                            .put("fr", "Bureau " + token + " à l’Europe")
                            .put("hy", "Գրասենյակ " + token)
                            .build())
                    .acronym("OX-" + token.toUpperCase(Locale.ROOT))
                    .build());
    Organisation namesake =
        organisations()
            .register(
                anyOrganisation().toBuilder()
                    .name("OFFICE " + token.toUpperCase(Locale.ROOT) + " OF EUROPE")
                    .build());
    organisations()
        .register(
            anyOrganisation().toBuilder().name("Office " + token + " of Europe and Asia").build());

    // when
    List<Organisation> byEnglish = organisations().findByName("office " + token + " of europe");
    List<Organisation> byFrench = organisations().findByName("Bureau " + token + " a l'Europe");
    List<Organisation> byArmenian =
        organisations().findByName("ԳՐԱՍԵՆՅԱԿ " + token.toUpperCase(Locale.ROOT));
    List<Organisation> byAcronym = organisations().findByName(" ox " + token + " ");

    // then
    List<OrganisationId> bothById = List.of(office.id(), namesake.id()).stream().sorted().toList();
    assertThat(byEnglish).extracting(Organisation::id).containsExactlyElementsOf(bothById);
    assertSame(
        byFrench.isEmpty() ? null : byFrench.get(0), office, "the organisation by its French name");
    assertThat(byFrench).hasSize(1);
    assertThat(byArmenian).extracting(Organisation::id).containsExactly(office.id());
    assertThat(byAcronym).extracting(Organisation::id).containsExactly(office.id());
    assertThat(organisations().findByName("Office " + token)).isEmpty();
  }

  /**
   * Checks that a name as long as a name may be is found whole, and that one sharing all but its
   * end is not.
   */
  @Test
  protected void findsAnOrganisationByAFullLengthName() {
    // given
    String start = "Organisation " + Fixtures.uniqueToken() + " ";
    String name = start + "x".repeat(Limits.NAME - start.length() - 1) + "a";
    String other = start + "x".repeat(Limits.NAME - start.length() - 1) + "b";
    Organisation stored =
        organisations().register(anyOrganisation().toBuilder().name(name).build());
    organisations().register(anyOrganisation().toBuilder().name(other).build());

    // when
    List<Organisation> found = organisations().findByName(name.toUpperCase(Locale.ROOT));

    // then
    assertThat(name).hasSize(Limits.NAME);
    assertThat(found).extracting(Organisation::id).containsExactly(stored.id());
  }

  /**
   * Checks that finding by a name that is blank, too long or has no letter or digit fails with a
   * {@code ValidationException} on {@code name}.
   */
  @Test
  protected void findingByANameWithoutLettersOrDigitsFailsWithValidation() {
    for (String name : List.of(" ", "--", "a".repeat(Limits.NAME + 1))) {
      // when
      ValidationException refused =
          catchThrowableOfType(ValidationException.class, () -> organisations().findByName(name));

      // then
      assertThat(refused)
          .as("findByName(%s) throws ValidationException", name.length())
          .isNotNull();
      assertThat(refused.getMessage()).contains("name");
    }
  }

  // The parent chain.

  /**
   * Checks that registering an organisation with an unknown parent fails with a {@code
   * BrokenReferenceException} and stores nothing.
   */
  @Test
  protected void registerWithAnUnknownParentFailsWithBrokenReferenceAndStoresNothing() {
    // given
    OrganisationId unknown = Fixtures.newOrganisationId();
    Organisation given = unitOf(unknown);

    // when
    BrokenReferenceException broken =
        catchThrowableOfType(BrokenReferenceException.class, () -> organisations().register(given));

    // then
    assertThat(broken).as("an unknown parent throws BrokenReferenceException").isNotNull();
    assertThat(broken.targetKind()).isEqualTo("Organisation");
    assertThat(broken.targetId()).isEqualTo(unknown.toString());
    assertThat(organisations().find(given.id())).isEmpty();
  }

  /**
   * Checks that updating an organisation with an unknown parent fails with a {@code
   * BrokenReferenceException} and keeps the organisation.
   */
  @Test
  protected void updateWithAnUnknownParentFailsWithBrokenReferenceAndKeepsTheOrganisation() {
    // given
    Organisation stored = storedOrganisation();

    // when
    BrokenReferenceException broken =
        catchThrowableOfType(
            BrokenReferenceException.class,
            () ->
                organisations()
                    .update(stored.toBuilder().parent(Fixtures.newOrganisationId()).build()));

    // then
    assertThat(broken).as("an unknown parent throws BrokenReferenceException").isNotNull();
    assertSame(organisations().get(stored.id()), stored, "the organisation");
  }

  /**
   * The service refuses a parent chain that would loop with a {@link ValidationException} on the
   * path {@code parent} (the loop is a rule of the chain, not a missing organisation).
   */
  @Test
  protected void updateMakingTheParentChainLoopFailsWithValidation() {
    // given
    Organisation top = storedOrganisation();
    Organisation middle = organisations().register(unitOf(top.id()));
    Organisation bottom = organisations().register(unitOf(middle.id()));

    // when
    ValidationException loopOfTwo =
        catchThrowableOfType(
            ValidationException.class,
            () -> organisations().update(top.toBuilder().parent(middle.id()).build()));
    ValidationException loopOfThree =
        catchThrowableOfType(
            ValidationException.class,
            () -> organisations().update(top.toBuilder().parent(bottom.id()).build()));

    // then
    assertThat(loopOfTwo)
        .as("a parent chain looping over two throws ValidationException")
        .isNotNull();
    assertThat(loopOfTwo.paths()).containsExactly("parent");
    assertThat(loopOfThree)
        .as("a parent chain looping over three throws ValidationException")
        .isNotNull();
    assertThat(loopOfThree.paths()).containsExactly("parent");
    assertSame(organisations().get(top.id()), top, "the top organisation");
    assertSame(organisations().get(middle.id()), middle, "the middle organisation");
  }

  /** Checks that an organisation cannot be its own parent. */
  @Test
  protected void anOrganisationCannotBeItsOwnParent() {
    // given
    Organisation stored = storedOrganisation();

    // when
    Throwable thrown =
        catchThrowable(
            () -> organisations().update(stored.toBuilder().parent(stored.id()).build()));

    // then
    assertThat(thrown)
        .as("an organisation of its own is rejected by the model")
        .isInstanceOf(ValidationException.class);
    assertSame(organisations().get(stored.id()), stored, "the organisation");
  }

  /** Checks that updating an organisation moving a unit under another parent succeeds. */
  @Test
  protected void updateMovingAUnitUnderAnotherParentSucceeds() {
    // given
    Organisation first = storedOrganisation();
    Organisation second = storedOrganisation();
    Organisation unit = organisations().register(unitOf(first.id()));

    // when
    Organisation moved = organisations().update(unit.toBuilder().parent(second.id()).build());

    // then
    assertThat(moved.parent()).isEqualTo(second.id());
    assertSame(organisations().get(unit.id()), moved, "the moved unit");
  }

  // Update.

  /**
   * Checks that updating an organisation bumps the version and {@code updatedAt} and keeps {@code
   * createdAt}.
   */
  @Test
  protected void updateBumpsTheVersionAndUpdatedAtAndKeepsCreatedAt() {
    // given
    Organisation stored = storedOrganisation();
    Instant createdAt = clock.instant();
    Instant later = clock.advance(Duration.ofDays(1));

    // when
    Organisation updated =
        organisations()
            .update(stored.toBuilder().acronym("NEW").type(OrganisationType.GOVERNMENT).build());

    // then
    VersionContract.assertBumped(
        updated,
        createdAt,
        later,
        () -> organisations().get(stored.id()),
        "the organisation read back");
  }

  /**
   * Checks that updating an organisation with a stale version fails with a {@code
   * ConflictException} naming both versions.
   */
  @Test
  protected void updateWithAStaleVersionFailsWithConflictNamingBothVersions() {
    // given
    Organisation stored = storedOrganisation();
    Organisation current = organisations().update(stored.toBuilder().acronym("ONE").build());

    // when, then
    VersionContract.assertStaleUpdateConflicts(
        () -> organisations().update(stored.toBuilder().acronym("TWO").build()),
        "Organisation",
        () -> organisations().get(stored.id()),
        current,
        "the organisation after the conflict");
  }

  // Delete.

  /** Checks that deleting an organisation that nothing refers to removes it. */
  @Test
  protected void deleteRemovesAnOrganisationNothingRefersTo() {
    // given
    Organisation stored = storedOrganisation();

    // when
    organisations().delete(stored.id(), stored.version());

    // then
    assertThat(organisations().find(stored.id())).isEmpty();
  }

  /**
   * Checks that deleting an organisation with a stale version fails with a {@code
   * ConflictException} and keeps the organisation.
   */
  @Test
  protected void deleteWithAStaleVersionFailsWithConflictAndKeepsTheOrganisation() {
    // given
    Organisation stored = storedOrganisation();
    Organisation current = organisations().update(stored.toBuilder().acronym("X").build());

    // when, then
    VersionContract.assertStaleDeleteConflicts(
        () -> organisations().delete(stored.id(), stored.version()),
        () -> organisations().get(stored.id()),
        current,
        "the organisation");
  }

  /**
   * Checks that deleting an organisation of a project fails with a {@code
   * StillReferencedException}.
   */
  @Test
  protected void deleteOfAnOrganisationOfAProjectFailsWithStillReferenced() {
    // given
    Organisation stored = storedOrganisation();
    Project project =
        projects()
            .create(
                Fixtures.anyProject().toBuilder()
                    .addOrganisation(
                        ProjectOrganisation.of(stored.id(), OrganisationRole.EXTENDING))
                    .build());

    // when
    StillReferencedException referenced =
        catchThrowableOfType(
            StillReferencedException.class,
            () -> organisations().delete(stored.id(), stored.version()));

    // then
    assertStillReferenced(referenced, stored, "a project");
    projects().delete(project.id(), project.version());
    organisations().delete(stored.id(), stored.version());
    assertThat(organisations().find(stored.id())).isEmpty();
  }

  /**
   * Checks that deleting an organiser of an event fails with a {@code StillReferencedException}.
   */
  @Test
  protected void deleteOfAnOrganiserOfAnEventFailsWithStillReferenced() {
    // given
    Organisation stored = storedOrganisation();
    Project project = storedProject();
    Event event =
        events()
            .create(
                Fixtures.eventOf(project.id()).toBuilder()
                    .addOrganiser(Organiser.of(stored.id(), OrganiserRole.HOST))
                    .build());

    // when
    StillReferencedException referenced =
        catchThrowableOfType(
            StillReferencedException.class,
            () -> organisations().delete(stored.id(), stored.version()));

    // then
    assertStillReferenced(referenced, stored, "an event");
    events().delete(event.id(), event.version());
    organisations().delete(stored.id(), stored.version());
    assertThat(organisations().find(stored.id())).isEmpty();
  }

  /**
   * Checks that deleting the employer of a contact fails with a {@code StillReferencedException}.
   */
  @Test
  protected void deleteOfTheEmployerOfAContactFailsWithStillReferenced() {
    // given
    Organisation stored = storedOrganisation();
    Contact contact =
        contacts().create(Fixtures.anyContact().toBuilder().organisation(stored.id()).build());

    // when
    StillReferencedException referenced =
        catchThrowableOfType(
            StillReferencedException.class,
            () -> organisations().delete(stored.id(), stored.version()));

    // then
    assertStillReferenced(referenced, stored, "a contact");
    contacts().delete(contact.id(), contact.version());
    organisations().delete(stored.id(), stored.version());
    assertThat(organisations().find(stored.id())).isEmpty();
  }

  /**
   * Checks that deleting an organisation a contact holds a role for fails with a {@code
   * StillReferencedException}.
   */
  @Test
  protected void deleteOfAnOrganisationAContactHoldsARoleForFailsWithStillReferenced() {
    // given
    Organisation stored = storedOrganisation();
    contacts()
        .create(Fixtures.anyContact().toBuilder().addRole(Fixtures.roleFor(stored.id())).build());

    // when
    StillReferencedException referenced =
        catchThrowableOfType(
            StillReferencedException.class,
            () -> organisations().delete(stored.id(), stored.version()));

    // then
    assertStillReferenced(referenced, stored, "a contact's role");
  }

  /**
   * Checks that deleting an organisation with units fails with a {@code StillReferencedException}.
   */
  @Test
  protected void deleteOfAnOrganisationWithUnitsFailsWithStillReferenced() {
    // given
    Organisation stored = storedOrganisation();
    Organisation unit = organisations().register(unitOf(stored.id()));

    // when
    StillReferencedException referenced =
        catchThrowableOfType(
            StillReferencedException.class,
            () -> organisations().delete(stored.id(), stored.version()));

    // then
    assertStillReferenced(referenced, stored, "a unit");
    organisations().delete(unit.id(), unit.version());
    organisations().delete(stored.id(), stored.version());
    assertThat(organisations().find(stored.id())).isEmpty();
  }

  private void assertStillReferenced(
      StillReferencedException referenced, Organisation stored, String referrer) {
    assertThat(referenced)
        .as("an organisation referred to by %s throws StillReferencedException", referrer)
        .isNotNull();
    assertThat(referenced.id()).isEqualTo(stored.id().toString());
    assertSame(organisations().get(stored.id()), stored, "the organisation");
  }
}
