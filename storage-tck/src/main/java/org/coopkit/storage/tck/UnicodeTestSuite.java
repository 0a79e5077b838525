package org.coopkit.storage.tck;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.coopkit.storage.tck.ContractAssertions.assertFound;
import static org.coopkit.storage.tck.ContractAssertions.assertSame;
import static org.coopkit.storage.tck.ContractAssertions.contactOrder;
import static org.coopkit.storage.tck.ContractAssertions.eventOrder;
import static org.coopkit.storage.tck.ContractAssertions.organisationOrder;
import static org.coopkit.storage.tck.ContractAssertions.projectOrder;
import static org.coopkit.storage.tck.TrickyTexts.cut;
import static org.coopkit.storage.tck.TrickyTexts.fourByte;
import static org.coopkit.storage.tck.TrickyTexts.normalized;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.coopkit.error.ValidationException;
import org.coopkit.model.CountryCode;
import org.coopkit.model.EmailAddress;
import org.coopkit.model.ExternalId;
import org.coopkit.model.Limits;
import org.coopkit.model.Link;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.Topic;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.RoleAssignment;
import org.coopkit.model.contact.RoleType;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.KeyMessage;
import org.coopkit.model.event.Venue;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.project.Component;
import org.coopkit.model.project.CooperationFramework;
import org.coopkit.model.project.Project;
import org.coopkit.query.ContactQuery;
import org.coopkit.query.EventQuery;
import org.coopkit.query.OrganisationQuery;
import org.coopkit.query.Paging;
import org.coopkit.query.ProjectQuery;
import org.coopkit.query.SortDirection;
import org.coopkit.query.internal.ContactSearch;
import org.coopkit.query.internal.EventSearch;
import org.coopkit.query.internal.OrganisationSearch;
import org.coopkit.query.internal.ProjectSearch;
import org.coopkit.query.internal.SearchText;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Text survives the store exactly: SQL metacharacters, backslashes and quotes, right-to-left
 * scripts, combining characters, characters of four UTF-8 bytes, invisible characters and the
 * control characters the model allows, in every kind of text field, read back equal and byte for
 * byte ({@link TrickyTexts}); and free-text and name-prefix queries whose needles hold SQL
 * metacharacters find exactly what the model's definition ({@code matches}) accepts, never treating
 * {@code %} or {@code _} as wildcards.
 *
 * <p>The model strips texts and puts them in Unicode NFC; the store must keep the model's value,
 * not the caller's raw input, and must not normalise, trim, re-encode or re-escape it further.
 *
 * @since 0.1.0
 */
public abstract class UnicodeTestSuite extends StorageTestSuite {
  /** Language tags of the right-to-left texts given alongside English. */
  private static final String ARABIC_TAG = "ar";

  private static final String HEBREW_TAG = "he";

  /** For subclasses. */
  protected UnicodeTestSuite() {}

  // Round trips.

  /** Checks that tricky texts in every text field of a project read back byte for byte. */
  @Test
  protected void trickyTextsInEveryTextFieldOfAProjectReadBackByteForByte() {
    for (Map.Entry<String, String> tricky : TrickyTexts.singleLine().entrySet()) {
      // given
      String text = tricky.getValue();
      Project given = projectFullOf(text);

      // when
      Project stored = projects().create(given);

      // then
      String context = "a project full of " + tricky.getKey() + " text";
      assertThat(given.title().in("en")).as(context).contains(normalized(text));
      assertThat(given.acronym()).as(context).isEqualTo(normalized(cut(text, Limits.CODE)));
      assertSameTexts(context + ", as created", texts(stored), texts(given));
      Project read = projects().get(given.id());
      assertSameTexts(context + ", read back", texts(read), texts(given));
      assertSame(read, stored, context);
      List<Project> found =
          projects()
              .search(ProjectQuery.builder().framework(given.framework().code()).build())
              .items();
      assertThat(found).as(context + ", found by framework").hasSize(1);
      assertSameTexts(context + ", found by framework", texts(found.get(0)), texts(given));
    }
  }

  /** Checks that tricky texts in every text field of an event read back byte for byte. */
  @Test
  protected void trickyTextsInEveryTextFieldOfAnEventReadBackByteForByte() {
    Project project = storedProject();
    for (Map.Entry<String, String> tricky : TrickyTexts.singleLine().entrySet()) {
      // given
      String text = tricky.getValue();
      Event given = eventFullOf(project, text);

      // when
      Event stored = events().create(given);

      // then
      String context = "an event full of " + tricky.getKey() + " text";
      assertThat(given.venue().name()).as(context).isEqualTo(normalized(cut(text, Limits.NAME)));
      assertSameTexts(context + ", as created", texts(stored), texts(given));
      Event read = events().get(given.id());
      assertSameTexts(context + ", read back", texts(read), texts(given));
      assertSame(read, stored, context);
      List<Event> found =
          events()
              .search(
                  EventQuery.builder()
                      .project(project.id())
                      .topic(given.topics().iterator().next())
                      .build())
              .items();
      assertThat(found).as(context + ", found by topic").extracting(Event::id).contains(given.id());
      Event byTopic =
          found.stream().filter(e -> e.id().equals(given.id())).findFirst().orElseThrow();
      assertSameTexts(context + ", found by topic", texts(byTopic), texts(given));
    }
  }

  /** Checks that tricky texts in every text field of a contact read back byte for byte. */
  @Test
  protected void trickyTextsInEveryTextFieldOfAContactReadBackByteForByte() {
    Organisation employer = storedOrganisation();
    Project project = storedProject();
    for (Map.Entry<String, String> tricky : TrickyTexts.singleLine().entrySet()) {
      // given
      String text = tricky.getValue();
      Contact given = contactFullOf(employer, project, text);

      // when
      Contact stored = contacts().create(given);

      // then
      String context = "a contact full of " + tricky.getKey() + " text";
      assertThat(given.displayName()).as(context).isEqualTo(normalized(cut(text, Limits.NAME)));
      assertSameTexts(context + ", as created", texts(stored), texts(given));
      Contact read = contacts().get(given.id());
      assertSameTexts(context + ", read back", texts(read), texts(given));
      assertSame(read, stored, context);
      List<Contact> found =
          ContractAssertions.all(
                  ContactQuery.builder()
                      .organisation(employer.id())
                      .limit(Paging.MAX_LIMIT)
                      .build(),
                  Paging.MAX_LIMIT,
                  contacts()::search,
                  ContactQuery::after)
              .stream()
              .filter(c -> c.id().equals(given.id()))
              .toList();
      assertThat(found).as(context + ", found by employer").hasSize(1);
      assertSameTexts(context + ", found by employer", texts(found.get(0)), texts(given));
    }
  }

  /** Checks that tricky texts in every text field of an organisation read back byte for byte. */
  @Test
  protected void trickyTextsInEveryTextFieldOfAnOrganisationReadBackByteForByte() {
    Organisation parent = storedOrganisation();
    for (Map.Entry<String, String> tricky : TrickyTexts.singleLine().entrySet()) {
      // given
      String text = tricky.getValue();
      Organisation given = organisationFullOf(parent, text);

      // when
      Organisation stored = organisations().register(given);

      // then
      String context = "an organisation full of " + tricky.getKey() + " text";
      assertSameTexts(context + ", as registered", texts(stored), texts(given));
      Organisation read = organisations().get(given.id());
      assertSameTexts(context + ", read back", texts(read), texts(given));
      assertSame(read, stored, context);
    }
  }

  /** Checks that tricky email addresses read back byte for byte. */
  @Test
  protected void trickyEmailAddressesReadBackByteForByte() {
    // given
    List<EmailAddress> emails = TrickyTexts.emails().stream().map(EmailAddress::of).toList();
    Contact given = Fixtures.anyContact().toBuilder().emails(emails).build();

    // when
    Contact stored = contacts().create(given);

    // then
    assertThat(given.emails().get(2).value()).endsWith("@example.org");
    assertSameTexts("tricky e-mail addresses", texts(contacts().get(given.id())), texts(given));
    assertSame(contacts().get(given.id()), stored, "the contact with tricky e-mail addresses");
  }

  /**
   * Checks that text given with decomposed accents reads back composed (Unicode NFC), as the model
   * normalised it, byte for byte.
   */
  @Test
  protected void decomposedCharactersAreStoredComposedAsTheModelNormalisesThem() {
    // given
    String raw = TrickyTexts.DECOMPOSED;
    String composed = normalized(raw);
    Project project =
        projects()
            .create(
                Fixtures.anyProject().toBuilder()
                    .title(LocalizedText.of(raw))
                    .acronym(cut(raw, Limits.CODE))
                    .build());
    Event event = eventFullOf(project, raw);
    Contact contact = Fixtures.contactNamed(raw, raw + ", sorted").toBuilder().unit(raw).build();

    // when
    events().create(event);
    contacts().create(contact);

    // then
    assertThat(composed.getBytes(UTF_8))
        .as("NFC changes the raw text")
        .isNotEqualTo(raw.getBytes(UTF_8));
    Map<String, String> stored = new LinkedHashMap<>();
    stored.put("project title", projects().get(project.id()).title().english());
    stored.put("event title", events().get(event.id()).title().english());
    stored.put("event venue", events().get(event.id()).venue().name());
    Contact readContact = contacts().get(contact.id());
    stored.put("contact unit", readContact.unit());
    stored.put("contact display name", readContact.displayName());
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("project title", composed);
    expected.put("event title", composed);
    expected.put("event venue", normalized(cut(raw, Limits.NAME)));
    expected.put("contact unit", composed);
    expected.put("contact display name", composed);
    assertSameTexts("decomposed input", stored, expected);
  }

  /**
   * Checks that texts at their length limits, made of characters outside the Basic Multilingual
   * Plane, read back equal: columns sized in bytes or code points would cut them.
   */
  @Test
  protected void textsAtTheirLimitsInFourByteCharactersReadBackEqual() {
    // given: each text as long as the model allows in UTF-16, twice that in UTF-8 bytes
    Organisation organisation =
        organisations()
            .register(
                Fixtures.anyOrganisation().toBuilder()
                    .name(LocalizedText.of(fourByte(Limits.NAME)))
                    .acronym(fourByte(Limits.CODE))
                    .build());
    Project project =
        projects()
            .create(
                Fixtures.anyProject().toBuilder()
                    .title(LocalizedText.of(fourByte(Limits.TITLE)))
                    .acronym(fourByte(Limits.CODE))
                    .summary(LocalizedText.of(fourByte(Limits.TEXT)))
                    .addComponent(
                        Component.builder()
                            .id(Fixtures.newComponentId())
                            .code(fourByte(Limits.CODE))
                            .title(LocalizedText.of(fourByte(Limits.TITLE)))
                            .objective(LocalizedText.of(fourByte(Limits.TEXT)))
                            .build())
                    .addLink(
                        Link.of(
                            "https://example.org/limits", fourByte(Limits.TITLE), Link.Kind.OTHER))
                    .addExternalId(ExternalId.of("tck", fourByte(Limits.IDENTIFIER)))
                    .build());
    Event event =
        events()
            .create(
                Fixtures.eventOf(project.id()).toBuilder()
                    .title(LocalizedText.of(fourByte(Limits.TITLE)))
                    .description(LocalizedText.of(fourByte(Limits.TEXT)))
                    .venue(new Venue(fourByte(Limits.NAME), fourByte(Limits.NAME), null))
                    .addTopic(Topic.of(fourByte(Limits.TITLE)))
                    .addKeyMessage(new KeyMessage(LocalizedText.of(fourByte(Limits.TEXT)), true))
                    .build());
    Contact contact =
        contacts()
            .create(
                Fixtures.anyContact().toBuilder()
                    .displayName(fourByte(Limits.NAME))
                    .sortName(fourByte(Limits.NAME))
                    .honorific(fourByte(Limits.CODE))
                    .jobTitle(fourByte(Limits.TITLE))
                    .unit(fourByte(Limits.NAME))
                    .build());

    // when
    Organisation readOrganisation = organisations().get(organisation.id());
    Project readProject = projects().get(project.id());
    Event readEvent = events().get(event.id());
    Contact readContact = contacts().get(contact.id());

    // then
    assertThat(readProject.summary().maxLength()).isEqualTo(Limits.TEXT);
    assertThat(readProject.summary().english().getBytes(UTF_8)).hasSize(2 * Limits.TEXT);
    assertSameTexts("organisation at its limits", texts(readOrganisation), texts(organisation));
    assertSameTexts("project at its limits", texts(readProject), texts(project));
    assertSameTexts("event at its limits", texts(readEvent), texts(event));
    assertSameTexts("contact at its limits", texts(readContact), texts(contact));
    assertSame(readProject, project, "the project at its limits");
    assertSame(readEvent, event, "the event at its limits");
    assertSame(readContact, contact, "the contact at its limits");
    assertSame(readOrganisation, organisation, "the organisation at its limits");
  }

  /** Checks that tabs and line breaks in long texts read back exactly. */
  @Test
  protected void tabsAndLineBreaksInLongTextsReadBackExactly() {
    // given
    String multiline = "Start\t" + TrickyTexts.MULTILINE + "\r\n\r\n" + TrickyTexts.FOUR_BYTE;
    Project project =
        projects()
            .create(
                Fixtures.anyProject().toBuilder()
                    .summary(
                        Fixtures.localized(
                            "en", multiline, "ar", TrickyTexts.ARABIC + "\n" + multiline))
                    .aims(LocalizedText.of(multiline))
                    .build());
    Event event =
        events()
            .create(
                Fixtures.eventOf(project.id()).toBuilder()
                    .description(LocalizedText.of(multiline))
                    .addKeyMessage(KeyMessage.outcome(multiline))
                    .build());

    // when
    Project readProject = projects().get(project.id());
    Event readEvent = events().get(event.id());

    // then
    assertThat(readProject.aims().english())
        .contains("\r\n", "\r", "\n\n\t", "\t\t")
        .isEqualTo(normalized(multiline));
    assertSameTexts("long texts of the project", texts(readProject), texts(project));
    assertSameTexts("long texts of the event", texts(readEvent), texts(event));
  }

  // Queries.

  /**
   * Checks that free-text search with metacharacters finds exactly the events the model matches.
   */
  @Test
  protected void freeTextSearchWithMetacharactersFindsExactlyTheEventsTheModelMatches() {
    // given
    Project project = storedProject();
    List<Event> ours = new ArrayList<>();
    LocalDate day = LocalDate.of(2026, 4, 1);
    for (String title : haystack()) {
      ours.add(
          events()
              .create(
                  Fixtures.eventOn(project.id(), day).toBuilder()
                      .title(LocalizedText.of(title))
                      .build()));
      day = day.plusDays(1);
    }

    for (String needle : needles()) {
      for (SortDirection direction : SortDirection.values()) {
        // when
        EventQuery query =
            EventQuery.builder()
                .project(project.id())
                .text(needle)
                .direction(direction)
                .limit(5)
                .build();
        List<Event> found = ContractAssertions.all(query, 5, events()::search, EventQuery::after);

        // then
        List<Event> expected =
            ours.stream().filter(event -> EventSearch.matches(query, event)).toList();
        assertFoundAs(
            "events with text '" + needle + "' " + direction,
            found,
            event -> EventSearch.matches(query, event),
            eventOrder(direction),
            Event::id,
            ours,
            expected);
      }
    }
  }

  /**
   * Checks that free-text search with metacharacters finds exactly the projects the model matches.
   */
  @Test
  protected void freeTextSearchWithMetacharactersFindsExactlyTheProjectsTheModelMatches() {
    // given
    CooperationFramework framework = Fixtures.uniqueFramework();
    List<Project> ours = new ArrayList<>();
    for (String title : haystack()) {
      ours.add(
          projects()
              .create(
                  Fixtures.anyProject().toBuilder()
                      .framework(framework)
                      .title(LocalizedText.of(title))
                      .acronym(cut(title, Limits.CODE))
                      .build()));
    }

    for (String needle : needles()) {
      // when
      ProjectQuery query =
          ProjectQuery.builder().framework(framework.code()).text(needle).limit(7).build();
      List<Project> found =
          ContractAssertions.all(query, 7, projects()::search, ProjectQuery::after);

      // then
      List<Project> expected =
          ours.stream().filter(project -> ProjectSearch.matches(query, project)).toList();
      assertFoundAs(
          "projects with text '" + needle + "'",
          found,
          project -> ProjectSearch.matches(query, project),
          projectOrder(SortDirection.ASCENDING),
          Project::id,
          ours,
          expected);
    }
  }

  /**
   * Checks that free-text search with metacharacters finds exactly the organisations the model
   * matches.
   */
  @Test
  protected void freeTextSearchWithMetacharactersFindsExactlyTheOrganisationsTheModelMatches() {
    // given
    Organisation parent = storedOrganisation();
    List<Organisation> ours = new ArrayList<>();
    for (String name : haystack()) {
      ours.add(
          organisations()
              .register(
                  Fixtures.unitOf(parent.id()).toBuilder()
                      .name(Fixtures.localized("en", name, "fr", name + " (fr)"))
                      .acronym(cut(name, Limits.CODE))
                      .build()));
    }

    for (String needle : needles()) {
      // when
      OrganisationQuery query =
          OrganisationQuery.builder().parent(parent.id()).text(needle).limit(7).build();
      List<Organisation> found =
          ContractAssertions.all(query, 7, organisations()::search, OrganisationQuery::after);

      // then
      List<Organisation> expected =
          ours.stream()
              .filter(organisation -> OrganisationSearch.matches(query, organisation))
              .toList();
      assertFoundAs(
          "organisations with text '" + needle + "'",
          found,
          organisation -> OrganisationSearch.matches(query, organisation),
          organisationOrder(SortDirection.ASCENDING),
          Organisation::id,
          ours,
          expected);
    }
  }

  /**
   * Checks that name prefix search with metacharacters finds exactly the contacts the model
   * matches.
   */
  @Test
  protected void namePrefixSearchWithMetacharactersFindsExactlyTheContactsTheModelMatches() {
    // given
    Organisation employer = storedOrganisation();
    List<Contact> ours = new ArrayList<>();
    for (String name : names()) {
      ours.add(
          contacts()
              .create(
                  Fixtures.contactNamed(name, name).toBuilder()
                      .organisation(employer.id())
                      .build()));
    }

    for (String prefix : prefixes()) {
      for (SortDirection direction : SortDirection.values()) {
        // when
        ContactQuery query =
            ContactQuery.builder()
                .organisation(employer.id())
                .namePrefix(prefix)
                .direction(direction)
                .limit(4)
                .build();
        List<Contact> found =
            ContractAssertions.all(query, 4, contacts()::search, ContactQuery::after);

        // then
        List<Contact> expected =
            ours.stream().filter(contact -> ContactSearch.matches(query, contact)).toList();
        assertFoundAs(
            "contacts with name prefix '" + prefix + "' " + direction,
            found,
            contact -> ContactSearch.matches(query, contact),
            contactOrder(direction),
            Contact::id,
            ours,
            expected);
      }
    }
  }

  /**
   * Checks that {@code %} and {@code _} in a search text or name prefix match only themselves,
   * never any text as SQL {@code LIKE} wildcards would.
   */
  @Test
  protected void percentAndUnderscoreInANeedleAreNeverWildcards() {
    // given
    Project project = storedProject();
    // what a wildcard reading of the needles below would match too
    events()
        .create(
            Fixtures.eventOf(project.id()).toBuilder()
                .title("snakeXcase tokABCen qtail abc zzz")
                .build());
    Event literal =
        events()
            .create(Fixtures.eventOf(project.id()).toBuilder().title("snake_case tok%en").build());
    Organisation employer = storedOrganisation();
    contacts()
        .create(
            Fixtures.contactNamed("Marta Lima", "Lima, Marta").toBuilder()
                .organisation(employer.id())
                .build());

    // when
    List<Event> underscore = searchEvents(project, "snake_case");
    List<Event> percent = searchEvents(project, "tok%en");
    List<Event> percentBetweenWords = searchEvents(project, "qtail%zzz");
    List<Contact> underscorePrefix =
        contacts()
            .search(ContactQuery.builder().organisation(employer.id()).namePrefix("mar_a").build())
            .items();
    List<Contact> percentPrefix =
        contacts()
            .search(ContactQuery.builder().organisation(employer.id()).namePrefix("m%a").build())
            .items();

    // then
    assertThat(underscore)
        .as("'_' is not a wildcard")
        .extracting(Event::id)
        .containsExactly(literal.id());
    assertThat(percent)
        .as("'%' is not a wildcard")
        .extracting(Event::id)
        .containsExactly(literal.id());
    assertThat(percentBetweenWords).as("'%' between words is not a wildcard").isEmpty();
    assertThat(underscorePrefix).as("'_' in a name prefix is not a wildcard").isEmpty();
    assertThat(percentPrefix).as("'%' in a name prefix is not a wildcard").isEmpty();
  }

  /**
   * Checks that a search text made only of characters that folding drops, such as {@code %}, {@code
   * _}, quotes or an emoji, is refused: it would fold to nothing and drop the filter, so a search
   * for "%" would find everything.
   */
  @Test
  protected void aNeedleOfOnlyMetacharactersIsRefusedRatherThanFindingEverything() {
    Project project = storedProject();
    for (String needle : List.of("%", "_", "%_%", "\\", "'", "';--", "😀")) {
      assertThatThrownBy(() -> EventQuery.builder().project(project.id()).text(needle).build())
          .as("the needle '%s'", needle)
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("must contain a letter or a digit");
    }
  }

  /** Checks that topics with metacharacters match only themselves. */
  @Test
  protected void topicsWithMetacharactersMatchOnlyThemselves() {
    // given
    Project project = storedProject();
    List<String> labels =
        List.of(
            "c++ & c#",
            "c",
            "50%",
            "50",
            "a_b",
            "axb",
            "back\\slash",
            "back/slash",
            "'quoted'",
            "quoted",
            "%",
            "_",
            "𠀀",
            "😀 emoji");
    List<Event> ours = new ArrayList<>();
    for (String label : labels) {
      ours.add(
          events()
              .create(
                  Fixtures.eventOf(project.id()).toBuilder().addTopic(Topic.of(label)).build()));
    }

    for (String label : labels) {
      // when
      EventQuery query = EventQuery.builder().project(project.id()).topic(Topic.of(label)).build();
      List<Event> found = events().search(query).items();

      // then
      List<Event> expected =
          ours.stream().filter(event -> EventSearch.matches(query, event)).toList();
      assertThat(expected).as("events with topic '%s' by the model", label).hasSize(1);
      assertFoundAs(
          "events with topic '" + label + "'",
          found,
          event -> EventSearch.matches(query, event),
          eventOrder(SortDirection.ASCENDING),
          Event::id,
          ours,
          expected);
    }
  }

  // Aggregates full of one text.

  private static Project projectFullOf(String text) {
    String single = cut(text, Limits.TITLE);
    return Fixtures.anyProject().toBuilder()
        .title(
            Fixtures.localized(
                "en", single, ARABIC_TAG, TrickyTexts.ARABIC, HEBREW_TAG, TrickyTexts.HEBREW))
        .acronym(cut(text, Limits.CODE))
        .summary(LocalizedText.of(text + "\n" + TrickyTexts.MULTILINE))
        .aims(LocalizedText.of(ARABIC_TAG, text))
        .framework(
            new CooperationFramework(
                Fixtures.uniqueFramework().code(), LocalizedText.of(text), cut(text, Limits.CODE)))
        .addComponent(
            Component.builder()
                .id(Fixtures.newComponentId())
                .code(cut(text, Limits.CODE))
                .title(LocalizedText.of(single))
                .objective(LocalizedText.of(text + "\n\t" + text))
                .addExpectedResult(LocalizedText.of(text))
                .build())
        .addLink(Link.of("https://example.org/docs?q=%27%3B%20DROP", single, Link.Kind.REPORT))
        .addExternalId(ExternalId.of("tck.tricky_id-1", cut(text, Limits.IDENTIFIER)))
        .build();
  }

  private static Event eventFullOf(Project project, String text) {
    String single = cut(text, Limits.TITLE);
    return Fixtures.eventOf(project.id()).toBuilder()
        .title(Fixtures.localized("en", single, HEBREW_TAG, TrickyTexts.HEBREW))
        .description(LocalizedText.of(text + "\r\n" + TrickyTexts.MULTILINE))
        .venue(new Venue(cut(text, Limits.NAME), cut(text, Limits.NAME), CountryCode.of("AM")))
        .addTopic(Topic.of(single))
        .addTopic(Topic.of("topic " + Fixtures.uniqueToken()))
        .addKeyMessage(
            new KeyMessage(Fixtures.localized("en", text, ARABIC_TAG, TrickyTexts.ARABIC), true))
        .addLink(Link.of("https://example.org/agenda", single, Link.Kind.DOCUMENT))
        .build();
  }

  private static Contact contactFullOf(Organisation employer, Project project, String text) {
    String name = cut(text, Limits.NAME);
    return Fixtures.anyContact().toBuilder()
        .displayName(name)
        .sortName(cut(text + ", " + text, Limits.NAME))
        .honorific(cut(text, Limits.CODE))
        .jobTitle(cut(text, Limits.TITLE))
        .organisation(employer.id())
        .unit(name)
        .addRole(
            RoleAssignment.builder()
                .id(Fixtures.newRoleId())
                .type(RoleType.EXPERT)
                .title(cut(text, Limits.TITLE))
                .project(project.id())
                .build())
        .build();
  }

  private static Organisation organisationFullOf(Organisation parent, String text) {
    String name = cut(text, Limits.NAME);
    return Fixtures.unitOf(parent.id()).toBuilder()
        .name(Fixtures.localized("en", name, ARABIC_TAG, TrickyTexts.ARABIC))
        .acronym(cut(text, Limits.CODE))
        .addLink(Link.of("https://example.org/org", cut(text, Limits.TITLE), Link.Kind.WEB_PAGE))
        .addExternalId(ExternalId.of("register", cut(text, Limits.IDENTIFIER)))
        .build();
  }

  // Haystacks and needles.

  /** Texts to search in: pairs where a wildcard reading of a needle would match both. */
  private static List<String> haystack() {
    List<String> texts =
        new ArrayList<>(
            List.of(
                "Budget 100% funded",
                "Budget 1000 funded",
                "snake_case naming",
                "snakeXcase naming",
                "back\\slash path",
                "backXslash path",
                "it's fine",
                "its fine",
                "drop table project",
                "50%_off sale",
                "50 off sale",
                "tok abc en",
                "tokXYZen",
                "Café",
                "cafe",
                "𠀀 tail",
                "emoji 😀 inside"));
    texts.addAll(TrickyTexts.singleLine().values());
    return texts;
  }

  /**
   * Needles full of metacharacters, and some that must find the tricky texts; those that fold to
   * nothing are left out, as queries refuse them.
   */
  private static List<String> needles() {
    return Stream.of(
            "100%",
            "%%",
            "__",
            "%_%",
            "snake_case",
            "snake%case",
            "snake_",
            "_case",
            "back\\slash",
            "back\\",
            "it's",
            "''",
            TrickyTexts.SQL_INJECTION,
            "drop table",
            "50%_off",
            "%off",
            "tok%en",
            "tok_en",
            "𠀀",
            "الجرائم",
            "סייבר",
            "Cafe\u0301",
            "CAFÉ",
            "\"double\"",
            "$1",
            "{0}",
            "<script>",
            "\\%",
            "\\_",
            ":name",
            "% OR 1=1 --",
            "' OR '1'='1",
            "evil",
            "zero",
            "Tiếng")
        .filter(needle -> !SearchText.fold(needle).isEmpty())
        .toList();
  }

  /** Names of people with metacharacters, and look-alikes without. */
  private static List<String> names() {
    return List.of(
        "O'Brien Seán",
        "O_Brien Test",
        "Obrien Plain",
        "D'Angelo Maria",
        "Müller Jürgen",
        "Mueller Hans",
        "Ünal Ayşe",
        "محمد علي",
        "דוד כהן",
        "𠀀𠀁 Li",
        "Ana 😀 Lima",
        "Ma%rta Percent",
        "Mar_ta Under",
        "Back\\slash Name",
        "'; DROP TABLE contact; --",
        "Ångström Åsa",
        "A\u030Angstro\u0308m Decomposed");
  }

  /** Name prefixes with metacharacters. */
  private static List<String> prefixes() {
    return List.of(
        "o'", "o'b", "o_b", "o%", "ma%", "mar_", "mar_t", "d'a", "mu", "mü", "mue", "un", "ün",
        "محم", "דו", "𠀀", "'; drop", "drop", "back\\", "%rta", "_ta", "ang", "ång", "A\u030A");
  }

  // Assertions.

  private List<Event> searchEvents(Project project, String needle) {
    return events().search(EventQuery.builder().project(project.id()).text(needle).build()).items();
  }

  private static <T> void assertFoundAs(
      String context,
      List<T> found,
      Predicate<T> matches,
      Comparator<T> order,
      Function<T, Object> id,
      List<T> ours,
      List<T> expected) {
    try {
      assertFound(found, matches, order, id, ours, expected);
    } catch (AssertionError e) {
      throw new AssertionError(context + ": " + e.getMessage(), e);
    }
  }

  /**
   * Asserts that two sets of texts hold the same fields with the same UTF-8 bytes; on failure names
   * the field and where the bytes part, showing code points rather than the text.
   */
  private static void assertSameTexts(
      String context, Map<String, String> actual, Map<String, String> expected) {
    assertThat(actual.keySet()).as(context + ": the text fields").isEqualTo(expected.keySet());
    for (Map.Entry<String, String> field : expected.entrySet()) {
      byte[] want = field.getValue().getBytes(UTF_8);
      byte[] got = actual.get(field.getKey()).getBytes(UTF_8);
      if (!Arrays.equals(got, want)) {
        int at = Arrays.mismatch(got, want);
        fail(
            context
                + ": "
                + field.getKey()
                + " differs from byte "
                + at
                + " on: expected "
                + want.length
                + " bytes "
                + codePoints(field.getValue(), at)
                + " but was "
                + got.length
                + " bytes "
                + codePoints(actual.get(field.getKey()), at));
      }
      assertThat(actual.get(field.getKey()))
          .as(context + ": " + field.getKey())
          .isEqualTo(field.getValue());
    }
  }

  /** The code points around UTF-8 byte {@code at}, as U+XXXX, for a readable failure. */
  private static String codePoints(String text, int at) {
    StringBuilder shown = new StringBuilder("[");
    int bytes = 0;
    int shownCount = 0;
    for (int i = 0; i < text.length() && shownCount < 8; ) {
      int codePoint = text.codePointAt(i);
      int length = new String(Character.toChars(codePoint)).getBytes(UTF_8).length;
      if (bytes + length > at - 8) {
        shown.append(String.format(Locale.ROOT, "U+%04X ", codePoint));
        shownCount++;
      }
      bytes += length;
      i += Character.charCount(codePoint);
    }
    return shown.toString().strip() + "]";
  }

  // Every text field of an aggregate, by path.

  private static Map<String, String> texts(Project project) {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("code", project.code());
    localized(texts, "title", project.title());
    put(texts, "acronym", project.acronym());
    localized(texts, "summary", project.summary());
    localized(texts, "aims", project.aims());
    if (project.framework() != null) {
      texts.put("framework.code", project.framework().code());
      localized(texts, "framework.name", project.framework().name());
      put(texts, "framework.acronym", project.framework().acronym());
    }
    for (int i = 0; i < project.components().size(); i++) {
      Component component = project.components().get(i);
      String path = "components[" + i + "].";
      put(texts, path + "code", component.code());
      localized(texts, path + "title", component.title());
      localized(texts, path + "objective", component.objective());
      for (int j = 0; j < component.expectedResults().size(); j++) {
        localized(texts, path + "expectedResults[" + j + "]", component.expectedResults().get(j));
      }
    }
    links(texts, project.links());
    externalIds(texts, project.externalIds());
    return texts;
  }

  private static Map<String, String> texts(Event event) {
    Map<String, String> texts = new LinkedHashMap<>();
    localized(texts, "title", event.title());
    localized(texts, "description", event.description());
    if (event.venue() != null) {
      put(texts, "venue.name", event.venue().name());
      put(texts, "venue.city", event.venue().city());
    }
    int t = 0;
    for (Topic topic : event.topics()) {
      texts.put("topics[" + t++ + "]", topic.label());
    }
    for (int i = 0; i < event.keyMessages().size(); i++) {
      localized(texts, "keyMessages[" + i + "]", event.keyMessages().get(i).text());
    }
    links(texts, event.links());
    return texts;
  }

  private static Map<String, String> texts(Contact contact) {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("displayName", contact.displayName());
    texts.put("sortName", contact.sortName());
    put(texts, "honorific", contact.honorific());
    put(texts, "jobTitle", contact.jobTitle());
    put(texts, "unit", contact.unit());
    for (int i = 0; i < contact.emails().size(); i++) {
      texts.put("emails[" + i + "]", contact.emails().get(i).value());
    }
    for (int i = 0; i < contact.languages().size(); i++) {
      texts.put("languages[" + i + "]", contact.languages().get(i));
    }
    for (int i = 0; i < contact.roles().size(); i++) {
      put(texts, "roles[" + i + "].title", contact.roles().get(i).title());
    }
    return texts;
  }

  private static Map<String, String> texts(Organisation organisation) {
    Map<String, String> texts = new LinkedHashMap<>();
    localized(texts, "name", organisation.name());
    put(texts, "acronym", organisation.acronym());
    links(texts, organisation.links());
    externalIds(texts, organisation.externalIds());
    return texts;
  }

  private static void localized(
      Map<String, String> texts, String path, @Nullable LocalizedText text) {
    if (text != null) {
      text.texts().forEach((language, value) -> texts.put(path + "[" + language + "]", value));
    }
  }

  private static void put(Map<String, String> texts, String path, @Nullable String value) {
    if (value != null) {
      texts.put(path, value);
    }
  }

  private static void links(Map<String, String> texts, List<Link> links) {
    for (int i = 0; i < links.size(); i++) {
      texts.put("links[" + i + "].uri", links.get(i).uri().toString());
      put(texts, "links[" + i + "].title", links.get(i).title());
    }
  }

  private static void externalIds(Map<String, String> texts, List<ExternalId> ids) {
    for (int i = 0; i < ids.size(); i++) {
      texts.put("externalIds[" + i + "].scheme", ids.get(i).scheme());
      texts.put("externalIds[" + i + "].value", ids.get(i).value());
    }
  }
}
