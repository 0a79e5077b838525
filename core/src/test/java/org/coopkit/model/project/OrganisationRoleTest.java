package org.coopkit.model.project;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrganisationRoleTest {

  @Test
  void iatisOwnRolesArePublishedAsTheirCodes() {
    assertThat(OrganisationRole.FUNDING.iatiCode()).isEqualTo(1);
    assertThat(OrganisationRole.ACCOUNTABLE.iatiCode()).isEqualTo(2);
    assertThat(OrganisationRole.EXTENDING.iatiCode()).isEqualTo(3);
    assertThat(OrganisationRole.IMPLEMENTING.iatiCode()).isEqualTo(4);
  }

  @Test
  void theRolesBeyondIatisArePublishedAsTheIatiRoleNearestInMeaning() {
    assertThat(OrganisationRole.PLEDGING_PARTNER.iatiCode()).isEqualTo(1);
    assertThat(OrganisationRole.NATIONAL_COUNTERPART.iatiCode()).isEqualTo(2);
    assertThat(OrganisationRole.MENTOR.iatiCode()).isEqualTo(4);
  }
}
