package org.coopkit.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopkit.storage.tck.ContractAssertions.eventOrder;
import static org.coopkit.storage.tck.Fixtures.eventBetween;
import static org.coopkit.storage.tck.Fixtures.eventOf;
import static org.coopkit.storage.tck.Fixtures.eventOn;
import static org.coopkit.storage.tck.Fixtures.localized;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.coopkit.model.CountryCode;
import org.coopkit.model.Link;
import org.coopkit.model.PartialDate;
import org.coopkit.model.ParticipantCount;
import org.coopkit.model.Topic;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventDates;
import org.coopkit.model.event.EventFormat;
import org.coopkit.model.event.EventStatus;
import org.coopkit.model.event.EventType;
import org.coopkit.model.event.KeyMessage;
import org.coopkit.model.event.Organiser;
import org.coopkit.model.event.OrganiserRole;
import org.coopkit.model.event.Participation;
import org.coopkit.model.event.Venue;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.project.ComponentId;
import org.coopkit.model.project.Project;
import org.coopkit.query.EventQuery;
import org.coopkit.query.Page;
import org.coopkit.query.Paging;
import org.coopkit.query.SortDirection;
import org.coopkit.query.internal.EventSearch;
import org.junit.jupiter.api.Test;

/**
 * The contract of event searches: each filter of {@link EventQuery} alone and all together, the
 * order by first day then id in both directions, and keyset pagination.
 *
 * <p>Every search is checked against {@link EventSearch#matches}: whatever else the shared store
 * holds, each result must match, results must be strictly ordered, and of the events the test made
 * exactly the expected ones must be found.
 *
 * @since 0.1.0
 */
public abstract class EventQueryTestSuite extends StorageTestSuite {
  private static final CountryCode AM = CountryCode.of("AM");
  private static final CountryCode GE = CountryCode.of("GE");
  private static final CountryCode MD = CountryCode.of("MD");

  /** For subclasses. */
  protected EventQueryTestSuite() {}

  // Each filter.

  /** Checks that a search filters by project including joint events. */
  @Test
  protected void filtersByProjectIncludingJointEvents() {
    // given
    Project first = storedProject();
    Project second = storedProject();
    Project third = storedProject();
    Event a = events().create(eventOn(first.id(), LocalDate.of(2025, 1, 5)));
    Event b = events().create(eventOn(first.id(), LocalDate.of(2025, 1, 3)));
    Event c = events().create(eventOn(second.id(), LocalDate.of(2025, 1, 4)));
    Event joint =
        events()
            .create(
                eventOn(second.id(), LocalDate.of(2025, 1, 6)).toBuilder()
                    .addProject(first.id())
                    .build());
    Event d = events().create(eventOn(third.id(), LocalDate.of(2025, 1, 4)));
    List<Event> ours = List.of(a, b, c, joint, d);

    // when / then
    assertFinds(EventQuery.builder().project(first.id()).build(), ours, a, b, joint);
    assertFinds(
        EventQuery.builder().project(first.id()).project(second.id()).build(),
        ours,
        a,
        b,
        c,
        joint);
    assertFinds(EventQuery.builder().project(Fixtures.newProjectId()).build(), ours);
  }

  /** Checks that a search filters by component. */
  @Test
  protected void filtersByComponent() {
    // given
    Project project = storedProjectWithComponents(3);
    ComponentId c1 = project.components().get(0).id();
    ComponentId c2 = project.components().get(1).id();
    Event first = events().create(eventOf(project.id()).toBuilder().addComponent(c1).build());
    Event second = events().create(eventOf(project.id()).toBuilder().addComponent(c2).build());
    Event both =
        events()
            .create(eventOf(project.id()).toBuilder().addComponent(c2).addComponent(c1).build());
    Event none = events().create(eventOf(project.id()));
    List<Event> ours = List.of(first, second, both, none);

    // when / then
    assertFinds(EventQuery.builder().component(c1).build(), ours, first, both);
    assertFinds(
        EventQuery.builder().component(c1).component(c2).build(), ours, first, second, both);
    assertFinds(EventQuery.builder().component(project.components().get(2).id()).build(), ours);
  }

  /** Checks that a search filters by the country of the venue or of the participants. */
  @Test
  protected void filtersByCountryOfTheVenueOrOfTheParticipants() {
    // given
    Project project = storedProject();
    LocalDate day = LocalDate.of(2031, 2, 3);
    Event inArmenia = events().create(Fixtures.eventIn(project.id(), AM, day));
    Event withGeorgians =
        events()
            .create(
                eventOn(project.id(), day).toBuilder()
                    .format(EventFormat.ONLINE)
                    .participation(Participation.builder().countries(Set.of(GE)).build())
                    .build());
    Event inMoldovaWithArmenians =
        events()
            .create(
                Fixtures.eventIn(project.id(), MD, day).toBuilder()
                    .participation(Participation.of(ParticipantCount.approximately(30), Set.of(AM)))
                    .build());
    Event online =
        events().create(eventOn(project.id(), day).toBuilder().format(EventFormat.ONLINE).build());
    Event venueWithoutCountry =
        events()
            .create(
                eventOn(project.id(), day).toBuilder()
                    .venue(new Venue("Palais de l'Europe", "Strasbourg", null))
                    .build());
    List<Event> ours =
        List.of(inArmenia, withGeorgians, inMoldovaWithArmenians, online, venueWithoutCountry);

    // when / then
    assertFinds(EventQuery.builder().country(AM).build(), ours, inArmenia, inMoldovaWithArmenians);
    assertFinds(EventQuery.builder().country(GE).build(), ours, withGeorgians);
    assertFinds(
        EventQuery.builder().countries(List.of(GE, MD)).build(),
        ours,
        withGeorgians,
        inMoldovaWithArmenians);
    assertFinds(
        EventQuery.builder().project(project.id()).country(CountryCode.of("FR")).build(), ours);
  }

  /** Checks that a search filters by period including events that touch either edge. */
  @Test
  protected void filtersByPeriodIncludingEventsThatTouchEitherEdge() {
    // given
    Project project = storedProject();
    LocalDate from = LocalDate.of(2031, 5, 10);
    LocalDate to = LocalDate.of(2031, 5, 20);
    Event endsOnFrom = events().create(eventBetween(project.id(), from.minusDays(5), from));
    Event startsOnTo = events().create(eventBetween(project.id(), to, to.plusDays(2)));
    Event endsTheDayBefore =
        events().create(eventBetween(project.id(), from.minusDays(9), from.minusDays(1)));
    Event startsTheDayAfter =
        events().create(eventBetween(project.id(), to.plusDays(1), to.plusDays(5)));
    Event spanning =
        events()
            .create(
                eventBetween(project.id(), LocalDate.of(2031, 4, 1), LocalDate.of(2031, 6, 30)));
    Event inside = events().create(eventOn(project.id(), from.plusDays(2)));
    Event inTheMonth =
        events()
            .create(
                eventOf(project.id()).toBuilder()
                    .dates(EventDates.on(PartialDate.ofMonth(2031, 5)))
                    .build());
    Event inTheYear =
        events()
            .create(
                eventOf(project.id()).toBuilder()
                    .dates(EventDates.on(PartialDate.ofYear(2031)))
                    .build());
    Event inTheMonthBefore =
        events()
            .create(
                eventOf(project.id()).toBuilder()
                    .dates(EventDates.on(PartialDate.ofMonth(2031, 4)))
                    .build());
    List<Event> ours =
        List.of(
            endsOnFrom,
            startsOnTo,
            endsTheDayBefore,
            startsTheDayAfter,
            spanning,
            inside,
            inTheMonth,
            inTheYear,
            inTheMonthBefore);

    // when / then
    assertFinds(
        EventQuery.builder().between(from, to).build(),
        ours,
        endsOnFrom,
        startsOnTo,
        spanning,
        inside,
        inTheMonth,
        inTheYear);
    assertFinds(
        EventQuery.builder().between(from, from).build(),
        ours,
        endsOnFrom,
        spanning,
        inTheMonth,
        inTheYear);
    assertFinds(
        EventQuery.builder().project(project.id()).between(from, null).build(),
        ours,
        endsOnFrom,
        startsOnTo,
        startsTheDayAfter,
        spanning,
        inside,
        inTheMonth,
        inTheYear);
    assertFinds(
        EventQuery.builder().project(project.id()).between(null, to).build(),
        ours,
        endsOnFrom,
        startsOnTo,
        endsTheDayBefore,
        spanning,
        inside,
        inTheMonth,
        inTheYear,
        inTheMonthBefore);
  }

  /** Checks that a search filters by type. */
  @Test
  protected void filtersByType() {
    // given
    Project project = storedProject();
    Event training =
        events().create(eventOf(project.id()).toBuilder().type(EventType.TRAINING).build());
    Event conference =
        events().create(eventOf(project.id()).toBuilder().type(EventType.CONFERENCE).build());
    Event mission =
        events().create(eventOf(project.id()).toBuilder().type(EventType.ADVISORY_MISSION).build());
    List<Event> ours = List.of(training, conference, mission);

    // when / then
    assertFinds(EventQuery.builder().type(EventType.TRAINING).build(), ours, training);
    assertFinds(
        EventQuery.builder().type(EventType.TRAINING).type(EventType.CONFERENCE).build(),
        ours,
        training,
        conference);
  }

  /** Checks that a search filters by status. */
  @Test
  protected void filtersByStatus() {
    // given
    Project project = storedProject();
    Event scheduled = events().create(eventOf(project.id()));
    Event toCancel = events().create(eventOf(project.id()));
    Event cancelled = events().cancel(toCancel.id(), toCancel.version());
    Event toPostpone = events().create(eventOf(project.id()));
    Event postponed = events().postpone(toPostpone.id(), toPostpone.version());
    Event held =
        events()
            .create(
                Fixtures.eventIn(project.id(), AM, Fixtures.SOME_DAY).toBuilder()
                    .status(EventStatus.HELD)
                    .build());
    List<Event> ours = List.of(scheduled, cancelled, postponed, held);

    // when / then
    assertFinds(
        EventQuery.builder().project(project.id()).status(EventStatus.SCHEDULED).build(),
        ours,
        scheduled);
    assertFinds(EventQuery.builder().status(EventStatus.CANCELLED).build(), ours, cancelled);
    assertFinds(
        EventQuery.builder().status(EventStatus.POSTPONED).status(EventStatus.HELD).build(),
        ours,
        postponed,
        held);
  }

  /** Checks that a search filters by topic. */
  @Test
  protected void filtersByTopic() {
    // given
    Project project = storedProject();
    Topic first = Fixtures.uniqueTopic();
    Topic second = Fixtures.uniqueTopic();
    Event one = events().create(eventOf(project.id()).toBuilder().addTopic(first).build());
    Event two =
        events().create(eventOf(project.id()).toBuilder().addTopic(second).addTopic(first).build());
    Event none =
        events()
            .create(
                eventOf(project.id()).toBuilder().addTopic(Topic.of("data protection")).build());
    List<Event> ours = List.of(one, two, none);

    // when / then
    assertFinds(EventQuery.builder().topic(first).build(), ours, one, two);
    assertFinds(
        EventQuery.builder().topic(Topic.of(second.label().toUpperCase(Locale.ROOT))).build(),
        ours,
        two);
  }

  /** Checks that a topic keeps the case its user wrote, and is found by its label in any case. */
  @Test
  protected void keepsATopicAsWrittenAndFindsItInAnyCase() {
    // given
    Project project = storedProject();
    Topic written = Topic.of("GLACY+ " + Fixtures.uniqueTopic().label().toUpperCase(Locale.ROOT));
    Event tagged = events().create(eventOf(project.id()).toBuilder().addTopic(written).build());
    Event other = events().create(eventOf(project.id()));

    // when
    Event read = events().get(tagged.id());

    // then
    assertThat(read.topics()).extracting(Topic::label).containsExactly(written.label());
    assertFinds(
        EventQuery.builder().topic(Topic.of(written.label().toLowerCase(Locale.ROOT))).build(),
        List.of(tagged, other),
        tagged);
  }

  /** Checks that a search filters by organiser in any role. */
  @Test
  protected void filtersByOrganiserInAnyRole() {
    // given
    Project project = storedProject();
    Organisation first = storedOrganisation();
    Organisation second = storedOrganisation();
    Event organised =
        events()
            .create(
                eventOf(project.id()).toBuilder()
                    .addOrganiser(Organiser.of(first.id(), OrganiserRole.ORGANISER))
                    .build());
    Event funded =
        events()
            .create(
                eventOf(project.id()).toBuilder()
                    .addOrganiser(Organiser.of(second.id(), OrganiserRole.HOST))
                    .addOrganiser(Organiser.of(first.id(), OrganiserRole.FUNDER))
                    .build());
    Event none = events().create(eventOf(project.id()));
    List<Event> ours = List.of(organised, funded, none);

    // when / then
    assertFinds(EventQuery.builder().organiser(first.id()).build(), ours, organised, funded);
    assertFinds(EventQuery.builder().organiser(second.id()).build(), ours, funded);
  }

  /**
   * Checks that a search filters by text in titles, descriptions and key messages ignoring case and
   * accents.
   */
  @Test
  protected void filtersByTextInTitlesDescriptionsAndKeyMessagesIgnoringCaseAndAccents() {
    // given
    Project project = storedProject();
    String token = Fixtures.uniqueToken();
    String upper = token.toUpperCase(Locale.ROOT);
    Event inTitle =
        events()
            .create(
                eventOf(project.id()).toBuilder()
                    .title(
                        localized(
                            "en",
                            "Workshop",
                            "fr",
                            "Séminaire " + upper + " — Preuve Électronique"))
                    .build());
    Event inDescription =
        events()
            .create(
                eventOf(project.id()).toBuilder()
                    .description(localized("ru", "Семинар " + token + " Киберпреступность"))
                    .build());
    Event inKeyMessage =
        events()
            .create(
                eventOf(project.id()).toBuilder()
                    .addKeyMessage(KeyMessage.adopted("Adopted: " + token + " Ärzte-Übereinkommen"))
                    .build());
    Event elsewhere =
        events()
            .create(
                eventOf(project.id()).toBuilder()
                    .venue(new Venue(token, token, null))
                    .addLink(Link.of("https://example.org/" + token, token, Link.Kind.SOURCE))
                    .addTopic(Topic.of(token))
                    .build());
    List<Event> ours = List.of(inTitle, inDescription, inKeyMessage, elsewhere);

    // when / then
    assertFinds(
        EventQuery.builder().text(token).build(), ours, inTitle, inDescription, inKeyMessage);
    assertFinds(EventQuery.builder().text(token + " preuve electronique").build(), ours, inTitle);
    assertFinds(
        EventQuery.builder().text("  " + upper + " — PRÉUVE  ÉLECTRONIQUE ").build(),
        ours,
        inTitle);
    assertFinds(EventQuery.builder().text(token + " КИБЕР").build(), ours, inDescription);
    assertFinds(EventQuery.builder().text(upper + " arzte-uberein").build(), ours, inKeyMessage);
    assertFinds(EventQuery.builder().text(token + " nowhere").build(), ours);
  }

  /** Checks that a search combines filters so that each must match. */
  @Test
  protected void combinesFiltersSoThatEachMustMatch() {
    // given
    Project project = storedProjectWithComponents(2);
    Project other = storedProject();
    Organisation organiser = storedOrganisation();
    Organisation otherOrganiser = storedOrganisation();
    Topic topic = Fixtures.uniqueTopic();
    String token = Fixtures.uniqueToken();
    ComponentId component = project.components().get(0).id();
    LocalDate day = LocalDate.of(2032, 3, 10);
    Event match =
        eventOn(project.id(), day).toBuilder()
            .addComponent(component)
            .title("Training " + token)
            .type(EventType.TRAINING)
            .venue(Venue.of("Yerevan", AM))
            .addTopic(topic)
            .addOrganiser(Organiser.of(organiser.id(), OrganiserRole.ORGANISER))
            .build();
    List<Event> variants =
        List.of(
            match,
            match.toBuilder().projects(List.of(other.id())).components(List.of()).build(),
            match.toBuilder().components(List.of(project.components().get(1).id())).build(),
            match.toBuilder().venue(Venue.of("Tbilisi", GE)).build(),
            match.toBuilder()
                .dates(EventDates.of(day.plusMonths(1), day.plusMonths(1), null))
                .build(),
            match.toBuilder().type(EventType.MEETING).build(),
            match.toBuilder().status(EventStatus.CANCELLED).build(),
            match.toBuilder().topics(Set.of(Fixtures.uniqueTopic())).build(),
            match.toBuilder()
                .organisers(List.of(Organiser.of(otherOrganiser.id(), OrganiserRole.ORGANISER)))
                .build(),
            match.toBuilder().title("Training without the token").build());
    List<Event> ours = new ArrayList<>();
    for (Event variant : variants) {
      ours.add(events().create(variant.toBuilder().id(Fixtures.newEventId()).build()));
    }
    EventQuery query =
        EventQuery.builder()
            .project(project.id())
            .component(component)
            .country(AM)
            .between(day.withDayOfMonth(1), day.withDayOfMonth(31))
            .type(EventType.TRAINING)
            .status(EventStatus.SCHEDULED)
            .topic(topic)
            .organiser(organiser.id())
            .text(token)
            .build();

    // when / then
    assertFinds(query, ours, ours.get(0));
  }

  // Order and pages.

  /** Checks that a search sorts by first day then by id, in both directions. */
  @Test
  protected void sortsByFirstDayThenIdInBothDirections() {
    // given
    Project project = storedProject();
    LocalDate day = LocalDate.of(2030, 1, 10);
    List<Event> ours =
        List.of(
            events().create(eventBetween(project.id(), day, day.plusDays(3))),
            events().create(eventOn(project.id(), LocalDate.of(2029, 12, 31))),
            events().create(eventOn(project.id(), day)),
            events()
                .create(
                    eventOf(project.id()).toBuilder()
                        .dates(EventDates.on(PartialDate.ofYear(2030)))
                        .build()),
            events().create(eventOn(project.id(), LocalDate.of(2030, 2, 1))),
            events().create(eventBetween(project.id(), day, day.plusDays(1))),
            events()
                .create(
                    eventOf(project.id()).toBuilder()
                        .dates(EventDates.on(PartialDate.ofMonth(2030, 1)))
                        .build()));

    for (SortDirection direction : SortDirection.values()) {
      for (int limit : new int[] {1, 2, 3, 7, 8}) {
        // when
        EventQuery query =
            EventQuery.builder().project(project.id()).direction(direction).limit(limit).build();
        List<Event> found = search(query);

        // then
        assertThat(found.stream().map(Event::id).toList())
            .as("%s with pages of %d", direction, limit)
            .containsExactlyElementsOf(
                ours.stream().sorted(eventOrder(direction)).map(Event::id).toList());
      }
    }
  }

  /**
   * Checks that a period, in a country or anywhere, finds the events of every length that may
   * overlap it (a day, a week, months, years, no known end, no known date), and none that ends the
   * day before it, whatever their length, page by page in both orders. Stores may bound how far
   * before the period they look by how long events last, and must then still find the long ones.
   */
  @Test
  protected void aPeriodFindsEventsOfEveryLengthThatMayOverlapIt() {
    // given
    Project project = storedProject();
    CountryCode country = CountryCode.of("TV");
    LocalDate from = LocalDate.of(2087, 6, 1);
    LocalDate to = LocalDate.of(2087, 6, 30);
    List<Event> ours = new ArrayList<>();
    List<Event> expected = new ArrayList<>();
    for (int days : new int[] {0, 1, 3, 7, 8, 40, 63, 64, 300, 511, 512, 2000}) {
      // ending on the period's first day: may overlap it; ending the day before: may not
      expected.add(inCountry(project, country, EventDates.of(from.minusDays(days), from, null)));
      LocalDate dayBefore = from.minusDays(1);
      ours.add(
          inCountry(project, country, EventDates.of(dayBefore.minusDays(days), dayBefore, null)));
    }
    expected.add(inCountry(project, country, EventDates.of(to, to.plusDays(900), null)));
    expected.add(inCountry(project, country, EventDates.startingOn(PartialDate.of(2080, 1, 1))));
    expected.add(inCountry(project, country, EventDates.on(PartialDate.ofYear(2087))));
    expected.add(inCountry(project, country, EventDates.onOrBefore(LocalDate.of(2087, 6, 15))));
    expected.add(inCountry(project, country, EventDates.unknown()));
    ours.add(inCountry(project, country, EventDates.of(to.plusDays(1), to.plusDays(1), null)));
    ours.addAll(expected);

    for (SortDirection direction : SortDirection.values()) {
      EventQuery anywhere =
          EventQuery.builder()
              .between(from, to)
              .direction(direction)
              .limit(Paging.MAX_LIMIT)
              .build();
      // when, then
      assertFinds(
          anywhere.toBuilder().country(country).build(), ours, expected.toArray(Event[]::new));
      assertFinds(anywhere, ours, expected.toArray(Event[]::new));
    }
  }

  private Event inCountry(Project project, CountryCode country, EventDates dates) {
    return events()
        .create(
            eventOf(project.id()).toBuilder()
                .dates(dates)
                .venue(Venue.of("Capital", country))
                .build());
  }

  /** Checks that a search walks all pages without repeats or gaps. */
  @Test
  protected void walksAllPagesWithoutRepeatsOrGaps() {
    // given
    Project project = storedProject();
    Random random = new Random(20);
    List<Event> ours = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      LocalDate first = LocalDate.of(2028, 1, 1).plusDays(random.nextInt(40));
      ours.add(
          events().create(eventBetween(project.id(), first, first.plusDays(random.nextInt(3)))));
    }

    for (SortDirection direction : SortDirection.values()) {
      List<Event> all =
          events()
              .search(
                  EventQuery.builder()
                      .project(project.id())
                      .direction(direction)
                      .limit(Paging.MAX_LIMIT)
                      .build())
              .items();
      assertThat(all).hasSize(20);
      for (int limit : new int[] {1, 3, 4, 5, 10, 19, 20, 21}) {
        // when
        EventQuery query =
            EventQuery.builder().project(project.id()).direction(direction).limit(limit).build();
        List<Page<Event>> pages =
            ContractAssertions.pages(query, limit, events()::search, EventQuery::after);

        // then
        assertThat(pages).as("pages of %d, %s", limit, direction).hasSize((20 + limit - 1) / limit);
        List<Event> walked = pages.stream().flatMap(p -> p.items().stream()).toList();
        assertThat(walked).as("pages of %d, %s", limit, direction).containsExactlyElementsOf(all);
      }
    }
  }

  /**
   * Checks that the first pages of a search without filters are in strict order, whatever else the
   * store holds.
   */
  @Test
  protected void ordersPagesOfTheWholeStore() {
    // given
    Project project = storedProject();
    for (int i = 0; i < 12; i++) {
      events().create(eventOn(project.id(), LocalDate.of(2025, 1, 1).plusDays(i % 4)));
    }

    // when, then
    searches().assertOrdersFirstPages(EventQuery.builder().build());
  }

  private List<Event> search(EventQuery query) {
    return searches().all(query);
  }

  private void assertFinds(EventQuery query, List<Event> ours, Event... expected) {
    searches().assertFinds(query, ours, List.of(expected));
  }

  private SearchContract<EventQuery, EventQuery.Builder, Event> searches() {
    return new SearchContract<>(
        EventQuery::toBuilder,
        EventQuery.Builder::build,
        query -> events().search(query),
        EventSearch::matches,
        ContractAssertions::eventOrder,
        Event::id);
  }
}
