package org.coopkit.model.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopkit.internal.ValidationAssertions.invalid;
import static org.coopkit.internal.ValidationAssertions.violation;

import com.google.common.testing.EqualsTester;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coopkit.error.ValidationException;
import org.coopkit.error.Violation;
import org.coopkit.model.CountryCode;
import org.coopkit.model.Limits;
import org.coopkit.model.ParticipantCount;
import org.junit.jupiter.api.Test;

class ParticipationTest {
  private static final CountryCode ALBANIA = CountryCode.of("AL");
  private static final CountryCode AZERBAIJAN = CountryCode.of("AZ");
  private static final CountryCode NORTH_MACEDONIA = CountryCode.of("MK");
  private static final CountryCode UKRAINE = CountryCode.of("UA");

  @Test
  void knowsNothingWhenUnknown() {
    assertThat(Participation.UNKNOWN.total()).isNull();
    assertThat(Participation.UNKNOWN.countries()).isEmpty();
    assertThat(Participation.UNKNOWN.byCountry()).isEmpty();
    assertThat(Participation.UNKNOWN.countryCount()).isNull();
    assertThat(Participation.UNKNOWN.organisationCount()).isNull();
    assertThat(Participation.UNKNOWN.experts()).isNull();
    assertThat(Participation.UNKNOWN.note()).isNull();
  }

  @Test
  void holdsTheFiguresASourceGivesWithoutNamingCountriesOrOrganisations() {
    Participation participation =
        Participation.builder()
            .total(ParticipantCount.approximately(120))
            .countryCount(ParticipantCount.moreThan(20))
            .organisationCount(ParticipantCount.exactly(35))
            .experts(ParticipantCount.exactly(8))
            .note("announced")
            .build();

    assertThat(participation.countries()).isEmpty();
    assertThat(participation.countryCount()).isEqualTo(ParticipantCount.moreThan(20));
    assertThat(participation.organisationCount()).isEqualTo(ParticipantCount.exactly(35));
    assertThat(participation.experts()).isEqualTo(ParticipantCount.exactly(8));
    assertThat(participation.note()).isEqualTo("announced");
    assertThat(participation.total()).isEqualTo(ParticipantCount.approximately(120));
  }

  @Test
  void keepsTheExpertsApartFromAndUncheckedAgainstTheTotal() {
    Participation participation =
        Participation.builder()
            .total(ParticipantCount.exactly(5))
            .experts(ParticipantCount.exactly(12))
            .build();

    assertThat(participation.total()).isEqualTo(ParticipantCount.exactly(5));
    assertThat(participation.experts()).isEqualTo(ParticipantCount.exactly(12));
  }

  @Test
  void rejectsAnExactCountryCountBelowTheCountriesNamed() {
    Violation v =
        violation(
            () ->
                Participation.builder()
                    .countries(Set.of(ALBANIA, AZERBAIJAN, UKRAINE))
                    .countryCount(ParticipantCount.exactly(2))
                    .build(),
            "participation.countryCount",
            "must not be below the number of participation.countries");

    assertThat(v.value()).isEqualTo("'2 < 3'");
  }

  @Test
  void rejectsAnUpperBoundOnCountriesBelowTheCountriesNamed() {
    violation(
        () ->
            Participation.builder()
                .countries(Set.of(ALBANIA, AZERBAIJAN, UKRAINE))
                .countryCount(ParticipantCount.upTo(2))
                .build(),
        "participation.countryCount",
        "must not be below the number of participation.countries");
  }

  @Test
  void acceptsACountryCountAtOrAboveTheCountriesNamedOrNotAnUpperBound() {
    Set<CountryCode> named = Set.of(ALBANIA, AZERBAIJAN, UKRAINE);
    for (ParticipantCount count :
        List.of(
            ParticipantCount.exactly(3),
            ParticipantCount.exactly(25),
            ParticipantCount.upTo(3),
            ParticipantCount.moreThan(1),
            ParticipantCount.approximately(2),
            ParticipantCount.planned(1))) {
      Participation participation =
          Participation.builder().countries(named).countryCount(count).build();

      assertThat(participation.countryCount()).isEqualTo(count);
    }
  }

  @Test
  void stripsAndNormalisesTheNote() {
    // "annoncé" with the accent as a combining mark: NFC composes it.
    Participation participation = Participation.builder().note("  annonce\u0301 ").build();

    assertThat(participation.note()).isEqualTo("annonc\u00e9");
  }

  @Test
  void rejectsABlankNote() {
    violation(
        () -> Participation.builder().note(" \t ").build(),
        "participation.note",
        "must not be blank");
  }

  @Test
  void rejectsANoteSpanningLines() {
    violation(
        () -> Participation.builder().note("announced\nthen cancelled").build(),
        "participation.note",
        "must be one line");
  }

  @Test
  void acceptsANoteAtTheLengthLimitAndRejectsOneLonger() {
    String atLimit = "n".repeat(Limits.TITLE);

    assertThat(Participation.builder().note(atLimit).build().note()).isEqualTo(atLimit);
    violation(
        () -> Participation.builder().note(atLimit + "n").build(),
        "participation.note",
        "must be at most " + Limits.TITLE + " characters long");
  }

  @Test
  void carriesTheNewFiguresThroughItsBuilder() {
    Participation original =
        Participation.builder()
            .countryCount(ParticipantCount.upTo(4))
            .organisationCount(ParticipantCount.approximately(9))
            .experts(ParticipantCount.exactly(3))
            .note("announced")
            .build();

    assertThat(original.toBuilder().build()).isEqualTo(original);
    assertThat(original.toBuilder().note(null).experts(null).build().note()).isNull();
  }

  @Test
  void showsTheNewFiguresInItsText() {
    Participation participation =
        Participation.builder()
            .countryCount(ParticipantCount.moreThan(20))
            .organisationCount(ParticipantCount.exactly(35))
            .experts(ParticipantCount.upTo(6))
            .note("announced")
            .build();

    assertThat(participation.toString())
        .contains(
            "countryCount=more than 20",
            "organisationCount=35",
            "experts=up to 6",
            "note=announced");
  }

  @Test
  void sortsCountriesAndCountsByCountryCode() {
    Participation participation =
        Participation.builder()
            .total(ParticipantCount.exactly(93))
            .countries(new LinkedHashSet<>(List.of(UKRAINE, AZERBAIJAN, ALBANIA)))
            .byCountry(
                Map.of(UKRAINE, ParticipantCount.exactly(5), ALBANIA, ParticipantCount.exactly(4)))
            .build();

    assertThat(participation.countries()).containsExactly(ALBANIA, AZERBAIJAN, UKRAINE);
    assertThat(participation.byCountry().keySet()).containsExactly(ALBANIA, UKRAINE);
  }

  @Test
  void rejectsACountByCountryForACountryNotAmongTheCountries() {
    Violation v =
        violation(
            () ->
                Participation.builder()
                    .countries(Set.of(AZERBAIJAN))
                    .byCountry(Map.of(NORTH_MACEDONIA, ParticipantCount.exactly(3)))
                    .build(),
            "participation.byCountry[MK]",
            "must be one of participation.countries");

    assertThat(v.value()).isEqualTo("'MK'");
  }

  @Test
  void reportsEveryCountryNotAmongTheCountriesTogether() {
    ValidationException e =
        invalid(
            () ->
                Participation.builder()
                    .countries(Set.of(AZERBAIJAN))
                    .byCountry(
                        Map.of(
                            UKRAINE,
                            ParticipantCount.exactly(3),
                            ALBANIA,
                            ParticipantCount.approximately(4)))
                    .build());

    assertThat(e.paths())
        .containsExactly("participation.byCountry[AL]", "participation.byCountry[UA]");
  }

  @Test
  void acceptsCountsByCountryAddingUpToTheExactTotal() {
    Participation participation =
        Participation.builder()
            .total(ParticipantCount.exactly(10))
            .countries(Set.of(AZERBAIJAN, UKRAINE))
            .byCountry(
                Map.of(
                    AZERBAIJAN, ParticipantCount.exactly(6), UKRAINE, ParticipantCount.exactly(4)))
            .build();

    assertThat(participation.byCountry()).hasSize(2);
  }

  @Test
  void rejectsExactCountsByCountryAddingUpToMoreThanTheExactTotal() {
    Violation v =
        violation(
            () ->
                Participation.builder()
                    .total(ParticipantCount.exactly(10))
                    .countries(Set.of(AZERBAIJAN, UKRAINE))
                    .byCountry(
                        Map.of(
                            AZERBAIJAN,
                            ParticipantCount.exactly(7),
                            UKRAINE,
                            ParticipantCount.exactly(4)))
                    .build(),
            "participation.byCountry",
            "must not add up to more than participation.total");

    assertThat(v.value()).isEqualTo("'11 > 10'");
  }

  @Test
  void doesNotAddUpCountsWhenTheTotalOrACountIsNotExact() {
    Map<CountryCode, ParticipantCount> exact =
        Map.of(AZERBAIJAN, ParticipantCount.exactly(70), UKRAINE, ParticipantCount.exactly(40));
    Map<CountryCode, ParticipantCount> estimated =
        Map.of(
            AZERBAIJAN, ParticipantCount.approximately(70), UKRAINE, ParticipantCount.exactly(40));
    Set<CountryCode> both = Set.of(AZERBAIJAN, UKRAINE);

    // 70 + 40 is more than 100, which is refused only when every count is exact.
    assertThat(
            Participation.builder()
                .total(ParticipantCount.approximately(100))
                .countries(both)
                .byCountry(exact)
                .build()
                .byCountry())
        .isEqualTo(exact);
    assertThat(
            Participation.builder()
                .total(ParticipantCount.exactly(100))
                .countries(both)
                .byCountry(estimated)
                .build()
                .byCountry())
        .isEqualTo(estimated);
    assertThat(Participation.builder().countries(both).byCountry(exact).build().byCountry())
        .isEqualTo(exact);
  }

  @Test
  void reportsAStrayCountryAndAnExcessiveSumTogether() {
    ValidationException e =
        invalid(
            () ->
                Participation.builder()
                    .total(ParticipantCount.exactly(5))
                    .countries(Set.of(AZERBAIJAN))
                    .byCountry(
                        Map.of(
                            AZERBAIJAN,
                            ParticipantCount.exactly(4),
                            UKRAINE,
                            ParticipantCount.exactly(4)))
                    .build());

    assertThat(e.paths()).containsExactly("participation.byCountry[UA]", "participation.byCountry");
  }

  @Test
  void copiesItsCollectionsAndReturnsThemUnmodifiable() {
    Set<CountryCode> countries = new LinkedHashSet<>(List.of(AZERBAIJAN));
    Map<CountryCode, ParticipantCount> byCountry = new HashMap<>();
    byCountry.put(AZERBAIJAN, ParticipantCount.exactly(1));
    Participation participation =
        Participation.builder().countries(countries).byCountry(byCountry).build();
    countries.add(UKRAINE);
    byCountry.put(UKRAINE, ParticipantCount.exactly(2));

    assertThat(participation.countries()).containsExactly(AZERBAIJAN);
    assertThat(participation.byCountry()).containsOnlyKeys(AZERBAIJAN);
    assertThatThrownBy(() -> participation.countries().add(UKRAINE))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> participation.byCountry().put(UKRAINE, ParticipantCount.exactly(1)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void addsACountryWithItsCountToBothCountriesAndCounts() {
    Participation participation =
        Participation.builder()
            .total(ParticipantCount.exactly(10))
            .addCountry(UKRAINE, ParticipantCount.exactly(4))
            .addCountry(AZERBAIJAN)
            .build();

    assertThat(participation.countries()).containsExactly(AZERBAIJAN, UKRAINE);
    assertThat(participation.byCountry())
        .containsExactly(Map.entry(UKRAINE, ParticipantCount.exactly(4)));
  }

  @Test
  void rebuildsAnEqualParticipationFromItsBuilderAndLeavesItUntouchedByChanges() {
    Participation original =
        Participation.builder()
            .total(ParticipantCount.moreThan(50))
            .countries(Set.of(AZERBAIJAN, UKRAINE))
            .byCountry(Map.of(UKRAINE, ParticipantCount.approximately(30)))
            .build();

    Participation.Builder builder = original.toBuilder();
    Participation copy = builder.build();
    Participation changed =
        builder.addCountry(ALBANIA, ParticipantCount.exactly(2)).total(null).build();

    assertThat(copy).isEqualTo(original);
    assertThat(original.countries()).containsExactly(AZERBAIJAN, UKRAINE);
    assertThat(changed.total()).isNull();
    assertThat(changed.byCountry()).containsOnlyKeys(ALBANIA, UKRAINE);
  }

  @Test
  void anEmptyBuilderBuildsTheUnknownParticipation() {
    assertThat(Participation.builder().build()).isEqualTo(Participation.UNKNOWN);
    assertThat(Participation.UNKNOWN.toBuilder().build()).isEqualTo(Participation.UNKNOWN);
  }

  @Test
  void refusesANullCountryOrCountWhereTheCallerGivesIt() {
    Set<CountryCode> withNull = new LinkedHashSet<>();
    withNull.add(UKRAINE);
    withNull.add(null);
    Map<CountryCode, ParticipantCount> nullCount = new HashMap<>();
    nullCount.put(UKRAINE, null);
    Participation.Builder builder = Participation.builder();

    assertThatThrownBy(() -> builder.countries(withNull))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("countries[1]");
    assertThatThrownBy(() -> builder.byCountry(nullCount))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("byCountry[UA]");
    assertThatThrownBy(() -> builder.addCountry(UKRAINE, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("count");
  }

  @Test
  void equalsAnotherParticipationExactlyWhenEveryValueIsEqual() {
    new EqualsTester()
        .addEqualityGroup(
            Participation.of(ParticipantCount.exactly(93), Set.of(AZERBAIJAN, UKRAINE)),
            Participation.builder()
                .total(ParticipantCount.exactly(93))
                .countries(new LinkedHashSet<>(List.of(UKRAINE, AZERBAIJAN)))
                .build())
        .addEqualityGroup(
            Participation.of(ParticipantCount.approximately(93), Set.of(AZERBAIJAN, UKRAINE)))
        .addEqualityGroup(
            Participation.of(ParticipantCount.exactly(94), Set.of(AZERBAIJAN, UKRAINE)))
        .addEqualityGroup(Participation.of(ParticipantCount.exactly(93), Set.of(AZERBAIJAN)))
        .addEqualityGroup(
            Participation.builder()
                .total(ParticipantCount.exactly(93))
                .countries(Set.of(AZERBAIJAN, UKRAINE))
                .byCountry(Map.of(UKRAINE, ParticipantCount.exactly(4)))
                .build())
        .addEqualityGroup(Participation.builder().countryCount(ParticipantCount.exactly(3)).build())
        .addEqualityGroup(
            Participation.builder().organisationCount(ParticipantCount.exactly(3)).build())
        .addEqualityGroup(Participation.builder().experts(ParticipantCount.exactly(3)).build())
        .addEqualityGroup(
            Participation.builder().note("announced").build(),
            Participation.builder().note(" announced ").build())
        .addEqualityGroup(Participation.UNKNOWN, Participation.builder().build())
        .testEquals();
  }
}
