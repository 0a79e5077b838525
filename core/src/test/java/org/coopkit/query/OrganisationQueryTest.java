package org.coopkit.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopkit.internal.ValidationAssertions.violation;
import static org.coopkit.model.organisation.OrganisationFixture.anOrganisation;
import static org.coopkit.model.organisation.OrganisationFixture.anyOrganisationId;

import java.util.List;
import java.util.UUID;
import org.coopkit.model.CountryCode;
import org.coopkit.model.ExternalId;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.organisation.OrganisationType;
import org.junit.jupiter.api.Test;

class OrganisationQueryTest {

  @Test
  void matchesEachFilterAndAllOfThemTogether() {
    OrganisationId prosecutorGeneral = anyOrganisationId();
    Organisation directorate =
        anOrganisation()
            .name(
                LocalizedText.builder()
                    .put("en", "Anti-Corruption Directorate")
                    .put("az", "Korrupsiyaya qarşı Mübarizə İdarəsi")
                    .build())
            .acronym("ACD")
            .type(OrganisationType.PROSECUTION_SERVICE)
            .country(CountryCode.of("AZ"))
            .parent(prosecutorGeneral)
            .build();

    assertThat(
            OrganisationQuery.builder()
                .type(OrganisationType.PROSECUTION_SERVICE)
                .country(CountryCode.of("AZ"))
                .parent(prosecutorGeneral)
                .text("mubarizə")
                .build()
                .matches(directorate))
        .isTrue();
    assertThat(OrganisationQuery.builder().text("acd").build().matches(directorate)).isTrue();
    assertThat(OrganisationQuery.builder().type(OrganisationType.NGO).build().matches(directorate))
        .isFalse();
    assertThat(
            OrganisationQuery.builder().country(CountryCode.of("AM")).build().matches(directorate))
        .isFalse();
    assertThat(OrganisationQuery.builder().parent(anyOrganisationId()).build().matches(directorate))
        .isFalse();
    assertThat(
            OrganisationQuery.builder()
                .country(CountryCode.of("AZ"))
                .build()
                .matches(anOrganisation().build()))
        .isFalse();
  }

  @Test
  void theExternalIdFilterKeepsOrganisationsCarryingAnyOfItsIdentifiers() {
    ExternalId iati = ExternalId.of("iati-org", "XM-DAC-1");
    Organisation carrying = anOrganisation().externalIds(List.of(iati)).build();

    assertThat(OrganisationQuery.builder().externalId(iati).build().matches(carrying)).isTrue();
    assertThat(
            OrganisationQuery.builder()
                .externalId(ExternalId.of("ror", "1"))
                .externalId(ExternalId.of("IATI-ORG", "XM-DAC-1"))
                .build()
                .matches(carrying))
        .isTrue();
    assertThat(
            OrganisationQuery.builder()
                .externalId(ExternalId.of("iati-org", "xm-dac-1"))
                .build()
                .matches(carrying))
        .isFalse();
    assertThat(
            OrganisationQuery.builder().externalId(iati).build().matches(anOrganisation().build()))
        .isFalse();
  }

  @Test
  void theNameKeysAreTheFoldedNameInEachLanguageAndTheAcronym() {
    Organisation office =
        anOrganisation()
            .name(
                LocalizedText.builder()
                    .put("en", "Cybercrime Programme Office")
                    .put("fr", "Bureau du programme sur la cybercriminalité")
                    .put("de", "CYBERCRIME programme office")
                    .build())
            .acronym("C-PROC")
            .build();

    assertThat(OrganisationQuery.nameKeys(office))
        .containsExactly(
            "cybercrime programme office", "bureau du programme sur la cybercriminalite", "c proc");
    assertThat(OrganisationQuery.nameKeys(anOrganisation().name("…").acronym(null).build()))
        .isEmpty();
  }

  @Test
  void ordersByTheFoldedEnglishNameThenId() {
    UUID id = new UUID(3, 3);
    OrganisationQuery next =
        OrganisationQuery.builder()
            .build()
            .after(OrganisationQuery.cursor("international association of prosecutors", id));

    assertThat(OrganisationQuery.sortKey(anOrganisation().build()))
        .isEqualTo("international association of prosecutors");
    assertThat(next.isAfterCursor(anOrganisation().name("Ministry of Justice").build())).isTrue();
    assertThat(next.isAfterCursor(anOrganisation().name("Council of Europe").build())).isFalse();
    assertThat(next.isAfterCursor(anOrganisation().id(OrganisationId.of(new UUID(3, 4))).build()))
        .isTrue();
  }

  @Test
  void rejectsALimitOutOfRange() {
    violation(() -> OrganisationQuery.builder().limit(0).build(), "limit", "must be between 1 and");
    violation(
        () -> OrganisationQuery.builder().limit(Paging.MAX_LIMIT + 1).build(),
        "limit",
        "must be between 1 and");
  }
}
