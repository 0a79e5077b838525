package org.coopkit.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.coopkit.storage.tck.ContractAssertions.assertSame;
import static org.coopkit.storage.tck.ContractAssertions.created;
import static org.coopkit.storage.tck.Fixtures.anyContact;
import static org.coopkit.storage.tck.Fixtures.contactPoint;
import static org.coopkit.storage.tck.Fixtures.role;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.coopkit.error.BrokenReferenceException;
import org.coopkit.error.ConflictException;
import org.coopkit.error.DuplicateException;
import org.coopkit.error.NotFoundException;
import org.coopkit.error.ValidationException;
import org.coopkit.model.CountryCode;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.ContactId;
import org.coopkit.model.contact.RoleAssignment;
import org.coopkit.model.contact.RoleType;
import org.coopkit.model.contact.Visibility;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.project.Project;
import org.coopkit.query.internal.ContactSearch;
import org.coopkit.query.internal.SearchText;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link org.coopkit.service.ContactService} over a storage: creating and reading
 * contacts with their personal data, references, roles and their history, optimistic locking, and
 * the public directory of 24/7 contact points.
 *
 * @since 0.1.0
 */
public abstract class ContactTestSuite extends StorageTestSuite {
  /** For subclasses. */
  protected ContactTestSuite() {}

  // Create and read.

  /** Checks that creating a contact stores version 1 and timestamps from the clock. */
  @Test
  protected void createStoresVersionOneAndTimestampsFromTheClock() {
    // given
    Contact given =
        anyContact().toBuilder()
            .version(2)
            .createdAt(Instant.EPOCH)
            .updatedAt(Instant.EPOCH)
            .build();

    // when
    Contact stored = contacts().create(given);

    // then
    assertThat(stored.version()).isEqualTo(1);
    assertThat(stored.createdAt()).isEqualTo(clock.instant());
    assertThat(stored.updatedAt()).isEqualTo(clock.instant());
    assertSame(stored, created(given, clock.instant()), "the contact create returned");
    assertSame(contacts().get(given.id()), stored, "the contact read back");
  }

  /** Checks that the store reads back a fully populated contact equal to the stored one. */
  @Test
  protected void readsBackAFullyPopulatedContactEqualToTheStoredOne() {
    // given
    Organisation employer = storedOrganisation();
    Project project = storedProject();
    Contact given = Fixtures.fullyPopulatedContact(employer.id(), project.id());

    // when
    Contact stored = contacts().create(given);

    // then
    assertSame(stored, created(given, clock.instant()), "the contact create returned");
    assertSame(contacts().get(given.id()), stored, "the contact read back");
  }

  /**
   * Checks that the store reads back roles, addresses, phone numbers and languages in the order
   * given.
   */
  @Test
  protected void readsBackRolesAddressesNumbersAndLanguagesInTheOrderGiven() {
    // given
    Organisation employer = storedOrganisation();
    Project project = storedProject();
    Contact full = Fixtures.fullyPopulatedContact(employer.id(), project.id());
    List<RoleAssignment> roles = new ArrayList<>(full.roles());
    Collections.reverse(roles);
    Contact given =
        full.toBuilder()
            .roles(roles)
            .emails(List.of(full.emails().get(1), full.emails().get(0)))
            .languages(List.of("hy", "ka", "en", "ru"))
            .build();

    // when
    contacts().create(given);
    Contact read = contacts().get(given.id());

    // then
    assertThat(read.roles()).containsExactlyElementsOf(roles);
    assertThat(read.emails()).containsExactlyElementsOf(given.emails());
    assertThat(read.phones()).containsExactlyElementsOf(given.phones());
    assertThat(read.languages()).containsExactly("hy", "ka", "en", "ru");
  }

  /** Checks that the store finds nothing for an unknown id. */
  @Test
  protected void findsNothingForAnUnknownId() {
    // given
    ContactId unknown = Fixtures.newContactId();

    // when
    NotFoundException notFound =
        catchThrowableOfType(NotFoundException.class, () -> contacts().get(unknown));

    // then
    assertThat(contacts().find(unknown)).isEmpty();
    assertThat(notFound).as("get of an unknown id throws NotFoundException").isNotNull();
    assertThat(notFound.kind()).isEqualTo("Contact");
  }

  /**
   * Checks that creating a contact with a taken id fails with a {@code DuplicateException} and
   * keeps the first contact.
   */
  @Test
  protected void createWithATakenIdFailsWithDuplicateAndKeepsTheFirstContact() {
    // given
    Contact first = storedContact();

    // when
    DuplicateException duplicate =
        catchThrowableOfType(
            DuplicateException.class,
            () -> contacts().create(anyContact().toBuilder().id(first.id()).build()));

    // then
    assertThat(duplicate).as("a taken id throws DuplicateException").isNotNull();
    assertSame(contacts().get(first.id()), first, "the first contact");
  }

  // References.

  /**
   * Checks that creating a contact with an unknown employer fails with a {@code
   * BrokenReferenceException} and stores nothing.
   */
  @Test
  protected void createWithAnUnknownEmployerFailsWithBrokenReferenceAndStoresNothing() {
    // given
    Organisation unknown = Fixtures.anyOrganisation();
    Contact given = anyContact().toBuilder().organisation(unknown.id()).build();

    // when
    BrokenReferenceException broken =
        catchThrowableOfType(BrokenReferenceException.class, () -> contacts().create(given));

    // then
    assertThat(broken).as("an unknown employer throws BrokenReferenceException").isNotNull();
    assertThat(broken.targetKind()).isEqualTo("Organisation");
    assertThat(broken.targetId()).isEqualTo(unknown.id().toString());
    assertThat(contacts().find(given.id())).isEmpty();
  }

  /**
   * Checks that creating a contact with a role for an unknown project fails with a {@code
   * BrokenReferenceException} and stores nothing.
   */
  @Test
  protected void createWithARoleForAnUnknownProjectFailsWithBrokenReferenceAndStoresNothing() {
    // given
    Project known = storedProject();
    Project unknown = Fixtures.anyProject();
    Contact given =
        anyContact().toBuilder()
            .addRole(role(RoleType.PROGRAMME_MANAGER, known.id()))
            .addRole(role(RoleType.PROJECT_OFFICER, unknown.id()))
            .build();

    // when
    BrokenReferenceException broken =
        catchThrowableOfType(BrokenReferenceException.class, () -> contacts().create(given));

    // then
    assertThat(broken)
        .as("a role for an unknown project throws BrokenReferenceException")
        .isNotNull();
    assertThat(broken.targetKind()).isEqualTo("Project");
    assertThat(broken.targetId()).isEqualTo(unknown.id().toString());
    assertThat(contacts().find(given.id())).isEmpty();
  }

  /**
   * Checks that creating a contact with a role for an unknown organisation fails with a {@code
   * BrokenReferenceException} and stores nothing.
   */
  @Test
  protected void createWithARoleForAnUnknownOrganisationFailsWithBrokenReferenceAndStoresNothing() {
    // given
    Organisation unknown = Fixtures.anyOrganisation();
    Contact given = anyContact().toBuilder().addRole(Fixtures.roleFor(unknown.id())).build();

    // when
    BrokenReferenceException broken =
        catchThrowableOfType(BrokenReferenceException.class, () -> contacts().create(given));

    // then
    assertThat(broken)
        .as("a role for an unknown organisation throws BrokenReferenceException")
        .isNotNull();
    assertThat(broken.targetKind()).isEqualTo("Organisation");
    assertThat(broken.targetId()).isEqualTo(unknown.id().toString());
    assertThat(contacts().find(given.id())).isEmpty();
  }

  // Update and delete.

  /**
   * Checks that updating a contact bumps the version and {@code updatedAt} and keeps {@code
   * createdAt}.
   */
  @Test
  protected void updateBumpsTheVersionAndUpdatedAtAndKeepsCreatedAt() {
    // given
    Contact stored = storedContact();
    Instant createdAt = clock.instant();
    Instant later = clock.advance(Duration.ofDays(30));

    // when
    Contact updated =
        contacts()
            .update(
                stored.toBuilder().jobTitle("Head of Unit").visibility(Visibility.PUBLIC).build());

    // then
    VersionContract.assertBumped(
        updated, createdAt, later, () -> contacts().get(stored.id()), "the contact read back");
  }

  /**
   * Checks that updating a contact with a stale version fails with a {@code ConflictException}
   * naming both versions.
   */
  @Test
  protected void updateWithAStaleVersionFailsWithConflictNamingBothVersions() {
    // given
    Contact stored = storedContact();
    Contact current = contacts().update(stored.toBuilder().jobTitle("First").build());

    // when, then
    VersionContract.assertStaleUpdateConflicts(
        () -> contacts().update(stored.toBuilder().jobTitle("Second").build()),
        "Contact",
        () -> contacts().get(stored.id()),
        current,
        "the contact after the conflict");
  }

  /** Checks that deleting a contact removes the contact. */
  @Test
  protected void deleteRemovesTheContact() {
    // given
    Contact stored = storedContact();

    // when
    contacts().delete(stored.id(), stored.version());

    // then
    assertThat(contacts().find(stored.id())).isEmpty();
  }

  /**
   * Checks that deleting a contact with a stale version fails with a {@code ConflictException} and
   * keeps the contact.
   */
  @Test
  protected void deleteWithAStaleVersionFailsWithConflictAndKeepsTheContact() {
    // given
    Contact stored = storedContact();
    Contact current = contacts().update(stored.toBuilder().honorific("Ms").build());

    // when, then
    VersionContract.assertStaleDeleteConflicts(
        () -> contacts().delete(stored.id(), stored.version()),
        () -> contacts().get(stored.id()),
        current,
        "the contact after the conflict");
  }

  // Roles.

  /** Checks that {@code assignRole} adds the role to the roles held before. */
  @Test
  protected void assignRoleAddsItToTheRolesHeldBefore() {
    // given
    Project project = storedProject();
    RoleAssignment first = role(RoleType.EXPERT, project.id());
    Contact stored = contacts().create(anyContact().toBuilder().addRole(first).build());
    RoleAssignment second =
        role(RoleType.PROGRAMME_MANAGER, project.id()).toBuilder()
            .validFrom(LocalDate.of(2025, 1, 1))
            .title("Programme Manager")
            .build();
    Instant later = clock.advance(Duration.ofMinutes(1));

    // when
    Contact updated = contacts().assignRole(stored.id(), stored.version(), second);

    // then
    assertThat(updated.roles()).containsExactly(first, second);
    assertThat(updated.version()).isEqualTo(2);
    assertThat(updated.updatedAt()).isEqualTo(later);
    assertSame(contacts().get(stored.id()), updated, "the contact read back");
  }

  /**
   * Checks that {@code assignRole} for an unknown project fails with a {@code
   * BrokenReferenceException} and keeps the contact.
   */
  @Test
  protected void assignRoleForAnUnknownProjectFailsWithBrokenReferenceAndKeepsTheContact() {
    // given
    Contact stored = storedContact();

    // when
    BrokenReferenceException broken =
        catchThrowableOfType(
            BrokenReferenceException.class,
            () ->
                contacts()
                    .assignRole(
                        stored.id(),
                        stored.version(),
                        role(RoleType.TRAINER, Fixtures.newProjectId())));

    // then
    assertThat(broken)
        .as("a role for an unknown project throws BrokenReferenceException")
        .isNotNull();
    assertThat(broken.targetKind()).isEqualTo("Project");
    assertSame(contacts().get(stored.id()), stored, "the contact");
  }

  /**
   * Checks that {@code assignRole} for an unknown organisation fails with a {@code
   * BrokenReferenceException} and keeps the contact.
   */
  @Test
  protected void assignRoleForAnUnknownOrganisationFailsWithBrokenReferenceAndKeepsTheContact() {
    // given
    Contact stored = storedContact();

    // when
    BrokenReferenceException broken =
        catchThrowableOfType(
            BrokenReferenceException.class,
            () ->
                contacts()
                    .assignRole(
                        stored.id(),
                        stored.version(),
                        Fixtures.roleFor(Fixtures.newOrganisationId())));

    // then
    assertThat(broken)
        .as("a role for an unknown organisation throws BrokenReferenceException")
        .isNotNull();
    assertThat(broken.targetKind()).isEqualTo("Organisation");
    assertSame(contacts().get(stored.id()), stored, "the contact");
  }

  /**
   * Checks that {@code assignRole} repeating a role id fails with a {@code ValidationException}.
   */
  @Test
  protected void assignRoleRepeatingARoleIdFailsWithValidation() {
    // given
    Project project = storedProject();
    RoleAssignment held = role(RoleType.EXPERT, project.id());
    Contact stored = contacts().create(anyContact().toBuilder().addRole(held).build());

    // when
    ValidationException invalid =
        catchThrowableOfType(
            ValidationException.class,
            () ->
                contacts()
                    .assignRole(
                        stored.id(),
                        stored.version(),
                        held.toBuilder().type(RoleType.TRAINER).build()));

    // then
    assertThat(invalid).as("a repeated role id throws ValidationException").isNotNull();
    assertSame(contacts().get(stored.id()), stored, "the contact");
  }

  /** Checks that {@code endRole} sets the role's last day and keeps it in the history. */
  @Test
  protected void endRoleSetsItsLastDayAndKeepsItInTheHistory() {
    // given
    Project project = storedProject();
    RoleAssignment ending =
        role(RoleType.PROGRAMME_MANAGER, project.id()).toBuilder()
            .validFrom(LocalDate.of(2020, 1, 1))
            .build();
    RoleAssignment staying = contactPoint(CountryCode.of("AM"), null, null);
    Contact stored =
        contacts().create(anyContact().toBuilder().addRole(ending).addRole(staying).build());
    LocalDate lastDay = LocalDate.of(2025, 2, 28);

    // when
    Contact updated = contacts().endRole(stored.id(), stored.version(), ending.id(), lastDay);

    // then
    assertThat(updated.roles()).containsExactly(ending.endedOn(lastDay), staying);
    assertThat(updated.version()).isEqualTo(2);
    assertThat(updated.rolesOn(lastDay)).contains(ending.endedOn(lastDay));
    assertThat(updated.rolesOn(lastDay.plusDays(1))).containsExactly(staying);
    assertSame(contacts().get(stored.id()), updated, "the contact read back");
  }

  /** Checks that {@code endRole} of an unknown role fails with a {@code NotFoundException}. */
  @Test
  protected void endRoleOfAnUnknownRoleFailsWithNotFound() {
    // given
    Contact stored = storedContact();

    // when
    NotFoundException notFound =
        catchThrowableOfType(
            NotFoundException.class,
            () ->
                contacts()
                    .endRole(
                        stored.id(),
                        stored.version(),
                        Fixtures.newRoleId(),
                        LocalDate.of(2025, 1, 1)));

    // then
    assertThat(notFound).as("ending a role the contact lacks throws NotFoundException").isNotNull();
    assertSame(contacts().get(stored.id()), stored, "the contact");
  }

  /**
   * Checks that {@code endRole} with a last day before the role began fails with a {@code
   * ValidationException}.
   */
  @Test
  protected void endRoleBeforeItBeganFailsWithValidation() {
    // given
    Project project = storedProject();
    RoleAssignment held =
        role(RoleType.EXPERT, project.id()).toBuilder().validFrom(LocalDate.of(2024, 6, 1)).build();
    Contact stored = contacts().create(anyContact().toBuilder().addRole(held).build());

    // when
    ValidationException invalid =
        catchThrowableOfType(
            ValidationException.class,
            () ->
                contacts()
                    .endRole(stored.id(), stored.version(), held.id(), LocalDate.of(2024, 5, 31)));

    // then
    assertThat(invalid).as("a last day before the first throws ValidationException").isNotNull();
    assertSame(contacts().get(stored.id()), stored, "the contact");
  }

  /** Checks that role changes with a stale version fail with a {@code ConflictException}. */
  @Test
  protected void roleChangesWithAStaleVersionFailWithConflict() {
    // given
    Project project = storedProject();
    RoleAssignment held = role(RoleType.EXPERT, project.id());
    Contact stored = contacts().create(anyContact().toBuilder().addRole(held).build());
    Contact current = contacts().update(stored.toBuilder().unit("New unit").build());

    // when
    Throwable assign =
        catchThrowableOfType(
            ConflictException.class,
            () ->
                contacts()
                    .assignRole(
                        stored.id(), stored.version(), role(RoleType.TRAINER, project.id())));
    Throwable end =
        catchThrowableOfType(
            ConflictException.class,
            () ->
                contacts()
                    .endRole(stored.id(), stored.version(), held.id(), LocalDate.of(2025, 1, 1)));

    // then
    assertThat(assign).as("a stale assignRole throws ConflictException").isNotNull();
    assertThat(end).as("a stale endRole throws ConflictException").isNotNull();
    assertSame(contacts().get(stored.id()), current, "the contact after the conflicts");
  }

  // The directory of 24/7 contact points.

  /**
   * Checks that {@code contactPoints} lists public contacts holding the role for the country today
   * in name order.
   */
  @Test
  protected void contactPointsListsPublicContactsHoldingTheRoleForTheCountryTodayInNameOrder() {
    // given
    CountryCode country = CountryCode.of("LI");
    CountryCode elsewhere = CountryCode.of("MC");
    LocalDate today = LocalDate.of(2025, 6, 15);
    clock.set(today, LocalTime.of(23, 30));
    String token = Fixtures.uniqueToken();
    Contact zhvania =
        publicContact(
            "Zhvania, Nino " + token, contactPoint(country, LocalDate.of(2010, 1, 1), null));
    Contact petrosyan =
        publicContact("Петросян, Армен " + token, contactPoint(country, null, null));
    Contact endsToday =
        publicContact(
            "Mammadova, Leyla " + token, contactPoint(country, LocalDate.of(2020, 3, 1), today));
    Contact abramyan = publicContact("Abramyan, Ani " + token, contactPoint(country, today, null));
    Contact startsTomorrow =
        publicContact("Beridze, Giorgi " + token, contactPoint(country, today.plusDays(1), null));
    Contact endedYesterday =
        publicContact("Dvali, Tamar " + token, contactPoint(country, null, today.minusDays(1)));
    Contact internal =
        contacts()
            .create(
                Fixtures.contactNamed("Ekimova " + token, "Ekimova, Olga " + token).toBuilder()
                    .addRole(contactPoint(country, null, null))
                    .build());
    Contact otherCountry =
        publicContact("Gasparyan, Hayk " + token, contactPoint(elsewhere, null, null));
    Contact otherRole =
        publicContact(
            "Harutyunyan, Lilit " + token,
            RoleAssignment.builder()
                .id(Fixtures.newRoleId())
                .type(RoleType.FOCAL_POINT)
                .country(country)
                .build());
    Contact splitRoles =
        publicContact(
            "Iskandarov, Rauf " + token,
            contactPoint(country, null, today.minusDays(10)),
            contactPoint(elsewhere, null, null));
    List<Contact> ours =
        List.of(
            zhvania,
            petrosyan,
            endsToday,
            abramyan,
            startsTomorrow,
            endedYesterday,
            internal,
            otherCountry,
            otherRole,
            splitRoles);

    // when
    List<Contact> points = contacts().contactPoints(country);

    // then
    assertDirectory(points, country, today);
    assertThat(idsAmong(points, ours))
        .containsExactly(abramyan.id(), endsToday.id(), zhvania.id(), petrosyan.id());
  }

  /** Checks that {@code contactPoints} follow the clock from day to day. */
  @Test
  protected void contactPointsFollowTheClockFromDayToDay() {
    // given
    CountryCode country = CountryCode.of("SM");
    LocalDate today = LocalDate.of(2025, 6, 15);
    String token = Fixtures.uniqueToken();
    Contact endsToday =
        publicContact(
            "Mammadova, Leyla " + token, contactPoint(country, LocalDate.of(2020, 3, 1), today));
    Contact startsTomorrow =
        publicContact("Beridze, Giorgi " + token, contactPoint(country, today.plusDays(1), null));
    List<Contact> ours = List.of(endsToday, startsTomorrow);

    // when
    clock.set(today, LocalTime.of(23, 59, 59));
    List<Contact> late = contacts().contactPoints(country);
    clock.set(today.plusDays(1), LocalTime.MIDNIGHT);
    List<Contact> early = contacts().contactPoints(country);

    // then
    assertDirectory(late, country, today);
    assertDirectory(early, country, today.plusDays(1));
    assertThat(idsAmong(late, ours)).containsExactly(endsToday.id());
    assertThat(idsAmong(early, ours)).containsExactly(startsTomorrow.id());
  }

  private Contact publicContact(String sortName, RoleAssignment... roles) {
    Contact.Builder contact =
        Fixtures.contactNamed(displayName(sortName), sortName).toBuilder()
            .visibility(Visibility.PUBLIC);
    for (RoleAssignment role : roles) {
      contact.addRole(role);
    }
    return contacts().create(contact.build());
  }

  /** "Surname, Given token" shown as "Given token Surname". */
  private static String displayName(String sortName) {
    int comma = sortName.indexOf(',');
    return comma < 0
        ? sortName
        : sortName.substring(comma + 1).strip() + " " + sortName.substring(0, comma);
  }

  private static List<ContactId> idsAmong(List<Contact> found, List<Contact> ours) {
    Set<ContactId> ourIds = new HashSet<>();
    ours.forEach(c -> ourIds.add(c.id()));
    return found.stream().map(Contact::id).filter(ourIds::contains).toList();
  }

  /** Whatever else the store holds, every entry must belong in the directory, in name order. */
  private static void assertDirectory(List<Contact> points, CountryCode country, LocalDate day) {
    Set<ContactId> seen = new HashSet<>();
    @Nullable Contact previous = null;
    for (Contact point : points) {
      assertThat(seen.add(point.id())).as("%s listed once", point.id()).isTrue();
      assertThat(point.visibility())
          .as("visibility of %s", point.id())
          .isEqualTo(Visibility.PUBLIC);
      assertThat(point.roles())
          .as("roles of %s", point.id())
          .anyMatch(
              r ->
                  r.type() == RoleType.CONTACT_POINT_24_7
                      && country.equals(r.country())
                      && r.isActiveOn(day));
      if (previous != null) {
        assertThat(
                SearchText.compareKeys(
                    ContactSearch.sortKey(previous), ContactSearch.sortKey(point)))
            .as("%s listed after %s, in name order", point.id(), previous.id())
            .isLessThanOrEqualTo(0);
      }
      previous = point;
    }
  }
}
