package org.coopkit.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.coopkit.model.CountryCode;
import org.coopkit.model.PartialDate;
import org.coopkit.model.ParticipantCount;
import org.coopkit.model.ParticipantCount.Qualifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CellReaderTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "93; 93; EXACT",
        "1,200; 1200; EXACT",
        "about 50; 50; APPROXIMATELY",
        "~50; 50; APPROXIMATELY",
        "ca. 50 participants; 50; APPROXIMATELY",
        "More than 500; 500; MORE_THAN",
        "over 500; 500; MORE_THAN",
        "500+; 500; MORE_THAN",
        "up to 40; 40; UP_TO",
        "at most 40; 40; UP_TO",
        "40 planned; 40; PLANNED",
        "planned: 40; 40; PLANNED"
      })
  void readsAParticipantCountWithTheQualifierItsWordsGive(
      String text, int value, Qualifier qualifier) {
    assertThat(CellReader.participants(text, null))
        .isEqualTo(new ParticipantCount(value, qualifier));
  }

  @Test
  void aBareNumberTakesTheQualifierColumnsWord() {
    assertThat(CellReader.participants("500", Qualifier.MORE_THAN))
        .isEqualTo(ParticipantCount.moreThan(500));
  }

  @Test
  void wordsThatContradictTheQualifierColumnAreRefused() {
    assertThatThrownBy(() -> CellReader.participants("about 50", Qualifier.EXACT))
        .isInstanceOf(CellRefused.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"many", "-3", "12 to 15", "20000000", "9999999999"})
  void whatIsNoParticipantCountIsRefused(String text) {
    assertThatThrownBy(() -> CellReader.participants(text, null)).isInstanceOf(CellRefused.class);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "MK; MK",
        "mkd; MK",
        "North Macedonia; MK",
        "the former Yugoslav Republic of Macedonia; MK",
        "Turkey; TR",
        "Türkiye; TR",
        "Swaziland; SZ",
        "Czech Republic; CZ",
        "Cape Verde; CV",
        "Moldova, Republic of; MD",
        "Kosovo; XK"
      })
  void readsACountryByCodeOrByANameItHadAtAnyTime(String text, String alpha2) {
    assertThat(CellReader.country(text)).isEqualTo(CountryCode.of(alpha2));
  }

  @Test
  void everyNameACountryHadOverTimeReadsAsThatCountry() {
    // The names englishNameOn gives before and after each change it knows
    List<LocalDate> days =
        List.of(LocalDate.of(2000, 1, 1), LocalDate.of(2017, 1, 1), LocalDate.of(2030, 1, 1));
    for (CountryCode country : CountryCode.all()) {
      for (LocalDate day : days) {
        assertThat(CellReader.country(country.englishNameOn(day)))
            .as("%s on %s", country.englishNameOn(day), day)
            .isEqualTo(country);
      }
    }
  }

  @Test
  void aNameNoCountryHadIsRefused() {
    assertThatThrownBy(() -> CellReader.country("Atlantis")).isInstanceOf(CellRefused.class);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "17/05/2018; 2018-05-17",
        "05/2018; 2018-05",
        "2018; 2018",
        "2018-05; 2018-05",
        "2018-05-17; 2018-05-17",
        "May 2018; 2018-05",
        "mai 2018; 2018-05"
      })
  void readsADateAtThePrecisionItsPatternShows(String text, String expected) {
    List<String> patterns = List.of("dd/MM/yyyy", "MM/yyyy", "MMMM yyyy");
    List<DateTimeFormatter> formatters =
        CellReader.formatters(
            CsvMapping.forEvents()
                .dateFormats(patterns.toArray(String[]::new))
                .language("fr")
                .build());

    assertThat(CellReader.date(text, formatters, patterns)).isEqualTo(PartialDate.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"31/02/2018", "2018-13", "17.05.2018", "soon"})
  void whatIsNoDateIsRefused(String text) {
    List<String> patterns = List.of("dd/MM/yyyy");
    assertThatThrownBy(
            () ->
                CellReader.date(
                    text,
                    CellReader.formatters(CsvMapping.forEvents().dateFormats("dd/MM/yyyy").build()),
                    patterns))
        .isInstanceOf(CellRefused.class);
  }

  @Test
  void aShownCellHasItsLineBreaksAndControlsEscaped() {
    assertThat(Row.quoted("a\nb\u001b[31m")).isEqualTo("'a\\u000Ab\\u001B[31m'");
  }
}
