package org.coopkit.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopkit.internal.ValidationAssertions.violation;
import static org.coopkit.model.project.ProjectFixture.aProject;
import static org.coopkit.model.project.ProjectFixture.anyProjectId;

import java.time.LocalDate;
import java.util.UUID;
import org.coopkit.model.CountryCode;
import org.coopkit.model.ExternalId;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.PartialDate;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.CooperationFramework;
import org.coopkit.model.project.OrganisationRole;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectDates;
import org.coopkit.model.project.ProjectId;
import org.coopkit.model.project.ProjectOrganisation;
import org.coopkit.model.project.ProjectRelation;
import org.coopkit.model.project.ProjectStatus;
import org.coopkit.model.project.RelationType;
import org.coopkit.query.internal.ProjectSearch;
import org.junit.jupiter.api.Test;

class ProjectQueryTest {

  @Test
  void matchesEachFilterAndAllOfThemTogether() {
    OrganisationId coe = OrganisationId.of(UUID.randomUUID());
    ProjectId predecessor = anyProjectId();
    Project project =
        aProject()
            .addCountry(CountryCode.of("AM"))
            .status(ProjectStatus.IMPLEMENTATION)
            .addOrganisation(ProjectOrganisation.of(coe, OrganisationRole.IMPLEMENTING))
            .framework(CooperationFramework.of("pgg", "Partnership for Good Governance", "PGG"))
            .addRelation(ProjectRelation.of(predecessor, RelationType.PREDECESSOR))
            .dates(ProjectDates.planned(PartialDate.ofMonth(2015, 3), PartialDate.ofYear(2017)))
            .summary(LocalizedText.of("Électronic evidence"))
            .addExternalId(ExternalId.of("iati", "XM-DAC-47066-1"))
            .build();

    assertThat(
            ProjectSearch.matches(
                ProjectQuery.builder()
                    .country(CountryCode.of("AM"))
                    .status(ProjectStatus.IMPLEMENTATION)
                    .organisation(coe)
                    .framework("pgg")
                    .relatedTo(predecessor)
                    .activeOn(LocalDate.of(2017, 12, 31))
                    .externalId(ExternalId.of("donor-db", "P-1"))
                    .externalId(ExternalId.of("IATI", "XM-DAC-47066-1"))
                    .text("ELECTRONIC")
                    .build(),
                project))
        .isTrue();
    assertThat(
            ProjectSearch.matches(
                ProjectQuery.builder().country(CountryCode.of("GE")).build(), project))
        .isFalse();
    assertThat(
            ProjectSearch.matches(
                ProjectQuery.builder().status(ProjectStatus.CLOSED).build(), project))
        .isFalse();
    assertThat(
            ProjectSearch.matches(
                ProjectQuery.builder().organisation(OrganisationId.of(UUID.randomUUID())).build(),
                project))
        .isFalse();
    assertThat(ProjectSearch.matches(ProjectQuery.builder().framework("pcf").build(), project))
        .isFalse();
    assertThat(
            ProjectSearch.matches(
                ProjectQuery.builder().framework("pgg").build(), aProject().build()))
        .isFalse();
    assertThat(
            ProjectSearch.matches(
                ProjectQuery.builder().relatedTo(anyProjectId()).build(), project))
        .isFalse();
    assertThat(
            ProjectSearch.matches(
                ProjectQuery.builder().activeOn(LocalDate.of(2015, 2, 28)).build(), project))
        .isFalse();
    assertThat(ProjectSearch.matches(ProjectQuery.builder().text("ransomware").build(), project))
        .isFalse();
    assertThat(
            ProjectSearch.matches(
                ProjectQuery.builder().externalId(ExternalId.of("iati", "xm-dac-47066-1")).build(),
                project))
        .isFalse();
  }

  @Test
  void ordersByCodeThenIdInEitherDirection() {
    UUID id = new UUID(7, 7);
    String cursor = ProjectSearch.cursor("cybercrime-eap-ii", id);
    ProjectQuery ascending = ProjectQuery.builder().build().after(cursor);
    ProjectQuery descending =
        ProjectQuery.builder().direction(SortDirection.DESCENDING).build().after(cursor);
    Project later = aProject().code("cybercrime-eap-iii").build();
    Project earlier = aProject().code("cybercrime-eap").build();

    assertThat(ProjectSearch.isAfterCursor(ascending, later)).isTrue();
    assertThat(ProjectSearch.isAfterCursor(ascending, earlier)).isFalse();
    assertThat(ProjectSearch.isAfterCursor(descending, earlier)).isTrue();
    assertThat(ProjectSearch.isAfterCursor(descending, later)).isFalse();
    assertThat(ProjectSearch.isAfterCursor(ascending, aProject().id(ProjectId.of(id)).build()))
        .isFalse();
  }

  @Test
  void rejectsALimitOutOfRange() {
    violation(() -> ProjectQuery.builder().limit(0).build(), "limit", "must be between 1 and");
    violation(
        () -> ProjectQuery.builder().limit(Paging.MAX_LIMIT + 1).build(),
        "limit",
        "must be between 1 and");
  }
}
