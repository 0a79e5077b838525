package org.coopkit.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.coopkit.error.NotFoundException;
import org.coopkit.model.CountryCode;
import org.coopkit.model.Money;
import org.coopkit.model.ParticipantCount;
import org.coopkit.model.ParticipantCount.Qualifier;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.Visibility;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventFormat;
import org.coopkit.model.event.EventStatus;
import org.coopkit.model.event.EventType;
import org.coopkit.model.event.KeyMessage;
import org.coopkit.model.event.Participation;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.CooperationFramework;
import org.coopkit.model.project.FundingKind;
import org.coopkit.model.project.FundingLine;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectId;
import org.coopkit.report.CountryProfile;
import org.coopkit.report.Dimension;
import org.coopkit.report.EventScope;
import org.coopkit.report.PortfolioMatrix;
import org.coopkit.report.ProjectDashboard;
import org.coopkit.report.RawTally;
import org.coopkit.report.ReportFilter;
import org.coopkit.report.ReportScope;
import org.coopkit.report.Tallies;
import org.coopkit.report.Tally;
import org.coopkit.spi.ReportStore;
import org.coopkit.spi.TransactionMode;
import org.junit.jupiter.api.Test;

/**
 * The contract of reports: dashboards, country profiles and the portfolio matrix add up honestly,
 * count joint events once, apply every filter, and an adapter's aggregates equal the reference
 * aggregation ({@link Tallies}) on a seeded random data set.
 *
 * <p>Country profiles are not scoped by project, so each test here uses countries no other test of
 * this suite uses.
 *
 * @since 0.1.0
 */
public abstract class ReportTestSuite extends StorageTestSuite {
  /**
   * A report store that adds up funding totals by the SPI's default: it reads the projects whole
   * and hands them to {@link Tallies#fundingTotals}.
   */
  private static final ReportStore READING_PROJECTS =
      (scope, dimension) -> {
        throw new UnsupportedOperationException("funding totals only");
      };

  /** For subclasses. */
  protected ReportTestSuite() {}

  /** The scenario most tests share: one project, five events of honest and rough counts. */
  private record Scenario(Project project, Project partner, List<Event> events) {}

  private Scenario scenario(CountryCode venue, CountryCode visitor) {
    Project project = storedProjectWithComponents(2);
    Project partner = storedProject();
    var c1 = project.components().get(0).id();
    var c2 = project.components().get(1).id();
    List<Event> events = new ArrayList<>();
    // Held 2017 in `venue`: 93 exact, 40 from the venue country and an unknown share of visitors.
    events.add(
        events()
            .create(
                Fixtures.eventIn(project.id(), venue, LocalDate.of(2017, 10, 9)).toBuilder()
                    .type(EventType.CONFERENCE)
                    .status(EventStatus.HELD)
                    .addComponent(c1)
                    .participation(
                        Participation.builder()
                            .total(ParticipantCount.exactly(93))
                            .countries(Set.of(venue, visitor))
                            .byCountry(Map.of(venue, ParticipantCount.exactly(40)))
                            .build())
                    .keyMessages(
                        List.of(
                            KeyMessage.adopted("One"),
                            KeyMessage.adopted("Two"),
                            KeyMessage.outcome("Noted")))
                    .build()));
    // Held 2018 online, jointly with the partner project: more than 500 people.
    events.add(
        events()
            .create(
                Fixtures.eventOn(project.id(), LocalDate.of(2018, 3, 1)).toBuilder()
                    .addProject(partner.id())
                    .type(EventType.TRAINING)
                    .status(EventStatus.HELD)
                    .format(EventFormat.ONLINE)
                    .addComponent(c2)
                    .participation(
                        Participation.builder()
                            .total(ParticipantCount.moreThan(500))
                            .countries(Set.of(visitor))
                            .byCountry(Map.of(visitor, ParticipantCount.moreThan(200)))
                            .build())
                    .build()));
    // Planned 2018 in `venue`: about 50.
    events.add(
        events()
            .create(
                Fixtures.eventIn(project.id(), venue, LocalDate.of(2018, 11, 20)).toBuilder()
                    .type(EventType.WORKSHOP)
                    .status(EventStatus.SCHEDULED)
                    .participation(
                        Participation.of(ParticipantCount.approximately(50), Set.of(venue)))
                    .build()));
    // Cancelled 2019, no count.
    events.add(
        events()
            .create(
                Fixtures.eventOn(project.id(), LocalDate.of(2019, 6, 4)).toBuilder()
                    .type(EventType.WORKSHOP)
                    .status(EventStatus.CANCELLED)
                    .build()));
    // The partner's own event, outside the project's scope.
    events.add(
        events()
            .create(
                Fixtures.eventIn(partner.id(), venue, LocalDate.of(2018, 5, 5)).toBuilder()
                    .status(EventStatus.HELD)
                    .participation(Participation.of(ParticipantCount.exactly(20), Set.of(venue)))
                    .build()));
    return new Scenario(project, partner, events);
  }

  /**
   * Checks that a project dashboard adds up its events honestly: exact counts stay exact, "more
   * than 500" adds at least 501, an estimate makes the sum "about", an event without a count leaves
   * no upper bound, and the make-up is told.
   */
  @Test
  protected void aProjectDashboardAddsUpItsEventsHonestly() {
    // given
    Scenario s = scenario(CountryCode.of("AM"), CountryCode.of("BY"));

    // when
    ProjectDashboard d =
        reports().dashboard(ReportScope.project(s.project().id()), ReportFilter.ALL);

    // then
    assertThat(d.total().events()).isEqualTo(4);
    assertThat(d.total().participants())
        .hasToString(
            "about 644 or more participants; 1 of 4 events was counted as more than a figure;"
                + " 1 of 4 events was estimated; 1 of 4 events has no count");
    assertThat(d.total().participants().lowerBound()).isEqualTo(644);
    assertThat(d.total().participants().upperBound()).isEmpty();
    assertThat(d.keyMessagesAdopted()).isEqualTo(2);
    assertThat(d.byYear()).containsOnlyKeys(2017, 2018, 2019);
    assertThat(d.byYear().get(2018).events()).isEqualTo(2);
    assertThat(d.byYear().get(2017).participants()).hasToString("93 participants");
    assertThat(d.byYear().get(2019).participants())
        .hasToString("participants not counted; 1 of 1 event has no count");
    assertThat(d.byType().get(EventType.WORKSHOP).events()).isEqualTo(2);
    assertThat(d.byStatus().get(EventStatus.HELD).events()).isEqualTo(2);
    assertThat(d.byComponent())
        .containsOnlyKeys(
            s.project().components().get(0).id(), s.project().components().get(1).id());
    assertThat(d.eventsHeldByCountry().get(CountryCode.of("AM")).events()).isEqualTo(2);
    // 40 counted at the 2017 conference; the 2018 workshop listed the country without a count
    assertThat(d.participantsByCountry().get(CountryCode.of("AM")))
        .extracting(Tally::range, Tally::events, Tally::eventsWithoutCount)
        .containsExactly("at least 40", 2L, 1L);
    // more than 200 at the 2018 training; the 2017 conference listed the country without a count
    assertThat(d.participantsByCountry().get(CountryCode.of("BY")))
        .extracting(Tally::range, Tally::events, Tally::eventsWithoutCount)
        .containsExactly("at least 201", 2L, 1L);
    assertThat(d.countriesReached()).containsExactly(CountryCode.of("AM"), CountryCode.of("BY"));
  }

  /**
   * Checks that an event held jointly by several projects counts once, not once per project, in a
   * report over those projects.
   */
  @Test
  protected void aJointEventCountsOnceInAPortfolioOfItsProjects() {
    // given
    Scenario s = scenario(CountryCode.of("BA"), CountryCode.of("BG"));

    // when
    ProjectDashboard both =
        reports()
            .dashboard(
                ReportScope.projects(List.of(s.project().id(), s.partner().id())),
                ReportFilter.ALL);

    // then: 4 events of the project, 1 of the partner, the joint one once
    assertThat(both.total().events()).isEqualTo(5);
    assertThat(both.total().participants().lowerBound()).isEqualTo(664);
  }

  /** Checks that a framework dashboard covers all its projects and nothing else. */
  @Test
  protected void aFrameworkDashboardCoversAllItsProjectsAndNothingElse() {
    // given
    CooperationFramework framework = Fixtures.uniqueFramework();
    Project inside =
        projects().create(Fixtures.anyProject().toBuilder().framework(framework).build());
    Project other = storedProject();
    events().create(Fixtures.eventOn(inside.id(), LocalDate.of(2020, 1, 1)));
    events().create(Fixtures.eventOn(other.id(), LocalDate.of(2020, 1, 1)));

    // when
    ProjectDashboard d =
        reports().dashboard(ReportScope.framework(framework.code()), ReportFilter.ALL);
    ProjectDashboard empty =
        reports()
            .dashboard(ReportScope.framework(Fixtures.uniqueFramework().code()), ReportFilter.ALL);

    // then
    assertThat(d.total().events()).isEqualTo(1);
    assertThat(empty.total().events()).isZero();
    assertThat(empty.byYear()).isEmpty();
  }

  /** Checks that filters narrow every figure of the dashboard. */
  @Test
  protected void filtersNarrowEveryFigureOfTheDashboard() {
    // given
    Scenario s = scenario(CountryCode.of("CY"), CountryCode.of("DK"));
    ReportScope scope = ReportScope.project(s.project().id());

    // when
    ProjectDashboard in2018 =
        reports()
            .dashboard(
                scope,
                ReportFilter.ALL.between(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31)));
    ProjectDashboard held = reports().dashboard(scope, ReportFilter.ALL.statuses(EventStatus.HELD));
    ProjectDashboard workshops =
        reports().dashboard(scope, ReportFilter.ALL.types(EventType.WORKSHOP));

    // then
    assertThat(in2018.total().events()).isEqualTo(2);
    assertThat(in2018.byYear()).containsOnlyKeys(2018);
    assertThat(held.total().participants().range()).isEqualTo("at least 594");
    assertThat(workshops.total().events()).isEqualTo(2);
    assertThat(workshops.byType()).containsOnlyKeys(EventType.WORKSHOP);
  }

  /** Checks that a dashboard of an unknown project fails with a {@code NotFoundException}. */
  @Test
  protected void aDashboardOfAnUnknownProjectFailsWithNotFound() {
    ProjectId unknown = Fixtures.newProjectId();

    assertThatThrownBy(() -> reports().dashboard(ReportScope.project(unknown), ReportFilter.ALL))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining(unknown.toString());
  }

  /**
   * Checks that a country profile shows events held, events attended, projects and public contact
   * points.
   */
  @Test
  protected void aCountryProfileShowsEventsHeldAttendedProjectsAndPublicContactPoints() {
    // given: countries only this test uses
    CountryCode host = CountryCode.of("EE");
    CountryCode guest = CountryCode.of("FI");
    Scenario s = scenario(host, guest);
    projects().create(Fixtures.anyProject().toBuilder().addCountry(host).build());
    Contact visible =
        contacts()
            .create(
                Fixtures.anyContact().toBuilder()
                    .visibility(Visibility.PUBLIC)
                    .addRole(Fixtures.contactPoint(host, null, null))
                    .build());
    contacts()
        .create(
            Fixtures.anyContact().toBuilder()
                .visibility(Visibility.INTERNAL)
                .addRole(Fixtures.contactPoint(host, null, null))
                .build());

    // when
    CountryProfile hostProfile = reports().countryProfile(host, ReportFilter.ALL);
    CountryProfile guestProfile = reports().countryProfile(guest, ReportFilter.ALL);

    // then
    assertThat(hostProfile.eventsHeld().events()).isEqualTo(3);
    assertThat(hostProfile.eventsHeld().participants().range()).isEqualTo("about 163");
    assertThat(hostProfile.eventsAttended().events()).isEqualTo(3);
    assertThat(hostProfile.participantsFrom().range()).isEqualTo("at least 40");
    assertThat(hostProfile.projects()).hasSize(1);
    assertThat(hostProfile.contactPoints()).extracting(Contact::id).containsExactly(visible.id());
    assertThat(guestProfile.eventsHeld().events()).isZero();
    assertThat(guestProfile.eventsAttended().events()).isEqualTo(2);
    assertThat(guestProfile.participantsFrom().range()).isEqualTo("at least 201");
    assertThat(s.events()).hasSize(5);
  }

  /**
   * Checks that a dashboard shows the funding of its projects as one total per currency, never
   * added across currencies.
   */
  @Test
  protected void aDashboardShowsFundingTotalsPerCurrency() {
    // given: two projects funded in euros, one of them in dollars too
    Organisation donor = storedOrganisation();
    Project first =
        projects()
            .create(
                Fixtures.anyProject().toBuilder()
                    .addFunding(
                        FundingLine.of(donor.id(), Money.of("4000000", "EUR"), FundingKind.GRANT))
                    .addFunding(
                        FundingLine.of(donor.id(), Money.of("250000", "USD"), FundingKind.PLEDGE))
                    .build());
    Project second =
        projects()
            .create(
                Fixtures.anyProject().toBuilder()
                    .addFunding(
                        FundingLine.of(
                            donor.id(), Money.of("1000000.50", "EUR"), FundingKind.CONTRIBUTION))
                    .build());

    // when
    ProjectDashboard dashboard =
        reports()
            .dashboard(ReportScope.projects(List.of(first.id(), second.id())), ReportFilter.ALL);

    // then
    assertThat(dashboard.fundingTotals().values())
        .containsExactly(Money.of("5000000.50", "EUR"), Money.of("250000", "USD"));
  }

  /**
   * Checks that a funding line with a share and no amount adds nothing to the funding totals, that
   * a line with both adds its amount, and that each total keeps its currency's decimal places.
   */
  @Test
  protected void aDashboardsFundingTotalsAddAmountsOnlyAtTheirCurrencysScale() {
    // given
    Organisation donor = storedOrganisation();
    Project project =
        projects()
            .create(
                Fixtures.anyProject().toBuilder()
                    .addFunding(
                        new FundingLine(
                            donor.id(),
                            null,
                            new BigDecimal("40"),
                            FundingKind.CONTRIBUTION,
                            null,
                            null))
                    .addFunding(
                        new FundingLine(
                            donor.id(),
                            Money.of("1500000", "JPY"),
                            new BigDecimal("60"),
                            FundingKind.GRANT,
                            null,
                            null))
                    .addFunding(
                        FundingLine.of(donor.id(), Money.of("0.10", "EUR"), FundingKind.OTHER))
                    .addFunding(
                        FundingLine.of(donor.id(), Money.of("0.2", "EUR"), FundingKind.OTHER))
                    .addFunding(
                        FundingLine.of(donor.id(), Money.of("0", "CHF"), FundingKind.PLEDGE))
                    .build());
    Project sharesOnly =
        projects()
            .create(
                Fixtures.anyProject().toBuilder()
                    .addFunding(
                        new FundingLine(
                            donor.id(), null, new BigDecimal("100"), FundingKind.GRANT, null, null))
                    .build());

    // when
    ProjectDashboard dashboard =
        reports().dashboard(ReportScope.project(project.id()), ReportFilter.ALL);
    ProjectDashboard none =
        reports().dashboard(ReportScope.project(sharesOnly.id()), ReportFilter.ALL);

    // then
    assertThat(dashboard.fundingTotals().values())
        .containsExactly(Money.of("0", "CHF"), Money.of("0.30", "EUR"), Money.of("1500000", "JPY"));
    assertThat(none.fundingTotals()).isEmpty();
  }

  /**
   * Checks that a framework dashboard adds up the funding of the projects that have the framework
   * among theirs, primary or not, and of no other.
   */
  @Test
  protected void aFrameworkDashboardAddsUpTheFundingOfItsProjectsOnly() {
    // given
    Organisation donor = storedOrganisation();
    CooperationFramework framework = Fixtures.uniqueFramework();
    projects()
        .create(
            Fixtures.anyProject().toBuilder()
                .framework(framework)
                .addFunding(
                    FundingLine.of(donor.id(), Money.of("100.50", "EUR"), FundingKind.GRANT))
                .build());
    projects()
        .create(
            Fixtures.anyProject().toBuilder()
                .framework(Fixtures.uniqueFramework())
                .addFramework(framework)
                .addFunding(
                    FundingLine.of(donor.id(), Money.of("200.25", "EUR"), FundingKind.GRANT))
                .addFunding(FundingLine.of(donor.id(), Money.of("7", "USD"), FundingKind.PLEDGE))
                .build());
    projects()
        .create(
            Fixtures.anyProject().toBuilder()
                .framework(Fixtures.uniqueFramework())
                .addFunding(FundingLine.of(donor.id(), Money.of("999", "EUR"), FundingKind.GRANT))
                .build());

    // when
    ProjectDashboard dashboard =
        reports()
            .dashboard(
                ReportScope.framework(framework.code().toUpperCase(Locale.ROOT)), ReportFilter.ALL);
    ProjectDashboard empty =
        reports()
            .dashboard(ReportScope.framework(Fixtures.uniqueFramework().code()), ReportFilter.ALL);

    // then
    assertThat(dashboard.fundingTotals().values())
        .containsExactly(Money.of("300.75", "EUR"), Money.of("7", "USD"));
    assertThat(empty.fundingTotals()).isEmpty();
  }

  /**
   * Checks that the store's funding totals are those {@link Tallies#fundingTotals} makes of the
   * projects themselves (as {@link ReportStore#fundingTotals}' default reads them), for named
   * projects, a framework and all projects.
   */
  @Test
  protected void theStoresFundingTotalsAreTheReferenceOnes() {
    // given
    Organisation donor = storedOrganisation();
    CooperationFramework framework = Fixtures.uniqueFramework();
    List<ProjectId> named = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      named.add(
          projects()
              .create(
                  Fixtures.anyProject().toBuilder()
                      .framework(framework)
                      .addFunding(
                          FundingLine.of(
                              donor.id(), Money.of(i + "000.0" + i, "EUR"), FundingKind.GRANT))
                      .addFunding(
                          FundingLine.of(donor.id(), Money.of("1" + i, "GBP"), FundingKind.PLEDGE))
                      .build())
              .id());
    }
    List<ReportScope> scopes =
        List.of(
            ReportScope.projects(named),
            ReportScope.framework(framework.code()),
            ReportScope.EVERYTHING);

    for (ReportScope scope : scopes) {
      // when
      Map<Currency, Money> stored =
          storage()
              .inTransaction(
                  TransactionMode.READ_ONLY, s -> s.reports().fundingTotals(scope, s.projects()));
      Map<Currency, Money> reference =
          storage()
              .inTransaction(
                  TransactionMode.READ_ONLY,
                  s -> READING_PROJECTS.fundingTotals(scope, s.projects()));

      // then
      assertThat(stored).as("funding totals of %s", scope).isEqualTo(reference);
    }
  }

  /** Checks that the portfolio matrix crosses countries with years. */
  @Test
  protected void thePortfolioMatrixCrossesCountriesWithYears() {
    // given
    Scenario s = scenario(CountryCode.of("HR"), CountryCode.of("HU"));

    // when
    PortfolioMatrix m =
        reports().portfolio(ReportScope.project(s.project().id()), ReportFilter.ALL);

    // then
    assertThat(m.countries()).containsExactly(CountryCode.of("HR"), CountryCode.of("HU"));
    assertThat(m.years()).containsExactly(2017, 2018, 2019);
    assertThat(m.cell(CountryCode.of("HR"), 2017).participants().range()).isEqualTo("40");
    assertThat(m.cell(CountryCode.of("HU"), 2018).participants().range()).isEqualTo("at least 201");
    assertThat(m.cell(CountryCode.of("HU"), 2019).events()).isZero();
    assertThat(m.byYear().get(2018).events()).isEqualTo(2);
    assertThat(m.toCsv())
        .startsWith("country,year,events,participants,participants_min,participants_max,")
        .contains("HR,2017,1,40,40,40,false,1,0,0,0,0,0,0\r\n");
  }

  /** Checks that the dashboard renders as CSV for spreadsheets. */
  @Test
  protected void theDashboardRendersAsCsvForSpreadsheets() {
    Scenario s = scenario(CountryCode.of("IS"), CountryCode.of("IE"));

    String csv =
        reports().dashboard(ReportScope.project(s.project().id()), ReportFilter.ALL).toCsv();

    assertThat(csv)
        .startsWith("section,key,events,participants,participants_min,participants_max,")
        .contains("total,,4,about 644 or more,644,,true,1,1,0,1,0,1,0,2\r\n")
        .contains("year,2017,1,93,93,93,false,1,0,0,0,0,0,0,2\r\n");
  }

  /**
   * Checks that a dashboard's total over seeded random mixes of exact, "more than", "up to",
   * estimated, planned and missing counts has the bounds that an independent reading of each
   * event's figure gives, and never more.
   */
  @Test
  protected void totalsOfRandomMixesOfFiguresClaimNoMoreThanTheFiguresSay() {
    long seed = Long.getLong("coopkit.tck.seed", 20171009L);
    Random random = new Random(seed);
    Qualifier[] qualifiers = Qualifier.values();
    for (int round = 0; round < 5; round++) {
      // given: a project of its own with a random mix of figures
      Project project = storedProject();
      long least = 0;
      long most = 0;
      boolean unbounded = false;
      int events = 1 + random.nextInt(12);
      for (int i = 0; i < events; i++) {
        int kind = random.nextInt(qualifiers.length + 1);
        Event.Builder event =
            Fixtures.eventOn(
                project.id(),
                LocalDate.of(
                    2016 + random.nextInt(8), 1 + random.nextInt(12), 1 + random.nextInt(28)))
                .toBuilder();
        if (kind == qualifiers.length) {
          unbounded = true;
        } else {
          ParticipantCount figure = new ParticipantCount(random.nextInt(900), qualifiers[kind]);
          event.participation(Participation.of(figure, Set.of()));
          // Read literally: "more than n" is n + 1 or more, "up to n" is 0 to n, a plan is no
          // outcome at all.
          switch (figure.qualifier()) {
            case EXACT, APPROXIMATELY -> {
              least += figure.value();
              most += figure.value();
            }
            case MORE_THAN -> {
              least += figure.value() + 1;
              unbounded = true;
            }
            case UP_TO -> most += figure.value();
            case PLANNED -> unbounded = true;
          }
        }
        events().create(event.build());
      }

      // when
      Tally total =
          reports()
              .dashboard(ReportScope.project(project.id()), ReportFilter.ALL)
              .total()
              .participants();

      // then
      assertThat(total.lowerBound()).as("seed %d, round %d", seed, round).isEqualTo(least);
      assertThat(total.upperBound())
          .as("seed %d, round %d", seed, round)
          .isEqualTo(unbounded ? OptionalLong.empty() : OptionalLong.of(most));
      assertThat(total.events()).isEqualTo(events);
    }
  }

  /**
   * Checks that the store's tallies over a seeded random data set, in every dimension, equal what
   * {@link org.coopkit.report.Tallies} computes from the same events in memory, so a store that
   * aggregates in SQL adds up the same way.
   */
  @Test
  protected void aggregatesOfASeededRandomDataSetEqualTheReferenceAggregation() {
    long seed = Long.getLong("coopkit.tck.seed", 20171009L);
    RandomAggregates random = new RandomAggregates(seed);
    // given: a random portfolio of its own
    List<OrganisationId> organisations = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      organisations.add(organisations().register(random.organisation(List.of())).id());
    }
    List<Project> projectsOfRun = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      projectsOfRun.add(projects().create(random.project(organisations, List.of())));
    }
    List<Event> stored = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      // Some are parts of others, so that each attendance is counted once in SQL as here.
      stored.add(events().create(random.event(projectsOfRun, organisations, stored)));
    }
    Set<ProjectId> ids = projectsOfRun.stream().map(Project::id).collect(Collectors.toSet());
    LocalDate from = random.day();
    List<EventScope> scopes =
        List.of(
            EventScope.builder().projects(ids).build(),
            EventScope.builder()
                .addProject(projectsOfRun.get(0).id())
                .from(from)
                .to(from.plusYears(2))
                .statuses(Set.of(EventStatus.HELD, EventStatus.SCHEDULED))
                .build(),
            EventScope.builder()
                .projects(ids)
                .types(Set.of(EventType.CONFERENCE, EventType.TRAINING))
                .build());

    for (EventScope scope : scopes) {
      List<Event> inScope = stored.stream().filter(scope::matches).toList();
      for (Dimension dimension : Dimension.values()) {
        // when
        Map<String, RawTally> actual =
            storage()
                .inTransaction(
                    TransactionMode.READ_ONLY,
                    session -> session.reports().tally(scope, dimension));
        // then
        assertThat(actual)
            .as(
                "seed %d (replay with -Dcoopkit.tck.seed=%d), %s by %s",
                seed, seed, scope, dimension)
            .isEqualTo(Tallies.tally(inScope, scope, dimension));
      }
    }
  }
}
