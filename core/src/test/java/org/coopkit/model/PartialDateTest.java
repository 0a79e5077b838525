package org.coopkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopkit.model.ModelAssertions.invalid;
import static org.coopkit.model.ModelAssertions.violation;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.List;
import org.coopkit.model.PartialDate.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateTest {

  @Test
  void knowsAYear() {
    PartialDate date = PartialDate.ofYear(2011);
    assertThat(date).isEqualTo(new PartialDate(2011, 0, 0, Precision.YEAR));
    assertThat(date.earliest()).isEqualTo(LocalDate.of(2011, 1, 1));
    assertThat(date.latest()).isEqualTo(LocalDate.of(2011, 12, 31));
  }

  @Test
  void knowsAMonth() {
    PartialDate date = PartialDate.ofMonth(2012, 2);
    assertThat(date.precision()).isEqualTo(Precision.MONTH);
    assertThat(date.earliest()).isEqualTo(LocalDate.of(2012, 2, 1));
    assertThat(date.latest()).isEqualTo(LocalDate.of(2012, 2, 29));
  }

  @Test
  void knowsADay() {
    PartialDate date = PartialDate.of(LocalDate.of(2011, 5, 17));
    assertThat(date).isEqualTo(PartialDate.of(2011, 5, 17));
    assertThat(date.earliest()).isEqualTo(date.latest()).isEqualTo(LocalDate.of(2011, 5, 17));
  }

  @ParameterizedTest
  @CsvSource({
    "2011, YEAR",
    "2011-05, MONTH",
    "2011-05-17, DAY",
    "2011-01-09, DAY",
    "1999-10, MONTH",
    "1900, YEAR",
    "2200-12-31, DAY"
  })
  void parsesWhatItPrints(String text, Precision precision) {
    PartialDate date = PartialDate.parse(text);
    assertThat(date.precision()).isEqualTo(precision);
    assertThat(date).hasToString(text);
  }

  @Test
  void stripsTheTextItParses() {
    assertThat(PartialDate.parse(" 2011-05 ")).isEqualTo(PartialDate.ofMonth(2011, 5));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "May 2011",
        "2011-5",
        "11",
        "2011-05-17T10:00",
        "2011/05",
        "20110517",
        "2011-13",
        "2011-02-30",
        "1899",
        "2201-01-01",
        "2011-00",
        "2011-05-00",
        "2011_05",
        "2011-05-1x",
        "2011-05-",
        "\uff12\uff10\uff11\uff11" // digits, but not ASCII ones
      })
  void rejectsAnyOtherTextNamingTheText(String text) {
    violation(() -> PartialDate.parse(text), "text", "");
  }

  @Test
  void rejectsAYearOutOfRange() {
    violation(() -> PartialDate.ofYear(1899), "year", "between 1900 and 2200");
    violation(() -> PartialDate.ofMonth(2201, 1), "year", "between 1900 and 2200");
  }

  @Test
  void rejectsAMonthOutOfRange() {
    violation(() -> PartialDate.ofMonth(2011, 13), "month", "between 1 and 12");
    violation(() -> PartialDate.ofMonth(2011, 0), "month", "between 1 and 12");
  }

  @Test
  void rejectsADayTheMonthDoesNotHave() {
    violation(() -> PartialDate.of(2011, 2, 29), "day", "day of the month");
    violation(() -> PartialDate.of(2011, 4, 31), "day", "day of the month");
    assertThat(PartialDate.of(2012, 2, 29).day()).isEqualTo(29);
  }

  @Test
  void rejectsPartsThePrecisionDoesNotKnow() {
    violation(() -> new PartialDate(2011, 5, 0, Precision.YEAR), "month", "must be 0");
    violation(() -> new PartialDate(2011, 5, 3, Precision.MONTH), "day", "must be 0");
    violation(() -> new PartialDate(2011, 0, 0, null), "precision", "is required");
  }

  @Test
  void reportsEveryBrokenPartAtOnce() {
    assertThat(invalid(() -> new PartialDate(1800, 0, 40, Precision.DAY)).paths())
        .containsExactly("year", "month", "day");
  }

  @Test
  void coversEveryDayOfItsYearOrMonth() {
    PartialDate may = PartialDate.ofMonth(2011, 5);
    assertThat(may.covers(LocalDate.of(2011, 5, 1))).isTrue();
    assertThat(may.covers(LocalDate.of(2011, 5, 31))).isTrue();
    assertThat(may.covers(LocalDate.of(2011, 6, 1))).isFalse();
    assertThat(may.covers(LocalDate.of(2011, 4, 30))).isFalse();
    assertThat(PartialDate.ofYear(2011).covers(LocalDate.of(2011, 12, 31))).isTrue();
    assertThat(PartialDate.of(2011, 5, 17).covers(LocalDate.of(2011, 5, 18))).isFalse();
  }

  @Test
  void ordersByFirstDayThenCoarserFirst() {
    PartialDate year = PartialDate.ofYear(2011);
    PartialDate january = PartialDate.ofMonth(2011, 1);
    PartialDate firstOfJanuary = PartialDate.of(2011, 1, 1);
    PartialDate may = PartialDate.ofMonth(2011, 5);
    PartialDate lastYear = PartialDate.of(2010, 12, 31);
    assertThat(List.of(may, firstOfJanuary, year, lastYear, january).stream().sorted())
        .containsExactly(lastYear, year, january, firstOfJanuary, may);
    assertThat(year.compareTo(PartialDate.parse("2011"))).isZero();
  }

  @Test
  void comparesByAllParts() {
    new EqualsTester()
        .addEqualityGroup(PartialDate.ofYear(2011), PartialDate.parse("2011"))
        .addEqualityGroup(PartialDate.ofMonth(2011, 1), PartialDate.parse("2011-01"))
        .addEqualityGroup(PartialDate.of(2011, 1, 1), PartialDate.of(LocalDate.of(2011, 1, 1)))
        .testEquals();
  }
}
