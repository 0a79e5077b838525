package org.coopkit.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.coopkit.error.BrokenReferenceException;
import org.coopkit.error.DuplicateException;
import org.coopkit.error.StillReferencedException;
import org.coopkit.error.ValidationException;
import org.coopkit.model.ExternalId;
import org.coopkit.model.PartialDate;
import org.coopkit.model.ParticipantCount;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventDates;
import org.coopkit.model.event.EventId;
import org.coopkit.model.event.EventSeries;
import org.coopkit.model.event.Participation;
import org.coopkit.model.project.Project;
import org.coopkit.query.EventQuery;
import org.coopkit.query.SortDirection;
import org.coopkit.report.Dimension;
import org.coopkit.report.EventScope;
import org.coopkit.report.EventTally;
import org.coopkit.report.PortfolioMatrix;
import org.coopkit.report.ProjectDashboard;
import org.coopkit.report.RawTally;
import org.coopkit.report.ReportFilter;
import org.coopkit.report.ReportScope;
import org.coopkit.report.Tallies;
import org.coopkit.spi.TransactionMode;
import org.junit.jupiter.api.Test;

/**
 * The contract of events as sources give them: dates known to the month or year, without an end,
 * "on or before" a reported day or not at all, and how searches and reports read them; events that
 * are part of others and series, counted once; external ids.
 *
 * @since 0.2.0
 */
public abstract class EventRecordsTestSuite extends StorageTestSuite {
  /** For subclasses. */
  protected EventRecordsTestSuite() {}

  private Event event(Project project, EventDates dates) {
    return Fixtures.eventOf(project.id()).toBuilder().dates(dates).build();
  }

  private Event counted(Project project, LocalDate day, ParticipantCount total) {
    return Fixtures.eventOn(project.id(), day).toBuilder()
        .participation(Participation.builder().total(total).build())
        .build();
  }

  // Dates.

  /** Checks that every form of dates reads back as it was stored. */
  @Test
  protected void everyFormOfDatesReadsBackAsStored() {
    Project project = storedProject();
    List<EventDates> forms =
        List.of(
            EventDates.on(PartialDate.ofMonth(2019, 5)),
            EventDates.on(PartialDate.ofYear(2018)),
            new EventDates(PartialDate.ofYear(2018), PartialDate.of(2019, 2, 3), null),
            EventDates.startingOn(PartialDate.of(2019, 5, 14)),
            EventDates.startingOn(PartialDate.ofMonth(2019, 5))
                .withTimeZone(java.time.ZoneId.of("Europe/Paris")),
            EventDates.onOrBefore(LocalDate.of(2019, 5, 14)),
            EventDates.unknown());
    for (EventDates dates : forms) {
      // when
      Event stored = events().create(event(project, dates));

      // then
      assertThat(events().get(stored.id())).isEqualTo(stored);
      assertThat(events().get(stored.id()).dates()).isEqualTo(dates);
    }
  }

  /**
   * Checks the period filter's rule: an event matches a period it may fall in, and with {@code
   * certainlyInPeriod} only one it certainly lies in.
   */
  @Test
  protected void aPeriodFindsWhatMayFallInItAndOnRequestOnlyWhatCertainlyDoes() {
    Project project = storedProject();
    Event day = events().create(Fixtures.eventOn(project.id(), LocalDate.of(2019, 5, 14)));
    Event month = events().create(event(project, EventDates.on(PartialDate.ofMonth(2019, 5))));
    Event year = events().create(event(project, EventDates.on(PartialDate.ofYear(2019))));
    Event openEnd =
        events().create(event(project, EventDates.startingOn(PartialDate.of(2019, 5, 10))));
    Event reported =
        events().create(event(project, EventDates.onOrBefore(LocalDate.of(2019, 5, 20))));
    Event unknown = events().create(event(project, EventDates.unknown()));
    Event before = events().create(Fixtures.eventOn(project.id(), LocalDate.of(2019, 4, 30)));
    EventQuery may =
        EventQuery.builder()
            .project(project.id())
            .between(LocalDate.of(2019, 5, 1), LocalDate.of(2019, 5, 31))
            .build();

    // when
    List<EventId> mayFall = ids(events().search(may).items());
    List<EventId> certainly =
        ids(events().search(may.toBuilder().certainlyInPeriod(true).build()).items());
    List<EventId> later =
        ids(
            events()
                .search(
                    EventQuery.builder()
                        .project(project.id())
                        .between(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))
                        .build())
                .items());

    // then
    assertThat(mayFall)
        .containsExactlyInAnyOrder(
            day.id(), month.id(), year.id(), openEnd.id(), reported.id(), unknown.id());
    assertThat(certainly).containsExactlyInAnyOrder(day.id(), month.id());
    assertThat(later)
        .as("no end known: it may still run")
        .containsExactly(unknown.id(), openEnd.id());
    assertThat(mayFall).doesNotContain(before.id());
  }

  /** Checks that events whose start is not known sort first ascending and last descending. */
  @Test
  protected void eventsWithoutAKnownStartSortByTheirEarliestPossibleDay() {
    Project project = storedProject();
    Event known = events().create(Fixtures.eventOn(project.id(), LocalDate.of(2019, 5, 14)));
    Event year = events().create(event(project, EventDates.on(PartialDate.ofYear(2019))));
    Event unknown = events().create(event(project, EventDates.unknown()));
    EventQuery all = EventQuery.builder().project(project.id()).limit(2).build();

    // when: paged, so that the cursor goes past the unknown date
    List<Event> ascending = new java.util.ArrayList<>(events().search(all).items());
    ascending.addAll(events().search(all.after(events().search(all).nextCursor())).items());
    List<Event> descending =
        events()
            .search(all.toBuilder().direction(SortDirection.DESCENDING).limit(10).build())
            .items();

    // then
    assertThat(ids(ascending)).containsExactly(unknown.id(), year.id(), known.id());
    assertThat(ids(descending)).containsExactly(known.id(), year.id(), unknown.id());
  }

  /**
   * Checks that a dashboard places no event of unknown year in a year, and counts the events that
   * only may fall in its period.
   */
  @Test
  protected void reportsKeepUncertainDatesApartAndSayHowMany() {
    Project project = storedProject();
    events().create(Fixtures.eventOn(project.id(), LocalDate.of(2019, 5, 14)));
    events().create(event(project, EventDates.on(PartialDate.ofYear(2019))));
    events().create(event(project, EventDates.onOrBefore(LocalDate.of(2019, 5, 20))));
    events().create(event(project, EventDates.unknown()));

    // when
    ProjectDashboard all = reports().dashboard(ReportScope.project(project.id()), ReportFilter.ALL);
    ProjectDashboard may2019 =
        reports()
            .dashboard(
                ReportScope.project(project.id()),
                ReportFilter.builder()
                    .from(LocalDate.of(2019, 5, 1))
                    .to(LocalDate.of(2019, 5, 31))
                    .build());
    PortfolioMatrix matrix =
        reports().portfolio(ReportScope.project(project.id()), ReportFilter.ALL);

    // then
    assertThat(all.byYear()).containsOnlyKeys(2019);
    assertThat(all.byYear().get(2019).events()).isEqualTo(2);
    assertThat(all.yearNotKnown().events()).isEqualTo(2);
    assertThat(all.total().events()).isEqualTo(4);
    assertThat(all.total().eventsPerhapsOutsidePeriod()).isZero();
    assertThat(all.toCsv()).contains("year," + Tallies.YEAR_NOT_KNOWN + ",2");
    assertThat(may2019.total().events()).isEqualTo(4);
    assertThat(may2019.total().eventsPerhapsOutsidePeriod())
        .as("the year, the reported day and the unknown date may lie outside May")
        .isEqualTo(3);
    assertThat(matrix.yearNotKnownTotal().events()).isEqualTo(2);
    assertThat(matrix.byYear()).containsOnlyKeys(2019);
  }

  // Parts and series.

  /**
   * Checks that a part's reference is checked: it exists, nests one level, and holds its parent.
   */
  @Test
  protected void aPartNeedsAnExistingParentOneLevelDeepThatStaysWhileItHasParts() {
    Project project = storedProject();
    Event conference = events().create(Fixtures.eventOf(project.id()));
    Event session =
        events().create(Fixtures.eventOf(project.id()).toBuilder().partOf(conference.id()).build());

    // then
    assertThat(events().get(session.id()).partOf()).isEqualTo(conference.id());
    assertThat(events().search(EventQuery.builder().partOf(conference.id()).build()).items())
        .extracting(Event::id)
        .containsExactly(session.id());
    assertThatThrownBy(
            () ->
                events()
                    .create(
                        Fixtures.eventOf(project.id()).toBuilder()
                            .partOf(Fixtures.newEventId())
                            .build()))
        .isInstanceOf(BrokenReferenceException.class);
    assertThatThrownBy(
            () ->
                events()
                    .create(
                        Fixtures.eventOf(project.id()).toBuilder().partOf(session.id()).build()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("partOf");
    Event other = events().create(Fixtures.eventOf(project.id()));
    assertThatThrownBy(
            () ->
                events()
                    .update(events().get(conference.id()).toBuilder().partOf(other.id()).build()))
        .as("an event with parts cannot become a part")
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> events().delete(conference.id(), conference.version()))
        .isInstanceOf(StillReferencedException.class);
    // and once the part is gone, the parent may go
    events().delete(session.id(), session.version());
    events().delete(conference.id(), conference.version());
    assertThat(events().find(conference.id())).isEmpty();
  }

  /**
   * Checks that deleting a project with its events deletes parts with their parents, and refuses
   * while a part of one of them belongs to another project.
   */
  @Test
  protected void deletingAProjectWithItsEventsTakesItsPartsAlongAndLeavesNoneBehind() {
    Project project = storedProject();
    Project other = storedProject();
    // the parent sorts before its part (its date is not known), yet must go after it
    Event conference =
        events()
            .create(Fixtures.eventOf(project.id()).toBuilder().dates(EventDates.unknown()).build());
    Event session =
        events().create(Fixtures.eventOf(project.id()).toBuilder().partOf(conference.id()).build());
    Project guarded = storedProject();
    Event summit = events().create(Fixtures.eventOf(guarded.id()));
    events().create(Fixtures.eventOf(other.id()).toBuilder().partOf(summit.id()).build());

    // when
    int deleted = projects().deleteWithEvents(project.id(), project.version());

    // then
    assertThat(deleted).isEqualTo(2);
    assertThat(events().find(conference.id())).isEmpty();
    assertThat(events().find(session.id())).isEmpty();
    assertThatThrownBy(() -> projects().deleteWithEvents(guarded.id(), guarded.version()))
        .isInstanceOf(StillReferencedException.class);
    assertThat(events().find(summit.id())).isPresent();
  }

  /**
   * Checks that a part's participants are counted once: within its parent when the parent is in
   * scope with a count of what took place, on its own otherwise.
   */
  @Test
  protected void reportsCountEachAttendanceOnce() {
    Project project = storedProject();
    Project other = storedProject();
    Event conference =
        events()
            .create(
                counted(project, LocalDate.of(2021, 6, 1), ParticipantCount.exactly(300))
                    .toBuilder()
                    .dates(EventDates.of(LocalDate.of(2021, 6, 1), LocalDate.of(2021, 6, 3), null))
                    .build());
    events()
        .create(
            counted(project, LocalDate.of(2021, 6, 2), ParticipantCount.exactly(40)).toBuilder()
                .partOf(conference.id())
                .build());
    events()
        .create(
            Fixtures.eventOn(project.id(), LocalDate.of(2021, 6, 2)).toBuilder()
                .partOf(conference.id())
                .build());
    // A part held by another project: its parent is outside that project's scope.
    events()
        .create(
            counted(other, LocalDate.of(2021, 6, 3), ParticipantCount.exactly(25)).toBuilder()
                .partOf(conference.id())
                .build());

    // when
    EventTally both =
        reports().dashboard(ReportScope.project(project.id()), ReportFilter.ALL).total();
    EventTally alone =
        reports().dashboard(ReportScope.project(other.id()), ReportFilter.ALL).total();
    EventTally joint =
        reports()
            .dashboard(ReportScope.projects(List.of(project.id(), other.id())), ReportFilter.ALL)
            .total();

    // then
    assertThat(both.events()).isEqualTo(3);
    assertThat(both.participants().lowerBound()).isEqualTo(300);
    assertThat(both.participants().upperBound()).hasValue(300);
    assertThat(both.participants().eventsInParent()).isEqualTo(2);
    assertThat(both.participants().toString())
        .isEqualTo("300 participants; 2 of 3 events are counted within a parent event's figure");
    assertThat(alone.participants().lowerBound()).isEqualTo(25);
    assertThat(joint.participants().lowerBound()).isEqualTo(300);
    assertThat(joint.events()).isEqualTo(4);
  }

  /** Checks that a series is found by its code in any case and rolled up in a dashboard. */
  @Test
  protected void aSeriesIsFoundByItsCodeAndRolledUp() {
    Project project = storedProject();
    EventSeries octopus = EventSeries.of("octopus", "Octopus Conference");
    events()
        .create(
            counted(project, LocalDate.of(2018, 7, 11), ParticipantCount.exactly(400)).toBuilder()
                .series(octopus)
                .build());
    events()
        .create(
            counted(project, LocalDate.of(2019, 11, 20), ParticipantCount.moreThan(500)).toBuilder()
                .series(octopus)
                .build());
    events()
        .create(
            Fixtures.eventOn(project.id(), LocalDate.of(2021, 11, 16)).toBuilder()
                .series(EventSeries.of("Octopus", null))
                .build());
    events().create(Fixtures.eventOn(project.id(), LocalDate.of(2019, 1, 1)));

    // when
    ProjectDashboard dashboard =
        reports().dashboard(ReportScope.project(project.id()), ReportFilter.ALL);
    List<Event> found =
        events()
            .search(EventQuery.builder().project(project.id()).series("OCTOPUS").build())
            .items();

    // then
    assertThat(found).hasSize(3);
    assertThat(dashboard.bySeries()).containsOnlyKeys("octopus");
    EventTally rollUp = dashboard.bySeries().get("octopus");
    assertThat(rollUp.events()).isEqualTo(3);
    assertThat(rollUp.participants().lowerBound()).isEqualTo(901);
    assertThat(rollUp.participants().upperBound()).isEmpty();
    assertThat(rollUp.participants().toString())
        .isEqualTo(
            "at least 901 participants; 1 of 3 events was counted as more than a figure;"
                + " 1 of 3 events has no count");
  }

  /** Checks that the store's parts and period figures equal the reference aggregation. */
  @Test
  protected void partsAndUncertainDatesAddUpAsTheReferenceAggregation() {
    Project project = storedProject();
    Event parent =
        events()
            .create(
                counted(project, LocalDate.of(2020, 3, 2), ParticipantCount.approximately(120))
                    .toBuilder()
                    .dates(EventDates.startingOn(PartialDate.ofMonth(2020, 3)))
                    .build());
    Event planned =
        events().create(counted(project, LocalDate.of(2020, 3, 5), ParticipantCount.planned(80)));
    List<Event> stored =
        List.of(
            parent,
            planned,
            events()
                .create(
                    counted(project, LocalDate.of(2020, 3, 3), ParticipantCount.exactly(12))
                        .toBuilder()
                        .partOf(parent.id())
                        .build()),
            events()
                .create(
                    counted(project, LocalDate.of(2020, 3, 6), ParticipantCount.exactly(30))
                        .toBuilder()
                        .partOf(planned.id())
                        .build()),
            events().create(event(project, EventDates.onOrBefore(LocalDate.of(2020, 4, 1)))));
    List<EventScope> scopes =
        List.of(
            EventScope.builder().addProject(project.id()).build(),
            EventScope.builder()
                .addProject(project.id())
                .from(LocalDate.of(2020, 3, 3))
                .to(LocalDate.of(2020, 3, 31))
                .build());
    for (EventScope scope : scopes) {
      List<Event> inScope = stored.stream().filter(scope::matches).toList();
      for (Dimension dimension : Dimension.values()) {
        // when
        Map<String, RawTally> actual =
            storage()
                .inTransaction(TransactionMode.READ_ONLY, s -> s.reports().tally(scope, dimension));
        // then
        assertThat(actual)
            .as("%s by %s", scope, dimension)
            .isEqualTo(Tallies.tally(inScope, scope, dimension));
      }
    }
    RawTally total =
        storage()
            .inTransaction(
                TransactionMode.READ_ONLY,
                s -> s.reports().tally(scopes.get(0), Dimension.TOTAL).get(""));
    assertThat(total.eventsInParent()).as("the part of the planned event counts").isEqualTo(1);
    assertThat(total.participantsCounted(ParticipantCount.Qualifier.EXACT)).isEqualTo(30);
  }

  // External ids.

  /** Checks that an event is found by any of its external ids, and a shared one is refused. */
  @Test
  protected void anEventIsFoundByAnyOfItsExternalIds() {
    Project project = storedProject();
    String token = Fixtures.uniqueToken();
    ExternalId calendar = ExternalId.of("calendar", "cal-" + token);
    ExternalId news = ExternalId.of("news", "item-" + token);
    Event event =
        events()
            .create(
                Fixtures.eventOf(project.id()).toBuilder()
                    .addExternalId(calendar)
                    .addExternalId(news)
                    .build());

    // then
    assertThat(events().get(event.id()).externalIds()).containsExactly(calendar, news);
    assertThat(events().findByExternalId(news)).contains(event);
    assertThat(events().findByExternalId(ExternalId.of("news", "ITEM-" + token))).isEmpty();
    assertThat(events().search(EventQuery.builder().externalId(calendar).build()).items())
        .containsExactly(event);
    events().create(Fixtures.eventOf(project.id()).toBuilder().addExternalId(calendar).build());
    assertThatThrownBy(() -> events().findByExternalId(calendar))
        .isInstanceOf(DuplicateException.class);
  }

  /** Checks that an upsert by external id creates the event once, then changes it in place. */
  @Test
  protected void anUpsertByExternalIdCreatesOnceThenChangesInPlace() {
    Project project = storedProject();
    ExternalId calendar = ExternalId.of("calendar", "cal-" + Fixtures.uniqueToken());
    Event given = Fixtures.eventOf(project.id()).toBuilder().addExternalId(calendar).build();

    // when
    Event created = events().upsertByExternalId(calendar, given);
    Event changed =
        events()
            .upsertByExternalId(
                calendar,
                given.toBuilder()
                    .id(Fixtures.newEventId())
                    .dates(EventDates.onOrBefore(LocalDate.of(2019, 5, 14)))
                    .build());

    // then
    assertThat(changed.id()).isEqualTo(created.id());
    assertThat(changed.version()).isEqualTo(created.version() + 1);
    assertThat(events().get(created.id()).dates())
        .isEqualTo(EventDates.onOrBefore(LocalDate.of(2019, 5, 14)));
    assertThatThrownBy(() -> events().upsertByExternalId(calendar, Fixtures.eventOf(project.id())))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("externalIds");
  }

  private static List<EventId> ids(List<Event> events) {
    return events.stream().map(Event::id).toList();
  }
}
