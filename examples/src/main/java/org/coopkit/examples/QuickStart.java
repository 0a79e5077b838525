package org.coopkit.examples;

import java.time.LocalDate;
import java.util.Set;
import org.coopkit.Coopkit;
import org.coopkit.model.CountryCode;
import org.coopkit.model.ParticipantCount;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventDates;
import org.coopkit.model.event.EventFormat;
import org.coopkit.model.event.EventType;
import org.coopkit.model.event.Participation;
import org.coopkit.model.project.Project;
import org.coopkit.query.EventQuery;
import org.coopkit.query.Page;
import org.coopkit.storage.memory.MemoryStorage;

/** The in-memory quick start: a project, a training, a search. */
public final class QuickStart {
  private QuickStart() {}

  /** Runs the quick start and returns the titles it found. */
  public static Page<Event> run() {
    Coopkit coopkit = Coopkit.builder().storage(MemoryStorage.create()).build();
    Project project =
        coopkit
            .projects()
            .create(
                Project.builder()
                    .id(coopkit.ids().newProjectId())
                    .code("cyber-east")
                    .title("CyberEast")
                    .addCountry(CountryCode.fromName("Republic of Moldova").orElseThrow())
                    .build());
    coopkit
        .events()
        .create(
            Event.builder()
                .id(coopkit.ids().newEventId())
                .addProject(project.id())
                .title("Training on electronic evidence for judges")
                .type(EventType.TRAINING)
                .format(EventFormat.ONLINE)
                .dates(EventDates.of(LocalDate.of(2020, 6, 2), LocalDate.of(2020, 6, 3), null))
                .participation(
                    Participation.of(ParticipantCount.moreThan(40), Set.of(CountryCode.of("MD"))))
                .build());
    return coopkit
        .events()
        .search(
            EventQuery.builder().country(CountryCode.of("MD")).text("electronic evidence").build());
  }

  public static void main(String[] args) {
    run().items().forEach(e -> System.out.println(e.title().english()));
  }
}
