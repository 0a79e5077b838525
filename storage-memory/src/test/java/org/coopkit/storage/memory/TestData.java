package org.coopkit.storage.memory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.coopkit.model.CountryCode;
import org.coopkit.model.PartialDate;
import org.coopkit.model.Topic;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.ContactId;
import org.coopkit.model.contact.RoleAssignment;
import org.coopkit.model.contact.RoleId;
import org.coopkit.model.contact.RoleType;
import org.coopkit.model.contact.Visibility;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventDates;
import org.coopkit.model.event.EventFormat;
import org.coopkit.model.event.EventId;
import org.coopkit.model.event.EventStatus;
import org.coopkit.model.event.EventType;
import org.coopkit.model.event.Organiser;
import org.coopkit.model.event.OrganiserRole;
import org.coopkit.model.event.Participation;
import org.coopkit.model.event.Venue;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.organisation.OrganisationType;
import org.coopkit.model.project.ComponentId;
import org.coopkit.model.project.OrganisationRole;
import org.coopkit.model.project.ParticipatingCountry;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectId;
import org.coopkit.model.project.ProjectOrganisation;

/**
 * Valid aggregates for the tests, made at random from a seed so that a failure can be replayed. Ids
 * are random UUIDs, half of them with the top bit set, so that the unsigned id order is exercised;
 * values come from small pools, so that filters find something and sort keys tie.
 */
final class TestData {
  static final List<CountryCode> COUNTRIES =
      List.of("AM", "AZ", "GE", "MD", "UA", "FR", "DE", "TR", "RS", "AL", "MK", "PH").stream()
          .map(CountryCode::of)
          .toList();
  static final List<Topic> TOPICS =
      List.of(
              "cybercrime",
              "electronic evidence",
              "data protection",
              "human rights",
              "judicial training",
              "public private cooperation")
          .stream()
          .map(Topic::of)
          .toList();
  static final List<String> WORDS =
      List.of(
          "regional",
          "conference",
          "training",
          "workshop",
          "Cybercrime",
          "évidence",
          "judges",
          "prosecutors",
          "octopus",
          "forensics");
  static final List<String> NAMES =
      List.of(
          "Dewaele",
          "Ægir",
          "Öztürk",
          "Smith",
          "Grigoryan",
          "Мельник",
          "Beridze",
          "van Dijk",
          "O'Neill",
          "Aliyev",
          "Çelik",
          "Smith-Jones");
  static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);

  final Random random;
  final List<ProjectId> projects;
  final List<ComponentId> components;
  final List<OrganisationId> organisations;

  TestData(long seed) {
    random = new Random(seed);
    projects = ids(30, ProjectId::of);
    components = ids(20, ComponentId::of);
    organisations = ids(15, OrganisationId::of);
  }

  private <T> List<T> ids(int count, Function<UUID, T> of) {
    List<T> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(of.apply(uuid()));
    }
    return ids;
  }

  UUID uuid() {
    return new UUID(random.nextLong(), random.nextLong());
  }

  <T> T any(List<T> pool) {
    return pool.get(random.nextInt(pool.size()));
  }

  /** Between {@code min} and {@code max} distinct values of the pool. */
  <T> Set<T> some(List<T> pool, int min, int max) {
    int count = min + random.nextInt(max - min + 1);
    Set<T> chosen = new LinkedHashSet<>();
    while (chosen.size() < count) {
      chosen.add(any(pool));
    }
    return chosen;
  }

  <E extends Enum<E>> E any(Class<E> type) {
    E[] values = type.getEnumConstants();
    return values[random.nextInt(values.length)];
  }

  /** A day within the three years the events are spread over. */
  LocalDate day() {
    return FIRST_DAY.plusDays(random.nextInt(3 * 365));
  }

  String title() {
    return any(WORDS) + " " + any(WORDS) + " " + random.nextInt(100);
  }

  EventDates dates() {
    LocalDate first = day();
    int shape = random.nextInt(100);
    if (shape < 65) {
      return EventDates.of(first, first, null);
    } else if (shape < 92) {
      return EventDates.of(first, first.plusDays(1 + random.nextInt(5)), null);
    } else if (shape < 97) {
      return EventDates.of(first, first.plusDays(6 + random.nextInt(40)), null);
    } else if (shape < 99) {
      // Planned and known only to the month: spans the whole month.
      return EventDates.on(PartialDate.ofMonth(first.getYear(), first.getMonthValue()));
    }
    return EventDates.on(PartialDate.ofYear(first.getYear()));
  }

  Event event() {
    return event(EventId.of(uuid()), 0);
  }

  Event event(EventId id, long version) {
    Event.Builder event =
        Event.builder()
            .id(id)
            .projects(List.copyOf(some(projects, 1, 3)))
            .components(List.copyOf(some(components, 0, 2)))
            .title(title())
            .type(any(EventType.class))
            .status(any(EventStatus.class))
            .dates(dates())
            .participation(Participation.builder().countries(some(COUNTRIES, 0, 3)).build())
            .topics(some(TOPICS, 0, 2))
            .version(version);
    if (random.nextInt(10) < 6) {
      event.format(EventFormat.IN_PERSON).venue(Venue.of("Tbilisi", any(COUNTRIES)));
    } else {
      event.format(EventFormat.ONLINE);
    }
    for (OrganisationId organiser : some(organisations, 0, 2)) {
      event.addOrganiser(Organiser.of(organiser, any(OrganiserRole.class)));
    }
    return event.build();
  }

  Project project(ProjectId id, String code, long version) {
    Project.Builder project = Project.builder().id(id).code(code).title(title()).version(version);
    for (CountryCode country : some(COUNTRIES, 0, 3)) {
      project.addCountry(ParticipatingCountry.beneficiary(country));
    }
    for (OrganisationId organisation : some(organisations, 0, 2)) {
      project.addOrganisation(ProjectOrganisation.of(organisation, any(OrganisationRole.class)));
    }
    return project.build();
  }

  Contact contact(ContactId id, long version) {
    String name = any(NAMES);
    Contact.Builder contact =
        Contact.builder()
            .id(id)
            .displayName("Anna " + name)
            .sortName(name + ", Anna")
            .organisation(random.nextBoolean() ? any(organisations) : null)
            .visibility(any(Visibility.class))
            .version(version);
    for (int i = random.nextInt(3); i > 0; i--) {
      LocalDate from = day();
      contact.addRole(
          RoleAssignment.builder()
              .id(RoleId.of(uuid()))
              .type(any(RoleType.class))
              .project(random.nextBoolean() ? any(projects) : null)
              .organisation(random.nextBoolean() ? any(organisations) : null)
              // Every role has a country: a 24/7 contact point needs one.
              .country(any(COUNTRIES))
              .validFrom(random.nextBoolean() ? from : null)
              .validUntil(random.nextBoolean() ? from.plusDays(random.nextInt(400)) : null)
              .build());
    }
    return contact.build();
  }

  Organisation organisation(OrganisationId id, long version) {
    return Organisation.builder()
        .id(id)
        .name(any(WORDS) + " " + any(NAMES))
        .type(any(OrganisationType.class))
        .country(random.nextBoolean() ? any(COUNTRIES) : null)
        .parent(random.nextInt(3) == 0 ? parentOf(id) : null)
        .version(version)
        .build();
  }

  private OrganisationId parentOf(OrganisationId id) {
    OrganisationId parent = any(organisations);
    return parent.equals(id) ? organisations.get((organisations.indexOf(id) + 1) % 15) : parent;
  }
}
