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
  }

  @Test
  void sortsCountriesAndCountsByCountryCode() {
    Participation participation =
        new Participation(
            ParticipantCount.exactly(93),
            new LinkedHashSet<>(List.of(UKRAINE, AZERBAIJAN, ALBANIA)),
            Map.of(UKRAINE, ParticipantCount.exactly(5), ALBANIA, ParticipantCount.exactly(4)));

    assertThat(participation.countries()).containsExactly(ALBANIA, AZERBAIJAN, UKRAINE);
    assertThat(participation.byCountry().keySet()).containsExactly(ALBANIA, UKRAINE);
  }

  @Test
  void rejectsACountByCountryForACountryNotAmongTheCountries() {
    Violation v =
        violation(
            () ->
                new Participation(
                    null, Set.of(AZERBAIJAN), Map.of(NORTH_MACEDONIA, ParticipantCount.exactly(3))),
            "participation.byCountry[MK]",
            "must be one of participation.countries");

    assertThat(v.value()).isEqualTo("'MK'");
  }

  @Test
  void reportsEveryCountryNotAmongTheCountriesTogether() {
    ValidationException e =
        invalid(
            () ->
                new Participation(
                    null,
                    Set.of(AZERBAIJAN),
                    Map.of(
                        UKRAINE,
                        ParticipantCount.exactly(3),
                        ALBANIA,
                        ParticipantCount.approximately(4))));

    assertThat(e.paths())
        .containsExactly("participation.byCountry[AL]", "participation.byCountry[UA]");
  }

  @Test
  void acceptsCountsByCountryAddingUpToTheExactTotal() {
    Participation participation =
        new Participation(
            ParticipantCount.exactly(10),
            Set.of(AZERBAIJAN, UKRAINE),
            Map.of(AZERBAIJAN, ParticipantCount.exactly(6), UKRAINE, ParticipantCount.exactly(4)));

    assertThat(participation.byCountry()).hasSize(2);
  }

  @Test
  void rejectsExactCountsByCountryAddingUpToMoreThanTheExactTotal() {
    Violation v =
        violation(
            () ->
                new Participation(
                    ParticipantCount.exactly(10),
                    Set.of(AZERBAIJAN, UKRAINE),
                    Map.of(
                        AZERBAIJAN,
                        ParticipantCount.exactly(7),
                        UKRAINE,
                        ParticipantCount.exactly(4))),
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
    assertThat(new Participation(ParticipantCount.approximately(100), both, exact).byCountry())
        .isEqualTo(exact);
    assertThat(new Participation(ParticipantCount.exactly(100), both, estimated).byCountry())
        .isEqualTo(estimated);
    assertThat(new Participation(null, both, exact).byCountry()).isEqualTo(exact);
  }

  @Test
  void reportsAStrayCountryAndAnExcessiveSumTogether() {
    ValidationException e =
        invalid(
            () ->
                new Participation(
                    ParticipantCount.exactly(5),
                    Set.of(AZERBAIJAN),
                    Map.of(
                        AZERBAIJAN,
                        ParticipantCount.exactly(4),
                        UKRAINE,
                        ParticipantCount.exactly(4))));

    assertThat(e.paths()).containsExactly("participation.byCountry[UA]", "participation.byCountry");
  }

  @Test
  void copiesItsCollectionsAndReturnsThemUnmodifiable() {
    Set<CountryCode> countries = new LinkedHashSet<>(List.of(AZERBAIJAN));
    Map<CountryCode, ParticipantCount> byCountry = new HashMap<>();
    byCountry.put(AZERBAIJAN, ParticipantCount.exactly(1));
    Participation participation = new Participation(null, countries, byCountry);
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
  void equalsAnotherParticipationExactlyWhenEveryValueIsEqual() {
    new EqualsTester()
        .addEqualityGroup(
            Participation.of(ParticipantCount.exactly(93), Set.of(AZERBAIJAN, UKRAINE)),
            new Participation(
                ParticipantCount.exactly(93),
                new LinkedHashSet<>(List.of(UKRAINE, AZERBAIJAN)),
                Map.of()))
        .addEqualityGroup(
            Participation.of(ParticipantCount.approximately(93), Set.of(AZERBAIJAN, UKRAINE)))
        .addEqualityGroup(
            Participation.of(ParticipantCount.exactly(94), Set.of(AZERBAIJAN, UKRAINE)))
        .addEqualityGroup(Participation.of(ParticipantCount.exactly(93), Set.of(AZERBAIJAN)))
        .addEqualityGroup(
            new Participation(
                ParticipantCount.exactly(93),
                Set.of(AZERBAIJAN, UKRAINE),
                Map.of(UKRAINE, ParticipantCount.exactly(4))))
        .addEqualityGroup(Participation.UNKNOWN, new Participation(null, Set.of(), Map.of()))
        .testEquals();
  }
}
