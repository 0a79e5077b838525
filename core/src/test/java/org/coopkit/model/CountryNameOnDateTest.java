package org.coopkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountryNameOnDateTest {
  @ParameterizedTest(name = "{0} on {1}: {2}")
  @CsvSource({
    "MK, 2017-06-30, the former Yugoslav Republic of Macedonia",
    "MK, 2019-02-11, the former Yugoslav Republic of Macedonia",
    "MK, 2019-02-12, North Macedonia",
    "MK, 2024-01-01, North Macedonia",
    "SZ, 2018-04-18, Swaziland",
    "SZ, 2018-04-19, Eswatini",
    "CZ, 2016-06-30, Czech Republic",
    "CZ, 2016-07-01, Czechia",
    "TR, 2022-05-31, Turkey",
    "TR, 2022-06-01, Türkiye",
    "CV, 2013-10-23, Cape Verde",
    "CV, 2013-10-24, Cabo Verde",
    "AM, 1995-01-01, Armenia"
  })
  void namesACountryAsItWasCalledOnTheDay(String code, LocalDate day, String name) {
    assertThat(CountryCode.of(code).englishNameOn(day)).isEqualTo(name);
  }

  @ParameterizedTest
  @CsvSource({"MK", "SZ", "CZ", "TR", "CV", "AM", "XK"})
  void namesEveryCountryAsTodayAfterItsLastChange(String code) {
    CountryCode country = CountryCode.of(code);
    assertThat(country.englishNameOn(LocalDate.of(2100, 1, 1))).isEqualTo(country.englishName());
  }
}
