package org.coopkit.json;

import static org.coopkit.storage.tck.Fixtures.localized;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.coopkit.model.CountryCode;
import org.coopkit.model.EmailAddress;
import org.coopkit.model.ExternalId;
import org.coopkit.model.Link;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.Money;
import org.coopkit.model.PartialDate;
import org.coopkit.model.ParticipantCount;
import org.coopkit.model.PhoneNumber;
import org.coopkit.model.Topic;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.ContactId;
import org.coopkit.model.contact.RoleAssignment;
import org.coopkit.model.contact.RoleId;
import org.coopkit.model.contact.RoleType;
import org.coopkit.model.contact.Visibility;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventDates;
import org.coopkit.model.event.EventFormat;
import org.coopkit.model.event.EventId;
import org.coopkit.model.event.EventStatus;
import org.coopkit.model.event.EventType;
import org.coopkit.model.event.KeyMessage;
import org.coopkit.model.event.Organiser;
import org.coopkit.model.event.OrganiserRole;
import org.coopkit.model.event.Participation;
import org.coopkit.model.event.Venue;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.organisation.OrganisationType;
import org.coopkit.model.project.Component;
import org.coopkit.model.project.ComponentId;
import org.coopkit.model.project.CooperationFramework;
import org.coopkit.model.project.CountryRole;
import org.coopkit.model.project.OrganisationRole;
import org.coopkit.model.project.ParticipatingCountry;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectDates;
import org.coopkit.model.project.ProjectId;
import org.coopkit.model.project.ProjectOrganisation;
import org.coopkit.model.project.ProjectRelation;
import org.coopkit.model.project.ProjectStatus;
import org.coopkit.model.project.RelationType;

/**
 * The records of {@value #DOCUMENT}, a {@code coopkit/1} document as coopkit 0.1 wrote it (by hand,
 * in 0.1's form: topics lower-cased, as 0.1 stored every topic), as the model values they stand
 * for, written here independently of the document. The same data set as storage-jdbc's 0.1 rows.
 *
 * <p>Two organisations (a unit and its parent), two projects (one with components, countries,
 * organisations, a relation, links and external ids; its predecessor), an event of the first with
 * lower-case topics, per-country counts and key messages, and a contact with two roles.
 */
final class Release01DataSet {
  /** The document, on the class path. */
  static final String DOCUMENT = "/org/coopkit/json/release-0.1-data-set.json";

  static final OrganisationId COUNCIL = OrganisationId.parse(id(1));
  static final OrganisationId OFFICE = OrganisationId.parse(id(2));
  static final ProjectId PREDECESSOR = ProjectId.parse(id(101));
  static final ProjectId PROJECT = ProjectId.parse(id(102));
  static final ComponentId ASSISTANCE = ComponentId.parse(id(201));
  static final ComponentId CONTACT_POINTS = ComponentId.parse(id(202));
  static final EventId CONFERENCE = EventId.parse(id(301));
  static final ContactId MANAGER = ContactId.parse(id(401));

  /** The topics of the conference as 0.1 wrote them: lower-cased, in the order given. */
  static final List<String> TOPIC_LABELS =
      List.of("electronic evidence", "darknet", "virtual currencies");

  private Release01DataSet() {}

  static Organisation council() {
    return Organisation.builder()
        .id(COUNCIL)
        .name(localized("en", "Council of Europe", "fr", "Conseil de l'Europe"))
        .acronym("CoE")
        .type(OrganisationType.INTERNATIONAL_ORGANISATION)
        .country(CountryCode.of("FR"))
        .addLink(Link.of("https://www.coe.int/", Link.Kind.WEB_PAGE))
        .version(1)
        .createdAt(Instant.parse("2017-03-01T09:00:00Z"))
        .updatedAt(Instant.parse("2017-03-01T09:00:00Z"))
        .build();
  }

  static Organisation office() {
    return Organisation.builder()
        .id(OFFICE)
        .name(
            localized(
                "en", "Cybercrime Programme Office",
                "fr", "Bureau du programme sur la cybercriminalité"))
        .acronym("C-PROC")
        .type(OrganisationType.INTERNATIONAL_ORGANISATION)
        .country(CountryCode.of("RO"))
        .parent(COUNCIL)
        .addExternalId(ExternalId.of("coe-entity", "C-PROC/Bucharest"))
        .version(2)
        .createdAt(Instant.parse("2017-03-01T09:05:00Z"))
        .updatedAt(Instant.parse("2018-01-15T10:30:00.123456Z"))
        .build();
  }

  static Project predecessor() {
    return Project.builder()
        .id(PREDECESSOR)
        .code("cybercrime-eap")
        .title("Cybercrime@EaP")
        .status(ProjectStatus.CLOSED)
        .dates(ProjectDates.planned(PartialDate.ofMonth(2011, 3), PartialDate.ofMonth(2014, 12)))
        .version(1)
        .createdAt(Instant.parse("2017-04-03T08:00:00Z"))
        .updatedAt(Instant.parse("2017-04-03T08:00:00Z"))
        .build();
  }

  static Project project() {
    return Project.builder()
        .id(PROJECT)
        .code("cybercrime-eap-ii")
        .acronym("EAP II")
        .title(localized("en", "Cybercrime EAP II", "fr", "Cybercriminalité PaP II"))
        .summary(
            LocalizedText.of(
                "International cooperation on cybercrime and electronic evidence in the Eastern"
                    + " Partnership."))
        .aims(LocalizedText.of("Better mutual legal assistance and stronger 24/7 contact points."))
        .status(ProjectStatus.IMPLEMENTATION)
        .dates(
            new ProjectDates(
                PartialDate.ofYear(2015),
                PartialDate.ofMonth(2017, 12),
                PartialDate.of(2015, 5, 1),
                PartialDate.ofMonth(2018, 6)))
        .framework(CooperationFramework.of("pgg", "Partnership for Good Governance", "PGG"))
        .countries(
            List.of(
                beneficiary("AM"),
                beneficiary("AZ"),
                beneficiary("BY"),
                beneficiary("GE"),
                beneficiary("MD"),
                beneficiary("UA")))
        .addOrganisation(ProjectOrganisation.of(COUNCIL, OrganisationRole.ACCOUNTABLE))
        .addOrganisation(ProjectOrganisation.of(OFFICE, OrganisationRole.IMPLEMENTING))
        .addRelation(ProjectRelation.of(PREDECESSOR, RelationType.PREDECESSOR))
        .budget(Money.of("800000.00", "EUR"))
        .addComponent(
            Component.builder()
                .id(ASSISTANCE)
                .code("1")
                .title("Mutual legal assistance")
                .objective(
                    LocalizedText.of(
                        "Faster mutual legal assistance on cybercrime and electronic evidence"))
                .addExpectedResult(
                    LocalizedText.of("Procedures for mutual legal assistance reviewed"))
                .addExpectedResult(LocalizedText.of("Templates for requests agreed"))
                .build())
        .addComponent(
            Component.builder().id(CONTACT_POINTS).code("2").title("24/7 contact points").build())
        .addLink(Link.of("https://www.coe.int/cybercrime", "Cybercrime EAP II", Link.Kind.WEB_PAGE))
        .addExternalId(ExternalId.of("iati", "XM-DAC-47066-EAP-II"))
        .addExternalId(ExternalId.of("coe-project", "3271"))
        .version(3)
        .createdAt(Instant.parse("2017-04-03T08:15:00Z"))
        .updatedAt(Instant.parse("2018-02-01T16:45:30.5Z"))
        .build();
  }

  static Event conference() {
    Event.Builder event =
        Event.builder()
            .id(CONFERENCE)
            .addProject(PROJECT)
            .addComponent(ASSISTANCE)
            .title("Regional Cybercrime Conference")
            .type(EventType.CONFERENCE)
            .status(EventStatus.HELD)
            .dates(
                EventDates.of(
                    LocalDate.of(2017, 10, 9), LocalDate.of(2017, 10, 11), ZoneId.of("Asia/Baku")))
            .format(EventFormat.IN_PERSON)
            .venue(new Venue(null, "Baku", CountryCode.of("AZ")))
            .addOrganiser(Organiser.of(OFFICE, OrganiserRole.ORGANISER))
            .participation(
                Participation.builder()
                    .total(ParticipantCount.exactly(93))
                    .addCountry(CountryCode.of("AZ"), ParticipantCount.approximately(40))
                    .addCountry(CountryCode.of("GE"), ParticipantCount.exactly(6))
                    .addCountry(CountryCode.of("UA"))
                    .build())
            .addKeyMessage(
                new KeyMessage(
                    LocalizedText.of(
                        "Follow the money online, with financial investigation units."),
                    true))
            .addKeyMessage(
                new KeyMessage(
                    LocalizedText.of(
                        "Bring 24/7 points of contact and mutual legal assistance closer."),
                    false))
            .description(
                LocalizedText.of(
                    "Prosecutors and investigators of the region on cybercrime and electronic"
                        + " evidence."))
            .addLink(Link.of("https://www.coe.int/cybercrime", Link.Kind.REPORT))
            .version(2)
            .createdAt(Instant.parse("2017-10-12T07:00:00Z"))
            .updatedAt(Instant.parse("2017-10-20T12:00:00.000001Z"));
    TOPIC_LABELS.forEach(label -> event.addTopic(Topic.of(label)));
    return event.build();
  }

  static Contact manager() {
    return Contact.builder()
        .id(MANAGER)
        .displayName("Erika Mustermann")
        .sortName("Mustermann, Erika")
        .honorific("Ms")
        .jobTitle("Programme Manager")
        .organisation(OFFICE)
        .unit("Cybercrime Programme Office")
        .addEmail(EmailAddress.of("erika.mustermann@example.org"))
        .addPhone(PhoneNumber.of("+40 21 123 45 67"))
        .languages(List.of("en", "ro"))
        .visibility(Visibility.PUBLIC)
        .addRole(
            RoleAssignment.builder()
                .id(RoleId.parse(id(501)))
                .type(RoleType.PROGRAMME_MANAGER)
                .title("Programme Manager, Cybercrime EAP II")
                .project(PROJECT)
                .validFrom(LocalDate.of(2015, 5, 1))
                .build())
        .addRole(
            RoleAssignment.builder()
                .id(RoleId.parse(id(502)))
                .type(RoleType.EXPERT)
                .organisation(OFFICE)
                .validFrom(LocalDate.of(2014, 1, 1))
                .validUntil(LocalDate.of(2015, 4, 30))
                .build())
        .version(1)
        .createdAt(Instant.parse("2017-05-02T10:00:00Z"))
        .updatedAt(Instant.parse("2017-05-02T10:00:00Z"))
        .build();
  }

  private static ParticipatingCountry beneficiary(String alpha2) {
    return ParticipatingCountry.of(CountryCode.of(alpha2), CountryRole.BENEFICIARY);
  }

  /** The ids of the document: {@code 018f0000-0000-7000-8000-} and {@code n} in twelve digits. */
  private static String id(int n) {
    return String.format("018f0000-0000-7000-8000-%012d", n);
  }
}
