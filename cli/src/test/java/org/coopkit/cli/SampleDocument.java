package org.coopkit.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.coopkit.Coopkit;
import org.coopkit.json.CoopkitJson;
import org.coopkit.model.CountryCode;
import org.coopkit.model.ParticipantCount;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventDates;
import org.coopkit.model.event.EventStatus;
import org.coopkit.model.event.EventType;
import org.coopkit.model.event.Participation;
import org.coopkit.model.event.Venue;
import org.coopkit.model.project.Component;
import org.coopkit.model.project.Project;
import org.coopkit.storage.memory.MemoryStorage;
import org.jspecify.annotations.Nullable;

/**
 * A small {@code coopkit/1} document made through the API on the in-memory store, with figures
 * whose honest total is known: three events of 2018 and 2019 counted as exactly 40, more than 50
 * (at least 51) and not at all, attended from three countries, all serving the project's one
 * component.
 */
final class SampleDocument {
  static final String PROJECT_CODE = "octo-sample";

  /** What the dashboard's total must say of the three events. */
  static final String TOTAL =
      "3 events with at least 91 participants from 3 countries; 1 of 3 events was counted as"
          + " more than a figure; 1 of 3 events has no count";

  private SampleDocument() {}

  static Path write(Path dir) throws IOException {
    Path file = dir.resolve("sample.json");
    try (Coopkit coopkit = Coopkit.builder().storage(MemoryStorage.create()).build();
        OutputStream out = Files.newOutputStream(file)) {
      Project project =
          coopkit
              .projects()
              .create(
                  Project.builder()
                      .id(coopkit.ids().newProjectId())
                      .code(PROJECT_CODE)
                      .title("Sample cooperation project")
                      .addCountry(CountryCode.of("GE"))
                      .addCountry(CountryCode.of("MD"))
                      .addComponent(
                          Component.builder()
                              .id(coopkit.ids().newComponentId())
                              .code("1")
                              .title("Training of judges and prosecutors")
                              .build())
                      .build());
      event(
          coopkit,
          project,
          "Regional workshop",
          EventType.WORKSHOP,
          2018,
          "GE",
          ParticipantCount.exactly(40),
          "GE",
          "MD");
      event(
          coopkit,
          project,
          "Annual conference",
          EventType.CONFERENCE,
          2019,
          "MD",
          ParticipantCount.moreThan(50),
          "MD",
          "UA");
      event(coopkit, project, "Judges' training", EventType.TRAINING, 2019, "GE", null, "GE");
      CoopkitJson.create().export(coopkit, out);
    }
    return file;
  }

  private static void event(
      Coopkit coopkit,
      Project project,
      String title,
      EventType type,
      int year,
      String venueCountry,
      @Nullable ParticipantCount count,
      String... countries) {
    Set<CountryCode> from =
        java.util.Arrays.stream(countries)
            .map(CountryCode::of)
            .collect(java.util.stream.Collectors.toSet());
    coopkit
        .events()
        .create(
            Event.builder()
                .id(coopkit.ids().newEventId())
                .addProject(project.id())
                .addComponent(project.components().get(0).id())
                .title(title)
                .type(type)
                .status(EventStatus.HELD)
                .dates(EventDates.of(LocalDate.of(year, 5, 14), LocalDate.of(year, 5, 15), null))
                .venue(
                    Venue.of(
                        venueCountry.equals("GE") ? "Tbilisi" : "Chisinau",
                        CountryCode.of(venueCountry)))
                .participation(Participation.builder().total(count).countries(from).build())
                .build());
  }
}
