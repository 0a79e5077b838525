package org.coopkit.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coopkit.Coopkit;
import org.coopkit.model.CountryCode;
import org.coopkit.model.EmailAddress;
import org.coopkit.model.PartialDate;
import org.coopkit.model.ParticipantCount;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.RoleAssignment;
import org.coopkit.model.contact.RoleType;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventDates;
import org.coopkit.model.event.EventType;
import org.coopkit.model.event.Participation;
import org.coopkit.model.event.Venue;
import org.coopkit.model.project.Project;
import org.coopkit.query.ContactQuery;
import org.coopkit.query.EventQuery;
import org.coopkit.query.ProjectQuery;
import org.coopkit.storage.memory.MemoryStorage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

class CsvExporterTest {
  private final Coopkit coopkit = Coopkit.builder().storage(MemoryStorage.create()).build();
  private final Project project =
      coopkit
          .projects()
          .create(
              Project.builder()
                  .id(coopkit.ids().newProjectId())
                  .code("cyber-east")
                  .title("CyberEast")
                  .addCountry(CountryCode.of("GE"))
                  .addCountry(CountryCode.of("AM"))
                  .build());

  @AfterEach
  void close() {
    coopkit.close();
  }

  @Test
  void writesAnEventsFiguresAndDatesAsTheSourceGaveThem() {
    coopkit
        .events()
        .create(
            event("Workshop on evidence, \"e-evidence\" and cooperation")
                .dates(EventDates.on(PartialDate.ofMonth(2018, 5)))
                .venue(Venue.of("Tbilisi", CountryCode.of("GE")))
                .participation(
                    Participation.of(
                        ParticipantCount.moreThan(500),
                        Set.of(CountryCode.of("GE"), CountryCode.of("AM"))))
                .build());

    List<Map<String, String>> rows = read(events(CsvExporter.create()), ',');

    assertThat(rows).hasSize(1);
    Map<String, String> row = rows.get(0);
    assertThat(row.get("title")).isEqualTo("Workshop on evidence, \"e-evidence\" and cooperation");
    assertThat(row.get("start")).isEqualTo("2018-05");
    assertThat(row.get("end")).isEqualTo("2018-05");
    assertThat(row.get("participants")).isEqualTo("500");
    assertThat(row.get("participants_qualifier")).isEqualTo("more than");
    assertThat(row.get("participant_countries")).isEqualTo("AM|GE");
    assertThat(row.get("country")).isEqualTo("GE");
  }

  @Test
  void writesTheDayAnEventWasReportedByWhenThatIsAllThatIsKnown() {
    coopkit
        .events()
        .create(
            event("Mentioned in a news item")
                .dates(EventDates.onOrBefore(LocalDate.of(2019, 5, 14)))
                .build());

    Map<String, String> row = read(events(CsvExporter.create()), ',').get(0);

    assertThat(row)
        .containsEntry("start", "")
        .containsEntry("end", "")
        .containsEntry("on_or_before", "2019-05-14");
  }

  @Test
  void writesTheSpreadsheetDialectWithAByteOrderMarkAndSemicolons() {
    coopkit.events().create(event("Training; day one").build());

    byte[] csv = events(CsvExporter.create().withDialect(CsvDialect.SPREADSHEET));

    assertThat(csv).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
    assertThat(text).startsWith("id;title;type;").contains("\r\n");
    assertThat(read(text.getBytes(StandardCharsets.UTF_8), ';').get(0).get("title"))
        .isEqualTo("Training; day one");
  }

  @Test
  void writesEveryPageOfAQuery() {
    int count = CsvExporter.PAGE_SIZE * 2 + 3;
    for (int i = 0; i < count; i++) {
      coopkit.events().create(event("Session " + i).build());
    }

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long written =
        CsvExporter.create()
            .events(coopkit, EventQuery.builder().project(project.id()).build(), out);

    assertThat(written).isEqualTo(count);
    assertThat(read(out.toByteArray(), ',')).hasSize(count);
  }

  @Test
  void leavesPersonalDataOutOfContactsUnlessAsked() {
    coopkit
        .contacts()
        .create(
            Contact.builder()
                .id(coopkit.ids().newContactId())
                .displayName("Dana Example")
                .sortName("Example, Dana")
                .emails(List.of(EmailAddress.of("dana@example.org")))
                .roles(
                    List.of(
                        RoleAssignment.builder()
                            .id(coopkit.ids().newRoleId())
                            .type(RoleType.TRAINER)
                            .project(project.id())
                            .build()))
                .build());

    String without = new String(contacts(CsvExporter.create()), StandardCharsets.UTF_8);
    List<Map<String, String>> with = read(contacts(CsvExporter.create().withPersonalData()), ',');

    assertThat(without)
        .doesNotContain("Dana")
        .doesNotContain("dana@example.org")
        .contains("trainer");
    assertThat(with.get(0)).containsEntry("display_name", "Dana Example");
    assertThat(with.get(0)).containsEntry("emails", "dana@example.org");
  }

  @Test
  void writesProjectsWithTheirCountries() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvExporter.create().projects(coopkit, ProjectQuery.builder().build(), out);

    List<Map<String, String>> rows = read(out.toByteArray(), ',');

    assertThat(rows)
        .singleElement()
        .satisfies(
            r ->
                assertThat(r)
                    .containsEntry("code", "cyber-east")
                    .containsEntry("countries", "AM|GE"));
  }

  private Event.Builder event(String title) {
    return Event.builder()
        .id(coopkit.ids().newEventId())
        .addProject(project.id())
        .title(title)
        .type(EventType.WORKSHOP)
        .dates(EventDates.of(LocalDate.of(2018, 3, 20), LocalDate.of(2018, 3, 21), null));
  }

  private byte[] events(CsvExporter exporter) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter.events(coopkit, EventQuery.builder().project(project.id()).build(), out);
    return out.toByteArray();
  }

  private byte[] contacts(CsvExporter exporter) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter.contacts(coopkit, ContactQuery.builder().build(), out);
    return out.toByteArray();
  }

  /** Reads the CSV back with Jackson's reader, header row first. */
  private static List<Map<String, String>> read(byte[] csv, char separator) {
    CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(separator);
    List<Map<String, String>> rows = new ArrayList<>();
    try (MappingIterator<Map<String, String>> it =
        new CsvMapper().readerForMapOf(String.class).with(schema).readValues(csv)) {
      it.forEachRemaining(rows::add);
    }
    return rows;
  }
}
