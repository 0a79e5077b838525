package org.coopkit.model.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.coopkit.internal.RandomModelValues;
import org.coopkit.model.CountryCode;
import org.coopkit.model.Limits;
import org.coopkit.model.Link;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.PartialDate;
import org.coopkit.model.ParticipantCount;
import org.coopkit.model.Topic;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.ComponentId;
import org.coopkit.model.project.ProjectId;
import org.instancio.junit.GivenProvider;

/** Events for tests: minimal valid ones, a full one, and random valid ones. */
public final class EventFixture {
  public static final ZoneId BAKU = ZoneId.of("Asia/Baku");
  private static final List<ZoneId> ZONES =
      List.of(
          BAKU,
          ZoneId.of("Europe/Paris"),
          ZoneId.of("Asia/Yerevan"),
          ZoneId.of("Asia/Tbilisi"),
          ZoneId.of("Europe/Kyiv"));

  private EventFixture() {}

  public static EventId anyEventId() {
    return EventId.of(UUID.randomUUID());
  }

  /** 9 to 11 October 2017 in Baku. */
  public static EventDates october2017() {
    return EventDates.of(LocalDate.of(2017, 10, 9), LocalDate.of(2017, 10, 11), BAKU);
  }

  /** A builder holding the least a valid event needs: one project, a title and dates. */
  public static Event.Builder anEvent() {
    return Event.builder()
        .id(anyEventId())
        .addProject(ProjectId.of(UUID.randomUUID()))
        .title("Regional Cybercrime Conference")
        .dates(october2017());
  }

  /** The Regional Cybercrime Conference in Baku as the seed page describes it. */
  public static Event regionalCybercrimeConference() {
    Set<CountryCode> from = new LinkedHashSet<>();
    for (String c :
        List.of("AL", "AZ", "BY", "BA", "GE", "IR", "MD", "ME", "RS", "MK", "TR", "UA")) {
      from.add(CountryCode.of(c));
    }
    return Event.builder()
        .id(anyEventId())
        .addProject(ProjectId.of(UUID.randomUUID()))
        .addProject(ProjectId.of(UUID.randomUUID()))
        .addComponent(ComponentId.of(UUID.randomUUID()))
        .title("Regional Cybercrime Conference")
        .type(EventType.CONFERENCE)
        .status(EventStatus.HELD)
        .dates(october2017())
        .format(EventFormat.IN_PERSON)
        .venue(Venue.of("Baku", CountryCode.of("AZ")))
        .addOrganiser(Organiser.of(OrganisationId.of(UUID.randomUUID()), OrganiserRole.ORGANISER))
        .addOrganiser(
            Organiser.of(OrganisationId.of(UUID.randomUUID()), OrganiserRole.CO_ORGANISER))
        .addOrganiser(Organiser.of(OrganisationId.of(UUID.randomUUID()), OrganiserRole.HOST))
        .participation(
            Participation.builder()
                .total(ParticipantCount.exactly(93))
                .countries(from)
                .byCountry(Map.of(CountryCode.of("AZ"), ParticipantCount.exactly(30)))
                .build())
        .addTopic(Topic.of("electronic evidence"))
        .addTopic(Topic.of("Darknet"))
        .addTopic(Topic.of("online money laundering"))
        .addKeyMessage(
            KeyMessage.adopted("Cybercrime attacks have grown and become a global" + " threat."))
        .addKeyMessage(KeyMessage.adopted("Online money laundering is a major problem."))
        .description(
            LocalizedText.of(
                "The Cybercrime Programme Office of the Council of Europe"
                    + " in cooperation with the International Association of Prosecutors organised the"
                    + " Regional Cybercrime Conference."))
        .addLink(
            Link.of(
                "https://www.coe.int/en/web/cybercrime/-/regional-conference-baku",
                Link.Kind.SOURCE))
        .version(2)
        .createdAt(Instant.parse("2017-09-01T08:00:00Z"))
        .updatedAt(Instant.parse("2017-10-12T17:45:12.345678Z"))
        .build();
  }

  /** Random valid dates, each end at a random precision not before its start. */
  public static EventDates randomDates(RandomModelValues random) {
    PartialDate[] pair = random.orderedDates();
    return new EventDates(pair[0], pair[1], random.chance(0.7) ? random.oneOf(ZONES) : null);
  }

  /** A random valid participation: counts per country add up to no more than an exact total. */
  public static Participation randomParticipation(RandomModelValues random) {
    List<CountryCode> countries = random.countries(random.between(0, 8));
    Map<CountryCode, ParticipantCount> byCountry = new LinkedHashMap<>();
    int sum = 0;
    for (CountryCode country : countries) {
      if (random.chance(0.5)) {
        int count = random.between(0, 200);
        byCountry.put(
            country,
            random.chance(0.8)
                ? ParticipantCount.exactly(count)
                : new ParticipantCount(count, random.anyOf(ParticipantCount.Qualifier.class)));
        sum += count;
      }
    }
    ParticipantCount total =
        random.chance(0.2)
            ? null
            : random.chance(0.7)
                ? ParticipantCount.exactly(sum + random.between(0, 500))
                : new ParticipantCount(
                    random.between(0, 1_000),
                    random.oneOf(
                        ParticipantCount.Qualifier.APPROXIMATELY,
                        ParticipantCount.Qualifier.MORE_THAN,
                        ParticipantCount.Qualifier.PLANNED));
    return Participation.builder()
        .total(total)
        .countries(new LinkedHashSet<>(countries))
        .byCountry(byCountry)
        .build();
  }

  /** A random valid venue: some of name, city and country. */
  public static Venue randomVenue(RandomModelValues random) {
    String name = random.chance(0.5) ? random.text(1, 80) : null;
    String city = random.chance(0.7) ? random.text(1, 40) : null;
    CountryCode country =
        random.chance(0.8) || (name == null && city == null) ? random.countries(1).get(0) : null;
    return new Venue(name, city, country);
  }

  /** A random valid event. */
  public static Event randomEvent(RandomModelValues random) {
    EventStatus status = random.anyOf(EventStatus.class);
    EventFormat format = random.anyOf(EventFormat.class);
    boolean needsVenue = status == EventStatus.HELD && format != EventFormat.ONLINE;
    Set<Organiser> organisers = new LinkedHashSet<>();
    for (int i = random.between(0, 4); i > 0; i--) {
      organisers.add(
          Organiser.of(OrganisationId.of(random.uuid()), random.anyOf(OrganiserRole.class)));
    }
    Set<Topic> topics = new LinkedHashSet<>();
    for (int i = random.between(0, 5); i > 0; i--) {
      topics.add(Topic.of(random.text(1, 40)));
    }
    List<KeyMessage> keyMessages = new ArrayList<>();
    for (int i = random.between(0, 3); i > 0; i--) {
      keyMessages.add(new KeyMessage(random.localizedText(300), random.chance(0.5)));
    }
    Instant createdAt = random.instant();
    return Event.builder()
        .id(EventId.of(random.uuid()))
        .projects(random.uuids(random.between(1, 3)).stream().map(ProjectId::of).toList())
        .components(random.uuids(random.between(0, 3)).stream().map(ComponentId::of).toList())
        .title(random.localizedText(Limits.TITLE))
        .type(random.anyOf(EventType.class))
        .status(status)
        .dates(randomDates(random))
        .format(format)
        .venue(needsVenue || random.chance(0.5) ? randomVenue(random) : null)
        .organisers(List.copyOf(organisers))
        .participation(randomParticipation(random))
        .topics(topics)
        .keyMessages(keyMessages)
        .description(random.chance(0.5) ? random.localizedText(1_000) : null)
        .links(random.links(random.between(0, 3)))
        .version(random.between(0, 1_000))
        .createdAt(createdAt)
        .updatedAt(createdAt.plusSeconds(random.between(0, 100_000_000)))
        .build();
  }

  /** Gives a test method a random valid event on the seed of the current test. */
  public static final class RandomEvent implements GivenProvider {
    @Override
    public Object provide(ElementContext context) {
      return randomEvent(new RandomModelValues(context.random()));
    }
  }
}
