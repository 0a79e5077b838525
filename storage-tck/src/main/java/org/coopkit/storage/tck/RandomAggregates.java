package org.coopkit.storage.tck;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
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
import org.jspecify.annotations.Nullable;

/**
 * A seeded generator of valid aggregates, unstored (version 0), for round-trip tests: the same seed
 * gives the same aggregates, ids included, so a failure can be replayed.
 *
 * <p>Texts mix Latin with diacritics, Azerbaijani, Cyrillic, Armenian, Georgian, Greek, Hebrew,
 * Arabic, Chinese, emoji, digits and punctuation, and long ones span lines; dates come at every
 * precision; optional values are sometimes absent and lists sometimes empty. Aggregates refer only
 * to the ids they are given, so store those first. Project codes carry the seed, so generators of
 * different seeds never make the same code; replaying a seed needs a store that has not seen it.
 *
 * <p>Not thread-safe: use one generator per thread.
 *
 * @since 0.1.0
 */
public final class RandomAggregates {
  private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
  private static final String DIGITS = "0123456789";
  private static final String[] ALPHABETS = {
    LOWER + LOWER.toUpperCase(Locale.ROOT),
    "àáâäãåçèéêëìíîïñòóôöõøùúûüýÿßĀāĂăĄąĆćČčĎďĐđĒēĘęĚěĞğĪīİıŁłŃńŇňŌōŐőŒœŘřŚśŞşŠšŢţŤť"
        + "ŪūŮůŰűŹźŻżŽžƏəÇÖÜ",
    "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюяЁёЇїЄєІіҐґ",
    range(0x0531, 0x0556) + range(0x0561, 0x0586),
    range(0x10D0, 0x10FA),
    "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩαβγδεζηθικλμνξοπρστυφχψως",
    range(0x05D0, 0x05EA),
    range(0x0621, 0x063A) + range(0x0641, 0x064A),
    range(0x4E00, 0x4E80),
    range(0x1F300, 0x1F3FF) + range(0x1F600, 0x1F64F),
    DIGITS,
    ".,;:!?-–—'\"()[]/&%@#€$£«»„“”’…",
  };
  private static final int[] ALPHABET_WEIGHTS = {8, 4, 3, 2, 2, 1, 1, 1, 1, 1, 2, 1};
  private static final List<String> LANGUAGES =
      List.of(
          "en", "fr", "de", "ru", "uk", "hy", "ka", "az", "ro", "tr", "sr-Latn", "el", "ar", "he",
          "pt-BR", "zh-Hant");

  /** OECD DAC purpose codes a governance programme uses. */
  private static final List<String> DAC_PURPOSES =
      List.of("15110", "15130", "15150", "15160", "15170", "15210", "15220", "22040");

  private static final List<String> CURRENCIES =
      List.of("EUR", "USD", "CHF", "JPY", "GBP", "BHD", "XAU");
  private static final List<String> ZONES =
      List.of(
          "Europe/Paris",
          "Asia/Yerevan",
          "Asia/Tbilisi",
          "Asia/Baku",
          "Europe/Chisinau",
          "UTC",
          "+04:00",
          "-03:30");
  private static final List<String> TOP_LEVEL_DOMAINS =
      List.of("org", "int", "eu", "am", "ge", "az", "md", "ua", "com");
  private static final List<String> HONORIFICS =
      List.of("Mr", "Ms", "Mx", "Dr", "Prof.", "Г-н", "Պրն.", "ქ-ნი");
  private static final List<CountryCode> COUNTRIES = List.copyOf(CountryCode.all());

  private final long seed;
  private final Random random;
  private int serial;

  /**
   * Draws participation's later figures (country, organisation and expert counts, the note) from a
   * stream of their own, so that adding them left every other value of a seed as it was: tests
   * chose their data around what a seed gives.
   */
  private @Nullable RandomAggregates figures;

  /** Draws the project records added in 0.2 ({@link #records()}); made when first needed. */
  private @Nullable RandomAggregates records;

  /**
   * Draws the values of people, places and frameworks over time (periods and notes of countries,
   * more frameworks, roles seen on a date, units per role, contacts' external ids and withheld
   * names) from a stream of their own, for the same reason as {@link #figures}.
   */
  private @Nullable RandomAggregates overTime;

  /**
   * A generator whose output is fixed by {@code seed}.
   *
   * @param seed the seed; the same seed gives the same sequence of values
   */
  public RandomAggregates(long seed) {
    this.seed = seed;
    this.random = new Random(seed);
  }

  /**
   * The seed this generator was made with.
   *
   * @return the seed, to be printed with a failure so the case can be replayed
   */
  public long seed() {
    return seed;
  }

  // Aggregates.

  /**
   * An organisation, a unit of one of {@code parents} about half the time.
   *
   * @param parents organisations that may be its parent; may be empty
   * @return a valid organisation with a fresh id, not yet stored
   */
  public Organisation organisation(List<OrganisationId> parents) {
    return Organisation.builder()
        .id(OrganisationId.of(uuid()))
        .name(localizedText(150, false))
        .acronym(chance(50) ? word(12) : null)
        .type(pick(OrganisationType.values()))
        .country(chance(60) ? country() : null)
        .parent(!parents.isEmpty() && chance(50) ? pick(parents) : null)
        .links(links())
        .externalIds(externalIds())
        .build();
  }

  /**
   * A project.
   *
   * @param organisations organisations it may name; may be empty
   * @param projects projects it may relate to; may be empty
   * @return a valid project with a fresh id and code, not yet stored
   */
  public Project project(List<OrganisationId> organisations, List<ProjectId> projects) {
    Project.Builder project =
        Project.builder()
            .id(ProjectId.of(uuid()))
            .code(code())
            .title(localizedText(200, false))
            .acronym(chance(60) ? word(16) : null)
            .summary(chance(70) ? localizedText(1_500, true) : null)
            .aims(chance(40) ? localizedText(800, true) : null)
            .status(pick(ProjectStatus.values()))
            .dates(projectDates())
            .framework(chance(50) ? framework() : null)
            .budget(chance(50) ? money() : null)
            .links(links())
            .externalIds(externalIds());
    RandomAggregates t = overTime();
    for (CountryCode country : distinct(COUNTRIES, random.nextInt(7))) {
      CountryRole role = pick(CountryRole.values());
      if (t.chance(60)) {
        project.addCountry(ParticipatingCountry.of(country, role));
        continue;
      }
      // A period, and sometimes a second one of the same country after a gap.
      LocalDate from = t.day();
      LocalDate until = from.plusDays(t.random.nextInt(1_500));
      project.addCountry(
          ParticipatingCountry.builder()
              .country(country)
              .role(role)
              .validFrom(t.chance(70) ? t.partial(from) : null)
              .validUntil(t.partial(until))
              .note(t.chance(40) ? t.text(200, true) : null)
              .build());
      if (t.chance(50)) {
        // The next year at the earliest, so that a partial end of the first period cannot reach it.
        LocalDate again = LocalDate.of(until.getYear() + 1 + t.random.nextInt(3), 1, 1);
        project.addCountry(
            ParticipatingCountry.builder()
                .country(country)
                .role(t.pick(CountryRole.values()))
                .validFrom(t.partial(again))
                .note(t.chance(30) ? t.text(200, false) : null)
                .build());
      }
    }
    for (CooperationFramework more : t.frameworks()) {
      if (project.build().frameworks().stream().noneMatch(f -> f.code().equals(more.code()))) {
        project.addFramework(more);
      }
    }
    Set<ProjectOrganisation> roles = new LinkedHashSet<>();
    for (int i = random.nextInt(5); i > 0 && !organisations.isEmpty(); i--) {
      roles.add(ProjectOrganisation.of(pick(organisations), pick(OrganisationRole.values())));
    }
    project.organisations(List.copyOf(roles));
    for (ProjectId related : distinct(projects, random.nextInt(4))) {
      project.addRelation(ProjectRelation.of(related, pick(RelationType.values())));
    }
    moneyAndSectors(project, organisations);
    int components = random.nextInt(6);
    for (int i = 0; i < components; i++) {
      project.addComponent(component(i));
    }
    return project.build();
  }

  /**
   * An event of one to three of {@code projects}, serving some of their components.
   *
   * @param projects stored projects, at least one
   * @param organisations organisations it may name as organisers; may be empty
   * @return a valid event with a fresh id, not yet stored
   * @throws IllegalArgumentException if {@code projects} is empty
   */
  public Event event(List<Project> projects, List<OrganisationId> organisations) {
    return event(projects, organisations, List.of());
  }

  /**
   * An event as {@link #event(List, List)} makes it, which may be part of one of {@code parents}
   * (one that is not a part itself), as a session of a conference.
   *
   * @param projects stored projects, at least one
   * @param organisations organisations it may name as organisers; may be empty
   * @param parents stored events it may be part of; may be empty
   * @return a valid event with a fresh id, not yet stored
   * @throws IllegalArgumentException if {@code projects} is empty
   * @since 0.2.0
   */
  public Event event(
      List<Project> projects, List<OrganisationId> organisations, List<Event> parents) {
    if (projects.isEmpty()) {
      throw new IllegalArgumentException("an event needs a project");
    }
    List<Project> holders = distinct(projects, 1 + random.nextInt(Math.min(3, projects.size())));
    List<ComponentId> offered = new ArrayList<>();
    holders.forEach(p -> p.components().forEach(c -> offered.add(c.id())));
    EventStatus status = pick(EventStatus.values());
    EventFormat format = pick(EventFormat.values());
    boolean needsVenue = status == EventStatus.HELD && format != EventFormat.ONLINE;
    Event.Builder event =
        Event.builder()
            .id(EventId.of(uuid()))
            .projects(holders.stream().map(Project::id).toList())
            .components(distinct(offered, random.nextInt(Math.min(3, offered.size()) + 1)))
            .title(localizedText(200, false))
            .type(pick(EventType.values()))
            .status(status)
            .dates(eventDates())
            .format(format)
            .venue(needsVenue || chance(50) ? venue() : null)
            .participation(participation())
            .description(chance(60) ? localizedText(2_000, true) : null)
            .links(links())
            .externalIds(chance(40) ? externalIds() : List.of())
            .series(chance(30) ? series() : null);
    List<Event> standalone = parents.stream().filter(p -> p.partOf() == null).toList();
    if (!standalone.isEmpty() && chance(30)) {
      event.partOf(pick(standalone).id());
    }
    Set<Organiser> organisers = new LinkedHashSet<>();
    for (int i = random.nextInt(4); i > 0 && !organisations.isEmpty(); i--) {
      organisers.add(Organiser.of(pick(organisations), pick(OrganiserRole.values())));
    }
    event.organisers(List.copyOf(organisers));
    for (int i = random.nextInt(5); i > 0; i--) {
      event.addTopic(Topic.of(text(40, false)));
    }
    for (int i = random.nextInt(4); i > 0; i--) {
      event.addKeyMessage(new KeyMessage(localizedText(400, true), random.nextBoolean()));
    }
    return event.build();
  }

  /**
   * A contact.
   *
   * @param organisations organisations it may work for or hold roles for; may be empty
   * @param projects projects it may hold roles for; may be empty
   * @return a valid contact with a fresh id, not yet stored
   */
  public Contact contact(List<OrganisationId> organisations, List<ProjectId> projects) {
    String displayName = text(80, false);
    Contact.Builder contact =
        Contact.builder()
            .id(ContactId.of(uuid()))
            .displayName(displayName)
            .sortName(chance(50) ? text(80, false) : displayName)
            .honorific(chance(40) ? pick(HONORIFICS) : null)
            .jobTitle(chance(50) ? text(120, false) : null)
            .organisation(!organisations.isEmpty() && chance(70) ? pick(organisations) : null)
            .unit(chance(30) ? text(60, false) : null)
            .languages(distinct(LANGUAGES, random.nextInt(5)))
            .visibility(pick(Visibility.values()));
    RandomAggregates t = overTime();
    // A position whose holder's name is not public, now and then.
    contact.externalIds(t.personExternalIds()).nameWithheld(t.chance(10));
    int emails = random.nextInt(4);
    for (int i = 0; i < emails; i++) {
      contact.addEmail(email(i));
    }
    Set<PhoneNumber> phones = new LinkedHashSet<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      phones.add(phone());
    }
    contact.phones(List.copyOf(phones));
    for (int i = random.nextInt(5); i > 0; i--) {
      contact.addRole(role(organisations, projects));
    }
    return contact.build();
  }

  /**
   * A role assignment scoped to one or more of a project, an organisation and a country.
   *
   * @param organisations organisations it may be for; may be empty
   * @param projects projects it may be for; may be empty
   * @return a valid role assignment with a fresh id
   */
  public RoleAssignment role(List<OrganisationId> organisations, List<ProjectId> projects) {
    RoleType type = pick(RoleType.values());
    boolean forProject = !projects.isEmpty() && chance(50);
    boolean forOrganisation = !organisations.isEmpty() && chance(40);
    boolean forCountry =
        type == RoleType.CONTACT_POINT_24_7 || chance(30) || (!forProject && !forOrganisation);
    LocalDate from = chance(70) ? day() : null;
    LocalDate until =
        chance(40) ? (from == null ? day() : from.plusDays(random.nextInt(2_000))) : null;
    RandomAggregates t = overTime();
    LocalDate seen = null;
    if (t.chance(20)) {
      // Known only from a dated listing.
      from = null;
      until = null;
      seen = t.day();
    } else if (t.chance(20)) {
      // Seen inside the period known.
      LocalDate first = from != null ? from : (until != null ? until.minusDays(500) : day());
      LocalDate last = until != null ? until : first.plusDays(500);
      seen = first.plusDays(t.random.nextInt((int) (last.toEpochDay() - first.toEpochDay()) + 1));
    }
    return RoleAssignment.builder()
        .id(RoleId.of(uuid()))
        .type(type)
        .title(chance(50) ? text(100, false) : null)
        .project(forProject ? pick(projects) : null)
        .organisation(forOrganisation ? pick(organisations) : null)
        .country(forCountry ? country() : null)
        .validFrom(from)
        .validUntil(until)
        .seenOn(seen)
        .unit(t.chance(30) ? t.text(60, false) : null)
        .build();
  }

  // Values.

  /**
   * A text of 1 to {@code maxLength} UTF-16 characters in mixed scripts, neither starting nor
   * ending with white space, in Unicode NFC.
   *
   * @param multiline whether it may contain line breaks and tabs
   * @param maxLength the longest text allowed, at least 1
   * @return the text
   */
  public String text(int maxLength, boolean multiline) {
    int target = 1 + random.nextInt(maxLength);
    StringBuilder text = new StringBuilder();
    while (true) {
      String word = word(12);
      String separator = text.length() == 0 ? "" : separator(multiline);
      if (text.length() + separator.length() + word.length() > target) {
        if (text.length() == 0) {
          text.append(word, 0, word.length() <= target ? word.length() : cut(word, target));
        }
        if (text.length() == 0) {
          text.append('x');
        }
        return text.toString();
      }
      text.append(separator).append(word);
    }
  }

  /**
   * A text in one to four languages, each of at most {@code maxLength} characters.
   *
   * @param maxLength the longest text allowed in each language, at least 1
   * @param multiline whether the texts may contain line breaks and tabs
   * @return the localized text
   */
  public LocalizedText localizedText(int maxLength, boolean multiline) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (String language : distinct(LANGUAGES, 1 + random.nextInt(4))) {
      texts.put(language, text(maxLength, multiline));
    }
    return LocalizedText.of(texts);
  }

  /**
   * A word of 1 to {@code maxLength} code points of one script.
   *
   * @param maxLength the longest word allowed, at least 1
   * @return the word
   */
  public String word(int maxLength) {
    int[] alphabet = alphabet();
    int length = 1 + random.nextInt(maxLength);
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < length; i++) {
      int codePoint = alphabet[random.nextInt(alphabet.length)];
      if (word.length() + Character.charCount(codePoint) > maxLength) {
        break;
      }
      word.appendCodePoint(codePoint);
    }
    return word.length() == 0 ? "w" : word.toString();
  }

  /**
   * Any accepted country.
   *
   * @return a country code
   */
  public CountryCode country() {
    return pick(COUNTRIES);
  }

  /**
   * A day between 1995 and 2034.
   *
   * @return a day
   */
  public LocalDate day() {
    return LocalDate.of(1995, 1, 1).plusDays(random.nextInt(40 * 365));
  }

  private String code() {
    StringBuilder code = new StringBuilder();
    for (int i = 1 + random.nextInt(3); i > 0; i--) {
      code.append(random(LOWER + DIGITS, 1 + random.nextInt(8))).append('-');
    }
    return code.append(Long.toUnsignedString(seed, 36))
        .append('-')
        .append(Integer.toString(serial++, 36))
        .toString();
  }

  private Component component(int index) {
    Component.Builder component =
        Component.builder()
            .id(ComponentId.of(uuid()))
            .code(
                chance(70)
                    ? (chance(50) ? String.valueOf(index + 1) : word(8) + "-" + index)
                    : null)
            .title(localizedText(200, false))
            .objective(chance(50) ? localizedText(500, true) : null);
    for (int i = random.nextInt(4); i > 0; i--) {
      component.addExpectedResult(localizedText(300, true));
    }
    return component.build();
  }

  private ProjectDates projectDates() {
    if (chance(15)) {
      return ProjectDates.UNKNOWN;
    }
    LocalDate plannedStart = day();
    LocalDate actualStart = plannedStart.plusDays(random.nextInt(200) - 100);
    // The four dates of 0.1 first, drawn as before; the rest from records(), so that the data of
    // a seed stays what it was.
    PartialDate plannedFrom = chance(80) ? partial(plannedStart) : null;
    PartialDate plannedEnd =
        chance(70) ? partial(plannedStart.plusDays(random.nextInt(2_000))) : null;
    ProjectDates.Builder dates =
        ProjectDates.builder()
            .plannedStart(plannedFrom)
            .plannedEnd(plannedEnd)
            .actualStart(chance(50) ? partial(actualStart) : null);
    // After the actual start's day, which partial() covers whatever its precision.
    PartialDate actualEnd =
        chance(40) ? partial(actualStart.plusDays(random.nextInt(2_500))) : null;
    RandomAggregates r = records();
    dates
        .actualEnd(actualEnd)
        .signed(r.chance(30) ? r.partial(plannedStart.minusDays(r.random.nextInt(300))) : null)
        .launched(r.chance(30) ? r.partial(actualStart.plusDays(r.random.nextInt(120))) : null)
        .durationMonths(
            r.chance(30) ? 1 + r.random.nextInt(ProjectDates.MAX_DURATION_MONTHS) : null);
    PartialDate end = plannedEnd;
    if (end != null && r.chance(30)) {
      // Each extension ends up to two years after the end it extends.
      for (int i = 1 + r.random.nextInt(3); i > 0 && end.year() < 2190; i--) {
        PartialDate later = r.partial(end.latest().plusDays(1 + r.random.nextInt(700)));
        if (later.latest().isAfter(end.latest())) {
          dates.addExtension(
              new EndDateExtension(end, later, null, r.chance(40) ? r.text(60, false) : null));
          end = later;
        }
      }
      if (actualEnd != null && actualEnd.earliest().isAfter(end.latest())) {
        // The project ran longer: the extension that allowed it, up to its actual end.
        dates.addExtension(
            new EndDateExtension(end, PartialDate.of(actualEnd.latest()), null, null));
      }
    }
    return dates.build();
  }

  /** The generator of the project records added in 0.2, apart from the main one (see above). */
  private RandomAggregates records() {
    RandomAggregates r = records;
    if (r == null) {
      r = new RandomAggregates(seed ^ 0x5EC7_0A5L);
      records = r;
    }
    return r;
  }

  /**
   * Funding lines of some of {@code organisations} (shares up to 100 % in total), budget lines (one
   * per year, type, status and currency), DAC sectors (percentages adding up to 100, or none) and
   * distinct policy markers.
   */
  private void moneyAndSectors(Project.Builder project, List<OrganisationId> organisations) {
    records().moneyAndSectorsFromThis(project, organisations);
  }

  private void moneyAndSectorsFromThis(
      Project.Builder project, List<OrganisationId> organisations) {
    int shareLeft = 10_000; // in hundredths of a percent
    for (int i = organisations.isEmpty() ? 0 : random.nextInt(4); i > 0; i--) {
      BigDecimal share = null;
      if (chance(50) && shareLeft > 0) {
        int hundredths = 1 + random.nextInt(shareLeft);
        shareLeft -= hundredths;
        share = BigDecimal.valueOf(hundredths, 2);
      }
      LocalDate from = day();
      project.addFunding(
          new FundingLine(
              pick(organisations),
              share == null || chance(50) ? money() : null,
              share,
              pick(FundingKind.values()),
              chance(50) ? partial(from) : null,
              chance(40) ? partial(from.plusDays(random.nextInt(2_000))) : null));
    }
    Set<List<Object>> budgetKeys = new LinkedHashSet<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      BudgetLine line =
          new BudgetLine(
              money(),
              chance(60) ? 2000 + random.nextInt(40) : null,
              pick(BudgetType.values()),
              pick(BudgetStatus.values()));
      if (budgetKeys.add(
          Arrays.asList(line.year(), line.type(), line.status(), line.amount().currency()))) {
        project.addBudget(line);
      }
    }
    List<String> codes = distinct(DAC_PURPOSES, random.nextInt(4));
    boolean percentages = chance(50);
    int left = 100;
    for (int i = 0; i < codes.size(); i++) {
      int percent =
          i == codes.size() - 1 ? left : 1 + random.nextInt(left - (codes.size() - i - 1));
      left -= percent;
      project.addSector(
          Sector.dacPurpose(codes.get(i), percentages ? BigDecimal.valueOf(percent) : null));
    }
    for (PolicyMarkerCode marker :
        distinct(List.of(PolicyMarkerCode.values()), random.nextInt(4))) {
      project.addPolicyMarker(PolicyMarker.of(marker, pick(PolicySignificance.values())));
    }
  }

  /** Dates of every form: mostly start and end, some without an end, "on or before", unknown. */
  private EventDates eventDates() {
    LocalDate first = day();
    LocalDate last = first.plusDays(random.nextInt(6));
    ZoneId zone = chance(60) ? ZoneId.of(pick(ZONES)) : null;
    int form = random.nextInt(20);
    if (form < 14) {
      return new EventDates(partial(first), partial(last), zone);
    }
    if (form < 17) {
      return EventDates.startingOn(partial(first)).withTimeZone(zone);
    }
    return form < 19 ? EventDates.onOrBefore(first) : EventDates.unknown();
  }

  /** One of a few series, so that several events share one. */
  private EventSeries series() {
    int n = random.nextInt(4);
    return EventSeries.of("series-" + n, chance(50) ? "Series " + n + " " + text(20, false) : null);
  }

  /** {@code day} known to the day, month or year: whatever it is known to, it covers the day. */
  private PartialDate partial(LocalDate day) {
    int precision = random.nextInt(10);
    if (precision < 6) {
      return PartialDate.of(day);
    }
    return precision < 9
        ? PartialDate.ofMonth(day.getYear(), day.getMonthValue())
        : PartialDate.ofYear(day.getYear());
  }

  /** None to two frameworks with distinct codes. */
  private List<CooperationFramework> frameworks() {
    Map<String, CooperationFramework> byCode = new LinkedHashMap<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      CooperationFramework f = framework();
      byCode.putIfAbsent(f.code(), f);
    }
    return List.copyOf(byCode.values());
  }

  /** A person's identifiers in other systems, mostly none. */
  private List<ExternalId> personExternalIds() {
    if (!chance(30)) {
      return List.of();
    }
    Set<ExternalId> ids = new LinkedHashSet<>();
    for (int i = 1 + random.nextInt(2); i > 0; i--) {
      ids.add(ExternalId.of("staff", word(20) + "-" + random(DIGITS, 6)));
    }
    return List.copyOf(ids);
  }

  private CooperationFramework framework() {
    return new CooperationFramework(
        "fw-" + random(LOWER + DIGITS, 2 + random.nextInt(10)),
        localizedText(120, false),
        chance(50) ? word(10) : null);
  }

  private Money money() {
    String currency = pick(CURRENCIES);
    int digits = Currency.getInstance(currency).getDefaultFractionDigits();
    long units = (long) (random.nextDouble() * 1e12);
    return Money.of(BigDecimal.valueOf(units, digits >= 0 ? digits : random.nextInt(4)), currency);
  }

  private Venue venue() {
    String name = chance(60) ? text(100, false) : null;
    String city = chance(70) ? text(40, false) : null;
    CountryCode country = chance(80) || (name == null && city == null) ? country() : null;
    return new Venue(name, city, country);
  }

  private Participation participation() {
    if (chance(30)) {
      return Participation.UNKNOWN;
    }
    List<CountryCode> countries = distinct(COUNTRIES, random.nextInt(6));
    Map<CountryCode, ParticipantCount> byCountry = new LinkedHashMap<>();
    for (CountryCode country : countries) {
      if (chance(50)) {
        byCountry.put(country, count());
      }
    }
    ParticipantCount total = chance(70) ? count() : null;
    if (total != null
        && total.isExact()
        && byCountry.values().stream().allMatch(ParticipantCount::isExact)) {
      int sum = byCountry.values().stream().mapToInt(ParticipantCount::value).sum();
      total = ParticipantCount.exactly(sum + random.nextInt(100));
    }
    RandomAggregates f = figures();
    // Never below the countries named, so that an exact or upper-bound count is valid.
    ParticipantCount countryCount =
        f.chance(40)
            ? new ParticipantCount(
                countries.size() + f.random.nextInt(60),
                f.pick(ParticipantCount.Qualifier.values()))
            : null;
    return Participation.builder()
        .total(total)
        .countries(new HashSet<>(countries))
        .byCountry(byCountry)
        .countryCount(countryCount)
        .organisationCount(f.chance(40) ? f.count() : null)
        .experts(f.chance(40) ? f.count() : null)
        .note(f.chance(40) ? f.text(60, false) : null)
        .reported(reportedFigures(f))
        .build();
  }

  /** Up to three figures other sources gave, drawn from the participation figures' stream. */
  private static List<ReportedFigure> reportedFigures(RandomAggregates f) {
    List<ReportedFigure> figures = new ArrayList<>();
    int n = f.chance(30) ? 1 + f.random.nextInt(3) : 0;
    for (int i = 0; i < n; i++) {
      figures.add(
          ReportedFigure.of(
              f.count(),
              f.chance(60) ? f.text(60, false) : null,
              f.chance(50)
                  ? PartialDate.of(
                      2010 + f.random.nextInt(15),
                      1 + f.random.nextInt(12),
                      1 + f.random.nextInt(28))
                  : null));
    }
    return figures;
  }

  private RandomAggregates overTime() {
    RandomAggregates t = overTime;
    if (t == null) {
      t = new RandomAggregates(seed ^ 0x0A11_0CA7_1E5L);
      overTime = t;
    }
    return t;
  }

  private RandomAggregates figures() {
    RandomAggregates f = figures;
    if (f == null) {
      f = new RandomAggregates(~seed);
      figures = f;
    }
    return f;
  }

  private ParticipantCount count() {
    return new ParticipantCount(random.nextInt(2_000), pick(ParticipantCount.Qualifier.values()));
  }

  private List<Link> links() {
    List<Link> links = new ArrayList<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      links.add(Link.of(uri(), chance(60) ? text(120, false) : null, pick(Link.Kind.values())));
    }
    return links;
  }

  private String uri() {
    StringBuilder uri =
        new StringBuilder(chance(80) ? "https://" : "http://")
            .append(random(LOWER + DIGITS, 2 + random.nextInt(10)))
            .append('.')
            .append(pick(TOP_LEVEL_DOMAINS));
    if (chance(10)) {
      uri.append(':').append(1_024 + random.nextInt(60_000));
    }
    for (int i = random.nextInt(4); i > 0; i--) {
      uri.append('/');
      switch (random.nextInt(3)) {
        case 0 -> uri.append(random(LOWER + DIGITS + "-_.", 1 + random.nextInt(12)));
        case 1 -> uri.append(random(ALPHABETS[2].substring(32, 64), 1 + random.nextInt(8)));
        default -> uri.append("%D0%B4%D0%BE%D0%BA");
      }
    }
    if (chance(30)) {
      uri.append("?id=").append(random.nextInt(100_000)).append("&lang=").append(pick(LANGUAGES));
    }
    if (chance(20)) {
      uri.append('#').append(random(LOWER, 1 + random.nextInt(8)));
    }
    return uri.toString();
  }

  private List<ExternalId> externalIds() {
    List<ExternalId> ids = new ArrayList<>();
    int count = random.nextInt(4);
    for (int i = 0; i < count; i++) {
      String scheme = random(LOWER, 1) + random(LOWER + DIGITS + "._-", random.nextInt(12));
      ids.add(ExternalId.of(scheme, text(60, false) + " #" + i));
    }
    return ids;
  }

  private EmailAddress email(int index) {
    String local =
        random(LOWER + DIGITS, 1 + random.nextInt(10))
            + (chance(30) ? "." + random(LOWER, 1 + random.nextInt(6)) : "")
            + (chance(20) ? "+" + random(ALPHABETS[1], 3) : "")
            + index;
    String domain =
        (chance(15)
                ? random(ALPHABETS[2].substring(32, 64), 3 + random.nextInt(6))
                : random(LOWER + DIGITS, 2 + random.nextInt(10)))
            + "."
            + (chance(30) ? "Example." : "")
            + pick(TOP_LEVEL_DOMAINS);
    return EmailAddress.of(local + "@" + domain);
  }

  private PhoneNumber phone() {
    StringBuilder digits = new StringBuilder().append(1 + random.nextInt(9));
    for (int i = 6 + random.nextInt(9); i > 0; i--) {
      digits.append(random.nextInt(10));
    }
    String written = digits.toString();
    if (chance(40)) {
      written =
          written.substring(0, 3) + " " + written.substring(3, 5) + "-" + written.substring(5);
    }
    return PhoneNumber.of((chance(20) ? "00" : "+") + written);
  }

  private String separator(boolean multiline) {
    int kind = random.nextInt(20);
    if (multiline && kind == 0) {
      return "\n";
    }
    if (multiline && kind == 1) {
      return "\n\t";
    }
    return kind < 4 ? ", " : " ";
  }

  private int[] alphabet() {
    int total = 0;
    for (int weight : ALPHABET_WEIGHTS) {
      total += weight;
    }
    int draw = random.nextInt(total);
    for (int i = 0; i < ALPHABETS.length; i++) {
      draw -= ALPHABET_WEIGHTS[i];
      if (draw < 0) {
        return ALPHABETS[i].codePoints().toArray();
      }
    }
    throw new AssertionError("weights");
  }

  private String random(String alphabet, int length) {
    int[] codePoints = alphabet.codePoints().toArray();
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      s.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
    }
    return s.toString();
  }

  private UUID uuid() {
    return new UUID(random.nextLong(), random.nextLong());
  }

  private boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** Up to {@code count} different values of {@code values}, in random order. */
  private <T> List<T> distinct(List<T> values, int count) {
    List<T> shuffled = new ArrayList<>(values);
    Collections.shuffle(shuffled, random);
    return List.copyOf(shuffled.subList(0, Math.min(count, shuffled.size())));
  }

  /** Where to cut {@code word} to at most {@code length} characters without splitting a pair. */
  private static int cut(String word, int length) {
    int end = Math.min(length, word.length());
    return end > 0 && Character.isHighSurrogate(word.charAt(end - 1)) ? end - 1 : end;
  }

  private static String range(int first, int last) {
    StringBuilder s = new StringBuilder();
    for (int codePoint = first; codePoint <= last; codePoint++) {
      s.appendCodePoint(codePoint);
    }
    return s.toString();
  }
}
