package org.coopkit.model.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopkit.internal.ValidationAssertions.violation;
import static org.coopkit.model.contact.ContactFixture.aContact;
import static org.coopkit.model.contact.ContactFixture.aRole;

import java.time.LocalDate;
import org.coopkit.model.ExternalId;
import org.coopkit.query.ContactQuery;
import org.coopkit.query.internal.ContactSearch;
import org.coopkit.query.internal.SearchText;
import org.junit.jupiter.api.Test;

class RolesSeenAndPositionsTest {
  private static final LocalDate LISTED = LocalDate.of(2022, 3, 1);

  @Test
  void aRoleSeenOnADateIsHeldOnThatDayAloneNotToday() {
    RoleAssignment seen = aRole().seenOn(LISTED).build();
    Contact contact = aContact().addRole(seen).build();

    assertThat(seen.isSeenOnly()).isTrue();
    assertThat(seen.isActiveOn(LISTED)).isTrue();
    assertThat(seen.isActiveOn(LISTED.plusDays(1))).isFalse();
    assertThat(seen.isActiveOn(LISTED.minusDays(1))).isFalse();
    assertThat(contact.rolesOn(LocalDate.of(2026, 1, 1))).isEmpty();
    assertThat(ContactSearch.matches(ContactQuery.builder().activeOn(LISTED).build(), contact))
        .isTrue();
  }

  @Test
  void aRoleHeldFromADateAndSeenLaterIsHeldThroughout() {
    RoleAssignment held = aRole().validFrom(LocalDate.of(2019, 6, 1)).seenOn(LISTED).build();

    assertThat(held.isSeenOnly()).isFalse();
    assertThat(held.isActiveOn(LocalDate.of(2026, 1, 1))).isTrue();
  }

  @Test
  void refusesASeenOnDateOutsideTheKnownPeriod() {
    violation(
        () -> aRole().validFrom(LISTED.plusDays(1)).seenOn(LISTED).build(),
        "seenOn",
        "must not be before validFrom");
    violation(
        () -> aRole().validUntil(LISTED.minusDays(1)).seenOn(LISTED).build(),
        "seenOn",
        "must not be after validUntil");
  }

  @Test
  void eachRoleKeepsItsOwnUnit() {
    Contact contact =
        aContact()
            .unit("Secretariat")
            .addRole(aRole().unit("Cybercrime Programme Office").build())
            .addRole(aRole().unit("Octopus Project").build())
            .build();

    assertThat(contact.roles())
        .extracting(RoleAssignment::unit)
        .containsExactly("Cybercrime Programme Office", "Octopus Project");
  }

  @Test
  void aPositionWithoutAPublicNameNeedsNoNameAndNoNameSearchFindsIt() {
    Contact position =
        Contact.builder()
            .id(ContactFixture.anyContactId())
            .nameWithheld(true)
            .addRole(aRole().title("Programme Manager").build())
            .build();

    assertThat(position.displayName()).isEqualTo(Contact.WITHHELD_NAME);
    assertThat(position.sortName()).isEqualTo(Contact.WITHHELD_NAME);
    assertThat(SearchText.nameKey(position).isBlank()).isTrue();
    assertThat(ContactSearch.matches(ContactQuery.builder().namePrefix("name").build(), position))
        .isFalse();
    assertThat(ContactSearch.matches(ContactQuery.builder().build(), position)).isTrue();
  }

  @Test
  void aNameGivenWithAWithheldFlagIsDroppedNotStored() {
    Contact position = aContact().displayName("Someone Secret").nameWithheld(true).build();

    assertThat(position.displayName()).isEqualTo(Contact.WITHHELD_NAME);
    assertThat(position.toString()).doesNotContain("Secret");
  }

  @Test
  void externalIdsAreKeptEachOnceAndLeftOutOfTheQuerysText() {
    ExternalId staff = ExternalId.of("staff", "E-4711");
    Contact contact = aContact().addExternalId(staff).build();

    assertThat(contact.externalIds()).containsExactly(staff);
    assertThat(contact.toString()).doesNotContain("4711");
    ContactQuery query = ContactQuery.builder().externalId(staff).build();
    assertThat(ContactSearch.matches(query, contact)).isTrue();
    assertThat(query.toString()).doesNotContain("4711");
    assertThat(
            violation(
                    () -> aContact().addExternalId(staff).addExternalId(staff).build(),
                    "externalIds",
                    "must not repeat an identifier")
                .toString())
        .doesNotContain("4711");
  }
}
