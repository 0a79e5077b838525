package org.coopkit.model.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.coopkit.internal.ValidationAssertions.assertEqualityGroups;
import static org.coopkit.model.project.ProjectFixture.anyProjectId;

import java.util.List;
import java.util.UUID;
import org.coopkit.model.CountryCode;
import org.coopkit.model.organisation.OrganisationId;
import org.junit.jupiter.api.Test;

/** The small records a project is made of: countries, organisations and relations. */
class ProjectPartsTest {
  private static final CountryCode ARMENIA = CountryCode.of("AM");

  @Test
  void makesABeneficiaryCountryByDefault() {
    assertThat(ParticipatingCountry.beneficiary(ARMENIA).role()).isEqualTo(CountryRole.BENEFICIARY);
  }

  @Test
  void rejectsMissingPartsNamingThem() {
    OrganisationId organisation = OrganisationId.of(UUID.randomUUID());

    assertThatNullPointerException()
        .isThrownBy(() -> ParticipatingCountry.of(null, CountryRole.PARTNER))
        .withMessage("country");
    assertThatNullPointerException()
        .isThrownBy(() -> ParticipatingCountry.of(ARMENIA, null))
        .withMessage("role");
    assertThatNullPointerException()
        .isThrownBy(() -> ProjectOrganisation.of(null, OrganisationRole.FUNDING))
        .withMessage("organisation");
    assertThatNullPointerException()
        .isThrownBy(() -> ProjectOrganisation.of(organisation, null))
        .withMessage("role");
    assertThatNullPointerException()
        .isThrownBy(() -> ProjectRelation.of(null, RelationType.RELATED))
        .withMessage("project");
    assertThatNullPointerException()
        .isThrownBy(() -> ProjectRelation.of(anyProjectId(), null))
        .withMessage("type");
  }

  @Test
  void comparesPartsByValue() {
    OrganisationId coe = OrganisationId.of(UUID.randomUUID());
    ProjectId other = anyProjectId();

    assertEqualityGroups(
        List.of(
            ParticipatingCountry.beneficiary(ARMENIA),
            ParticipatingCountry.of(CountryCode.of("am"), CountryRole.BENEFICIARY)),
        List.of(ParticipatingCountry.of(ARMENIA, CountryRole.PARTNER)),
        List.of(ParticipatingCountry.beneficiary(CountryCode.of("AZ"))));
    assertEqualityGroups(
        List.of(
            ProjectOrganisation.of(coe, OrganisationRole.FUNDING),
            ProjectOrganisation.of(OrganisationId.of(coe.value()), OrganisationRole.FUNDING)),
        List.of(ProjectOrganisation.of(coe, OrganisationRole.IMPLEMENTING)),
        List.of(
            ProjectOrganisation.of(
                OrganisationId.of(UUID.randomUUID()), OrganisationRole.FUNDING)));
    assertEqualityGroups(
        List.of(
            ProjectRelation.of(other, RelationType.PREDECESSOR),
            ProjectRelation.of(ProjectId.of(other.value()), RelationType.PREDECESSOR)),
        List.of(ProjectRelation.of(other, RelationType.SUCCESSOR)),
        List.of(ProjectRelation.of(anyProjectId(), RelationType.PREDECESSOR)));
  }
}
