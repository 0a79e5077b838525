package org.coopkit.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import org.coopkit.Coopkit;
import org.coopkit.storage.jdbc.JdbcStorage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import on an embedded H2 database, whose transactions and foreign keys are real. */
class H2ImportTest {
  private static final CsvMapping<EventField> MAPPING =
      CsvMapping.forEvents()
          .column(EventField.TITLE, "Event")
          .column(EventField.DATE, "When")
          .column(EventField.TYPE, "Kind")
          .column(EventField.COUNTRY, "Country")
          .column(EventField.PARTICIPANTS, "Participants")
          .value(EventField.TYPE, "Conférence", "conference")
          .defaultValue(EventField.PROJECTS, "cyber-east")
          .dateFormats("dd/MM/yyyy", "MM/yyyy")
          .build();

  @TempDir Path folder;

  @Test
  void aGoodFileIsStoredAndABadOneLeavesTheDatabaseAsItWas() {
    try (Coopkit h2 =
        Coopkit.builder().storage(JdbcStorage.embedded(folder.resolve("db"))).build()) {
      // given
      Stores.project(h2, "cyber-east");
      String good =
          """
          Event,When,Kind,Country,Participants
          Regional conference,17/05/2018,Conférence,Georgia,more than 500
          Workshop,10/2017,workshop,Armenia,about 50
          """;
      String bad =
          """
          Event,When,Kind,Country,Participants
          Third,2019,workshop,Armenia,12
          Fourth,2019,workshop,Atlantis,12
          """;

      // when
      CsvImportReport stored =
          CsvImporter.create().importEvents(h2, new StringReader(good), MAPPING);
      CsvImportReport refused =
          CsvImporter.create().importEvents(h2, new StringReader(bad), MAPPING);

      // then
      assertThat(stored.isSuccess()).as("%s", stored).isTrue();
      assertThat(refused.stored()).isZero();
      assertThat(refused.problems())
          .extracting(CsvImportProblem::toString)
          .containsExactly(
              "row 3, column Country: must be an ISO 3166-1 country code or an English name of a"
                  + " country, current or former ('Atlantis')");
      assertThat(Stores.events(h2))
          .extracting(e -> e.title().get(java.util.Locale.ENGLISH))
          .containsExactlyInAnyOrder("Regional conference", "Workshop");
    }
  }

  @Test
  void rowByRowOnH2StoresEveryGoodRow() {
    try (Coopkit h2 =
        Coopkit.builder().storage(JdbcStorage.embedded(folder.resolve("rows"))).build()) {
      Stores.project(h2, "cyber-east");
      String file =
          """
          Event,When,Kind,Country,Participants
          Third,2019,workshop,Armenia,12
          Fourth,2019,workshop,Atlantis,12
          Fifth,2019,workshop,AM,12
          """;

      CsvImportReport report =
          CsvImporter.create()
              .importEvents(
                  h2,
                  new StringReader(file),
                  MAPPING,
                  CsvImportOptions.DEFAULT.withMode(CsvImportMode.ROW_BY_ROW));

      assertThat(report.stored()).isEqualTo(2);
      assertThat(Stores.countEvents(h2)).isEqualTo(2);
    }
  }
}
