package org.coopkit.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopkit.internal.ValidationAssertions.violation;
import static org.coopkit.model.contact.ContactFixture.aContact;
import static org.coopkit.model.contact.ContactFixture.anyRoleId;

import java.time.LocalDate;
import java.util.UUID;
import org.coopkit.model.CountryCode;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.ContactId;
import org.coopkit.model.contact.RoleAssignment;
import org.coopkit.model.contact.RoleType;
import org.coopkit.model.contact.Visibility;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.ProjectId;
import org.coopkit.query.internal.ContactSearch;
import org.junit.jupiter.api.Test;

class ContactQueryTest {
  private static final CountryCode ARMENIA = CountryCode.of("AM");
  private static final CountryCode GEORGIA = CountryCode.of("GE");
  private static final LocalDate TODAY = LocalDate.of(2024, 3, 5);

  private static RoleAssignment contactPoint(CountryCode country, LocalDate until) {
    return RoleAssignment.builder()
        .id(anyRoleId())
        .type(RoleType.CONTACT_POINT_24_7)
        .country(country)
        .validUntil(until)
        .build();
  }

  @Test
  void appliesTheRoleFiltersToOneAndTheSameRole() {
    ProjectId eap = ProjectId.of(UUID.randomUUID());
    // A past 24/7 role for Armenia and a current expert role for Georgia.
    Contact contact =
        aContact()
            .addRole(contactPoint(ARMENIA, TODAY.minusYears(1)))
            .addRole(
                RoleAssignment.builder()
                    .id(anyRoleId())
                    .type(RoleType.EXPERT)
                    .project(eap)
                    .country(GEORGIA)
                    .build())
            .build();

    assertThat(
            ContactSearch.matches(
                ContactQuery.builder().role(RoleType.CONTACT_POINT_24_7).country(ARMENIA).build(),
                contact))
        .isTrue();
    assertThat(
            ContactSearch.matches(
                ContactQuery.builder()
                    .role(RoleType.CONTACT_POINT_24_7)
                    .country(ARMENIA)
                    .activeOn(TODAY)
                    .build(),
                contact))
        .isFalse();
    assertThat(
            ContactSearch.matches(
                ContactQuery.builder().role(RoleType.CONTACT_POINT_24_7).country(GEORGIA).build(),
                contact))
        .isFalse();
    assertThat(
            ContactSearch.matches(
                ContactQuery.builder().role(RoleType.EXPERT).project(eap).activeOn(TODAY).build(),
                contact))
        .isTrue();
  }

  @Test
  void findsANamePrefixAtAWordStartOfTheDisplayOrSortName() {
    Contact contact = aContact().displayName("Céline Dewaele").sortName("Dewaele, Céline").build();

    assertThat(ContactSearch.matches(ContactQuery.builder().namePrefix("DEW").build(), contact))
        .isTrue();
    assertThat(ContactSearch.matches(ContactQuery.builder().namePrefix("celi").build(), contact))
        .isTrue();
    assertThat(ContactSearch.matches(ContactQuery.builder().namePrefix("waele").build(), contact))
        .isFalse();
  }

  @Test
  void describesItselfWithoutTheCharactersOfTheNamePrefix() {
    ContactQuery query = ContactQuery.builder().namePrefix("Dewaele").limit(5).build();

    assertThat(query.toString())
        .doesNotContainIgnoringCase("dewaele")
        .contains("namePrefix=<7 characters>")
        .contains("limit=5");
  }

  @Test
  void matchesAnOrganisationAsEmployerOrThroughARole() {
    OrganisationId coe = OrganisationId.of(UUID.randomUUID());
    Contact employee = aContact().organisation(coe).build();
    Contact focalPoint =
        aContact()
            .addRole(
                RoleAssignment.builder()
                    .id(anyRoleId())
                    .type(RoleType.FOCAL_POINT)
                    .organisation(coe)
                    .build())
            .build();
    ContactQuery query = ContactQuery.builder().organisation(coe).build();

    assertThat(ContactSearch.matches(query, employee)).isTrue();
    assertThat(ContactSearch.matches(query, focalPoint)).isTrue();
    assertThat(ContactSearch.matches(query, aContact().build())).isFalse();
  }

  @Test
  void leavesOutInternalContactsWhenAskedForPublicOnes() {
    ContactQuery query = ContactQuery.builder().publicOnly(true).build();

    assertThat(ContactSearch.matches(query, aContact().visibility(Visibility.PUBLIC).build()))
        .isTrue();
    assertThat(ContactSearch.matches(query, aContact().build())).isFalse();
  }

  @Test
  void ordersByFoldedSortNameThenId() {
    UUID id = new UUID(1, 5);
    ContactQuery next =
        ContactQuery.builder().build().after(ContactSearch.cursor("dewaele celine", id));

    assertThat(ContactSearch.isAfterCursor(next, aContact().sortName("Dupont, Marie").build()))
        .isTrue();
    // Folded before comparing: "Ábel" sorts as "abel", not after "z".
    assertThat(ContactSearch.isAfterCursor(next, aContact().sortName("Ábel, Anna").build()))
        .isFalse();
    assertThat(ContactSearch.isAfterCursor(next, aContact().sortName("Dewaele, Ann").build()))
        .isFalse();
    assertThat(
            ContactSearch.isAfterCursor(
                next,
                aContact().id(ContactId.of(new UUID(1, 6))).sortName("DEWAELE Céline").build()))
        .isTrue();
    assertThat(
            ContactSearch.isAfterCursor(
                next, aContact().id(ContactId.of(id)).sortName("Dewaele, Céline").build()))
        .isFalse();
  }

  @Test
  void rejectsALimitOutOfRange() {
    violation(() -> ContactQuery.builder().limit(0).build(), "limit", "must be between 1 and");
    violation(
        () -> ContactQuery.builder().limit(Paging.MAX_LIMIT + 1).build(),
        "limit",
        "must be between 1 and");
  }
}
