package org.coopkit.examples;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.coopkit.Coopkit;
import org.coopkit.model.CountryCode;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.ParticipantCount;
import org.coopkit.model.Topic;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.RoleAssignment;
import org.coopkit.model.contact.RoleType;
import org.coopkit.model.contact.Visibility;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventDates;
import org.coopkit.model.event.EventStatus;
import org.coopkit.model.event.EventType;
import org.coopkit.model.event.KeyMessage;
import org.coopkit.model.event.Organiser;
import org.coopkit.model.event.OrganiserRole;
import org.coopkit.model.event.Participation;
import org.coopkit.model.event.Venue;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.organisation.OrganisationType;
import org.coopkit.model.project.Component;
import org.coopkit.model.project.CooperationFramework;
import org.coopkit.model.project.OrganisationRole;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectOrganisation;
import org.coopkit.model.project.ProjectStatus;

/**
 * The Cybercrime EAP II project as its public page describes it, built with coopkit's public API
 * and stored through the services: the framework, six countries, two components, the Baku regional
 * conference of October 2017 with its co-organisers, participants and key messages, and the
 * secretariat, and where its facts come from ({@link SeedSources}). The wording is ours; the facts
 * are the page's.
 */
public final class SeedProject {
  /** The project's code. */
  public static final String CODE = "cybercrime-eap-ii";

  /** How participating countries were named on the page, one of them by a former name. */
  static final List<String> PARTICIPANT_COUNTRY_NAMES =
      List.of(
          "Albania",
          "Azerbaijan",
          "Belarus",
          "Bosnia and Herzegovina",
          "Georgia",
          "Iran",
          "Moldova",
          "Montenegro",
          "Serbia",
          "“the former Yugoslav Republic of Macedonia”",
          "Turkey",
          "Ukraine");

  private SeedProject() {}

  /** What was stored. */
  public record Stored(
      Project project,
      Event conference,
      List<Contact> secretariat,
      List<Organisation> organisations) {}

  /** Stores the seed project and everything around it; returns what was stored. */
  public static Stored store(Coopkit coopkit) {
    Organisation coe =
        coopkit
            .organisations()
            .register(
                Organisation.builder()
                    .id(coopkit.ids().newOrganisationId())
                    .name("Council of Europe")
                    .acronym("CoE")
                    .type(OrganisationType.INTERNATIONAL_ORGANISATION)
                    .build());
    Organisation eu =
        coopkit
            .organisations()
            .register(
                Organisation.builder()
                    .id(coopkit.ids().newOrganisationId())
                    .name("European Union")
                    .acronym("EU")
                    .type(OrganisationType.INTERNATIONAL_ORGANISATION)
                    .build());
    Organisation cproc =
        coopkit
            .organisations()
            .register(
                Organisation.builder()
                    .id(coopkit.ids().newOrganisationId())
                    .name("Cybercrime Programme Office of the Council of Europe")
                    .acronym("C-PROC")
                    .type(OrganisationType.INTERNATIONAL_ORGANISATION)
                    .parent(coe.id())
                    .build());
    Organisation iap =
        coopkit
            .organisations()
            .register(
                Organisation.builder()
                    .id(coopkit.ids().newOrganisationId())
                    .name("International Association of Prosecutors")
                    .acronym("IAP")
                    .type(OrganisationType.PROSECUTION_SERVICE)
                    .build());
    Organisation acd =
        coopkit
            .organisations()
            .register(
                Organisation.builder()
                    .id(coopkit.ids().newOrganisationId())
                    .name(
                        LocalizedText.builder()
                            .put(
                                "en",
                                "Anti-Corruption Directorate, Prosecutor General's Office of Azerbaijan")
                            .put(
                                "az",
                                "Azərbaycan Respublikası Baş Prokurorluğu yanında Korrupsiyaya qarşı "
                                    + "mübarizə baş idarəsi")
                            .build())
                    .type(OrganisationType.PROSECUTION_SERVICE)
                    .country(CountryCode.of("AZ"))
                    .build());

    Project project =
        coopkit
            .projects()
            .create(
                Project.builder()
                    .id(coopkit.ids().newProjectId())
                    .code(CODE)
                    .title("Cybercrime EAP II")
                    .acronym("EAP II")
                    .aims(
                        LocalizedText.of(
                            "Make regional and international cooperation against cybercrime,"
                                + " and on electronic evidence, work better."))
                    .summary(
                        LocalizedText.of(
                            "A joint EU and Council of Europe project with the six"
                                + " Eastern Partnership countries on cooperation against cybercrime."))
                    .status(ProjectStatus.CLOSED)
                    .framework(
                        new CooperationFramework(
                            "pcf-eap",
                            LocalizedText.of(
                                "European Union and"
                                    + " Council of Europe Programmatic Cooperation Framework for the Eastern Partnership"),
                            "PCF"))
                    // the page names the programme too: a second framework, not a choice of one
                    .addFramework(
                        CooperationFramework.of("pgg", "Partnership for Good Governance", "PGG"))
                    .addCountry(CountryCode.of("AM"))
                    .addCountry(CountryCode.of("AZ"))
                    .addCountry(CountryCode.of("BY"))
                    .addCountry(CountryCode.of("GE"))
                    .addCountry(CountryCode.of("MD"))
                    .addCountry(CountryCode.of("UA"))
                    .addOrganisation(ProjectOrganisation.of(eu.id(), OrganisationRole.FUNDING))
                    .addOrganisation(ProjectOrganisation.of(coe.id(), OrganisationRole.FUNDING))
                    .addOrganisation(
                        ProjectOrganisation.of(coe.id(), OrganisationRole.IMPLEMENTING))
                    .addComponent(
                        Component.builder()
                            .id(coopkit.ids().newComponentId())
                            .code("1")
                            .title(
                                "Better mutual legal assistance in international cooperation on cybercrime"
                                    + " and electronic evidence")
                            .build())
                    .addComponent(
                        Component.builder()
                            .id(coopkit.ids().newComponentId())
                            .code("2")
                            .title("A stronger role for 24/7 points of contact")
                            .build())
                    .build());

    Event conference =
        coopkit
            .events()
            .create(
                Event.builder()
                    .id(coopkit.ids().newEventId())
                    .addProject(project.id())
                    .title("Regional Cybercrime Conference")
                    .type(EventType.CONFERENCE)
                    .status(EventStatus.HELD)
                    .dates(
                        EventDates.of(
                            LocalDate.of(2017, 10, 9),
                            LocalDate.of(2017, 10, 11),
                            ZoneId.of("Asia/Baku")))
                    .venue(Venue.of("Baku", CountryCode.of("AZ")))
                    .addOrganiser(Organiser.of(cproc.id(), OrganiserRole.ORGANISER))
                    .addOrganiser(Organiser.of(iap.id(), OrganiserRole.CO_ORGANISER))
                    .addOrganiser(Organiser.of(acd.id(), OrganiserRole.CO_ORGANISER))
                    .participation(
                        Participation.of(ParticipantCount.exactly(93), participantCountries()))
                    .topics(topics())
                    .keyMessages(keyMessages())
                    .build());

    List<Contact> secretariat =
        List.of(
            secretariatMember(
                coopkit,
                coe,
                project,
                "Alexander Seger",
                "SEGER, Alexander",
                "Executive Secretary",
                RoleType.EXECUTIVE_SECRETARY),
            secretariatMember(
                coopkit,
                coe,
                project,
                "Jan Kralik",
                "KRALIK, Jan",
                "Programme Manager",
                RoleType.PROGRAMME_MANAGER),
            secretariatMember(
                coopkit,
                coe,
                project,
                "Céline Dewaele",
                "DEWAELE, Céline",
                "Programme Assistant",
                RoleType.PROGRAMME_ASSISTANT));
    SeedSources.record(coopkit, project, conference);
    return new Stored(project, conference, secretariat, List.of(coe, eu, cproc, iap, acd));
  }

  /** The twelve countries, found from the names the page used. */
  static Set<CountryCode> participantCountries() {
    return PARTICIPANT_COUNTRY_NAMES.stream()
        .map(
            name ->
                CountryCode.fromName(name)
                    .orElseThrow(() -> new IllegalStateException("unknown country name: " + name)))
        .collect(java.util.stream.Collectors.toSet());
  }

  private static Set<Topic> topics() {
    return List.of(
            "cybercrime",
            "electronic evidence",
            "darknet investigations",
            "virtual currencies",
            "online money laundering",
            "fight against corruption",
            "digital forensics",
            "international cooperation",
            "capacity building")
        .stream()
        .map(Topic::of)
        .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
  }

  private static List<KeyMessage> keyMessages() {
    return List.of(
        KeyMessage.adopted(
            "Cyberattacks keep growing into a global threat; this makes the"
                + " Council of Europe's Convention on Cybercrime all the more relevant, for national"
                + " laws, for cooperation between states and for building capacity worldwide."),
        KeyMessage.adopted(
            "Training and conferences remain among the most effective forms of"
                + " capacity building; events run by several stakeholders together deserve support."),
        KeyMessage.adopted(
            "Online money laundering is a major problem: prosecutors and police"
                + " should work with financial intelligence units and follow the money."),
        KeyMessage.adopted(
            "Virtual currencies are spreading on darknet markets; law enforcement"
                + " needs more knowledge and skills to investigate, trace and seize them."),
        KeyMessage.adopted(
            "Investigating cybercrime needs a structured, scientific approach to"
                + " digital forensics, and the Council of Europe's guidance on electronic evidence"
                + " can serve as the model."),
        KeyMessage.adopted(
            "Cybercrime is the most transnational of crimes; the Budapest"
                + " Convention remains the key standard for cooperation, and the gap between 24/7"
                + " police cooperation and mutual legal assistance must be closed."),
        KeyMessage.adopted(
            "Money laundering and corruption are now often committed with"
                + " information technology, so electronic evidence matters for investigating them."));
  }

  private static Contact secretariatMember(
      Coopkit coopkit,
      Organisation coe,
      Project project,
      String name,
      String sortName,
      String title,
      RoleType role) {
    return coopkit
        .contacts()
        .create(
            Contact.builder()
                .id(coopkit.ids().newContactId())
                .displayName(name)
                .sortName(sortName)
                .jobTitle(title)
                .organisation(coe.id())
                .unit("T-CY Secretariat")
                .visibility(Visibility.PUBLIC)
                .addRole(
                    RoleAssignment.builder()
                        .id(coopkit.ids().newRoleId())
                        .type(role)
                        .title(title)
                        .project(project.id())
                        .organisation(coe.id())
                        .build())
                .build());
  }
}
