package org.coopkit.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopkit.internal.ValidationAssertions.invalid;
import static org.coopkit.internal.ValidationAssertions.violation;
import static org.coopkit.model.event.EventFixture.anEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coopkit.error.ValidationException;
import org.coopkit.model.CountryCode;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.PartialDate;
import org.coopkit.model.ParticipantCount;
import org.coopkit.model.Topic;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventDates;
import org.coopkit.model.event.EventFixture;
import org.coopkit.model.event.EventId;
import org.coopkit.model.event.EventStatus;
import org.coopkit.model.event.EventType;
import org.coopkit.model.event.KeyMessage;
import org.coopkit.model.event.Organiser;
import org.coopkit.model.event.OrganiserRole;
import org.coopkit.model.event.Participation;
import org.coopkit.model.event.Venue;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.ComponentId;
import org.coopkit.model.project.ProjectId;
import org.coopkit.query.internal.EventSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventQueryTest {
  private static final CountryCode AZERBAIJAN = CountryCode.of("AZ");
  private static final CountryCode GEORGIA = CountryCode.of("GE");
  private static final CountryCode UKRAINE = CountryCode.of("UA");
  private static final LocalDate OCT_9 = LocalDate.of(2017, 10, 9);
  private static final LocalDate OCT_11 = LocalDate.of(2017, 10, 11);

  private static EventQuery.Builder query() {
    return EventQuery.builder();
  }

  @Test
  void matchesEveryEventWithoutFilters() {
    EventQuery query = query().build();

    assertThat(query.limit()).isEqualTo(Paging.DEFAULT_LIMIT);
    assertThat(query.direction()).isEqualTo(SortDirection.ASCENDING);
    assertThat(EventSearch.matches(query, anEvent().build())).isTrue();
    assertThat(EventSearch.matches(query, EventFixture.regionalCybercrimeConference())).isTrue();
  }

  @Test
  void matchesEventsOfAnyOfTheProjects() {
    ProjectId eap = ProjectId.of(UUID.randomUUID());
    ProjectId other = ProjectId.of(UUID.randomUUID());
    Event joint = anEvent().projects(List.of(other, eap)).build();

    assertThat(EventSearch.matches(query().project(eap).build(), joint)).isTrue();
    assertThat(
            EventSearch.matches(
                query().projects(List.of(ProjectId.of(UUID.randomUUID()), other)).build(), joint))
        .isTrue();
    assertThat(EventSearch.matches(query().project(ProjectId.of(UUID.randomUUID())).build(), joint))
        .isFalse();
  }

  @Test
  void matchesEventsServingAnyOfTheComponents() {
    ComponentId mla = ComponentId.of(UUID.randomUUID());
    Event event = anEvent().addComponent(mla).build();

    assertThat(EventSearch.matches(query().component(mla).build(), event)).isTrue();
    assertThat(
            EventSearch.matches(
                query().component(ComponentId.of(UUID.randomUUID())).build(), event))
        .isFalse();
    assertThat(EventSearch.matches(query().component(mla).build(), anEvent().build())).isFalse();
  }

  @Test
  void matchesACountryByTheVenue() {
    Event inBaku = anEvent().venue(Venue.of("Baku", AZERBAIJAN)).build();

    assertThat(EventSearch.matches(query().country(AZERBAIJAN).build(), inBaku)).isTrue();
    assertThat(EventSearch.matches(query().country(GEORGIA).build(), inBaku)).isFalse();
  }

  @Test
  void matchesACountryByTheParticipants() {
    Event online =
        anEvent()
            .participation(
                Participation.of(ParticipantCount.approximately(40), Set.of(GEORGIA, UKRAINE)))
            .build();
    Event venueWithoutCountry =
        anEvent()
            .venue(new Venue("Hilton", "Baku", null))
            .participation(Participation.of(ParticipantCount.exactly(5), Set.of(UKRAINE)))
            .build();

    assertThat(EventSearch.matches(query().country(UKRAINE).build(), online)).isTrue();
    assertThat(EventSearch.matches(query().countries(List.of(AZERBAIJAN, GEORGIA)).build(), online))
        .isTrue();
    assertThat(EventSearch.matches(query().country(AZERBAIJAN).build(), online)).isFalse();
    assertThat(EventSearch.matches(query().country(UKRAINE).build(), venueWithoutCountry)).isTrue();
    assertThat(EventSearch.matches(query().country(AZERBAIJAN).build(), venueWithoutCountry))
        .isFalse();
  }

  @ParameterizedTest(name = "from {0} to {1}: {2}")
  @CsvSource(
      nullValues = "-",
      textBlock =
          """
      2017-10-11, -,          true
      2017-10-12, -,          false
      -,          2017-10-09, true
      -,          2017-10-08, false
      2017-10-01, 2017-10-09, true
      2017-10-11, 2017-10-31, true
      2017-10-10, 2017-10-10, true
      2017-10-01, 2017-10-08, false
      2017-10-12, 2017-10-31, false
      2017-01-01, 2017-12-31, true
      """)
  void matchesEventsOverlappingThePeriodWithBothEdgesIncluded(
      LocalDate from, LocalDate to, boolean matches) {
    Event nineToEleven = anEvent().dates(EventDates.of(OCT_9, OCT_11, null)).build();

    assertThat(EventSearch.matches(query().between(from, to).build(), nineToEleven))
        .isEqualTo(matches);
  }

  @Test
  void matchesAnEventKnownOnlyToTheMonthOnAnyDayOfIt() {
    Event october = anEvent().dates(EventDates.on(PartialDate.ofMonth(2017, 10))).build();

    assertThat(
            EventSearch.matches(query().between(LocalDate.of(2017, 10, 31), null).build(), october))
        .isTrue();
    assertThat(
            EventSearch.matches(query().between(null, LocalDate.of(2017, 10, 1)).build(), october))
        .isTrue();
    assertThat(
            EventSearch.matches(query().between(LocalDate.of(2017, 11, 1), null).build(), october))
        .isFalse();
  }

  @Test
  void matchesEventsOfAnyOfTheTypesAndStatuses() {
    Event training = anEvent().type(EventType.TRAINING).status(EventStatus.POSTPONED).build();

    assertThat(
            EventSearch.matches(
                query().type(EventType.TRAINING).type(EventType.WORKSHOP).build(), training))
        .isTrue();
    assertThat(EventSearch.matches(query().type(EventType.CONFERENCE).build(), training)).isFalse();
    assertThat(EventSearch.matches(query().status(EventStatus.POSTPONED).build(), training))
        .isTrue();
    assertThat(
            EventSearch.matches(
                query().status(EventStatus.SCHEDULED).status(EventStatus.HELD).build(), training))
        .isFalse();
  }

  @Test
  void matchesEventsWithAnyOfTheTopicsComparedLoosely() {
    Event event = anEvent().addTopic(Topic.of("Digital Forensics")).build();

    assertThat(EventSearch.matches(query().topic(Topic.of("digital  forensics")).build(), event))
        .isTrue();
    assertThat(EventSearch.matches(query().topic(Topic.of("ransomware")).build(), event)).isFalse();
  }

  @Test
  void matchesEventsWithAnyOfTheOrganisersInAnyRole() {
    OrganisationId iap = OrganisationId.of(UUID.randomUUID());
    Event event = anEvent().addOrganiser(Organiser.of(iap, OrganiserRole.CO_ORGANISER)).build();

    assertThat(EventSearch.matches(query().organiser(iap).build(), event)).isTrue();
    assertThat(
            EventSearch.matches(
                query().organiser(OrganisationId.of(UUID.randomUUID())).build(), event))
        .isFalse();
  }

  @Test
  void matchesFoldedTextInTitleDescriptionOrKeyMessages() {
    Event event =
        anEvent()
            .title("Regional Cybercrime Conference")
            .description(LocalizedText.of("Organised with the Prosecutor General"))
            .addKeyMessage(KeyMessage.adopted("Online money laundering is a major problem."))
            .venue(Venue.of("Baku", AZERBAIJAN))
            .build();

    assertThat(EventSearch.matches(query().text("RÉGIONAL  cybercrime").build(), event)).isTrue();
    assertThat(EventSearch.matches(query().text("prosecutor").build(), event)).isTrue();
    assertThat(EventSearch.matches(query().text("money-laundering").build(), event)).isTrue();
    assertThat(EventSearch.matches(query().text("Baku").build(), event))
        .as("the venue is not searched")
        .isFalse();
    assertThat(EventSearch.matches(query().text("workshop").build(), event)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\u00a0"})
  void dropsATextFilterThatShowsNothing(String text) {
    EventQuery query = query().text(text).build();

    assertThat(query.text()).isNull();
    assertThat(EventSearch.matches(query, anEvent().build())).isTrue();
  }

  @Test
  void keepsTheTextFilterFolded() {
    assertThat(query().text("  Céline  DEWAELE ").build().text()).isEqualTo("celine dewaele");
  }

  @Test
  void requiresEveryFilterToMatch() {
    ProjectId eap = ProjectId.of(UUID.randomUUID());
    Event event =
        anEvent()
            .projects(List.of(eap))
            .type(EventType.CONFERENCE)
            .venue(Venue.of("Baku", AZERBAIJAN))
            .build();

    assertThat(
            EventSearch.matches(
                query().project(eap).type(EventType.CONFERENCE).country(AZERBAIJAN).build(), event))
        .isTrue();
    assertThat(
            EventSearch.matches(
                query().project(eap).type(EventType.CONFERENCE).country(GEORGIA).build(), event))
        .isFalse();
    assertThat(
            EventSearch.matches(
                query().project(eap).type(EventType.TRAINING).country(AZERBAIJAN).build(), event))
        .isFalse();
  }

  @Test
  void acceptsALimitFromOneToTheMaximumAndRejectsZeroAndOneMore() {
    assertThat(query().limit(1).build().limit()).isEqualTo(1);
    assertThat(query().limit(Paging.MAX_LIMIT).build().limit()).isEqualTo(1_000);
    violation(() -> query().limit(0).build(), "limit", "must be between 1 and 1000");
    violation(() -> query().limit(1_001).build(), "limit", "must be between 1 and 1000");
    violation(() -> query().limit(-1).build(), "limit", "must be between 1 and 1000");
  }

  @Test
  void rejectsAPeriodEndingBeforeItStarts() {
    assertThat(query().between(OCT_9, OCT_9).build().to()).isEqualTo(OCT_9);
    violation(() -> query().between(OCT_11, OCT_9).build(), "to", "must not be before from");
  }

  @Test
  void rejectsATextFilterLongerThanTwoHundredCharacters() {
    assertThat(query().text("a".repeat(200)).build().text()).hasSize(200);
    violation(() -> query().text("a".repeat(201)).build(), "text", "at most 200");
  }

  @Test
  void reportsEveryBrokenRuleOfOneQueryTogether() {
    ValidationException e = invalid(() -> query().limit(0).between(OCT_11, OCT_9).build());

    assertThat(e.paths()).containsExactlyInAnyOrder("limit", "to");
  }

  @Test
  void sortsByTheFirstDayInIsoForm() {
    Event event = anEvent().dates(EventDates.on(PartialDate.ofMonth(2017, 10))).build();

    assertThat(EventSearch.sortKey(event)).isEqualTo("2017-10-01");
  }

  @Test
  void putsEveryEventAfterTheStartOfTheFirstPage() {
    assertThat(EventSearch.isAfterCursor(query().build(), anEvent().build())).isTrue();
    assertThat(
            EventSearch.isAfterCursor(
                query().direction(SortDirection.DESCENDING).build(), anEvent().build()))
        .isTrue();
  }

  @Test
  void putsLaterDaysAndThenHigherIdsAfterTheCursorWhenAscending() {
    EventId last = EventId.of(new UUID(0x0190_0000_0000_7000L, 5));
    EventQuery next = query().build().after(EventSearch.cursor("2017-10-10", last.value()));

    assertThat(EventSearch.isAfterCursor(next, onDay("2017-10-11", last))).isTrue();
    assertThat(EventSearch.isAfterCursor(next, onDay("2017-10-09", last))).isFalse();
    assertThat(EventSearch.isAfterCursor(next, onDay("2017-10-10", last))).isFalse();
    assertThat(EventSearch.isAfterCursor(next, onDay("2017-10-10", idAfter(last)))).isTrue();
    assertThat(EventSearch.isAfterCursor(next, onDay("2017-10-10", idBefore(last)))).isFalse();
  }

  @Test
  void putsEarlierDaysAndThenLowerIdsAfterTheCursorWhenDescending() {
    EventId last = EventId.of(new UUID(0x0190_0000_0000_7000L, 5));
    EventQuery next =
        query()
            .direction(SortDirection.DESCENDING)
            .build()
            .after(EventSearch.cursor("2017-10-10", last.value()));

    assertThat(EventSearch.isAfterCursor(next, onDay("2017-10-09", last))).isTrue();
    assertThat(EventSearch.isAfterCursor(next, onDay("2017-10-11", last))).isFalse();
    assertThat(EventSearch.isAfterCursor(next, onDay("2017-10-10", last))).isFalse();
    assertThat(EventSearch.isAfterCursor(next, onDay("2017-10-10", idBefore(last)))).isTrue();
    assertThat(EventSearch.isAfterCursor(next, onDay("2017-10-10", idAfter(last)))).isFalse();
  }

  @Test
  void comparesIdsAsUnsignedNumbersLikeADatabase() {
    EventId low = EventId.of(new UUID(0x0190_0000_0000_7000L, 1));
    EventId high = EventId.of(new UUID(0x8190_0000_0000_7000L, 1)); // negative as a signed long
    EventQuery next = query().build().after(EventSearch.cursor("2017-10-10", low.value()));

    assertThat(EventSearch.isAfterCursor(next, onDay("2017-10-10", high))).isTrue();
  }

  @Test
  void keepsItsCursorAndFiltersThroughToBuilder() {
    Cursor cursor = new Cursor("2017-10-10", UUID.randomUUID());
    EventQuery query =
        query()
            .project(ProjectId.of(UUID.randomUUID()))
            .country(UKRAINE)
            .between(OCT_9, OCT_11)
            .text("Cybercrime")
            .direction(SortDirection.DESCENDING)
            .limit(7)
            .build()
            .after(EventSearch.cursor(cursor.sortKey(), cursor.id()));

    assertThat(query.toBuilder().build()).isEqualTo(query);
    assertThat(query.toBuilder().build().after()).isEqualTo(cursor);
  }

  @Test
  void returnsUnmodifiableFilters() {
    EventQuery query = query().country(UKRAINE).type(EventType.TRAINING).build();

    assertThatThrownBy(() -> query.countries().add(GEORGIA))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> query.types().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> query.projects().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  private static Event onDay(String day, EventId id) {
    LocalDate date = LocalDate.parse(day);
    return anEvent().id(id).dates(EventDates.of(date, date, null)).build();
  }

  private static EventId idAfter(EventId id) {
    return EventId.of(
        new UUID(id.value().getMostSignificantBits(), id.value().getLeastSignificantBits() + 1));
  }

  private static EventId idBefore(EventId id) {
    return EventId.of(
        new UUID(id.value().getMostSignificantBits(), id.value().getLeastSignificantBits() - 1));
  }
}
