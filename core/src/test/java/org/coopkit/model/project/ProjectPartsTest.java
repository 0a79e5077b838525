package org.coopkit.model.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.coopkit.model.project.ProjectFixture.anyProjectId;

import com.google.common.testing.EqualsTester;
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

    new EqualsTester()
        .addEqualityGroup(
            ParticipatingCountry.beneficiary(ARMENIA),
            ParticipatingCountry.of(CountryCode.of("am"), CountryRole.BENEFICIARY))
        .addEqualityGroup(ParticipatingCountry.of(ARMENIA, CountryRole.PARTNER))
        .addEqualityGroup(ParticipatingCountry.beneficiary(CountryCode.of("AZ")))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            ProjectOrganisation.of(coe, OrganisationRole.FUNDING),
            ProjectOrganisation.of(OrganisationId.of(coe.value()), OrganisationRole.FUNDING))
        .addEqualityGroup(ProjectOrganisation.of(coe, OrganisationRole.IMPLEMENTING))
        .addEqualityGroup(
            ProjectOrganisation.of(OrganisationId.of(UUID.randomUUID()), OrganisationRole.FUNDING))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            ProjectRelation.of(other, RelationType.PREDECESSOR),
            ProjectRelation.of(ProjectId.of(other.value()), RelationType.PREDECESSOR))
        .addEqualityGroup(ProjectRelation.of(other, RelationType.SUCCESSOR))
        .addEqualityGroup(ProjectRelation.of(anyProjectId(), RelationType.PREDECESSOR))
        .testEquals();
  }
}
