package org.coopkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.coopkit.model.PartialDate;
import org.coopkit.model.event.EventDates;
import org.junit.jupiter.api.Test;

class DateRangesTest {
  @Test
  void writesAPeriodAsPeopleWriteIt() {
    assertThat(DateRanges.of(EventDates.of(day(2017, 10, 9), day(2017, 10, 11), null)))
        .isEqualTo("9–11 October 2017");
    assertThat(DateRanges.of(EventDates.of(day(2017, 9, 30), day(2017, 10, 2), null)))
        .isEqualTo("30 September – 2 October 2017");
    assertThat(DateRanges.of(EventDates.of(day(2017, 12, 28), day(2018, 1, 3), null)))
        .isEqualTo("28 December 2017 – 3 January 2018");
    assertThat(DateRanges.of(EventDates.of(day(2017, 10, 9), day(2017, 10, 9), null)))
        .isEqualTo("9 October 2017");
  }

  @Test
  void saysHowMuchOfAnUncertainDateIsKnown() {
    assertThat(DateRanges.of(EventDates.on(PartialDate.ofMonth(2018, 5)))).isEqualTo("May 2018");
    assertThat(DateRanges.of(EventDates.startingOn(PartialDate.ofYear(2019))))
        .isEqualTo("2019 (end not known)");
    assertThat(DateRanges.of(EventDates.onOrBefore(day(2019, 5, 14))))
        .isEqualTo("on or before 14 May 2019");
    assertThat(DateRanges.of(EventDates.unknown())).isEqualTo("date not known");
  }

  private static LocalDate day(int year, int month, int dayOfMonth) {
    return LocalDate.of(year, month, dayOfMonth);
  }
}
