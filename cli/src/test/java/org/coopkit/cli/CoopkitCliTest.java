package org.coopkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class CoopkitCliTest {
  @TempDir Path dir;

  @Test
  void importsADocumentAndReportsItsHonestTotalOnTheEmbeddedDefault() throws Exception {
    Path document = SampleDocument.write(dir);
    Path data = dir.resolve("data");

    Run imported = Run.embedded(data, "import", document.toString());
    Run dashboard = Run.embedded(data, "report", "dashboard");

    assertThat(imported.status()).isEqualTo(ExitCode.OK);
    assertThat(imported.out())
        .isEqualTo("Imported 0 organisations, 1 projects, 3 events, 0 contacts.\n");
    assertThat(imported.err()).contains("embedded database in " + data);
    assertThat(dashboard.status()).isEqualTo(ExitCode.OK);
    assertThat(dashboard.out())
        .contains("Events: " + SampleDocument.TOTAL)
        .contains("  2018: 1 event with 40 participants\n")
        .contains("  2019: 2 events with at least 51 participants;")
        .contains("  workshop: 1 event with 40 participants\n")
        .contains("  octo-sample #1: 3 events with at least 91 participants;");
  }

  @Test
  void writesTheDashboardAsOneWellFormedPageWithItsFigures() throws Exception {
    Path data = dir.resolve("data");
    Run.embedded(data, "import", SampleDocument.write(dir).toString());
    Path page = dir.resolve("dashboard.html");

    Run run = Run.embedded(data, "report", "dashboard", "--format", "HTML", "-o", page.toString());

    assertThat(run.status()).isEqualTo(ExitCode.OK);
    String html = Files.readString(page);
    assertThat(html).doesNotContain("<script").doesNotContain("src=").doesNotContain("href=");
    Document xml =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    var xpath = XPathFactory.newInstance().newXPath();
    assertThat(xpath.evaluate("//p[@class='total']", xml)).isEqualTo(SampleDocument.TOTAL);
    NodeList charts =
        (NodeList) xpath.evaluate("//*[local-name()='svg']", xml, XPathConstants.NODESET);
    assertThat(charts.getLength()).isEqualTo(2);
    // by year: 2018 with one event, 2019 with two, the longer bar twice the shorter
    NodeList years =
        (NodeList)
            xpath.evaluate(
                "(//*[local-name()='svg'])[1]/*[local-name()='rect']/@width",
                xml,
                XPathConstants.NODESET);
    assertThat(years.getLength()).isEqualTo(2);
    assertThat(Integer.parseInt(years.item(1).getNodeValue()))
        .isEqualTo(2 * Integer.parseInt(years.item(0).getNodeValue()));
    assertThat(xpath.evaluate("count(//tbody/tr)", xml)).isEqualTo("3");
    assertThat(xpath.evaluate("//tbody/tr[td[2]='GE']/td[3]", xml)).isEqualTo("2");
    assertThat(xpath.evaluate("//tbody/tr[td[2]='UA']/td[3]", xml)).isEqualTo("0");
    assertThat(xpath.evaluate("//tbody/tr[td[2]='MD']/td[4]", xml)).isEqualTo("2");
    assertThat(xpath.evaluate("//tbody/tr[td[2]='MD']/td[5]", xml)).isEqualTo("not counted");
  }

  @Test
  void exportsWhatItImportedSoThatAnotherStoreReadsTheSameDocument() throws Exception {
    Path document = SampleDocument.write(dir);
    Run.embedded(dir.resolve("a"), "import", document.toString());
    Path exported = dir.resolve("exported.json");

    Run export = Run.embedded(dir.resolve("a"), "export", "-o", exported.toString());
    Run again = Run.embedded(dir.resolve("b"), "import", exported.toString());
    Run toStandardOutput = Run.embedded(dir.resolve("b"), "export");

    assertThat(export.status()).isEqualTo(ExitCode.OK);
    assertThat(export.err()).contains("exported 0 organisations, 1 projects, 3 events, 0 contacts");
    assertThat(again.status()).isEqualTo(ExitCode.OK);
    assertThat(toStandardOutput.out()).isEqualTo(Files.readString(exported));
  }

  @Test
  void findsEventsByCountryAndYear() throws Exception {
    Path data = dir.resolve("data");
    Run.embedded(data, "import", SampleDocument.write(dir).toString());

    Run run =
        Run.embedded(data, "search", "events", "--country", "GE", "--from", "2019-01-01", "--csv");

    assertThat(run.status()).isEqualTo(ExitCode.OK);
    assertThat(run.out().lines())
        .hasSize(2)
        .last()
        .asString()
        .endsWith(",2019-05-14,2019-05-15,training,held,Judges' training,Tbilisi,GE,");
  }

  @Test
  void writesTheEventsOfAProjectAsACalendar() throws Exception {
    Path data = dir.resolve("data");
    Run.embedded(data, "import", SampleDocument.write(dir).toString());

    Run run = Run.embedded(data, "calendar", "--project", SampleDocument.PROJECT_CODE);

    assertThat(run.status()).isEqualTo(ExitCode.OK);
    assertThat(run.out())
        .startsWith("BEGIN:VCALENDAR\r\n")
        .contains("SUMMARY:Judges' training\r\n");
    assertThat(run.out().split("BEGIN:VEVENT", -1)).hasSize(4);
    assertThat(run.err()).contains("coopkit: wrote 3 events");
  }

  @Test
  void refusesADocumentWithAProblemAndStoresNothingOfIt() throws Exception {
    String document = Files.readString(SampleDocument.write(dir));
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, document.replace("\"GE\"", "\"XX\""));
    Path data = dir.resolve("data");

    Run run = Run.embedded(data, "import", broken.toString());
    Run dashboard = Run.embedded(data, "report", "dashboard");

    assertThat(run.status()).isEqualTo(ExitCode.DATA_REFUSED);
    assertThat(run.out()).startsWith("Nothing was stored: ").contains("XX");
    assertThat(dashboard.out()).contains("No events recorded.");
  }

  @Test
  void saysWhichProjectCodeItDoesNotKnow() {
    Run run = Run.embedded(dir, "report", "dashboard", "--project", "no-such-project");

    assertThat(run.status()).isEqualTo(ExitCode.NOT_FOUND);
    assertThat(run.err()).endsWith("coopkit: no project with code no-such-project\n");
  }

  @Test
  void refusesAnUnknownOptionWithItsNameAndWhereToFindHelp() {
    Run run = Run.embedded(dir, "report", "dashboard", "--formt", "csv");

    assertThat(run.status()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err())
        .contains("Unknown option")
        .contains("'--formt'")
        .contains("coopkit report dashboard --help");
    assertThat(run.err().lines()).noneMatch(line -> line.startsWith("\tat "));
  }

  @Test
  void refusesAnOptionWithoutItsValue() {
    Run run = Run.of(java.util.Map.of(), "search", "events", "--country");

    assertThat(run.status()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("Missing required parameter for option '--country'");
  }

  @Test
  void refusesAnImportWithoutItsFile() {
    Run run = Run.embedded(dir, "import");

    assertThat(run.status()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("Missing required parameter: 'FILE'");
  }

  @Test
  void refusesAFormatItDoesNotWrite() {
    Run run = Run.embedded(dir, "report", "portfolio", "--format", "pdf");

    assertThat(run.status()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("'pdf' is not a format: use text, csv or html");
  }

  @Test
  void saysWhenTheFileToImportIsMissing() {
    Run run = Run.embedded(dir, "import", dir.resolve("nowhere.json").toString());

    assertThat(run.status()).isEqualTo(ExitCode.FAILED);
    assertThat(run.err()).contains("coopkit: no such file: " + dir.resolve("nowhere.json"));
  }

  @Test
  void answersHelpOnEveryCommand() {
    for (String[] command :
        new String[][] {
          {"--help"},
          {"import", "--help"},
          {"export", "--help"},
          {"calendar", "--help"},
          {"report", "--help"},
          {"report", "dashboard", "--help"},
          {"report", "country", "--help"},
          {"report", "portfolio", "--help"},
          {"search", "events", "--help"}
        }) {
      Run run = Run.of(java.util.Map.of(), command);
      assertThat(run.status()).as(String.join(" ", command)).isEqualTo(ExitCode.OK);
      assertThat(run.out()).as(String.join(" ", command)).startsWith("Usage: coopkit");
    }
  }

  @Test
  void refusesAPasswordVariableThatIsNotSet() {
    Run run =
        Run.of(
            java.util.Map.of(),
            "report",
            "dashboard",
            "--jdbc-url",
            "jdbc:postgresql://127.0.0.1:5432/test",
            "--password-env",
            "COOPKIT_NO_SUCH_VARIABLE");

    assertThat(run.status()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err())
        .contains("--password-env names COOPKIT_NO_SUCH_VARIABLE, which is not set");
  }

  @Test
  void saysTheServerDidNotAnswerWithoutAStackTrace() {
    Run run =
        Run.of(
            java.util.Map.of("SECRET", "s3cret-Pa55"),
            "report",
            "dashboard",
            "--jdbc-url",
            "jdbc:postgresql://127.0.0.1:1/test",
            "--user",
            "postgres",
            "--password-env",
            "SECRET");

    assertThat(run.status()).isEqualTo(ExitCode.DATABASE_UNAVAILABLE);
    assertThat(run.err().lines().filter(l -> l.startsWith("coopkit: Could not connect")))
        .hasSize(1);
    assertThat(run.err()).contains("127.0.0.1:1").doesNotContain("\tat ");
    assertThat(run.all()).doesNotContain("s3cret-Pa55");
  }
}
