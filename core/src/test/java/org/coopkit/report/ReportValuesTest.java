package org.coopkit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopkit.internal.ValidationAssertions.invalid;
import static org.coopkit.internal.ValidationAssertions.violation;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.coopkit.error.Violation;
import org.coopkit.model.CountryCode;
import org.coopkit.model.ParticipantCount;
import org.coopkit.model.ParticipantCount.Qualifier;
import org.coopkit.model.event.EventStatus;
import org.coopkit.model.event.EventType;
import org.coopkit.model.project.ComponentId;
import org.coopkit.model.project.ProjectId;
import org.junit.jupiter.api.Test;

class ReportValuesTest {
  private static final ProjectId PROJECT =
      ProjectId.of(UUID.fromString("01890a5d-ac96-774b-bcce-b302099a8057"));
  private static final ComponentId COMPONENT =
      ComponentId.of(UUID.fromString("01890a5d-ac96-774b-bcce-b302099a8058"));
  private static final CountryCode ARMENIA = CountryCode.of("AM");
  private static final CountryCode GEORGIA = CountryCode.of("GE");
  private static final LocalDate JAN_2018 = LocalDate.of(2018, 1, 1);
  private static final LocalDate DEC_2018 = LocalDate.of(2018, 12, 31);

  private static final EventTally NINETY_THREE =
      EventTally.of(RawTally.EMPTY.plus(ParticipantCount.exactly(93), 2));
  private static final EventTally ABOUT_FIFTY =
      EventTally.of(RawTally.EMPTY.plus(ParticipantCount.approximately(50), 0).plus(null, 1));

  @Test
  void aBuiltFilterEqualsTheSameFilterNarrowedFromAll() {
    ReportFilter built =
        ReportFilter.builder()
            .from(JAN_2018)
            .to(DEC_2018)
            .addType(EventType.WORKSHOP)
            .statuses(Set.of(EventStatus.HELD))
            .build();

    new EqualsTester()
        .addEqualityGroup(
            built,
            ReportFilter.ALL
                .between(JAN_2018, DEC_2018)
                .types(EventType.WORKSHOP)
                .statuses(EventStatus.HELD),
            built.toBuilder().build())
        .addEqualityGroup(
            built.toBuilder().to(null).build(),
            ReportFilter.ALL
                .between(JAN_2018, null)
                .types(EventType.WORKSHOP)
                .statuses(EventStatus.HELD))
        .addEqualityGroup(ReportFilter.ALL, ReportFilter.builder().build())
        .testEquals();
    assertThat(built.toBuilder().addStatus(EventStatus.SCHEDULED).build().statuses())
        .containsExactlyInAnyOrder(EventStatus.HELD, EventStatus.SCHEDULED);
  }

  @Test
  void aFilterEndingBeforeItStartsIsRefusedNamingTo() {
    assertThat(
            violation(
                    () -> ReportFilter.builder().from(DEC_2018).to(JAN_2018).build(),
                    "to",
                    "must not be before from")
                .value())
        .isEqualTo("'2018-01-01 < 2018-12-31'");
  }

  @Test
  void aScopeIsBuiltForProjectsOrAFramework() {
    assertThat(ReportScope.builder().build()).isEqualTo(ReportScope.EVERYTHING);
    assertThat(ReportScope.builder().addProject(PROJECT).build())
        .isEqualTo(ReportScope.project(PROJECT));
    assertThat(ReportScope.builder().framework(" EaP ").build())
        .isEqualTo(ReportScope.framework("eap"));
    assertThat(ReportScope.framework("EaP").framework()).isEqualTo("eap");
  }

  @Test
  void aScopeWithProjectsAndAFrameworkIsRefusedNamingTheFramework() {
    Violation v =
        violation(
            () -> ReportScope.builder().addProject(PROJECT).framework("EaP").build(),
            "framework",
            "must not be given with projects");

    assertThat(v.value()).isEqualTo("'eap'");
  }

  @Test
  void aScopeOfNoProjectsIsRefusedNamingProjects() {
    Violation v =
        violation(() -> ReportScope.projects(List.of()), "projects", "at least one project");

    assertThat(v.value()).isEqualTo("'[]'");
  }

  @Test
  void anEventScopeTakesTheFiltersPeriodTypesAndStatuses() {
    ReportFilter filter =
        ReportFilter.ALL
            .between(JAN_2018, DEC_2018)
            .types(EventType.TRAINING)
            .statuses(EventStatus.HELD);

    EventScope scope =
        EventScope.builder().addProject(PROJECT).filter(filter).venueCountry(ARMENIA).build();

    assertThat(scope.projects()).containsExactly(PROJECT);
    assertThat(scope.from()).isEqualTo(JAN_2018);
    assertThat(scope.to()).isEqualTo(DEC_2018);
    assertThat(scope.types()).containsExactly(EventType.TRAINING);
    assertThat(scope.statuses()).containsExactly(EventStatus.HELD);
    assertThat(scope.venueCountry()).isEqualTo(ARMENIA);
    assertThat(scope.participantCountry()).isNull();
    assertThat(scope.toBuilder().build()).isEqualTo(scope);
    assertThat(scope.toBuilder().venueCountry(null).participantCountry(GEORGIA).build())
        .isNotEqualTo(scope)
        .extracting(EventScope::participantCountry)
        .isEqualTo(GEORGIA);
  }

  @Test
  void aRawTallyBuiltSumBySumEqualsOneAddedUpEventByEvent() {
    RawTally added =
        RawTally.EMPTY
            .plus(ParticipantCount.exactly(10), 1)
            .plus(ParticipantCount.moreThan(20), 0)
            .plus(ParticipantCount.upTo(30), 2)
            .plus(null, 0);

    RawTally built =
        RawTally.builder()
            .events(4)
            .counted(Qualifier.EXACT, 1, 10)
            .counted(Qualifier.MORE_THAN, 1, 20)
            .counted(Qualifier.UP_TO, 1, 30)
            .eventsWithoutCount(1)
            .adoptedKeyMessages(3)
            .build();

    new EqualsTester()
        .addEqualityGroup(added, built, built.toBuilder().build())
        .addEqualityGroup(built.toBuilder().adoptedKeyMessages(4).build())
        .addEqualityGroup(RawTally.EMPTY, RawTally.builder().build())
        .testEquals();
    assertThat(Tallies.sum(added, RawTally.EMPTY.plus(ParticipantCount.exactly(1), 0)))
        .isEqualTo(built.toBuilder().events(5).counted(Qualifier.EXACT, 2, 11).build());
  }

  @Test
  void aDashboardNeedsItsScopeAndFilter() {
    assertThat(invalid(() -> ProjectDashboard.builder().build()).paths())
        .containsExactly("scope", "filter");
    assertThat(invalid(() -> CountryProfile.builder().filter(ReportFilter.ALL).build()).paths())
        .containsExactly("country");
    assertThat(
            invalid(() -> PortfolioMatrix.builder().scope(ReportScope.EVERYTHING).build()).paths())
        .containsExactly("filter");
  }

  @Test
  void aDashboardRefusesANullFigureWhereTheCallerGivesIt() {
    Map<Integer, EventTally> byYear = new TreeMap<>();
    byYear.put(2017, null);

    assertThatThrownBy(() -> ProjectDashboard.builder().byYear(byYear))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("byYear[2017]");
  }

  @Test
  void theDashboardsCsvListsEveryFigureInItsSectionsOrder() {
    Map<EventType, EventTally> byType = new LinkedHashMap<>();
    byType.put(EventType.WORKSHOP, ABOUT_FIFTY);
    byType.put(EventType.CONFERENCE, NINETY_THREE);

    ProjectDashboard dashboard =
        ProjectDashboard.builder()
            .scope(ReportScope.project(PROJECT))
            .filter(ReportFilter.ALL)
            .total(
                EventTally.of(
                    RawTally.EMPTY
                        .plus(ParticipantCount.exactly(93), 2)
                        .plus(ParticipantCount.approximately(50), 0)
                        .plus(null, 1)))
            .byYear(Map.of(2018, ABOUT_FIFTY, 2017, NINETY_THREE))
            .byType(byType)
            .byStatus(Map.of(EventStatus.HELD, NINETY_THREE))
            .byComponent(Map.of(COMPONENT, NINETY_THREE))
            .eventsHeldByCountry(Map.of(GEORGIA, ABOUT_FIFTY, ARMENIA, NINETY_THREE))
            .participantsByCountry(Map.of(ARMENIA, NINETY_THREE.participants()))
            .countriesReached(Set.of(GEORGIA, ARMENIA))
            .build();

    assertThat(dashboard.toCsv())
        .isEqualTo(
            "section,key,events,participants,participants_min,participants_max,estimated,events_exact,"
                + "events_more_than,events_up_to,events_approximately,events_planned_only,"
                + "events_without_count,planned_participants,adopted_key_messages\r\n"
                + "total,,3,about 143 or more,143,,true,1,0,0,1,0,1,0,3\r\n"
                + "year,2017,1,93,93,93,false,1,0,0,0,0,0,0,2\r\n"
                + "year,2018,2,about 50 or more,50,,true,0,0,0,1,0,1,0,1\r\n"
                + "type,workshop,2,about 50 or more,50,,true,0,0,0,1,0,1,0,1\r\n"
                + "type,conference,1,93,93,93,false,1,0,0,0,0,0,0,2\r\n"
                + "status,held,1,93,93,93,false,1,0,0,0,0,0,0,2\r\n"
                + "component,"
                + COMPONENT
                + ",1,93,93,93,false,1,0,0,0,0,0,0,2\r\n"
                + "venue_country,AM,1,93,93,93,false,1,0,0,0,0,0,0,2\r\n"
                + "venue_country,GE,2,about 50 or more,50,,true,0,0,0,1,0,1,0,1\r\n"
                + "participant_country,AM,1,93,93,93,false,1,0,0,0,0,0,0,\r\n");
    assertThat(dashboard.countriesReached()).containsExactly(ARMENIA, GEORGIA);
    assertThat(dashboard.keyMessagesAdopted()).isEqualTo(3);
    assertThat(dashboard.toBuilder().build()).isEqualTo(dashboard);
  }

  @Test
  void theProfilesCsvListsBothTalliesThenProjectsAndContactPoints() {
    CountryProfile profile =
        CountryProfile.builder()
            .country(ARMENIA)
            .filter(ReportFilter.ALL)
            .eventsHeld(NINETY_THREE)
            .eventsAttended(ABOUT_FIFTY)
            .build();

    assertThat(profile.toCsv())
        .isEqualTo(
            "section,key,events,participants,participants_min,participants_max,estimated,events_exact,"
                + "events_more_than,events_up_to,events_approximately,events_planned_only,"
                + "events_without_count,planned_participants,adopted_key_messages\r\n"
                + "events_held,AM,1,93,93,93,false,1,0,0,0,0,0,0,2\r\n"
                + "events_attended,AM,2,about 50 or more,50,,true,0,0,0,1,0,1,0,1\r\n"
                + "country_name,Armenia,,,,,,,,,,,,,\r\n");
    assertThat(profile.participantsFrom())
        .hasToString(
            "about 50 or more participants; 1 of 2 events was estimated; 1 of 2 events has no"
                + " count");
    assertThat(profile.projects()).isEmpty();
    assertThat(profile.toBuilder().build()).isEqualTo(profile);
  }

  @Test
  void theProfileNamesTheCountryAsItsPeriodEndCalledIt() {
    CountryProfile.Builder profile =
        CountryProfile.builder()
            .country(CountryCode.of("MK"))
            .eventsHeld(NINETY_THREE)
            .eventsAttended(ABOUT_FIFTY);

    CountryProfile of2017 =
        profile
            .filter(ReportFilter.ALL.between(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31)))
            .build();
    CountryProfile open = profile.filter(ReportFilter.ALL).build();

    assertThat(of2017.countryName()).isEqualTo("the former Yugoslav Republic of Macedonia");
    assertThat(of2017.toCsv())
        .endsWith("country_name,the former Yugoslav Republic of Macedonia,,,,,,,,,,,,,\r\n");
    assertThat(open.countryName()).isEqualTo("North Macedonia");
  }

  @Test
  void theMatrixsCsvHasOneRowPerCellByCountryThenYear() {
    PortfolioMatrix matrix =
        PortfolioMatrix.builder()
            .scope(ReportScope.EVERYTHING)
            .filter(ReportFilter.ALL)
            .cell(GEORGIA, 2018, ABOUT_FIFTY)
            .cells(Map.of(ARMENIA, Map.of(2018, ABOUT_FIFTY, 2017, NINETY_THREE)))
            .cell(GEORGIA, 2017, NINETY_THREE)
            .byYear(Map.of(2017, NINETY_THREE, 2018, ABOUT_FIFTY))
            .build();

    assertThat(matrix.toCsv())
        .isEqualTo(
            "country,year,events,participants,participants_min,participants_max,estimated,"
                + "events_exact,events_more_than,events_up_to,events_approximately,"
                + "events_planned_only,events_without_count,planned_participants\r\n"
                + "AM,2017,1,93,93,93,false,1,0,0,0,0,0,0\r\n"
                + "AM,2018,2,about 50 or more,50,,true,0,0,0,1,0,1,0\r\n"
                + "GE,2017,1,93,93,93,false,1,0,0,0,0,0,0\r\n");
    assertThat(matrix.countries()).containsExactly(ARMENIA, GEORGIA);
    assertThat(matrix.years()).containsExactly(2017, 2018);
    assertThat(matrix.cell(GEORGIA, 2018)).isEqualTo(EventTally.NONE);
    assertThat(matrix.toBuilder().build()).isEqualTo(matrix);
    assertThatThrownBy(() -> matrix.cells().get(ARMENIA).put(2019, NINETY_THREE))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
