package org.coopkit.examples;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.coopkit.Coopkit;
import org.coopkit.model.CountryCode;
import org.coopkit.model.ParticipantCount;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventDates;
import org.coopkit.model.event.EventStatus;
import org.coopkit.model.event.EventType;
import org.coopkit.model.event.KeyMessage;
import org.coopkit.model.event.Participation;
import org.coopkit.model.event.Venue;
import org.coopkit.storage.memory.MemoryStorage;

/**
 * Task: record an event while it is planned, then its outcome once it took place. The planned
 * figure stays a plan; the outcome replaces it with what a source reported, here "more than 40".
 */
public final class RecordEventAndOutcome {
  private RecordEventAndOutcome() {}

  /** Schedules a workshop, then records how it went; returns the event as held. */
  public static Event run(Coopkit coopkit) {
    SeedProject.Stored seed = SeedProject.store(coopkit);
    Event planned =
        coopkit
            .events()
            .create(
                Event.builder()
                    .id(coopkit.ids().newEventId())
                    .addProject(seed.project().id())
                    .title("Workshop on 24/7 points of contact")
                    .type(EventType.WORKSHOP)
                    .status(EventStatus.SCHEDULED)
                    .dates(
                        EventDates.of(
                            LocalDate.of(2018, 3, 20),
                            LocalDate.of(2018, 3, 21),
                            ZoneId.of("Asia/Tbilisi")))
                    .venue(Venue.of("Tbilisi", CountryCode.of("GE")))
                    .participation(
                        Participation.of(
                            ParticipantCount.planned(45), Set.of(CountryCode.of("GE"))))
                    .build());
    // The version read is named: a change made meanwhile by someone else fails with a
    // ConflictException instead of being overwritten.
    return coopkit
        .events()
        .recordOutcome(
            planned.id(),
            planned.version(),
            Participation.builder()
                .total(ParticipantCount.moreThan(40))
                .countries(Set.of(CountryCode.of("AM"), CountryCode.of("GE"), CountryCode.of("UA")))
                .note("final report")
                .build(),
            List.of(KeyMessage.adopted("Points of contact should be reachable at all hours.")));
  }

  /**
   * Prints the event as held.
   *
   * @param args none
   */
  public static void main(String[] args) {
    try (Coopkit coopkit = Coopkit.builder().storage(MemoryStorage.create()).build()) {
      Event held = run(coopkit);
      System.out.println(
          held.title().english()
              + ": "
              + held.status().name().toLowerCase(java.util.Locale.ROOT)
              + ", "
              + held.participation().total()
              + " participants from "
              + held.participation().countries().size()
              + " countries");
    }
  }
}
