package org.coopkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.coopkit.Coopkit;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.RoleType;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventStatus;
import org.coopkit.model.project.Project;
import org.coopkit.storage.memory.MemoryStorage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each task example does what its name says. */
class TaskExamplesTest {
  private final Coopkit coopkit = Coopkit.builder().storage(MemoryStorage.create()).build();

  @AfterEach
  void close() {
    coopkit.close();
  }

  @Test
  void createsAProjectWithTwoComponents() {
    Project project = CreateProjectWithComponents.run(coopkit);

    assertThat(project.components()).extracting(c -> c.code()).containsExactly("1", "2");
    assertThat(project.dates().plannedStart()).hasToString("2017-07");
  }

  @Test
  void recordsTheOutcomeOfAPlannedEvent() {
    Event held = RecordEventAndOutcome.run(coopkit);

    assertThat(held.status()).isEqualTo(EventStatus.HELD);
    assertThat(held.participation().total()).hasToString("more than 40");
    assertThat(held.keyMessages()).hasSize(1);
  }

  @Test
  void endsOneRoleAndStartsTheNext() {
    Contact contact = AddContactWithRoles.run(coopkit);

    assertThat(contact.roles())
        .extracting(r -> r.type(), r -> String.valueOf(r.validUntil()))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(RoleType.PROJECT_OFFICER, "2016-12-31"),
            org.assertj.core.groups.Tuple.tuple(RoleType.PROGRAMME_MANAGER, "null"));
  }

  @Test
  void findsTheConferenceByCountryYearAndTopic() {
    assertThat(SearchEvents.run(coopkit))
        .extracting(e -> e.title().english())
        .containsExactly("Regional Cybercrime Conference");
  }

  @Test
  void reportsTheProjectTheCountryAndThePortfolio() {
    ProgrammeReports.Reports reports = ProgrammeReports.run(coopkit);

    assertThat(reports.dashboard().total().participants()).hasToString("93 participants");
    assertThat(reports.azerbaijan().eventsHeld().events()).isEqualTo(1);
    assertThat(reports.matrix().countries()).hasSize(12);
    assertThat(reports.dashboard().toCsv()).startsWith("section,");
  }

  @Test
  void writesTheProjectsEventsAsACalendarFile(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path file = dir.resolve("events.ics");

    org.coopkit.ical.IcsReport report = EventsAsCalendar.run(coopkit, file);

    assertThat(report.events()).isEqualTo(1);
    assertThat(java.nio.file.Files.readString(file))
        .startsWith("BEGIN:VCALENDAR\r\n")
        .contains("SUMMARY:Regional Cybercrime Conference\r\n")
        .contains("DTSTART;VALUE=DATE:20171009\r\n");
  }

  @Test
  void writesTheProjectsEventsForASpreadsheet(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path file = dir.resolve("events.csv");

    long rows = EventsAsSpreadsheet.run(coopkit, file);

    assertThat(rows).isEqualTo(1);
    assertThat(java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8))
        .startsWith("\uFEFFid;title;")
        .contains(";Regional Cybercrime Conference;conference;held;");
  }

  @Test
  void writesTheProjectAsAnIatiActivity(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path file = dir.resolve("cybercrime-eap-ii.iati.xml");

    org.coopkit.iati.IatiReport report = ProjectAsIati.run(coopkit, file);

    assertThat(report.activities()).isEqualTo(1);
    javax.xml.xpath.XPath xpath = javax.xml.xpath.XPathFactory.newInstance().newXPath();
    org.w3c.dom.Document xml =
        javax.xml.parsers.DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(file.toFile());
    assertThat(xpath.evaluate("/iati-activities/@version", xml)).isEqualTo("2.03");
    assertThat(xpath.evaluate("//iati-activity/iati-identifier", xml))
        .isEqualTo(ProjectAsIati.ACTIVITY_ID);
    assertThat(xpath.evaluate("//iati-activity/title/narrative", xml))
        .isEqualTo("Cybercrime EAP II");
    assertThat(xpath.evaluate("count(//recipient-country)", xml)).isEqualTo("6");
    org.w3c.dom.NodeList shares =
        (org.w3c.dom.NodeList)
            xpath.evaluate(
                "//recipient-country/@percentage", xml, javax.xml.xpath.XPathConstants.NODESET);
    java.math.BigDecimal total = java.math.BigDecimal.ZERO;
    for (int i = 0; i < shares.getLength(); i++) {
      total = total.add(new java.math.BigDecimal(shares.item(i).getTextContent()));
    }
    assertThat(total).isEqualByComparingTo("100");
    assertThat(xpath.evaluate("//activity-status/@code", xml)).isEqualTo("4");
    assertThat(xpath.evaluate("count(//result)", xml)).isEqualTo("3");
    assertThat(xpath.evaluate("count(//result[@type='1']//actual)", xml)).isEqualTo("0");
    assertThat(report.resultsLeftOut()).isEqualTo(1);
    assertThat(dir.toFile().list()).containsExactly("cybercrime-eap-ii.iati.xml");
  }

  @Test
  void importsAnOfficesSpreadsheetOfEventsAfterADryRun() {
    org.coopkit.csv.CsvImportReport report = EventsFromSpreadsheet.run(coopkit);

    assertThat(report.isSuccess()).as("%s", report).isTrue();
    assertThat(report.stored()).isEqualTo(1);
    Event conference =
        coopkit.events().search(org.coopkit.query.EventQuery.builder().build()).items().get(0);
    assertThat(conference.title().get(java.util.Locale.ENGLISH))
        .isEqualTo("Regional Cybercrime Conference");
    assertThat(conference.type()).isEqualTo(org.coopkit.model.event.EventType.CONFERENCE);
    assertThat(conference.status()).isEqualTo(EventStatus.HELD);
    assertThat(conference.dates())
        .hasToString(
            new org.coopkit.model.event.EventDates(
                    org.coopkit.model.PartialDate.of(2017, 10, 9),
                    org.coopkit.model.PartialDate.of(2017, 10, 11),
                    null)
                .toString());
    assertThat(conference.venue().country()).hasToString("AZ");
    assertThat(conference.participation().total()).hasToString("93");
    assertThat(conference.participation().countries())
        .hasSize(12)
        .contains(org.coopkit.model.CountryCode.of("MK"), org.coopkit.model.CountryCode.of("TR"));
  }

  @Test
  void erasesAPersonAfterShowingThemTheirData() {
    ErasePerson.Outcome outcome = ErasePerson.run(coopkit);

    assertThat(outcome.export().toString()).doesNotContain("dana@example.org");
    assertThat(outcome.erased().displayName()).isEqualTo(Contact.ERASED_NAME);
    assertThat(outcome.erased().emails()).isEmpty();
    assertThat(outcome.erased().roles()).hasSize(1);
  }
}
