package org.coopkit.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopkit.storage.tck.ContractAssertions.projectOrder;
import static org.coopkit.storage.tck.Fixtures.anyProject;
import static org.coopkit.storage.tck.Fixtures.localized;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.coopkit.model.CountryCode;
import org.coopkit.model.Link;
import org.coopkit.model.PartialDate;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.project.CooperationFramework;
import org.coopkit.model.project.CountryRole;
import org.coopkit.model.project.OrganisationRole;
import org.coopkit.model.project.ParticipatingCountry;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectDates;
import org.coopkit.model.project.ProjectOrganisation;
import org.coopkit.model.project.ProjectStatus;
import org.coopkit.query.Page;
import org.coopkit.query.ProjectQuery;
import org.coopkit.query.SortDirection;
import org.coopkit.query.internal.ProjectSearch;
import org.coopkit.report.ReportFilter;
import org.coopkit.report.ReportScope;
import org.junit.jupiter.api.Test;

/**
 * The contract of project searches: each filter of {@link ProjectQuery} alone and together, the
 * order by code in both directions, and keyset pagination. Results are checked against {@link
 * ProjectSearch#matches} as in {@link EventQueryTestSuite}.
 *
 * @since 0.1.0
 */
public abstract class ProjectQueryTestSuite extends StorageTestSuite {
  private static final CountryCode AM = CountryCode.of("AM");
  private static final CountryCode GE = CountryCode.of("GE");
  private static final CountryCode MD = CountryCode.of("MD");

  /** For subclasses. */
  protected ProjectQueryTestSuite() {}

  /** Checks that a search filters by participating country in any role. */
  @Test
  protected void filtersByParticipatingCountryInAnyRole() {
    // given
    Project armenia = projects().create(anyProject().toBuilder().addCountry(AM).build());
    Project georgiaWithArmenia =
        projects()
            .create(
                anyProject().toBuilder()
                    .addCountry(GE)
                    .addCountry(ParticipatingCountry.of(AM, CountryRole.PARTNER))
                    .build());
    Project moldova =
        projects()
            .create(
                anyProject().toBuilder()
                    .addCountry(ParticipatingCountry.of(MD, CountryRole.OBSERVER))
                    .build());
    Project none = storedProject();
    List<Project> ours = List.of(armenia, georgiaWithArmenia, moldova, none);

    // when / then
    assertFinds(ProjectQuery.builder().country(AM).build(), ours, armenia, georgiaWithArmenia);
    assertFinds(
        ProjectQuery.builder().country(MD).country(GE).build(), ours, georgiaWithArmenia, moldova);
  }

  /**
   * Checks that a country that took part only in the past still matches a search by country, that a
   * country listed twice with periods apart reads back as stored, and that the countries of one day
   * come from the stored periods.
   *
   * @since 0.2.0
   */
  @Test
  protected void findsAProjectByACountryOfAPastPeriodAndKeepsBothPeriods() {
    // given: a project that had Armenia until 2019, then again from 2022, and Georgia from 2020
    Project widened =
        projects()
            .create(
                anyProject().toBuilder()
                    .addCountry(
                        ParticipatingCountry.builder()
                            .country(AM)
                            .validUntil(PartialDate.ofYear(2019))
                            .build())
                    .addCountry(
                        ParticipatingCountry.builder()
                            .country(GE)
                            .validFrom(PartialDate.ofMonth(2020, 3))
                            .note("joined at the mid-term review")
                            .build())
                    .addCountry(
                        ParticipatingCountry.builder()
                            .country(AM)
                            .role(CountryRole.PARTNER)
                            .validFrom(PartialDate.of(2022, 1, 15))
                            .build())
                    .build());
    Project none = storedProject();
    List<Project> ours = List.of(widened, none);

    // when
    Project read = projects().get(widened.id());

    // then
    assertThat(read.countries()).isEqualTo(widened.countries());
    assertThat(read.countriesOn(LocalDate.of(2018, 6, 1)))
        .extracting(ParticipatingCountry::country)
        .containsExactly(AM);
    assertThat(read.countriesOn(LocalDate.of(2021, 6, 1)))
        .extracting(ParticipatingCountry::country)
        .containsExactly(GE);
    assertThat(read.countriesOn(LocalDate.of(2023, 6, 1)))
        .extracting(ParticipatingCountry::country)
        .containsExactly(GE, AM);
    assertFinds(ProjectQuery.builder().country(AM).build(), ours, widened);
  }

  /** Checks that a search filters by status. */
  @Test
  protected void filtersByStatus() {
    // given
    Project running =
        projects().create(anyProject().toBuilder().status(ProjectStatus.IMPLEMENTATION).build());
    Project closed =
        projects().create(anyProject().toBuilder().status(ProjectStatus.CLOSED).build());
    Project suspended =
        projects().create(anyProject().toBuilder().status(ProjectStatus.SUSPENDED).build());
    List<Project> ours = List.of(running, closed, suspended);

    // when / then
    assertFinds(ProjectQuery.builder().status(ProjectStatus.CLOSED).build(), ours, closed);
    assertFinds(
        ProjectQuery.builder()
            .status(ProjectStatus.SUSPENDED)
            .status(ProjectStatus.IMPLEMENTATION)
            .build(),
        ours,
        running,
        suspended);
  }

  /**
   * Checks that a project whose sources give no status is stored as {@code UNKNOWN}, read back as
   * such and found by it.
   */
  @Test
  protected void storesAndFindsAProjectWhoseStatusIsUnknown() {
    // given
    Project unknown =
        projects().create(anyProject().toBuilder().status(ProjectStatus.UNKNOWN).build());
    Project running =
        projects().create(anyProject().toBuilder().status(ProjectStatus.IMPLEMENTATION).build());

    // when / then
    assertThat(projects().get(unknown.id()).status()).isEqualTo(ProjectStatus.UNKNOWN);
    assertFinds(
        ProjectQuery.builder().status(ProjectStatus.UNKNOWN).build(),
        List.of(unknown, running),
        unknown);
  }

  /** Checks that a search filters by organisation in any role. */
  @Test
  protected void filtersByOrganisationInAnyRole() {
    // given
    Organisation first = storedOrganisation();
    Organisation second = storedOrganisation();
    Project funded =
        projects()
            .create(
                anyProject().toBuilder()
                    .addOrganisation(ProjectOrganisation.of(first.id(), OrganisationRole.FUNDING))
                    .build());
    Project implemented =
        projects()
            .create(
                anyProject().toBuilder()
                    .addOrganisation(ProjectOrganisation.of(second.id(), OrganisationRole.FUNDING))
                    .addOrganisation(
                        ProjectOrganisation.of(first.id(), OrganisationRole.IMPLEMENTING))
                    .build());
    Project none = storedProject();
    List<Project> ours = List.of(funded, implemented, none);

    // when / then
    assertFinds(ProjectQuery.builder().organisation(first.id()).build(), ours, funded, implemented);
    assertFinds(ProjectQuery.builder().organisation(second.id()).build(), ours, implemented);
  }

  /** Checks that a search filters by framework code. */
  @Test
  protected void filtersByFrameworkCode() {
    // given
    CooperationFramework first = Fixtures.uniqueFramework();
    CooperationFramework second = Fixtures.uniqueFramework();
    Project inFirst = projects().create(anyProject().toBuilder().framework(first).build());
    Project inSecond = projects().create(anyProject().toBuilder().framework(second).build());
    Project inNone = storedProject();
    List<Project> ours = List.of(inFirst, inSecond, inNone);

    // when / then
    assertFinds(ProjectQuery.builder().framework(first.code()).build(), ours, inFirst);
    assertFinds(
        ProjectQuery.builder().framework(first.code()).framework(second.code()).build(),
        ours,
        inFirst,
        inSecond);
  }

  /**
   * Checks that a project in several frameworks is found under each of them, not only its primary
   * one, in a search and in a report's scope.
   *
   * @since 0.2.0
   */
  @Test
  protected void findsAProjectUnderEachOfItsFrameworks() {
    // given
    CooperationFramework primary = Fixtures.uniqueFramework();
    CooperationFramework secondary = Fixtures.uniqueFramework();
    Project both =
        projects()
            .create(anyProject().toBuilder().framework(primary).addFramework(secondary).build());
    Project onlySecondary =
        projects().create(anyProject().toBuilder().framework(secondary).build());
    List<Project> ours = List.of(both, onlySecondary, storedProject());
    events().create(Fixtures.eventOf(both.id()));

    // when / then
    assertThat(projects().get(both.id()).frameworks()).containsExactly(primary, secondary);
    assertFinds(ProjectQuery.builder().framework(primary.code()).build(), ours, both);
    assertFinds(
        ProjectQuery.builder().framework(secondary.code().toUpperCase(Locale.ROOT)).build(),
        ours,
        both,
        onlySecondary);
    assertThat(
            reports()
                .dashboard(ReportScope.framework(secondary.code()), ReportFilter.ALL)
                .total()
                .events())
        .isEqualTo(1);
  }

  /**
   * Checks that a framework's code matches in any case, as it does in a report's scope: a user
   * writes {@code PGG-EAP} where the code is stored as {@code pgg-eap}.
   */
  @Test
  protected void findsAFrameworksProjectsByItsCodeInAnyCase() {
    // given
    CooperationFramework framework = Fixtures.uniqueFramework();
    Project inside = projects().create(anyProject().toBuilder().framework(framework).build());
    List<Project> ours = List.of(inside, storedProject());

    // when / then
    assertFinds(
        ProjectQuery.builder()
            .framework(" " + framework.code().toUpperCase(Locale.ROOT) + " ")
            .build(),
        ours,
        inside);
  }

  /**
   * Checks that a search filters by the day a project is active, judging actual dates before
   * planned ones.
   */
  @Test
  protected void filtersByDayActiveJudgingActualDatesBeforePlannedOnes() {
    // given
    Project months =
        projects()
            .create(
                anyProject().toBuilder()
                    .dates(
                        ProjectDates.planned(
                            PartialDate.ofMonth(2021, 1), PartialDate.ofMonth(2021, 6)))
                    .build());
    Project actual =
        projects()
            .create(
                anyProject().toBuilder()
                    .dates(
                        ProjectDates.planned(PartialDate.ofYear(2019), PartialDate.ofYear(2020))
                            .withActual(PartialDate.of(2021, 7, 1), PartialDate.ofYear(2022)))
                    .build());
    Project unknown =
        projects().create(anyProject().toBuilder().dates(ProjectDates.UNKNOWN).build());
    Project openEnded =
        projects()
            .create(
                anyProject().toBuilder()
                    .dates(ProjectDates.planned(PartialDate.of(2021, 6, 30), null))
                    .build());
    Project past =
        projects()
            .create(
                anyProject().toBuilder()
                    .dates(ProjectDates.planned(PartialDate.ofYear(2019), PartialDate.ofYear(2019)))
                    .build());
    List<Project> ours = List.of(months, actual, unknown, openEnded, past);

    // when / then
    assertFinds(
        ProjectQuery.builder().activeOn(LocalDate.of(2021, 6, 30)).build(),
        ours,
        months,
        unknown,
        openEnded);
    assertFinds(
        ProjectQuery.builder().activeOn(LocalDate.of(2021, 7, 1)).build(),
        ours,
        actual,
        unknown,
        openEnded);
    assertFinds(ProjectQuery.builder().activeOn(LocalDate.of(2020, 6, 1)).build(), ours, unknown);
  }

  /**
   * Checks that a search filters by text in code, acronym, title, summary and aims ignoring case
   * and accents.
   */
  @Test
  protected void filtersByTextInCodeAcronymTitleSummaryAndAimsIgnoringCaseAndAccents() {
    // given
    String token = Fixtures.uniqueToken();
    String upper = token.toUpperCase(Locale.ROOT);
    Project inCode = projects().create(anyProject().toBuilder().code(token + "-code").build());
    Project inAcronym = projects().create(anyProject().toBuilder().acronym(upper).build());
    Project inTitle =
        projects()
            .create(
                anyProject().toBuilder()
                    .title(
                        localized("ka", "პროექტი", "fr", "Projet " + upper + " Société Numérique"))
                    .build());
    Project inSummary =
        projects()
            .create(
                anyProject().toBuilder().summary(localized("uk", token + " Кібербезпека")).build());
    Project inAims =
        projects().create(anyProject().toBuilder().aims(localized("en", "Aims: " + token)).build());
    Project elsewhere =
        projects()
            .create(
                anyProject().toBuilder()
                    .addLink(Link.of("https://example.org/" + token, token, Link.Kind.SOURCE))
                    .build());
    List<Project> ours = List.of(inCode, inAcronym, inTitle, inSummary, inAims, elsewhere);

    // when / then
    assertFinds(
        ProjectQuery.builder().text(token).build(),
        ours,
        inCode,
        inAcronym,
        inTitle,
        inSummary,
        inAims);
    assertFinds(ProjectQuery.builder().text(token + " SOCIETE numérique").build(), ours, inTitle);
    assertFinds(ProjectQuery.builder().text(upper + " кібер").build(), ours, inSummary);
    assertFinds(ProjectQuery.builder().text(upper + "-CODE").build(), ours, inCode);
  }

  /** Checks that a search combines filters so that each must match. */
  @Test
  protected void combinesFiltersSoThatEachMustMatch() {
    // given
    Organisation organisation = storedOrganisation();
    Organisation other = storedOrganisation();
    CooperationFramework framework = Fixtures.uniqueFramework();
    String token = Fixtures.uniqueToken();
    Project match =
        anyProject().toBuilder()
            .title("Project " + token)
            .addCountry(AM)
            .status(ProjectStatus.IMPLEMENTATION)
            .addOrganisation(ProjectOrganisation.of(organisation.id(), OrganisationRole.FUNDING))
            .framework(framework)
            .dates(ProjectDates.planned(PartialDate.ofYear(2024), PartialDate.ofYear(2026)))
            .build();
    List<Project> variants =
        List.of(
            match,
            match.toBuilder().countries(List.of(ParticipatingCountry.beneficiary(GE))).build(),
            match.toBuilder().status(ProjectStatus.CLOSED).build(),
            match.toBuilder()
                .organisations(
                    List.of(ProjectOrganisation.of(other.id(), OrganisationRole.FUNDING)))
                .build(),
            match.toBuilder().framework(Fixtures.uniqueFramework()).build(),
            match.toBuilder()
                .dates(ProjectDates.planned(PartialDate.ofYear(2020), PartialDate.ofYear(2021)))
                .build(),
            match.toBuilder().title("Project without the token").build());
    List<Project> ours = new ArrayList<>();
    for (Project variant : variants) {
      ours.add(
          projects()
              .create(
                  variant.toBuilder()
                      .id(Fixtures.newProjectId())
                      .code(Fixtures.uniqueCode())
                      .build()));
    }
    ProjectQuery query =
        ProjectQuery.builder()
            .country(AM)
            .status(ProjectStatus.IMPLEMENTATION)
            .organisation(organisation.id())
            .framework(framework.code())
            .activeOn(LocalDate.of(2025, 6, 1))
            .text(token)
            .build();

    // when / then
    assertFinds(query, ours, ours.get(0));
  }

  /** Checks that a search sorts by code in both directions and walks all pages. */
  @Test
  protected void sortsByCodeInBothDirectionsAndWalksAllPages() {
    // given
    Organisation organisation = storedOrganisation();
    List<Project> ours = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      ours.add(
          projects()
              .create(
                  anyProject().toBuilder()
                      .addOrganisation(
                          ProjectOrganisation.of(organisation.id(), OrganisationRole.FUNDING))
                      .build()));
    }

    for (SortDirection direction : SortDirection.values()) {
      for (int limit : new int[] {1, 5, 6, 12, 13}) {
        // when
        ProjectQuery query =
            ProjectQuery.builder()
                .organisation(organisation.id())
                .direction(direction)
                .limit(limit)
                .build();
        List<Page<Project>> pages =
            ContractAssertions.pages(query, limit, projects()::search, ProjectQuery::after);

        // then
        assertThat(pages).as("pages of %d, %s", limit, direction).hasSize((12 + limit - 1) / limit);
        assertThat(pages.stream().flatMap(p -> p.items().stream()).map(Project::id).toList())
            .as("pages of %d, %s", limit, direction)
            .containsExactlyElementsOf(
                ours.stream().sorted(projectOrder(direction)).map(Project::id).toList());
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
    for (int i = 0; i < 12; i++) {
      storedProject();
    }

    // when, then
    searches().assertOrdersFirstPages(ProjectQuery.builder().build());
  }

  private void assertFinds(ProjectQuery query, List<Project> ours, Project... expected) {
    searches().assertFinds(query, ours, List.of(expected));
  }

  private SearchContract<ProjectQuery, ProjectQuery.Builder, Project> searches() {
    return new SearchContract<>(
        ProjectQuery::toBuilder,
        ProjectQuery.Builder::build,
        query -> projects().search(query),
        ProjectSearch::matches,
        ContractAssertions::projectOrder,
        Project::id);
  }
}
