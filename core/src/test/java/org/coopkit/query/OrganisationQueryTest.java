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
import org.coopkit.query.internal.OrganisationSearch;
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
            OrganisationSearch.matches(
                OrganisationQuery.builder()
                    .type(OrganisationType.PROSECUTION_SERVICE)
                    .country(CountryCode.of("AZ"))
                    .parent(prosecutorGeneral)
                    .text("mubarizə")
                    .build(),
                directorate))
        .isTrue();
    assertThat(
            OrganisationSearch.matches(
                OrganisationQuery.builder().text("acd").build(), directorate))
        .isTrue();
    assertThat(
            OrganisationSearch.matches(
                OrganisationQuery.builder().type(OrganisationType.NGO).build(), directorate))
        .isFalse();
    assertThat(
            OrganisationSearch.matches(
                OrganisationQuery.builder().country(CountryCode.of("AM")).build(), directorate))
        .isFalse();
    assertThat(
            OrganisationSearch.matches(
                OrganisationQuery.builder().parent(anyOrganisationId()).build(), directorate))
        .isFalse();
    assertThat(
            OrganisationSearch.matches(
                OrganisationQuery.builder().country(CountryCode.of("AZ")).build(),
                anOrganisation().build()))
        .isFalse();
  }

  @Test
  void theExternalIdFilterKeepsOrganisationsCarryingAnyOfItsIdentifiers() {
    ExternalId iati = ExternalId.of("iati-org", "XM-DAC-1");
    Organisation carrying = anOrganisation().externalIds(List.of(iati)).build();

    assertThat(
            OrganisationSearch.matches(
                OrganisationQuery.builder().externalId(iati).build(), carrying))
        .isTrue();
    assertThat(
            OrganisationSearch.matches(
                OrganisationQuery.builder()
                    .externalId(ExternalId.of("ror", "1"))
                    .externalId(ExternalId.of("IATI-ORG", "XM-DAC-1"))
                    .build(),
                carrying))
        .isTrue();
    assertThat(
            OrganisationSearch.matches(
                OrganisationQuery.builder()
                    .externalId(ExternalId.of("iati-org", "xm-dac-1"))
                    .build(),
                carrying))
        .isFalse();
    assertThat(
            OrganisationSearch.matches(
                OrganisationQuery.builder().externalId(iati).build(), anOrganisation().build()))
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

    assertThat(OrganisationSearch.nameKeys(office))
        .containsExactly(
            "cybercrime programme office", "bureau du programme sur la cybercriminalite", "c proc");
    assertThat(OrganisationSearch.nameKeys(anOrganisation().name("…").acronym(null).build()))
        .isEmpty();
  }

  @Test
  void ordersByTheFoldedEnglishNameThenId() {
    UUID id = new UUID(3, 3);
    OrganisationQuery next =
        OrganisationQuery.builder()
            .build()
            .after(OrganisationSearch.cursor("international association of prosecutors", id));

    assertThat(OrganisationSearch.sortKey(anOrganisation().build()))
        .isEqualTo("international association of prosecutors");
    assertThat(
            OrganisationSearch.isAfterCursor(
                next, anOrganisation().name("Ministry of Justice").build()))
        .isTrue();
    assertThat(
            OrganisationSearch.isAfterCursor(
                next, anOrganisation().name("Council of Europe").build()))
        .isFalse();
    assertThat(
            OrganisationSearch.isAfterCursor(
                next, anOrganisation().id(OrganisationId.of(new UUID(3, 4))).build()))
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
