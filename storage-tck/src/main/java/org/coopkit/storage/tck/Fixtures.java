package org.coopkit.storage.tck;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.coopkit.model.CountryCode;
import org.coopkit.model.EmailAddress;
import org.coopkit.model.ExternalId;
import org.coopkit.model.IdGenerator;
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
import org.coopkit.model.event.EventSeries;
import org.coopkit.model.event.EventStatus;
import org.coopkit.model.event.EventType;
import org.coopkit.model.event.KeyMessage;
import org.coopkit.model.event.Organiser;
import org.coopkit.model.event.OrganiserRole;
import org.coopkit.model.event.Participation;
import org.coopkit.model.event.ReportedFigure;
import org.coopkit.model.event.Venue;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.organisation.OrganisationType;
import org.coopkit.model.project.BudgetLine;
import org.coopkit.model.project.BudgetStatus;
import org.coopkit.model.project.BudgetType;
import org.coopkit.model.project.Component;
import org.coopkit.model.project.ComponentId;
import org.coopkit.model.project.CooperationFramework;
import org.coopkit.model.project.CountryRole;
import org.coopkit.model.project.EndDateExtension;
import org.coopkit.model.project.FundingKind;
import org.coopkit.model.project.FundingLine;
import org.coopkit.model.project.OrganisationRole;
import org.coopkit.model.project.ParticipatingCountry;
import org.coopkit.model.project.PolicyMarker;
import org.coopkit.model.project.PolicyMarkerCode;
import org.coopkit.model.project.PolicySignificance;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectDates;
import org.coopkit.model.project.ProjectId;
import org.coopkit.model.project.ProjectOrganisation;
import org.coopkit.model.project.ProjectRelation;
import org.coopkit.model.project.ProjectStatus;
import org.coopkit.model.project.RelationType;
import org.coopkit.model.project.Sector;
import org.coopkit.model.project.SectorVocabulary;
import org.jspecify.annotations.Nullable;

/**
 * Valid aggregates and values for tests, made fresh on every call: new ids, and codes and tokens
 * that no other call returns, so that tests sharing a store never collide.
 *
 * <p>Aggregates come unstored (version 0); adjust them with {@code toBuilder()}. The ones that
 * refer to others (an event's project, a contact's employer) take those as arguments: store the
 * referenced aggregates first.
 *
 * @since 0.1.0
 */
public final class Fixtures {
  /** The day {@link #eventOf} events take place on. */
  public static final LocalDate SOME_DAY = LocalDate.of(2025, 5, 14);

  private static final IdGenerator IDS = IdGenerator.timeOrdered();
  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
  private static final String LETTERS_AND_DIGITS = LETTERS + "0123456789";

  /** Code points used by {@link #text(int)}: several scripts, and emoji outside the BMP. */
  private static final int[] MIXED_SCRIPTS =
      "Céline Ağayeva Սևան მთა Київ ✓ 🔐 עברית عربي 👩‍💻 ".codePoints().toArray();

  private Fixtures() {}

  // Ids, codes and tokens.

  /**
   * A fresh project id, never returned before.
   *
   * @return a new time-ordered project id
   */
  public static ProjectId newProjectId() {
    return ProjectId.of(IDS.next());
  }

  /**
   * A fresh component id, never returned before.
   *
   * @return a new time-ordered component id
   */
  public static ComponentId newComponentId() {
    return ComponentId.of(IDS.next());
  }

  /**
   * A fresh event id, never returned before.
   *
   * @return a new time-ordered event id
   */
  public static EventId newEventId() {
    return EventId.of(IDS.next());
  }

  /**
   * A fresh contact id, never returned before.
   *
   * @return a new time-ordered contact id
   */
  public static ContactId newContactId() {
    return ContactId.of(IDS.next());
  }

  /**
   * A fresh role id, never returned before.
   *
   * @return a new time-ordered role id
   */
  public static RoleId newRoleId() {
    return RoleId.of(IDS.next());
  }

  /**
   * A fresh organisation id, never returned before.
   *
   * @return a new time-ordered organisation id
   */
  public static OrganisationId newOrganisationId() {
    return OrganisationId.of(IDS.next());
  }

  /**
   * A project code no other call returns, e.g. {@code tck-k3v9x0q1m2ab}.
   *
   * @return a valid, unique project code
   */
  public static String uniqueCode() {
    return "tck-" + random(LETTERS_AND_DIGITS, 12);
  }

  /**
   * A word of twelve lower-case ASCII letters that no other call returns, e.g. {@code
   * qxwmbcoaezfy}: put it in a text to find exactly that aggregate with a free-text or name filter.
   * It folds to itself.
   *
   * @return a unique search token
   */
  public static String uniqueToken() {
    return "q" + random(LETTERS, 11);
  }

  /**
   * A topic no other call returns.
   *
   * @return a unique topic
   */
  public static Topic uniqueTopic() {
    return Topic.of("topic " + uniqueToken());
  }

  /**
   * A cooperation framework with a code no other call returns.
   *
   * @return a framework with a unique code and an English name
   */
  public static CooperationFramework uniqueFramework() {
    return CooperationFramework.of(
        "fw-" + random(LETTERS_AND_DIGITS, 12), "Framework " + uniqueToken(), null);
  }

  /**
   * A text of exactly {@code length} UTF-16 characters mixing Latin with diacritics, Azerbaijani,
   * Armenian, Georgian, Cyrillic, Hebrew, Arabic and emoji (whose surrogate pairs are never split);
   * it neither starts nor ends with a space and is in Unicode NFC, so the model keeps it as it is.
   *
   * @param length the exact length in UTF-16 characters
   * @return the text, neither starting nor ending with white space
   * @throws IllegalArgumentException if {@code length} is less than 1
   */
  public static String text(int length) {
    if (length < 1) {
      throw new IllegalArgumentException("length must be positive: " + length);
    }
    StringBuilder text = new StringBuilder(length);
    int i = 0;
    while (text.length() < length) {
      int codePoint = MIXED_SCRIPTS[i++ % MIXED_SCRIPTS.length];
      if (text.length() + Character.charCount(codePoint) > length) {
        codePoint = 'x';
      }
      boolean atAnEnd = text.length() == 0 || text.length() == length - 1;
      if (Character.isWhitespace(codePoint) && atAnEnd) {
        codePoint = 'x';
      }
      text.appendCodePoint(codePoint);
    }
    return text.toString();
  }

  /**
   * A title in English (the given text), French, Armenian, Georgian, Russian, Azerbaijani,
   * Ukrainian, Arabic and Hebrew, with an emoji.
   *
   * @param english the English text
   * @return the text in nine languages
   */
  public static LocalizedText multilingual(String english) {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("en", english + " 🌍");
    texts.put("fr", "Coopération en matière de cybercriminalité — " + english);
    texts.put("hy", "Կիբեռհանցագործության դեմ համագործակցություն");
    texts.put("ka", "თანამშრომლობა კიბერდანაშაულის წინააღმდეგ");
    texts.put("ru", "Сотрудничество в борьбе с киберпреступностью");
    texts.put("az", "Kibercinayətkarlığa qarşı əməkdaşlıq");
    texts.put("uk", "Співпраця у протидії кіберзлочинності");
    texts.put("ar", "التعاون في مكافحة الجرائم الإلكترونية");
    texts.put("he", "שיתוף פעולה במאבק בפשיעת סייבר");
    return LocalizedText.of(texts);
  }

  /**
   * A text in the given languages, in the given order: {@code localized("en", "Hello", "hy",
   * "Բարեւ")}.
   *
   * @param tagsAndTexts language tags alternating with the texts in those languages
   * @return the localized text
   * @throws IllegalArgumentException if the arguments do not come in pairs
   */
  public static LocalizedText localized(String... tagsAndTexts) {
    if (tagsAndTexts.length == 0 || tagsAndTexts.length % 2 != 0) {
      throw new IllegalArgumentException("expected language tags and texts in pairs");
    }
    Map<String, String> texts = new LinkedHashMap<>();
    for (int i = 0; i < tagsAndTexts.length; i += 2) {
      texts.put(tagsAndTexts[i], tagsAndTexts[i + 1]);
    }
    return LocalizedText.of(texts);
  }

  // Projects.

  /**
   * A project in the pipeline with a unique code and title and nothing else.
   *
   * @return a valid project, not yet stored
   */
  public static Project anyProject() {
    String token = uniqueToken();
    return Project.builder()
        .id(newProjectId())
        .code(uniqueCode())
        .title("Project " + token)
        .build();
  }

  /**
   * A project with {@code count} components, coded {@code 1} to {@code count}.
   *
   * @param count how many components, zero or more
   * @return a valid project, not yet stored
   */
  public static Project projectWithComponents(int count) {
    Project.Builder project = anyProject().toBuilder();
    for (int i = 1; i <= count; i++) {
      project.addComponent(component(String.valueOf(i), "Component " + i));
    }
    return project.build();
  }

  /**
   * A component with a fresh id, the given code and an English title.
   *
   * @param code the component's code, or {@code null} for none
   * @param title its English title
   * @return the component
   */
  public static Component component(@Nullable String code, String title) {
    return Component.builder().id(newComponentId()).code(code).title(title).build();
  }

  /**
   * A component with a fresh id and a unique code.
   *
   * @return the component
   */
  public static Component anyComponent() {
    String token = uniqueToken();
    return component(token, "Component " + token);
  }

  /**
   * A project with every field set, in many languages and scripts: texts in nine languages,
   * multi-line summaries, dates of each precision, a framework, seven countries in different roles,
   * an organisation in two roles, a relation, a budget, funding lines (with and without an amount,
   * in two currencies), budget lines, sectors of two vocabularies, policy markers, signature and
   * launch dates, a duration and two end-date extensions, three components, links (one with a
   * Cyrillic path) and external identifiers.
   *
   * @param funder an organisation, funder and accountable
   * @param implementer an organisation, implementer
   * @param predecessor a project this one follows
   * @return a valid project, not yet stored
   */
  public static Project fullyPopulatedProject(
      OrganisationId funder, OrganisationId implementer, ProjectId predecessor) {
    String token = uniqueToken();
    return Project.builder()
        .id(newProjectId())
        .code(uniqueCode())
        .title(multilingual("Cooperation on Cybercrime " + token))
        .acronym("CyberEast")
        .summary(
            localized(
                "en", "Action on cybercrime for cyber resilience.\nSecond line,\twith a tab. 🔐",
                "hy", "Գործողություններ կիբեռհանցագործության դեմ",
                "ka", "ქმედებები კიბერდანაშაულის წინააღმდეგ"))
        .aims(LocalizedText.of("ru", "Укрепление потенциала органов уголовного правосудия"))
        .status(ProjectStatus.IMPLEMENTATION)
        .dates(
            ProjectDates.builder()
                .plannedStart(PartialDate.ofMonth(2019, 6))
                .plannedEnd(PartialDate.ofYear(2022))
                .actualStart(PartialDate.of(2019, 6, 15))
                .actualEnd(PartialDate.of(2023, 12, 31))
                .signed(PartialDate.of(2019, 5, 28))
                .launched(PartialDate.ofMonth(2019, 9))
                .durationMonths(30)
                .addExtension(
                    new EndDateExtension(
                        PartialDate.ofYear(2022),
                        PartialDate.ofMonth(2023, 6),
                        PartialDate.ofMonth(2021, 11),
                        "Steering committee — продление №1"))
                .addExtension(
                    EndDateExtension.of(PartialDate.ofMonth(2023, 6), PartialDate.of(2023, 12, 31)))
                .build())
        .framework(
            new CooperationFramework(
                uniqueFramework().code(), multilingual("Partnership for Good Governance"), "PGG"))
        .addFramework(
            new CooperationFramework(
                uniqueFramework().code(), LocalizedText.of("fr", "Programme conjoint"), null))
        .addCountry(CountryCode.of("AM"))
        .addCountry(
            ParticipatingCountry.builder()
                .country(CountryCode.of("AZ"))
                .validUntil(PartialDate.ofMonth(2020, 12))
                .build())
        .addCountry(
            ParticipatingCountry.builder()
                .country(CountryCode.of("AZ"))
                .validFrom(PartialDate.ofYear(2022))
                .note("Returned after a pause; footnote ¹ as the source prints it")
                .build())
        .addCountry(CountryCode.of("GE"))
        .addCountry(ParticipatingCountry.of(CountryCode.of("MD"), CountryRole.PARTNER))
        .addCountry(CountryCode.of("UA"))
        .addCountry(ParticipatingCountry.of(CountryCode.of("BY"), CountryRole.OBSERVER))
        .addCountry(
            ParticipatingCountry.builder()
                .country(CountryCode.of("XK"))
                .role(CountryRole.OTHER)
                .validFrom(PartialDate.of(2020, 3, 2))
                .note(
                    "This designation is without prejudice to positions on status, and is in line"
                        + " with UNSCR 1244/1999 and the ICJ Opinion on the Kosovo declaration of"
                        + " independence.")
                .build())
        .addOrganisation(ProjectOrganisation.of(funder, OrganisationRole.FUNDING))
        .addOrganisation(ProjectOrganisation.of(implementer, OrganisationRole.IMPLEMENTING))
        .addOrganisation(ProjectOrganisation.of(funder, OrganisationRole.ACCOUNTABLE))
        .addRelation(ProjectRelation.of(predecessor, RelationType.PREDECESSOR))
        .budget(Money.of(new BigDecimal("5330000.50"), "EUR"))
        .addFunding(
            new FundingLine(
                funder,
                Money.of("4264000.40", "EUR"),
                new BigDecimal("80"),
                FundingKind.GRANT,
                PartialDate.ofMonth(2019, 6),
                PartialDate.of(2023, 12, 31)))
        .addFunding(
            new FundingLine(
                implementer, null, new BigDecimal("19.99"), FundingKind.CONTRIBUTION, null, null))
        .addFunding(FundingLine.of(funder, Money.of("250000", "USD"), FundingKind.PLEDGE))
        .addBudget(BudgetLine.wholePeriod(Money.of("5330000.50", "EUR")))
        .addBudget(
            new BudgetLine(
                Money.of("1200000", "EUR"), 2020, BudgetType.REVISED, BudgetStatus.INDICATIVE))
        .addBudget(
            new BudgetLine(
                Money.of("900000", "JPY"), 2021, BudgetType.ORIGINAL, BudgetStatus.COMMITTED))
        .addSector(Sector.dacPurpose("15130", new BigDecimal("60")))
        .addSector(Sector.dacPurpose("15210", new BigDecimal("40.00")))
        .addSector(new Sector(SectorVocabulary.OECD_DAC_3, "151", null))
        .addPolicyMarker(
            PolicyMarker.of(
                PolicyMarkerCode.GOOD_GOVERNANCE, PolicySignificance.PRINCIPAL_OBJECTIVE))
        .addPolicyMarker(
            PolicyMarker.of(
                PolicyMarkerCode.GENDER_EQUALITY, PolicySignificance.SIGNIFICANT_OBJECTIVE))
        .addPolicyMarker(
            PolicyMarker.of(PolicyMarkerCode.DISABILITY, PolicySignificance.NOT_TARGETED))
        .addComponent(
            Component.builder()
                .id(newComponentId())
                .code("1")
                .title(multilingual("Criminal law"))
                .objective(LocalizedText.of("az", "Cinayət qanunvericiliyinin təkmilləşdirilməsi"))
                .addExpectedResult(
                    LocalizedText.of("Legislation in line with the Budapest Convention"))
                .addExpectedResult(LocalizedText.of("hy", "Օրենսդրության բարեփոխում"))
                .build())
        .addComponent(component("mla", "Международное сотрудничество"))
        .addComponent(component(null, "მეორე კომპონენტი ✓"))
        .addLink(
            Link.of(
                "https://www.coe.int/en/web/cybercrime/cybereast", "CyberEast", Link.Kind.WEB_PAGE))
        .addLink(
            Link.of("https://example.org/документы/отчёт?lang=ru&q=a%20b", null, Link.Kind.REPORT))
        .addExternalId(ExternalId.of("iati", "XM-DAC-47066-" + token))
        .addExternalId(ExternalId.of("donor-db", "ПРОЕКТ-42/" + token))
        .build();
  }

  // Organisations.

  /**
   * An organisation of type OTHER with a unique name and nothing else.
   *
   * @return a valid organisation, not yet stored
   */
  public static Organisation anyOrganisation() {
    return Organisation.builder()
        .id(newOrganisationId())
        .name("Organisation " + uniqueToken())
        .build();
  }

  /**
   * A unit of {@code parent} with a unique name.
   *
   * @param parent the parent organisation, which must be stored before the unit
   * @return a valid unit, not yet stored
   */
  public static Organisation unitOf(OrganisationId parent) {
    return anyOrganisation().toBuilder().parent(parent).build();
  }

  /**
   * An organisation with every field set: a name in five scripts, an acronym, a type, a country,
   * links and external identifiers.
   *
   * @param parent the organisation it is a unit of, or {@code null}
   * @return a valid organisation, not yet stored
   */
  public static Organisation fullyPopulatedOrganisation(@Nullable OrganisationId parent) {
    String token = uniqueToken();
    return Organisation.builder()
        .id(newOrganisationId())
        .name(
            localized(
                "en", "Cybercrime Programme Office " + token,
                "fr", "Bureau du programme sur la cybercriminalité",
                "ro", "Oficiul Programului privind Criminalitatea Informatică",
                "hy", "Կիբեռհանցագործության ծրագրերի գրասենյակ",
                "ar", "مكتب برنامج الجرائم الإلكترونية"))
        .acronym("C-PROC")
        .type(OrganisationType.INTERNATIONAL_ORGANISATION)
        .country(CountryCode.of("RO"))
        .parent(parent)
        .addLink(Link.of("https://www.coe.int/cybercrime", "C-PROC", Link.Kind.WEB_PAGE))
        .addExternalId(ExternalId.of("iati-org", "XM-DAC-47066-" + token))
        .build();
  }

  // Events.

  /**
   * A scheduled in-person event of {@code project} on {@link #SOME_DAY}, without a venue yet.
   *
   * @param project the project, which must be stored before the event
   * @return a valid event, not yet stored
   */
  public static Event eventOf(ProjectId project) {
    return eventOn(project, SOME_DAY);
  }

  /**
   * A scheduled one-day event of {@code project}, without a venue yet.
   *
   * @param project the project, which must be stored before the event
   * @param day the event's only day
   * @return a valid event, not yet stored
   */
  public static Event eventOn(ProjectId project, LocalDate day) {
    return eventBetween(project, day, day);
  }

  /**
   * A scheduled event of {@code project} from {@code first} to {@code last}, without a venue.
   *
   * @param project the project, which must be stored before the event
   * @param first the event's first day
   * @param last the event's last day, not before the first
   * @return a valid event, not yet stored
   */
  public static Event eventBetween(ProjectId project, LocalDate first, LocalDate last) {
    return Event.builder()
        .id(newEventId())
        .addProject(project)
        .title("Event " + uniqueToken())
        .type(EventType.WORKSHOP)
        .dates(EventDates.of(first, last, null))
        .build();
  }

  /**
   * A scheduled one-day event of {@code project} in a city of {@code country}.
   *
   * @param project the project, which must be stored before the event
   * @param country the venue's country
   * @param day the event's only day
   * @return a valid event, not yet stored
   */
  public static Event eventIn(ProjectId project, CountryCode country, LocalDate day) {
    return eventOn(project, day).toBuilder().venue(Venue.of("Capital", country)).build();
  }

  /**
   * An event held by {@code project} with every field set: texts in nine languages, two of the
   * project's components, a time zone, a venue in Georgian script, two organisers, participation
   * with per-country counts and every other figure (countries, organisations, experts, a note),
   * topics in three scripts, key messages and links.
   *
   * @param project a project with at least two components
   * @param organiser an organisation, organiser and funder
   * @return a valid event, not yet stored
   */
  public static Event fullyPopulatedEvent(Project project, OrganisationId organiser) {
    String token = uniqueToken();
    return Event.builder()
        .id(newEventId())
        .addProject(project.id())
        .addComponent(project.components().get(0).id())
        .addComponent(project.components().get(1).id())
        .title(multilingual("Octopus Conference " + token))
        .type(EventType.CONFERENCE)
        .status(EventStatus.HELD)
        .dates(
            EventDates.of(
                LocalDate.of(2019, 10, 9), LocalDate.of(2019, 10, 11), ZoneId.of("Asia/Tbilisi")))
        .format(EventFormat.HYBRID)
        .venue(new Venue("Radisson Blu Iveria", "თბილისი", CountryCode.of("GE")))
        .addOrganiser(Organiser.of(organiser, OrganiserRole.ORGANISER))
        .addOrganiser(Organiser.of(organiser, OrganiserRole.FUNDER))
        .participation(
            Participation.builder()
                .total(ParticipantCount.moreThan(90))
                .countries(
                    Set.of(
                        CountryCode.of("AM"),
                        CountryCode.of("AZ"),
                        CountryCode.of("GE"),
                        CountryCode.of("MD"),
                        CountryCode.of("UA")))
                .byCountry(
                    Map.of(
                        CountryCode.of("GE"),
                        ParticipantCount.exactly(40),
                        CountryCode.of("AM"),
                        ParticipantCount.approximately(12)))
                .countryCount(ParticipantCount.exactly(7))
                .organisationCount(ParticipantCount.approximately(25))
                .experts(ParticipantCount.exactly(6))
                .note("from the attendance list, annoncé")
                .addReported(
                    ReportedFigure.of(
                        ParticipantCount.approximately(50),
                        "news item",
                        PartialDate.of(2017, 10, 12)))
                .addReported(
                    ReportedFigure.of(ParticipantCount.moreThan(80), "donor report, Q4", null))
                .build())
        .addTopic(Topic.of("Electronic evidence"))
        .addTopic(Topic.of("электронные доказательства"))
        .addTopic(Topic.of("ელექტრონული მტკიცებულება"))
        .addKeyMessage(KeyMessage.adopted("Ratify the Second Additional Protocol. ✓"))
        .addKeyMessage(
            new KeyMessage(
                localized(
                    "en", "Strengthen public-private cooperation",
                    "az", "Dövlət-özəl əməkdaşlığını gücləndirmək"),
                false))
        .description(
            localized(
                "en", "Three days of plenaries and workshops.\n\tAgenda attached. 📎",
                "ar", "ثلاثة أيام من الجلسات العامة وورش العمل",
                "he", "שלושה ימים של מליאות וסדנאות"))
        .addLink(Link.of("https://www.coe.int/octopus", "Octopus", Link.Kind.WEB_PAGE))
        .addLink(Link.of("https://example.org/agenda.pdf", Link.Kind.DOCUMENT))
        .series(EventSeries.of("Octopus-Conference", "Octopus Conference"))
        .addExternalId(ExternalId.of("coe-calendar", "octopus-2019-" + token))
        .addExternalId(ExternalId.of("iati-activity", "XM-DAC-41301-" + token))
        .build();
  }

  // Contacts.

  /**
   * An internal contact with a unique name and nothing else.
   *
   * @return a valid contact, not yet stored
   */
  public static Contact anyContact() {
    String token = uniqueToken();
    return contactNamed("Contact " + token, token + ", Contact");
  }

  /**
   * An internal contact with the given names and nothing else.
   *
   * @param displayName the name as shown
   * @param sortName the name as sorted
   * @return a valid contact, not yet stored
   */
  public static Contact contactNamed(String displayName, String sortName) {
    return Contact.builder().id(newContactId()).displayName(displayName).sortName(sortName).build();
  }

  /**
   * A role of {@code type} for {@code project}, open-ended.
   *
   * @param type the role's type
   * @param project the project it is for, which must be stored before the contact
   * @return the role assignment, with a fresh id
   */
  public static RoleAssignment role(RoleType type, ProjectId project) {
    return RoleAssignment.builder().id(newRoleId()).type(type).project(project).build();
  }

  /**
   * A focal-point role for {@code organisation}, open-ended.
   *
   * @param organisation the organisation it is for, which must be stored before the contact
   * @return the role assignment, with a fresh id
   */
  public static RoleAssignment roleFor(OrganisationId organisation) {
    return RoleAssignment.builder()
        .id(newRoleId())
        .type(RoleType.FOCAL_POINT)
        .organisation(organisation)
        .build();
  }

  /**
   * A 24/7 contact point role for {@code country}, held from {@code from} to {@code until}.
   *
   * @param country the country the contact point serves
   * @param from the first day the role is held, or {@code null} if open
   * @param until the last day the role is held, or {@code null} if open
   * @return the role assignment, with a fresh id
   */
  public static RoleAssignment contactPoint(
      CountryCode country, @Nullable LocalDate from, @Nullable LocalDate until) {
    return RoleAssignment.builder()
        .id(newRoleId())
        .type(RoleType.CONTACT_POINT_24_7)
        .country(country)
        .validFrom(from)
        .validUntil(until)
        .build();
  }

  /**
   * A public contact with every field set: names with diacritics and an emoji, an employer and
   * unit, two e-mail addresses, two phone numbers, four languages, four roles (one ended, one known
   * only from a seen-on date; units per role) and two external ids.
   *
   * @param employer the contact's organisation
   * @param project a project the contact manages
   * @return a valid contact, not yet stored
   */
  public static Contact fullyPopulatedContact(OrganisationId employer, ProjectId project) {
    String token = uniqueToken();
    return Contact.builder()
        .id(newContactId())
        .displayName("Céline Dewaele-Ağayeva " + token + " 👩‍💻")
        .sortName("Dewaele-Ağayeva, Céline " + token)
        .honorific("Dr")
        .jobTitle("Programme Manager – Cybercrime Programme Office")
        .organisation(employer)
        .unit("Octopus Project Unit")
        .addEmail(EmailAddress.of("celine.dewaele@Example.ORG"))
        .addEmail(EmailAddress.of("c.dewaele+" + token + "@coe.int"))
        .addPhone(PhoneNumber.of("+374 (91) 23-45.67"))
        .addPhone(PhoneNumber.of("0040 21 201 78 80"))
        .languages(List.of("en", "fr", "az", "hy-AM"))
        .visibility(Visibility.PUBLIC)
        .addRole(
            RoleAssignment.builder()
                .id(newRoleId())
                .type(RoleType.PROGRAMME_MANAGER)
                .title("Programme Manager, CyberEast")
                .project(project)
                .validFrom(LocalDate.of(2019, 6, 1))
                .seenOn(LocalDate.of(2022, 3, 1))
                .unit("Cybercrime Programme Office (C-PROC)")
                .build())
        .addRole(
            RoleAssignment.builder()
                .id(newRoleId())
                .type(RoleType.TRAINER)
                .project(project)
                .seenOn(LocalDate.of(2021, 11, 16))
                .unit("Octopus Project Unit")
                .build())
        .addExternalId(ExternalId.of("staff", "E-" + token))
        .addExternalId(ExternalId.of("orcid", "0000-0002-1825-" + token))
        .addRole(
            RoleAssignment.builder()
                .id(newRoleId())
                .type(RoleType.EXPERT)
                .organisation(employer)
                .validFrom(LocalDate.of(2015, 1, 1))
                .validUntil(LocalDate.of(2019, 5, 31))
                .build())
        .addRole(contactPoint(CountryCode.of("AZ"), LocalDate.of(2020, 1, 1), null))
        .build();
  }

  private static String random(String alphabet, int length) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return s.toString();
  }
}
