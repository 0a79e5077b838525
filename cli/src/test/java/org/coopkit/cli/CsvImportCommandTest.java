package org.coopkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code coopkit import FILE.csv}: a spreadsheet's events, with a mapping file. */
class CsvImportCommandTest {
  @TempDir Path dir;

  private static final String MAPPING =
      """
      # An office's French columns
      separator = ;
      date-formats = dd/MM/yyyy | MM/yyyy
      column.TITLE = Titre
      column.TYPE = Type
      column.DATE = Date
      column.COUNTRY = Pays
      column.PARTICIPANTS = Participants
      default.PROJECTS = %s
      value.TYPE.Conférence = conference
      value.TYPE.Table\\ ronde = meeting
      """
          .formatted(SampleDocument.PROJECT_CODE);

  private Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void importsASpreadsheetsEventsByAMappingFile() throws Exception {
    // given: the demo project, and an office's file of two events
    Path data = dir.resolve("data");
    Run.embedded(data, "import", SampleDocument.write(dir).toString());
    Path file =
        write(
            "evenements.csv",
            """
            Titre;Type;Date;Pays;Participants
            Conférence régionale;Conférence;09/10/2017;Azerbaijan;about 90
            Table ronde;Table ronde;05/2018;Georgia;12
            """);

    // when
    Run run =
        Run.embedded(
            data,
            "import",
            file.toString(),
            "--mapping",
            write("map.properties", MAPPING).toString());

    // then
    assertThat(run.status()).as(run.all()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).isEqualTo("Imported 2 events." + System.lineSeparator());
    Run found =
        Run.embedded(data, "search", "events", "--country", "GE", "--from", "2018-01-01", "--csv");
    assertThat(found.out()).as(found.all()).contains("Table ronde");
  }

  @Test
  void aDryRunListsEachProblemByRowAndColumnAndStoresNothing() throws Exception {
    Path data = dir.resolve("data");
    Run.embedded(data, "import", SampleDocument.write(dir).toString());
    Path file =
        write(
            "evenements.csv",
            """
            Titre;Type;Date;Pays;Participants
            Conférence régionale;Séminaire;09/10/2017;Azerbaijan;about 90
            Table ronde;Table ronde;05/2018;Atlantis;12
            """);

    Run run =
        Run.embedded(
            data,
            "import",
            file.toString(),
            "--dry-run",
            "--mapping",
            write("map.properties", MAPPING).toString());

    assertThat(run.status()).isEqualTo(ExitCode.DATA_REFUSED);
    assertThat(run.out().lines())
        .containsExactly(
            "Checked 2 rows of events, stored nothing (a dry run): 2 problems:",
            "  row 2, column Type: must be one of conference, training, workshop, meeting,"
                + " steering committee, advisory mission, study visit, assessment, table top"
                + " exercise, launch, closing, other ('Séminaire')",
            "  row 3, column Pays: must be an ISO 3166-1 country code or an English name of a"
                + " country, current or former ('Atlantis')");
    Run found = Run.embedded(data, "search", "events", "--from", "2018-01-01", "--csv");
    assertThat(found.out()).doesNotContain("Table ronde");
  }

  @Test
  void aMappingWithAnUnknownKeyIsAUsageError() throws Exception {
    Path file = write("events.csv", "title\nOne\n");
    Path mapping = write("map.properties", "colum.TITLE = Titre\n");

    Run run =
        Run.embedded(
            dir.resolve("data"), "import", file.toString(), "--mapping", mapping.toString());

    assertThat(run.status()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("unknown key colum.TITLE");
  }
}
