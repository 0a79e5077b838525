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
            ContactQuery.builder()
                .role(RoleType.CONTACT_POINT_24_7)
                .country(ARMENIA)
                .build()
                .matches(contact))
        .isTrue();
    assertThat(
            ContactQuery.builder()
                .role(RoleType.CONTACT_POINT_24_7)
                .country(ARMENIA)
                .activeOn(TODAY)
                .build()
                .matches(contact))
        .isFalse();
    assertThat(
            ContactQuery.builder()
                .role(RoleType.CONTACT_POINT_24_7)
                .country(GEORGIA)
                .build()
                .matches(contact))
        .isFalse();
    assertThat(
            ContactQuery.builder()
                .role(RoleType.EXPERT)
                .project(eap)
                .activeOn(TODAY)
                .build()
                .matches(contact))
        .isTrue();
  }

  @Test
  void findsANamePrefixAtAWordStartOfTheDisplayOrSortName() {
    Contact contact = aContact().displayName("Céline Dewaele").sortName("Dewaele, Céline").build();

    assertThat(ContactQuery.builder().namePrefix("DEW").build().matches(contact)).isTrue();
    assertThat(ContactQuery.builder().namePrefix("celi").build().matches(contact)).isTrue();
    assertThat(ContactQuery.builder().namePrefix("waele").build().matches(contact)).isFalse();
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

    assertThat(query.matches(employee)).isTrue();
    assertThat(query.matches(focalPoint)).isTrue();
    assertThat(query.matches(aContact().build())).isFalse();
  }

  @Test
  void leavesOutInternalContactsWhenAskedForPublicOnes() {
    ContactQuery query = ContactQuery.builder().publicOnly(true).build();

    assertThat(query.matches(aContact().visibility(Visibility.PUBLIC).build())).isTrue();
    assertThat(query.matches(aContact().build())).isFalse();
  }

  @Test
  void ordersByFoldedSortNameThenId() {
    UUID id = new UUID(1, 5);
    ContactQuery next =
        ContactQuery.builder().build().after(ContactQuery.cursor("dewaele celine", id));

    assertThat(next.isAfterCursor(aContact().sortName("Dupont, Marie").build())).isTrue();
    // Folded before comparing: "Ábel" sorts as "abel", not after "z".
    assertThat(next.isAfterCursor(aContact().sortName("Ábel, Anna").build())).isFalse();
    assertThat(next.isAfterCursor(aContact().sortName("Dewaele, Ann").build())).isFalse();
    assertThat(
            next.isAfterCursor(
                aContact().id(ContactId.of(new UUID(1, 6))).sortName("DEWAELE Céline").build()))
        .isTrue();
    assertThat(
            next.isAfterCursor(aContact().id(ContactId.of(id)).sortName("Dewaele, Céline").build()))
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
