package org.coopkit.model.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.coopkit.internal.ValidationAssertions.invalid;
import static org.coopkit.internal.ValidationAssertions.violation;
import static org.coopkit.model.contact.ContactFixture.aRole;
import static org.coopkit.model.contact.ContactFixture.anyRoleId;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.UUID;
import org.coopkit.error.ValidationException;
import org.coopkit.error.Violation;
import org.coopkit.model.CountryCode;
import org.coopkit.model.Limits;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.ProjectId;
import org.junit.jupiter.api.Test;

class RoleAssignmentTest {
  private static final CountryCode ARMENIA = CountryCode.of("AM");
  private static final LocalDate NEW_YEAR_2020 = LocalDate.of(2020, 1, 1);

  @Test
  void buildsARoleScopedToAProjectAnOrganisationOrACountry() {
    ProjectId project = ProjectId.of(UUID.randomUUID());
    OrganisationId organisation = OrganisationId.of(UUID.randomUUID());

    assertThat(aRole().project(project).build().project()).isEqualTo(project);
    assertThat(
            RoleAssignment.builder()
                .id(anyRoleId())
                .type(RoleType.FOCAL_POINT)
                .organisation(organisation)
                .build()
                .organisation())
        .isEqualTo(organisation);
    assertThat(
            RoleAssignment.builder()
                .id(anyRoleId())
                .type(RoleType.FOCAL_POINT)
                .country(ARMENIA)
                .build()
                .country())
        .isEqualTo(ARMENIA);
  }

  @Test
  void requiresAnIdAndAType() {
    ValidationException e = invalid(() -> RoleAssignment.builder().build());

    assertThat(e.paths()).containsExactly("id", "type");
  }

  @Test
  void rejectsARoleScopedToNothing() {
    violation(
        () -> aRole().project(null).build(),
        "project",
        "a role must be scoped to a project, an organisation or a country");
  }

  @Test
  void rejectsATwentyFourSevenContactPointWithoutACountry() {
    violation(
        () -> aRole().type(RoleType.CONTACT_POINT_24_7).build(),
        "country",
        "is required for a 24/7 contact point");
  }

  @Test
  void acceptsATwentyFourSevenContactPointForACountry() {
    RoleAssignment role =
        RoleAssignment.builder()
            .id(anyRoleId())
            .type(RoleType.CONTACT_POINT_24_7)
            .country(ARMENIA)
            .build();

    assertThat(role.country()).isEqualTo(ARMENIA);
  }

  @Test
  void rejectsAnEndBeforeTheStart() {
    Violation v =
        violation(
            () -> aRole().validFrom(NEW_YEAR_2020).validUntil(NEW_YEAR_2020.minusDays(1)).build(),
            "validUntil",
            "must not be before validFrom");

    assertThat(v.value()).isEqualTo("'2019-12-31 < 2020-01-01'");
  }

  @Test
  void acceptsARoleHeldForOneDay() {
    RoleAssignment role = aRole().validFrom(NEW_YEAR_2020).validUntil(NEW_YEAR_2020).build();

    assertThat(role.isActiveOn(NEW_YEAR_2020)).isTrue();
    assertThat(role.isActiveOn(NEW_YEAR_2020.plusDays(1))).isFalse();
    assertThat(role.isActiveOn(NEW_YEAR_2020.minusDays(1))).isFalse();
  }

  @Test
  void treatsAnOpenStartOrEndAsOpen() {
    assertThat(aRole().build().isActiveOn(LocalDate.of(1950, 1, 1))).isTrue();
    assertThat(aRole().validUntil(NEW_YEAR_2020).build().isActiveOn(LocalDate.of(1950, 1, 1)))
        .isTrue();
    assertThat(aRole().validFrom(NEW_YEAR_2020).build().isActiveOn(LocalDate.of(2150, 1, 1)))
        .isTrue();
  }

  @Test
  void endsARoleKeepingEverythingElse() {
    RoleAssignment role = aRole().title("Programme Manager").validFrom(NEW_YEAR_2020).build();

    RoleAssignment ended = role.endedOn(LocalDate.of(2021, 6, 30));

    assertThat(ended).isEqualTo(role.toBuilder().validUntil(LocalDate.of(2021, 6, 30)).build());
    violation(
        () -> role.endedOn(NEW_YEAR_2020.minusDays(1)),
        "validUntil",
        "must not be before validFrom");
  }

  @Test
  void stripsTheTitleAndChecksItsLength() {
    assertThat(aRole().title("  Programme Manager ").build().title())
        .isEqualTo("Programme Manager");
    assertThat(aRole().title("t".repeat(Limits.TITLE)).build().title()).hasSize(Limits.TITLE);
    violation(
        () -> aRole().title("t".repeat(Limits.TITLE + 1)).build(),
        "title",
        "must be at most " + Limits.TITLE + " characters long");
    violation(() -> aRole().title(" ").build(), "title", "must not be blank");
  }

  @Test
  void reportsEveryBrokenRuleOfOneRoleTogether() {
    ValidationException e =
        invalid(
            () ->
                RoleAssignment.builder()
                    .id(anyRoleId())
                    .type(RoleType.CONTACT_POINT_24_7)
                    .title(" ")
                    .validFrom(NEW_YEAR_2020)
                    .validUntil(NEW_YEAR_2020.minusYears(1))
                    .build());

    assertThat(e.paths()).containsExactly("title", "project", "country", "validUntil");
  }

  @Test
  void survivesACopyThroughItsBuilder() {
    RoleAssignment role =
        aRole()
            .title("Programme Manager")
            .organisation(OrganisationId.of(UUID.randomUUID()))
            .country(ARMENIA)
            .validFrom(NEW_YEAR_2020)
            .validUntil(NEW_YEAR_2020.plusYears(2))
            .build();

    assertThat(role.toBuilder().build()).isEqualTo(role).hasSameHashCodeAs(role);
  }

  @Test
  void equalsAnotherRoleExactlyWhenEveryValueIsEqual() {
    RoleAssignment base =
        aRole()
            .title("Programme Manager")
            .organisation(OrganisationId.of(UUID.randomUUID()))
            .country(ARMENIA)
            .validFrom(NEW_YEAR_2020)
            .validUntil(NEW_YEAR_2020.plusYears(2))
            .build();

    new EqualsTester()
        .addEqualityGroup(
            base, base.toBuilder().build(), base.toBuilder().title(" Programme Manager").build())
        .addEqualityGroup(base.toBuilder().id(anyRoleId()).build())
        .addEqualityGroup(base.toBuilder().type(RoleType.EXPERT).build())
        .addEqualityGroup(base.toBuilder().title(null).build())
        .addEqualityGroup(base.toBuilder().project(ProjectId.of(UUID.randomUUID())).build())
        .addEqualityGroup(base.toBuilder().organisation(null).build())
        .addEqualityGroup(base.toBuilder().country(CountryCode.of("GE")).build())
        .addEqualityGroup(base.toBuilder().validFrom(null).build())
        .addEqualityGroup(base.toBuilder().validUntil(null).build())
        .testEquals();
  }

  @Test
  void letsABuilderBeReused() {
    RoleAssignment.Builder builder = aRole();
    RoleAssignment open = builder.build();
    RoleAssignment ended = builder.validUntil(NEW_YEAR_2020).build();

    assertThat(open.validUntil()).isNull();
    assertThat(ended.validUntil()).isEqualTo(NEW_YEAR_2020);
    assertThat(builder.build()).isEqualTo(ended);
  }

  @Test
  void rejectsNullInASetterNamingTheField() {
    assertThatNullPointerException().isThrownBy(() -> aRole().id(null)).withMessage("id");
    assertThatNullPointerException().isThrownBy(() -> aRole().type(null)).withMessage("type");
  }
}
