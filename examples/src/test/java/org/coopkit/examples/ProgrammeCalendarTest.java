package org.coopkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.coopkit.Coopkit;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventDates;
import org.coopkit.model.event.EventType;
import org.coopkit.model.project.Project;
import org.coopkit.storage.memory.MemoryStorage;
import org.junit.jupiter.api.Test;

/** A host application's unit test on the in-memory store, as the README shows it. */
class ProgrammeCalendarTest {
  private final Coopkit coopkit = Coopkit.builder().storage(MemoryStorage.create()).build();

  @Test
  void listsTheConferencesOfAProjectAndNothingElse() {
    // given
    Project project =
        coopkit
            .projects()
            .create(
                Project.builder()
                    .id(coopkit.ids().newProjectId())
                    .code("cybercrime-eap-ii")
                    .title("Cybercrime EAP II")
                    .build());
    Event conference =
        coopkit
            .events()
            .create(
                Event.builder()
                    .id(coopkit.ids().newEventId())
                    .addProject(project.id())
                    .title("Regional Cybercrime Conference")
                    .type(EventType.CONFERENCE)
                    .dates(
                        EventDates.of(LocalDate.of(2017, 10, 9), LocalDate.of(2017, 10, 11), null))
                    .build());
    coopkit
        .events()
        .create(
            conference.toBuilder()
                .id(coopkit.ids().newEventId())
                .title("Workshop on 24/7 points of contact")
                .type(EventType.WORKSHOP)
                .build());

    // when
    var conferences = new ProgrammeCalendar(coopkit.events()).conferencesOf(project.id());

    // then
    assertThat(conferences).containsExactly(conference);
  }
}
