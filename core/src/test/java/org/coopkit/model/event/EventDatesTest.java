package org.coopkit.model.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.coopkit.internal.ValidationAssertions.violation;
import static org.coopkit.model.event.EventFixture.BAKU;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import org.coopkit.error.Violation;
import org.coopkit.model.Limits;
import org.coopkit.model.PartialDate;
import org.junit.jupiter.api.Test;

class EventDatesTest {
  private static final LocalDate OCT_9 = LocalDate.of(2017, 10, 9);
  private static final LocalDate OCT_11 = LocalDate.of(2017, 10, 11);

  @Test
  void acceptsAOneDayEvent() {
    EventDates dates = EventDates.of(OCT_9, OCT_9, BAKU);

    assertThat(dates.firstDay()).isEqualTo(OCT_9);
    assertThat(dates.lastDay()).isEqualTo(OCT_9);
  }

  @Test
  void rejectsAnEndBeforeTheStart() {
    Violation v =
        violation(
            () -> EventDates.of(OCT_11, OCT_9, BAKU),
            "dates.end",
            "must not be before dates.start");

    assertThat(v.value()).isEqualTo("'2017-10-09 < 2017-10-11'");
  }

  @Test
  void acceptsAMonthWhoseLastDayReachesTheStart() {
    EventDates dates =
        new EventDates(PartialDate.of(2017, 10, 30), PartialDate.ofMonth(2017, 10), null);

    assertThat(dates.lastDay()).isEqualTo(LocalDate.of(2017, 10, 31));
  }

  @Test
  void coversTheWholePeriodOfARoughDate() {
    EventDates october = EventDates.on(PartialDate.ofMonth(2017, 10));

    assertThat(october.firstDay()).isEqualTo(LocalDate.of(2017, 10, 1));
    assertThat(october.lastDay()).isEqualTo(LocalDate.of(2017, 10, 31));
    assertThat(october.timeZone()).isNull();
  }

  @Test
  void overlapsAPeriodThatTouchesEitherEdge() {
    EventDates dates = EventDates.of(OCT_9, OCT_11, BAKU);

    assertThat(dates.overlaps(OCT_11, OCT_11.plusDays(5))).isTrue();
    assertThat(dates.overlaps(OCT_9.minusDays(5), OCT_9)).isTrue();
    assertThat(dates.overlaps(OCT_11.plusDays(1), OCT_11.plusDays(5))).isFalse();
    assertThat(dates.overlaps(OCT_9.minusDays(5), OCT_9.minusDays(1))).isFalse();
    assertThat(dates.overlaps(LocalDate.of(2017, 10, 10), LocalDate.of(2017, 10, 10))).isTrue();
  }

  @Test
  void rejectsAMissingStartOrEndNamingIt() {
    PartialDate day = PartialDate.of(OCT_9);

    assertThatNullPointerException()
        .isThrownBy(() -> new EventDates(null, day, null))
        .withMessage("start");
    assertThatNullPointerException()
        .isThrownBy(() -> new EventDates(day, null, null))
        .withMessage("end");
  }

  @Test
  void equalsOtherDatesExactlyWhenStartEndAndZoneAreEqual() {
    new EqualsTester()
        .addEqualityGroup(
            EventDates.of(OCT_9, OCT_11, BAKU),
            new EventDates(PartialDate.of(OCT_9), PartialDate.of(OCT_11), BAKU))
        .addEqualityGroup(EventDates.of(OCT_9, OCT_11, null))
        .addEqualityGroup(EventDates.of(OCT_9, OCT_9, BAKU))
        .addEqualityGroup(EventDates.of(OCT_9.minusDays(1), OCT_11, BAKU))
        .addEqualityGroup(
            new EventDates(PartialDate.of(OCT_9), PartialDate.ofMonth(2017, 10), BAKU))
        .testEquals();
  }

  @Test
  void anOpenEndMayRunToTheLatestDayAndIsNeverCertainlyInsideABoundedPeriod() {
    EventDates dates = EventDates.startingOn(PartialDate.ofMonth(2017, 10));

    assertThat(dates.end()).isNull();
    assertThat(dates.isKnown()).isFalse();
    assertThat(dates.year()).hasValue(2017);
    assertThat(dates.firstDay()).isEqualTo(LocalDate.of(2017, 10, 1));
    assertThat(dates.lastDay()).isEqualTo(Limits.LATEST_DAY);
    assertThat(dates.overlaps(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31))).isTrue();
    assertThat(dates.liesWithin(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31))).isFalse();
  }

  @Test
  void onOrBeforeADayMayCoverAnyDayUpToItAndHasNoYear() {
    EventDates dates = EventDates.onOrBefore(LocalDate.of(2019, 5, 14));

    assertThat(dates.start()).isNull();
    assertThat(dates.isUnknown()).isFalse();
    assertThat(dates.year()).isEmpty();
    assertThat(dates.firstDay()).isEqualTo(Limits.EARLIEST_DAY);
    assertThat(dates.lastDay()).isEqualTo(LocalDate.of(2019, 5, 14));
    assertThat(dates.overlaps(LocalDate.of(2019, 5, 15), LocalDate.of(2019, 6, 1))).isFalse();
  }

  @Test
  void unknownDatesMayFallInAnyPeriodButCertainlyInNone() {
    EventDates dates = EventDates.unknown();

    assertThat(dates.isUnknown()).isTrue();
    assertThat(dates.overlaps(OCT_9, OCT_9)).isTrue();
    assertThat(dates.liesWithin(OCT_9, OCT_11)).isFalse();
    assertThat(dates.liesWithin(Limits.EARLIEST_DAY, Limits.LATEST_DAY)).isTrue();
  }

  @Test
  void refusesAnEndWithoutAStartAndOnOrBeforeWithAStart() {
    violation(
        () -> EventDates.ofParts(null, PartialDate.of(OCT_9), null, null),
        "dates.end",
        "must be absent without dates.start");
    violation(
        () -> EventDates.ofParts(PartialDate.of(OCT_9), null, null, OCT_11),
        "dates.onOrBefore",
        "must be absent when dates.start is given");
  }

  @Test
  void theFormsAreDistinctValues() {
    new EqualsTester()
        .addEqualityGroup(EventDates.unknown(), EventDates.ofParts(null, null, null, null))
        .addEqualityGroup(EventDates.onOrBefore(OCT_9))
        .addEqualityGroup(EventDates.startingOn(PartialDate.of(OCT_9)))
        .addEqualityGroup(EventDates.startingOn(PartialDate.of(OCT_9)).withTimeZone(BAKU))
        .addEqualityGroup(EventDates.on(PartialDate.of(OCT_9)))
        .testEquals();
  }
}
