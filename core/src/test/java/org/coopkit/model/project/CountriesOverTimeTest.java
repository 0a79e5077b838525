package org.coopkit.model.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopkit.internal.ValidationAssertions.violation;
import static org.coopkit.model.project.ProjectFixture.aProject;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.List;
import org.coopkit.model.CountryCode;
import org.coopkit.model.PartialDate;
import org.coopkit.query.ProjectQuery;
import org.coopkit.query.internal.ProjectSearch;
import org.junit.jupiter.api.Test;

class CountriesOverTimeTest {
  private static final CountryCode ARMENIA = CountryCode.of("AM");
  private static final CountryCode GEORGIA = CountryCode.of("GE");

  private static ParticipatingCountry from(CountryCode country, PartialDate from) {
    return ParticipatingCountry.builder().country(country).validFrom(from).build();
  }

  private static ParticipatingCountry until(CountryCode country, PartialDate until) {
    return ParticipatingCountry.builder().country(country).validUntil(until).build();
  }

  @Test
  void aProjectThatWidenedKeepsBothListsAndGivesEachForItsDay() {
    Project project =
        aProject().addCountry(ARMENIA).addCountry(from(GEORGIA, PartialDate.ofYear(2019))).build();

    assertThat(project.countriesOn(LocalDate.of(2018, 12, 31)))
        .extracting(ParticipatingCountry::country)
        .containsExactly(ARMENIA);
    assertThat(project.countriesOn(LocalDate.of(2019, 1, 1)))
        .extracting(ParticipatingCountry::country)
        .containsExactly(ARMENIA, GEORGIA);
    assertThat(project.countries()).hasSize(2);
  }

  @Test
  void aPartialEndCountsInFullBecauseTheSourceDoesNotSayWhichDay() {
    ParticipatingCountry left = until(ARMENIA, PartialDate.ofMonth(2021, 3));

    assertThat(left.isActiveOn(LocalDate.of(2021, 3, 31))).isTrue();
    assertThat(left.isActiveOn(LocalDate.of(2021, 4, 1))).isFalse();
  }

  @Test
  void aCountryThatLeftAndCameBackAppearsTwiceAndOnceInTheCodes() {
    Project project =
        aProject()
            .addCountry(until(ARMENIA, PartialDate.ofMonth(2020, 6)))
            .addCountry(from(ARMENIA, PartialDate.ofMonth(2020, 9)))
            .build();

    assertThat(project.countries()).hasSize(2);
    assertThat(project.countryCodes()).containsExactly(ARMENIA);
    assertThat(project.countriesOn(LocalDate.of(2020, 8, 1))).isEmpty();
  }

  @Test
  void refusesTheSameCountryInOverlappingPeriodsNamingTheLaterEntry() {
    violation(
        () ->
            aProject()
                .addCountry(until(ARMENIA, PartialDate.ofYear(2020)))
                .addCountry(GEORGIA)
                .addCountry(from(ARMENIA, PartialDate.ofMonth(2020, 9)))
                .build(),
        "countries[2]",
        "must not repeat the country in an overlapping period");
  }

  @Test
  void refusesAPeriodThatEndsBeforeItStarts() {
    violation(
        () ->
            ParticipatingCountry.builder()
                .country(ARMENIA)
                .validFrom(PartialDate.ofYear(2021))
                .validUntil(PartialDate.ofMonth(2020, 12))
                .build(),
        "validUntil",
        "must not be before validFrom");
  }

  @Test
  void aSearchByCountryFindsAProjectTheCountryOnlyTookPartInBefore() {
    Project project = aProject().addCountry(until(ARMENIA, PartialDate.ofYear(2015))).build();

    assertThat(ProjectSearch.matches(ProjectQuery.builder().country(ARMENIA).build(), project))
        .isTrue();
  }

  @Test
  void keepsTheNoteAndComparesEveryValue() {
    ParticipatingCountry plain = ParticipatingCountry.beneficiary(ARMENIA);
    ParticipatingCountry noted = plain.toBuilder().note("  a footnote ").build();

    assertThat(noted.note()).isEqualTo("a footnote");
    new EqualsTester()
        .addEqualityGroup(plain, ParticipatingCountry.of(ARMENIA, CountryRole.BENEFICIARY))
        .addEqualityGroup(noted)
        .addEqualityGroup(from(ARMENIA, PartialDate.ofYear(2019)))
        .addEqualityGroup(ParticipatingCountry.of(ARMENIA, CountryRole.OBSERVER))
        .testEquals();
  }

  @Test
  void aSearchByFrameworkMatchesAnyOfTheProjectsFrameworksAndTheFirstIsThePrimary() {
    CooperationFramework primary = CooperationFramework.of("pgg-ii", "Partnership II", "PGG");
    CooperationFramework other = CooperationFramework.of("eap", "Eastern Partnership", null);
    Project project = aProject().frameworks(List.of(primary, other)).build();

    assertThat(project.framework()).isEqualTo(primary);
    assertThat(ProjectSearch.matches(ProjectQuery.builder().framework("EAP").build(), project))
        .isTrue();
    assertThat(ProjectSearch.matches(ProjectQuery.builder().framework("other").build(), project))
        .isFalse();
    assertThat(project.toBuilder().framework(null).build().frameworks()).containsExactly(other);
  }

  @Test
  void refusesAFrameworkTwice() {
    CooperationFramework eap = CooperationFramework.of("eap", "Eastern Partnership", null);
    violation(
        () -> aProject().addFramework(eap).addFramework(eap).build(),
        "frameworks[1]",
        "must not repeat the code");
  }
}
