package org.coopkit.storage.jdbc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.coopkit.model.CountryCode;
import org.coopkit.model.Link;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.ParticipantCount;
import org.coopkit.model.Topic;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventDates;
import org.coopkit.model.event.EventFormat;
import org.coopkit.model.event.EventStatus;
import org.coopkit.model.event.EventType;
import org.coopkit.model.event.KeyMessage;
import org.coopkit.model.event.Organiser;
import org.coopkit.model.event.OrganiserRole;
import org.coopkit.model.event.Participation;
import org.coopkit.model.event.Venue;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.project.Project;
import org.coopkit.storage.tck.Fixtures;

/**
 * Many stored-looking events (version 1) for bulk loads: spread over {@value #YEARS} years from
 * {@link #FIRST_DAY}, over the given projects and their components, {@value #COUNTRIES} venue
 * countries and every event type, with every list of an event filled in part of them, so that each
 * event table holds rows and has statistics worth planning with.
 */
final class ManyEvents {
  static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
  static final int YEARS = 10;
  static final int COUNTRIES = 40;

  private static final Instant STORED = Instant.parse("2025-03-17T08:30:00.123456Z");
  private static final List<CountryCode> COUNTRY_LIST =
      CountryCode.all().stream().limit(COUNTRIES).toList();

  private final Random random;
  private final List<Project> projects;
  private final List<Organisation> organisations;

  /**
   * @param seed the random seed
   * @param projects stored projects, each with at least one component
   * @param organisations stored organisations
   */
  ManyEvents(long seed, List<Project> projects, List<Organisation> organisations) {
    this.random = new Random(seed);
    this.projects = projects;
    this.organisations = organisations;
  }

  /** A stored project with two components, stamped as the store would. */
  static Project project() {
    return Fixtures.projectWithComponents(2).toBuilder()
        .version(1)
        .createdAt(STORED)
        .updatedAt(STORED)
        .build();
  }

  /** A stored organisation, stamped as the store would. */
  static Organisation organisation() {
    return Fixtures.anyOrganisation().toBuilder()
        .version(1)
        .createdAt(STORED)
        .updatedAt(STORED)
        .build();
  }

  /** One of {@link #COUNTRY_LIST}'s countries. */
  static CountryCode country(int index) {
    return COUNTRY_LIST.get(index % COUNTRIES);
  }

  List<Event> next(int count) {
    List<Event> events = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      events.add(event(i));
    }
    return events;
  }

  private Event event(int i) {
    Project project = projects.get(random.nextInt(projects.size()));
    LocalDate first = FIRST_DAY.plusDays(random.nextInt(YEARS * 365));
    Event.Builder event =
        Event.builder()
            .id(Fixtures.newEventId())
            .addProject(project.id())
            .title(LocalizedText.of("Event " + i + " " + Integer.toString(random.nextInt(), 36)))
            .type(EventType.values()[random.nextInt(EventType.values().length)])
            .status(EventStatus.SCHEDULED)
            .format(EventFormat.IN_PERSON)
            .dates(EventDates.of(first, first.plusDays(random.nextInt(4)), null))
            .venue(Venue.of("City " + random.nextInt(100), country(random.nextInt(COUNTRIES))))
            .version(1)
            .createdAt(STORED)
            .updatedAt(STORED);
    if (random.nextInt(100) < 15) {
      event.addComponent(
          project.components().get(random.nextInt(project.components().size())).id());
    }
    if (random.nextInt(100) < 15) {
      event.addOrganiser(
          Organiser.of(
              organisations.get(random.nextInt(organisations.size())).id(),
              OrganiserRole.ORGANISER));
    }
    if (random.nextInt(100) < 30) {
      Set<CountryCode> countries = new TreeSet<>();
      for (int c = random.nextInt(3); c >= 0; c--) {
        countries.add(country(random.nextInt(COUNTRIES)));
      }
      CountryCode counted = countries.iterator().next();
      event.participation(
          Participation.builder()
              .total(ParticipantCount.approximately(10 + random.nextInt(90)))
              .countries(countries)
              .byCountry(Map.of(counted, ParticipantCount.exactly(random.nextInt(10))))
              .build());
    }
    if (random.nextInt(100) < 15) {
      event.addTopic(Topic.of("topic " + random.nextInt(200)));
    }
    if (random.nextInt(100) < 10) {
      event.addKeyMessage(KeyMessage.outcome("Outcome " + random.nextInt(1000)));
    }
    if (random.nextInt(100) < 10) {
      event.addLink(Link.of("https://example.org/events/" + i, Link.Kind.WEB_PAGE));
    }
    if (random.nextInt(100) < 15) {
      event.description(LocalizedText.of("fr", "Description " + random.nextInt(1000)));
    }
    return event.build();
  }
}
