package org.coopkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.coopkit.Coopkit;
import org.coopkit.model.CountryCode;
import org.coopkit.model.ParticipantCount;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.RoleType;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.KeyMessage;
import org.coopkit.model.event.OrganiserRole;
import org.coopkit.model.project.Project;
import org.coopkit.storage.memory.MemoryStorage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The seed page, built from the public API alone, holds every fact the page states. */
class SeedProjectTest {
  private Coopkit coopkit;
  private SeedProject.Stored seed;

  @BeforeEach
  void storeTheSeedProject() {
    coopkit = Coopkit.builder().storage(MemoryStorage.create()).build();
    seed = SeedProject.store(coopkit);
  }

  @Test
  void theProjectHasItsFrameworkSixCountriesAndTwoComponents() {
    Project project = coopkit.projects().findByCode("Cybercrime-EAP-II").orElseThrow();

    assertThat(project).isEqualTo(seed.project());
    assertThat(project.framework()).isNotNull();
    assertThat(project.framework().acronym()).isEqualTo("PCF");
    assertThat(project.countryCodes())
        .extracting(CountryCode::alpha2)
        .containsExactly("AM", "AZ", "BY", "GE", "MD", "UA");
    assertThat(project.components()).hasSize(2);
    assertThat(project.components().get(1).title().english()).contains("24/7");
  }

  @Test
  void theBakuConferenceHasThreeOrganisersAnd93ParticipantsFromTwelveCountries() {
    Event conference = coopkit.events().get(seed.conference().id());

    assertThat(conference.dates().firstDay()).isEqualTo(LocalDate.of(2017, 10, 9));
    assertThat(conference.dates().lastDay()).isEqualTo(LocalDate.of(2017, 10, 11));
    assertThat(conference.venue().city()).isEqualTo("Baku");
    assertThat(conference.venue().country()).isEqualTo(CountryCode.of("AZ"));
    assertThat(conference.organisers()).hasSize(3);
    assertThat(conference.organisers())
        .filteredOn(o -> o.role() == OrganiserRole.CO_ORGANISER)
        .hasSize(2);
    assertThat(conference.participation().total()).isEqualTo(ParticipantCount.exactly(93));
    assertThat(conference.participation().countries())
        .hasSize(12)
        .contains(CountryCode.of("MK"), CountryCode.of("TR"), CountryCode.of("IR"));
    assertThat(conference.topics()).hasSize(9);
    assertThat(conference.keyMessages()).hasSize(7).allMatch(KeyMessage::adopted);
  }

  @Test
  void theSecretariatHasThreePeopleInTheirRoles() {
    assertThat(seed.secretariat())
        .extracting(Contact::jobTitle)
        .containsExactly("Executive Secretary", "Programme Manager", "Programme Assistant");
    assertThat(seed.secretariat())
        .flatExtracting(Contact::roles)
        .extracting(r -> r.type())
        .containsExactly(
            RoleType.EXECUTIVE_SECRETARY, RoleType.PROGRAMME_MANAGER, RoleType.PROGRAMME_ASSISTANT);
    assertThat(seed.secretariat()).allMatch(c -> "T-CY Secretariat".equals(c.unit()));
  }

  @Test
  void thePageShowsProjectCountriesComponentsEventAndSecretariat() {
    String page = new ProjectPage(coopkit, Locale.ENGLISH).render(SeedProject.CODE);

    assertThat(page)
        .contains("Cybercrime EAP II (EAP II)")
        .contains("Armenia, Azerbaijan, Belarus, Georgia, Moldova, Ukraine")
        .contains("Regional Cybercrime Conference")
        .contains("9–11 October 2017, Baku, Azerbaijan")
        .contains("Part of: European Union and Council of Europe Programmatic Cooperation")
        .contains("(PCF); Partnership for Good Governance (PGG)")
        .contains(
            "Organisers: Cybercrime Programme Office of the Council of Europe (C-PROC), organiser;")
        .contains("Participants: 93 from 12 countries")
        // named as in 2017, the year of the conference
        .contains("the former Yugoslav Republic of Macedonia")
        .contains("Turkey")
        .doesNotContain("North Macedonia")
        .containsSubsequence(
            "Alexander Seger, Executive Secretary",
            "Jan Kralik, Programme Manager",
            "Céline Dewaele, Programme Assistant (T-CY Secretariat)");
  }

  @Test
  void theDashboardCountsTheConferenceItsParticipantsAndAdoptedMessages() {
    String dashboard = new DashboardPage(coopkit).render(SeedProject.CODE);

    assertThat(dashboard)
        .contains("events: 1 event with 93 participants")
        .contains("by year: 2017: 1 event")
        .contains("participants by country: the events give no count per country")
        .contains("countries reached: 12")
        .contains("key messages adopted: 7");
  }
}
