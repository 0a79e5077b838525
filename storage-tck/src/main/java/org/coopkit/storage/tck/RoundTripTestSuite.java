package org.coopkit.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.coopkit.storage.tck.ContractAssertions.assertSame;
import static org.coopkit.storage.tck.ContractAssertions.created;
import static org.coopkit.storage.tck.Fixtures.text;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.coopkit.error.ValidationException;
import org.coopkit.model.CountryCode;
import org.coopkit.model.EmailAddress;
import org.coopkit.model.ExternalId;
import org.coopkit.model.Limits;
import org.coopkit.model.Link;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.PhoneNumber;
import org.coopkit.model.Topic;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.ContactId;
import org.coopkit.model.contact.RoleAssignment;
import org.coopkit.model.contact.RoleType;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventId;
import org.coopkit.model.event.KeyMessage;
import org.coopkit.model.event.Venue;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.Component;
import org.coopkit.model.project.CooperationFramework;
import org.coopkit.model.project.ParticipatingCountry;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectId;
import org.coopkit.query.ContactQuery;
import org.coopkit.query.EventQuery;
import org.coopkit.query.OrganisationQuery;
import org.coopkit.query.Paging;
import org.coopkit.query.ProjectQuery;
import org.junit.jupiter.api.Test;

/**
 * Round trips of many random aggregates ({@link RandomAggregates}) and of values exactly at the
 * model's {@link Limits}: what is stored reads back equal, through {@code get} and through
 * searches; values one past a limit are refused by the model before they reach the store.
 *
 * <p>The random seed is printed in every failure; set the system property {@value #SEED_PROPERTY}
 * to replay a run (on a store that has not seen that seed).
 *
 * @since 0.1.0
 */
public abstract class RoundTripTestSuite extends StorageTestSuite {
  /** The system property that fixes the seed of the random aggregates, to replay a failure. */
  public static final String SEED_PROPERTY = "coopkit.tck.seed";

  private static final List<String> FORTY_LANGUAGES =
      List.of(
          "en", "fr", "de", "es", "it", "pt", "nl", "pl", "ro", "bg", "el", "hu", "cs", "sk", "sl",
          "hr", "sr", "bs", "mk", "sq", "hy", "ka", "az", "ru", "uk", "be", "lt", "lv", "et", "fi",
          "sv", "da", "no", "is", "ga", "mt", "tr", "ar", "he", "fa");

  /** For subclasses. */
  protected RoundTripTestSuite() {}

  /**
   * How many of each kind of aggregate the random round trip stores; 240 in all by default.
   *
   * @return the number of aggregates per kind, 60 by default
   */
  protected int randomAggregatesPerKind() {
    return 60;
  }

  // Random aggregates.

  /**
   * Checks that random aggregates of every kind, in many scripts and with every optional field
   * varied, read back equal to what was stored.
   */
  @Test
  protected void randomAggregatesReadBackEqualToWhatWasStored() {
    // given
    long seed = seed();
    String replay = replay(seed);
    RandomAggregates random = new RandomAggregates(seed);
    int count = randomAggregatesPerKind();
    Map<OrganisationId, Organisation> organisations = new LinkedHashMap<>();
    Map<ProjectId, Project> projects = new LinkedHashMap<>();
    Map<EventId, Event> events = new LinkedHashMap<>();
    Map<ContactId, Contact> contacts = new LinkedHashMap<>();

    // when
    for (int i = 0; i < count; i++) {
      clock.advance(Duration.ofMillis(1));
      Organisation given = random.organisation(List.copyOf(organisations.keySet()));
      Organisation stored = organisations().register(given);
      assertSame(stored, created(given, clock.instant()), replay + ", organisation " + i);
      organisations.put(stored.id(), stored);
    }
    List<OrganisationId> organisationIds = List.copyOf(organisations.keySet());
    for (int i = 0; i < count; i++) {
      clock.advance(Duration.ofMillis(1));
      Project given = random.project(organisationIds, List.copyOf(projects.keySet()));
      Project stored = projects().create(given);
      assertSame(stored, created(given, clock.instant()), replay + ", project " + i);
      projects.put(stored.id(), stored);
    }
    List<Project> projectList = List.copyOf(projects.values());
    for (int i = 0; i < count; i++) {
      clock.advance(Duration.ofMillis(1));
      Event given = random.event(projectList, organisationIds, List.copyOf(events.values()));
      Event stored = events().create(given);
      assertSame(stored, created(given, clock.instant()), replay + ", event " + i);
      events.put(stored.id(), stored);
    }
    for (int i = 0; i < count; i++) {
      clock.advance(Duration.ofMillis(1));
      Contact given = random.contact(organisationIds, List.copyOf(projects.keySet()));
      Contact stored = contacts().create(given);
      assertSame(stored, created(given, clock.instant()), replay + ", contact " + i);
      contacts.put(stored.id(), stored);
    }

    // then
    organisations
        .values()
        .forEach(
            o -> assertSame(organisations().get(o.id()), o, replay + ", organisation " + o.id()));
    projects
        .values()
        .forEach(p -> assertSame(projects().get(p.id()), p, replay + ", project " + p.id()));
    projects
        .values()
        .forEach(
            p ->
                assertSame(
                    projects().findByCode(p.code()).orElse(null),
                    p,
                    replay + ", project by code " + p.code()));
    events.values().forEach(e -> assertSame(events().get(e.id()), e, replay + ", event " + e.id()));
    contacts
        .values()
        .forEach(c -> assertSame(contacts().get(c.id()), c, replay + ", contact " + c.id()));
    assertSearchesReturnWhatWasStored(replay, organisations, projects, events, contacts);
  }

  /** Checks that random updates read back equal to what was stored. */
  @Test
  protected void randomUpdatesReadBackEqualToWhatWasStored() {
    // given
    long seed = seed();
    String replay = replay(seed);
    RandomAggregates random = new RandomAggregates(seed);
    int count = Math.max(1, randomAggregatesPerKind() / 3);
    List<Organisation> organisations = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      organisations.add(
          organisations()
              .register(
                  random.organisation(organisations.stream().map(Organisation::id).toList())));
    }
    List<OrganisationId> organisationIds = organisations.stream().map(Organisation::id).toList();
    List<Project> projects = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      projects.add(projects().create(random.project(organisationIds, List.of())));
    }
    List<ProjectId> projectIds = projects.stream().map(Project::id).toList();
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      events.add(events().create(random.event(projects, organisationIds)));
    }
    List<Contact> contacts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      contacts.add(contacts().create(random.contact(organisationIds, projectIds)));
    }
    clock.advance(Duration.ofDays(1));

    // when / then
    for (int i = 0; i < count; i++) {
      Organisation current = organisations.get(i);
      Organisation next =
          random.organisation(organisationIds.subList(0, i)).toBuilder()
              .id(current.id())
              .version(current.version())
              .build();
      Organisation updated = organisations().update(next);
      assertSame(
          updated,
          next.toBuilder()
              .version(2)
              .createdAt(current.createdAt())
              .updatedAt(clock.instant())
              .build(),
          replay + ", organisation update " + i);
      assertSame(organisations().get(current.id()), updated, replay + ", organisation " + i);
    }
    for (int i = 0; i < count; i++) {
      // Keep the components, which events may use; replace everything else.
      Project current = projects.get(i);
      Project next =
          random.project(organisationIds, projectIds.subList(0, i)).toBuilder()
              .id(current.id())
              .components(current.components())
              .version(current.version())
              .build();
      Project updated = projects().update(next);
      assertSame(
          updated,
          next.toBuilder()
              .version(2)
              .createdAt(current.createdAt())
              .updatedAt(clock.instant())
              .build(),
          replay + ", project update " + i);
      assertSame(projects().get(current.id()), updated, replay + ", project " + i);
      projects.set(i, updated);
    }
    for (int i = 0; i < count; i++) {
      Event current = events.get(i);
      Event next =
          random.event(projects, organisationIds).toBuilder()
              .id(current.id())
              .version(current.version())
              .build();
      Event updated = events().update(next);
      assertSame(
          updated,
          next.toBuilder()
              .version(2)
              .createdAt(current.createdAt())
              .updatedAt(clock.instant())
              .build(),
          replay + ", event update " + i);
      assertSame(events().get(current.id()), updated, replay + ", event " + i);
    }
    for (int i = 0; i < count; i++) {
      Contact current = contacts.get(i);
      Contact next =
          random.contact(organisationIds, projectIds).toBuilder()
              .id(current.id())
              .version(current.version())
              .build();
      Contact updated = contacts().update(next);
      assertSame(
          updated,
          next.toBuilder()
              .version(2)
              .createdAt(current.createdAt())
              .updatedAt(clock.instant())
              .build(),
          replay + ", contact update " + i);
      assertSame(contacts().get(current.id()), updated, replay + ", contact " + i);
    }
  }

  // Values at the limits.

  /** Checks that a project with every text at its limit reads back equal. */
  @Test
  protected void aProjectWithEveryTextAtItsLimitReadsBackEqual() {
    // given
    Project given =
        Fixtures.anyProject().toBuilder()
            .code(codeOfLength(Limits.CODE))
            .acronym(text(Limits.CODE))
            .title(inFortyLanguages(Limits.TITLE))
            .summary(inFortyLanguages(Limits.TEXT))
            .aims(LocalizedText.of("hy", text(Limits.TEXT)))
            .framework(
                new CooperationFramework(
                    codeOfLength(Limits.CODE),
                    LocalizedText.of(text(Limits.TEXT)),
                    text(Limits.CODE)))
            .addComponent(
                Component.builder()
                    .id(Fixtures.newComponentId())
                    .code(text(Limits.CODE))
                    .title(LocalizedText.of(text(Limits.TITLE)))
                    .objective(LocalizedText.of(text(Limits.TEXT)))
                    .addExpectedResult(LocalizedText.of(text(Limits.TEXT)))
                    .build())
            .addLink(Link.of(uriOfLength(Limits.URI), text(Limits.TITLE), Link.Kind.REPORT))
            .addExternalId(ExternalId.of("s".repeat(Limits.IDENTIFIER), text(Limits.IDENTIFIER)))
            .build();

    // when / then
    assertRoundTrip(given);
  }

  /** Checks that a project with every list at its limit reads back equal. */
  @Test
  protected void aProjectWithEveryListAtItsLimitReadsBackEqual() {
    // given
    Project.Builder project = Fixtures.anyProject().toBuilder();
    CountryCode.all().stream()
        .limit(Limits.LIST)
        .forEach(c -> project.addCountry(ParticipatingCountry.beneficiary(c)));
    for (int i = 0; i < Limits.COMPONENTS; i++) {
      project.addComponent(Fixtures.component(String.valueOf(i), "Component " + i));
    }
    for (int i = 0; i < Limits.LIST; i++) {
      project.addLink(Link.of("https://example.org/documents/" + i, Link.Kind.DOCUMENT));
      project.addExternalId(ExternalId.of("tck", "id-" + i));
    }

    // when / then
    assertRoundTrip(project.build());
  }

  /** Checks that an event with every text and list at its limit reads back equal. */
  @Test
  protected void anEventWithEveryTextAndListAtItsLimitReadsBackEqual() {
    // given
    Project project = storedProject();
    Event base = Fixtures.eventOf(project.id());
    Event.Builder event =
        base.toBuilder()
            .participation(base.participation().toBuilder().note(text(Limits.TITLE)).build())
            .title(inFortyLanguages(Limits.TITLE))
            .description(inFortyLanguages(Limits.TEXT))
            .addKeyMessage(new KeyMessage(LocalizedText.of(text(Limits.TEXT)), true))
            .venue(new Venue(text(Limits.NAME), text(Limits.NAME), CountryCode.of("AM")));
    for (int i = 0; i < Limits.LIST; i++) {
      String prefix = "t" + i + " ";
      event.addTopic(Topic.of(prefix + text(Limits.TITLE - prefix.length())));
      event.addLink(Link.of("https://example.org/agenda/" + i, Link.Kind.DOCUMENT));
    }
    Event given = event.build();

    // when
    Event stored = events().create(given);

    // then
    assertThat(given.topics()).hasSize(Limits.LIST);
    assertSame(stored, created(given, clock.instant()), "the event create returned");
    assertSame(events().get(given.id()), stored, "the event read back");
  }

  /** Checks that a contact with every text and list at its limit reads back equal. */
  @Test
  protected void aContactWithEveryTextAndListAtItsLimitReadsBackEqual() {
    // given
    Contact.Builder contact =
        Fixtures.anyContact().toBuilder()
            .displayName(text(Limits.NAME))
            .sortName(text(Limits.NAME))
            .honorific(text(Limits.CODE))
            .jobTitle(text(Limits.TITLE))
            .unit(text(Limits.NAME))
            .addEmail(emailOfLength(Limits.EMAIL))
            .languages(FORTY_LANGUAGES);
    for (int i = 0; i < Limits.LIST - 1; i++) {
      contact.addEmail(EmailAddress.of("person" + i + "@example.org"));
    }
    for (int i = 0; i < Limits.LIST; i++) {
      contact.addPhone(PhoneNumber.of("+3741" + String.format(Locale.ROOT, "%06d", i)));
      contact.addRole(
          RoleAssignment.builder()
              .id(Fixtures.newRoleId())
              .type(RoleType.EXPERT)
              .title(i == 0 ? text(Limits.TITLE) : null)
              .country(CountryCode.of("GE"))
              .build());
    }
    Contact given = contact.build();

    // when
    Contact stored = contacts().create(given);

    // then
    assertSame(stored, created(given, clock.instant()), "the contact create returned");
    assertSame(contacts().get(given.id()), stored, "the contact read back");
  }

  /** Checks that an organisation with every text and list at its limit reads back equal. */
  @Test
  protected void anOrganisationWithEveryTextAndListAtItsLimitReadsBackEqual() {
    // given
    Organisation.Builder organisation =
        Fixtures.anyOrganisation().toBuilder()
            .name(inFortyLanguages(Limits.NAME))
            .acronym(text(Limits.CODE));
    for (int i = 0; i < Limits.LIST; i++) {
      organisation.addExternalId(ExternalId.of("register", "entry-" + i));
      organisation.addLink(Link.of("https://example.org/about/" + i, Link.Kind.WEB_PAGE));
    }
    Organisation given = organisation.build();

    // when
    Organisation stored = organisations().register(given);

    // then
    assertSame(stored, created(given, clock.instant()), "the organisation register returned");
    assertSame(organisations().get(given.id()), stored, "the organisation read back");
  }

  /** Checks that values one past a limit are refused by the model and nothing is stored. */
  @Test
  protected void valuesOnePastALimitAreRefusedByTheModelAndNothingIsStored() {
    // given
    Project project = Fixtures.anyProject();
    Project stored = storedProject();
    Organisation organisation = Fixtures.anyOrganisation();
    Contact contact = Fixtures.anyContact();
    Event event = Fixtures.eventOf(stored.id());
    Map<String, Supplier<Object>> pastTheLimit = new LinkedHashMap<>();
    pastTheLimit.put(
        "project code",
        () -> projects().create(project.toBuilder().code(codeOfLength(Limits.CODE + 1)).build()));
    pastTheLimit.put(
        "project acronym",
        () -> projects().create(project.toBuilder().acronym(text(Limits.CODE + 1)).build()));
    pastTheLimit.put(
        "project title",
        () -> projects().create(project.toBuilder().title(text(Limits.TITLE + 1)).build()));
    pastTheLimit.put(
        "project summary",
        () ->
            projects()
                .create(
                    project.toBuilder().summary(LocalizedText.of(text(Limits.TEXT + 1))).build()));
    pastTheLimit.put(
        "languages of a text",
        () ->
            projects()
                .create(
                    project.toBuilder()
                        .title(inLanguages(Limits.TITLE, withOneMore(FORTY_LANGUAGES, "kk")))
                        .build()));
    pastTheLimit.put(
        "components",
        () -> {
          Project.Builder builder = project.toBuilder();
          for (int i = 0; i <= Limits.COMPONENTS; i++) {
            builder.addComponent(Fixtures.component(String.valueOf(i), "Component " + i));
          }
          return projects().create(builder.build());
        });
    pastTheLimit.put(
        "links",
        () -> {
          Project.Builder builder = project.toBuilder();
          for (int i = 0; i <= Limits.LIST; i++) {
            builder.addLink(Link.of("https://example.org/" + i, Link.Kind.OTHER));
          }
          return projects().create(builder.build());
        });
    pastTheLimit.put(
        "link address",
        () ->
            projects()
                .create(
                    project.toBuilder()
                        .addLink(Link.of(uriOfLength(Limits.URI + 1), Link.Kind.OTHER))
                        .build()));
    pastTheLimit.put(
        "external id value",
        () ->
            projects()
                .create(
                    project.toBuilder()
                        .addExternalId(ExternalId.of("tck", text(Limits.IDENTIFIER + 1)))
                        .build()));
    pastTheLimit.put(
        "event title",
        () -> events().create(event.toBuilder().title(text(Limits.TITLE + 1)).build()));
    pastTheLimit.put(
        "event description",
        () ->
            events()
                .create(
                    event.toBuilder()
                        .description(LocalizedText.of(text(Limits.TEXT + 1)))
                        .build()));
    pastTheLimit.put(
        "key message",
        () ->
            events()
                .create(
                    event.toBuilder()
                        .addKeyMessage(KeyMessage.adopted(text(Limits.TEXT + 1)))
                        .build()));
    pastTheLimit.put(
        "venue name",
        () ->
            events()
                .create(
                    event.toBuilder().venue(new Venue(text(Limits.NAME + 1), null, null)).build()));
    pastTheLimit.put(
        "topic",
        () ->
            events().create(event.toBuilder().addTopic(Topic.of(text(Limits.TITLE + 1))).build()));
    pastTheLimit.put(
        "contact display name",
        () -> contacts().create(contact.toBuilder().displayName(text(Limits.NAME + 1)).build()));
    pastTheLimit.put(
        "contact sort name",
        () -> contacts().create(contact.toBuilder().sortName(text(Limits.NAME + 1)).build()));
    pastTheLimit.put(
        "job title",
        () -> contacts().create(contact.toBuilder().jobTitle(text(Limits.TITLE + 1)).build()));
    pastTheLimit.put(
        "e-mail address",
        () ->
            contacts()
                .create(contact.toBuilder().addEmail(emailOfLength(Limits.EMAIL + 1)).build()));
    pastTheLimit.put(
        "contact languages",
        () ->
            contacts()
                .create(contact.toBuilder().languages(withOneMore(FORTY_LANGUAGES, "kk")).build()));
    pastTheLimit.put(
        "organisation name",
        () ->
            organisations().register(organisation.toBuilder().name(text(Limits.NAME + 1)).build()));
    pastTheLimit.put(
        "organisation acronym",
        () ->
            organisations()
                .register(organisation.toBuilder().acronym(text(Limits.CODE + 1)).build()));

    Map<String, Throwable> thrown = new HashMap<>();
    for (Map.Entry<String, Supplier<Object>> entry : pastTheLimit.entrySet()) {
      // when
      thrown.put(entry.getKey(), catchThrowable(() -> entry.getValue().get()));
    }

    // then
    thrown.forEach(
        (what, failure) ->
            assertThat(failure)
                .as("%s one past its limit", what)
                .isInstanceOf(ValidationException.class));
    assertThat(projects().find(project.id())).isEmpty();
    assertThat(events().find(event.id())).isEmpty();
    assertThat(contacts().find(contact.id())).isEmpty();
    assertThat(organisations().find(organisation.id())).isEmpty();
  }

  private void assertRoundTrip(Project given) {
    Project stored = projects().create(given);
    assertSame(stored, created(given, clock.instant()), "the project create returned");
    assertSame(projects().get(given.id()), stored, "the project read back");
    assertSame(
        projects().findByCode(given.code()).orElse(null), stored, "the project read by code");
  }

  private void assertSearchesReturnWhatWasStored(
      String replay,
      Map<OrganisationId, Organisation> organisations,
      Map<ProjectId, Project> projects,
      Map<EventId, Event> events,
      Map<ContactId, Contact> contacts) {
    for (OrganisationId organisation : organisations.keySet()) {
      ContractAssertions.all(
              ProjectQuery.builder().organisation(organisation).limit(Paging.MAX_LIMIT).build(),
              Paging.MAX_LIMIT,
              projects()::search,
              ProjectQuery::after)
          .forEach(p -> assertSame(p, projects.get(p.id()), replay + ", project found " + p.id()));
      ContractAssertions.all(
              ContactQuery.builder().organisation(organisation).limit(Paging.MAX_LIMIT).build(),
              Paging.MAX_LIMIT,
              contacts()::search,
              ContactQuery::after)
          .forEach(c -> assertSame(c, contacts.get(c.id()), replay + ", contact found " + c.id()));
      ContractAssertions.all(
              OrganisationQuery.builder().parent(organisation).limit(Paging.MAX_LIMIT).build(),
              Paging.MAX_LIMIT,
              organisations()::search,
              OrganisationQuery::after)
          .forEach(
              o ->
                  assertSame(
                      o, organisations.get(o.id()), replay + ", organisation found " + o.id()));
    }
    int found = 0;
    for (ProjectId project : projects.keySet()) {
      List<Event> ofProject =
          ContractAssertions.all(
              EventQuery.builder().project(project).limit(Paging.MAX_LIMIT).build(),
              Paging.MAX_LIMIT,
              events()::search,
              EventQuery::after);
      for (Event e : ofProject) {
        assertSame(e, events.get(e.id()), replay + ", event found " + e.id());
      }
      found += ofProject.size();
    }
    assertThat(found)
        .as("%s: events found by project, joint ones once per project", replay)
        .isEqualTo(events.values().stream().mapToInt(e -> e.projects().size()).sum());
  }

  private static long seed() {
    String fixed = System.getProperty(SEED_PROPERTY);
    return fixed != null && !fixed.isBlank()
        ? Long.parseLong(fixed.strip())
        : new SecureRandom().nextLong();
  }

  private static String replay(long seed) {
    return "seed " + seed + " (replay with -D" + SEED_PROPERTY + "=" + seed + ")";
  }

  private static LocalizedText inFortyLanguages(int length) {
    return inLanguages(length, FORTY_LANGUAGES);
  }

  private static LocalizedText inLanguages(int length, List<String> languages) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (String language : languages) {
      texts.put(language, text(length));
    }
    return LocalizedText.of(texts);
  }

  private static List<String> withOneMore(List<String> values, String more) {
    List<String> all = new ArrayList<>(values);
    all.add(more);
    return all;
  }

  /** A unique project code of exactly {@code length} characters. */
  private static String codeOfLength(int length) {
    String code = Fixtures.uniqueCode() + "-";
    return code + "x".repeat(length - code.length());
  }

  /** An https address of exactly {@code length} characters. */
  private static String uriOfLength(int length) {
    String start = "https://example.org/";
    StringBuilder path = new StringBuilder();
    while (start.length() + path.length() < length) {
      path.append(path.length() % 50 == 49 ? '/' : (char) ('a' + path.length() % 26));
    }
    return start + path;
  }

  /** An e-mail address of exactly {@code length} characters: 64 before the @. */
  private static EmailAddress emailOfLength(int length) {
    String local = "l".repeat(64);
    int domain = length - local.length() - 1;
    String tld = ".org";
    String labels = "a".repeat(63) + "." + "b".repeat(63) + ".";
    String last = "c".repeat(domain - labels.length() - tld.length());
    return EmailAddress.of(local + "@" + labels + last + tld);
  }
}
