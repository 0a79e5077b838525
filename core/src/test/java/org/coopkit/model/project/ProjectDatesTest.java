package org.coopkit.model.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopkit.internal.ValidationAssertions.invalid;
import static org.coopkit.internal.ValidationAssertions.violation;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import org.coopkit.error.ValidationException;
import org.coopkit.model.PartialDate;
import org.junit.jupiter.api.Test;

class ProjectDatesTest {
  private static final PartialDate MAY_2011 = PartialDate.ofMonth(2011, 5);

  @Test
  void acceptsAnEndOnTheStartDay() {
    PartialDate day = PartialDate.of(2011, 5, 17);

    assertThat(new ProjectDates(day, day, day, day).end()).isEqualTo(day);
  }

  @Test
  void acceptsAnEndWhoseCoarserPeriodReachesTheStart() {
    // "2011" may end on 31 December, after May 2011 began.
    assertThat(ProjectDates.planned(MAY_2011, PartialDate.ofYear(2011)).plannedEnd())
        .isEqualTo(PartialDate.ofYear(2011));
  }

  @Test
  void rejectsAnActualEndBeforeTheActualStart() {
    violation(
        () -> ProjectDates.UNKNOWN.withActual(MAY_2011, PartialDate.of(2011, 4, 30)),
        "dates.actualEnd",
        "must not be before dates.actualStart");
  }

  @Test
  void rejectsAPlannedEndBeforeThePlannedStart() {
    violation(
        () -> ProjectDates.planned(PartialDate.ofYear(2012), MAY_2011),
        "dates.plannedEnd",
        "must not be before dates.plannedStart");
  }

  @Test
  void reportsBothPairsOutOfOrderTogether() {
    ValidationException e =
        invalid(
            () ->
                new ProjectDates(
                    PartialDate.ofYear(2012),
                    MAY_2011,
                    PartialDate.ofYear(2013),
                    PartialDate.ofYear(2012)));

    assertThat(e.paths()).containsExactly("dates.plannedEnd", "dates.actualEnd");
    assertThat(e.getMessage())
        .isEqualTo(
            "Invalid ProjectDates:"
                + " dates.plannedEnd: must not be before dates.plannedStart ('2011-05 < 2012');"
                + " dates.actualEnd: must not be before dates.actualStart ('2012 < 2013')");
  }

  @Test
  void doesNotCompareAPlannedDateWithAnActualOne() {
    // Planned to end in 2012, started late in 2013: both pairs are in order.
    ProjectDates dates =
        new ProjectDates(
            PartialDate.ofYear(2011), PartialDate.ofYear(2012), PartialDate.ofYear(2013), null);

    assertThat(dates.start()).isEqualTo(PartialDate.ofYear(2013));
    assertThat(dates.end()).isEqualTo(PartialDate.ofYear(2012));
  }

  @Test
  void prefersActualDatesToPlannedOnes() {
    ProjectDates dates = ProjectDates.planned(PartialDate.ofYear(2015), PartialDate.ofYear(2017));

    assertThat(dates.start()).isEqualTo(PartialDate.ofYear(2015));
    assertThat(dates.withActual(MAY_2011, null).start()).isEqualTo(MAY_2011);
    assertThat(dates.withActual(null, PartialDate.ofYear(2018)).end())
        .isEqualTo(PartialDate.ofYear(2018));
  }

  @Test
  void isActiveFromTheFirstDayOfTheStartToTheLastDayOfTheEnd() {
    ProjectDates dates = ProjectDates.planned(MAY_2011, PartialDate.ofYear(2012));

    assertThat(dates.isActiveOn(LocalDate.of(2011, 4, 30))).isFalse();
    assertThat(dates.isActiveOn(LocalDate.of(2011, 5, 1))).isTrue();
    assertThat(dates.isActiveOn(LocalDate.of(2012, 12, 31))).isTrue();
    assertThat(dates.isActiveOn(LocalDate.of(2013, 1, 1))).isFalse();
    assertThat(ProjectDates.UNKNOWN.isActiveOn(LocalDate.of(1900, 1, 1))).isTrue();
  }

  @Test
  void equalsOtherDatesExactlyWhenAllFourAreEqual() {
    ProjectDates base =
        new ProjectDates(
            PartialDate.ofYear(2011), PartialDate.ofYear(2012), MAY_2011, PartialDate.ofYear(2013));

    new EqualsTester()
        .addEqualityGroup(
            base,
            ProjectDates.planned(PartialDate.ofYear(2011), PartialDate.ofYear(2012))
                .withActual(MAY_2011, PartialDate.ofYear(2013)))
        .addEqualityGroup(ProjectDates.UNKNOWN, ProjectDates.planned(null, null))
        .addEqualityGroup(base.withActual(null, PartialDate.ofYear(2013)))
        .addEqualityGroup(base.withActual(MAY_2011, null))
        .addEqualityGroup(
            ProjectDates.planned(PartialDate.ofMonth(2011, 1), PartialDate.ofYear(2012))
                .withActual(MAY_2011, PartialDate.ofYear(2013)))
        .addEqualityGroup(
            ProjectDates.planned(PartialDate.ofYear(2011), PartialDate.ofMonth(2012, 12))
                .withActual(MAY_2011, PartialDate.ofYear(2013)))
        .testEquals();
  }
}
