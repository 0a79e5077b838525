package org.coopkit.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.coopkit.model.CountryCode;
import org.coopkit.model.Link;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.PartialDate;
import org.coopkit.model.ParticipantCount;
import org.coopkit.model.Topic;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventDates;
import org.coopkit.model.event.EventFormat;
import org.coopkit.model.event.EventId;
import org.coopkit.model.event.EventStatus;
import org.coopkit.model.event.EventType;
import org.coopkit.model.event.KeyMessage;
import org.coopkit.model.event.Organiser;
import org.coopkit.model.event.OrganiserRole;
import org.coopkit.model.event.Participation;
import org.coopkit.model.event.Venue;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.Component;
import org.coopkit.model.project.ComponentId;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectId;
import org.coopkit.query.EventQuery;
import org.coopkit.storage.tck.RandomAggregates;

/**
 * The data every benchmark and the load harness use, made deterministically from a seed: the same
 * seed gives the same organisations, projects, events and queries, ids included, on every run.
 *
 * <p>Organisations and projects come from the storage kit's {@link RandomAggregates} (texts in many
 * scripts, components, links). Events are made here, because the benchmarks need a shape the kit's
 * generator does not promise: each event has 3 to 6 participating countries, 3 to 6 organisers and
 * 3 to 6 topics; one or two projects and up to two of their components; a title in one to four
 * languages, in 40% of them a description, up to two key messages and up to two links; its first
 * day between {@link #FIRST_DAY} and ten years later, lasting one to five days. Texts come from the
 * kit's text generator (many scripts, up to 120 characters per language for titles, 500 for
 * descriptions, 200 for key messages), drawn from pools of a few thousand made once, and copied
 * into new strings for each event, so that no two events share a text object (as when they are read
 * from a database or a file) while a million events take seconds to make. Countries come from a
 * pool of {@value #COUNTRY_POOL} countries and topics from a vocabulary of {@value
 * #TOPIC_VOCABULARY} labels, so that countries and topics repeat across events as in real data.
 * Events come out stored-looking: version 1, created and updated at {@link #STORED_AT}, with
 * time-ordered (version 7) ids, as coopkit's services make them.
 */
public final class BenchmarkData {
  /** The seed of the default data set. */
  public static final long SEED = 20_250_514L;

  /** The earliest first day of an event. */
  public static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);

  /** How many days after {@link #FIRST_DAY} events may start: ten years. */
  public static final int DAYS = 3_652;

  /** The period of the selective query, in days. */
  public static final int WINDOW_DAYS = 90;

  /** The page size of the selective query. */
  public static final int PAGE_SIZE = 20;

  /** The version-1 timestamp of every event. */
  public static final Instant STORED_AT = Instant.parse("2025-01-01T00:00:00Z");

  static final int COUNTRY_POOL = 56;
  static final int TOPIC_VOCABULARY = 300;
  static final int ORGANISATIONS = 200;
  static final int PROJECTS = 40;
  static final int TEXT_POOL = 4_096;

  private static final List<CountryCode> COUNTRIES =
      List.of(
              "AL", "AM", "AT", "AZ", "BA", "BE", "BG", "CH", "CY", "CZ", "DE", "DK", "EE", "ES",
              "FI", "FR", "GB", "GE", "GR", "HR", "HU", "IE", "IS", "IT", "KZ", "LI", "LT", "LU",
              "LV", "MA", "MC", "MD", "ME", "MK", "MT", "NL", "NO", "PL", "PT", "RO", "RS", "SE",
              "SI", "SK", "SM", "TN", "TR", "UA", "XK", "JO", "LB", "EG", "KG", "UZ", "MN", "IL")
          .stream()
          .map(CountryCode::of)
          .toList();
  private static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("Europe/Paris"),
          ZoneId.of("Europe/Berlin"),
          ZoneId.of("Asia/Yerevan"),
          ZoneId.of("Asia/Tbilisi"),
          ZoneId.of("Asia/Baku"),
          ZoneId.of("Europe/Chisinau"),
          ZoneId.of("Europe/Kyiv"));
  private static final long ID_EPOCH_MILLIS = STORED_AT.toEpochMilli();

  private final long seed;
  private final List<Organisation> organisations;
  private final List<OrganisationId> organisationIds;
  private final List<Project> projects;
  private final List<String> topicLabels;
  private final TextPools texts;

  private BenchmarkData(
      long seed,
      List<Organisation> organisations,
      List<Project> projects,
      List<String> topicLabels,
      TextPools texts) {
    this.seed = seed;
    this.organisations = List.copyOf(organisations);
    this.organisationIds = organisations.stream().map(Organisation::id).toList();
    this.projects = List.copyOf(projects);
    this.topicLabels = List.copyOf(topicLabels);
    this.texts = texts;
  }

  /** Texts made by the kit's generator, to draw from. */
  private record TextPools(
      List<LocalizedText> titles,
      List<LocalizedText> descriptions,
      List<LocalizedText> keyMessages,
      List<String> names,
      List<String> words) {
    static TextPools make(RandomAggregates fixtures) {
      List<LocalizedText> titles = new ArrayList<>();
      List<LocalizedText> descriptions = new ArrayList<>();
      List<LocalizedText> keyMessages = new ArrayList<>();
      List<String> names = new ArrayList<>();
      List<String> words = new ArrayList<>();
      for (int i = 0; i < TEXT_POOL; i++) {
        titles.add(fixtures.localizedText(120, false));
        descriptions.add(fixtures.localizedText(500, true));
        keyMessages.add(fixtures.localizedText(200, true));
        names.add(fixtures.text(80, false));
        words.add(fixtures.word(12));
      }
      return new TextPools(titles, descriptions, keyMessages, names, words);
    }
  }

  /** The default data set, {@link #SEED}. */
  public static BenchmarkData create() {
    return create(SEED);
  }

  /**
   * The data set of {@code seed}: {@value #ORGANISATIONS} organisations, {@value #PROJECTS}
   * projects.
   */
  public static BenchmarkData create(long seed) {
    if (COUNTRIES.size() != COUNTRY_POOL) {
      throw new AssertionError("country pool");
    }
    RandomAggregates fixtures = new RandomAggregates(seed);
    List<Organisation> organisations = new ArrayList<>();
    List<OrganisationId> parents = new ArrayList<>();
    for (int i = 0; i < ORGANISATIONS; i++) {
      Organisation organisation = fixtures.organisation(parents);
      organisations.add(organisation);
      parents.add(organisation.id());
    }
    List<Project> projects = new ArrayList<>();
    List<ProjectId> earlier = new ArrayList<>();
    for (int i = 0; i < PROJECTS; i++) {
      Project project = fixtures.project(parents, earlier);
      projects.add(project);
      earlier.add(project.id());
    }
    Set<String> topics = new LinkedHashSet<>();
    while (topics.size() < TOPIC_VOCABULARY) {
      topics.add(Topic.of(fixtures.text(40, false)).label());
    }
    return new BenchmarkData(
        seed, organisations, projects, List.copyOf(topics), TextPools.make(fixtures));
  }

  /** The seed this data set was made from. */
  public long seed() {
    return seed;
  }

  /** The organisations, each after its parent: store them in this order. */
  public List<Organisation> organisations() {
    return organisations;
  }

  /** The projects, each after those it relates to: store them in this order. */
  public List<Project> projects() {
    return projects;
  }

  /** The project whose dashboard the benchmarks compute. */
  public Project dashboardProject() {
    return projects.get(0);
  }

  /** The pool of countries events take place in and draw participants from. */
  public static List<CountryCode> countries() {
    return COUNTRIES;
  }

  /**
   * The events of this data set, in order; infinite. Two iterators give the same events, so the
   * first {@code n} events are the same whatever number one asks for.
   */
  public Iterator<Event> events() {
    return new EventMaker(seed);
  }

  /** The first {@code count} events of {@link #events()}. */
  public List<Event> events(int count) {
    List<Event> events = new ArrayList<>(count);
    Iterator<Event> maker = events();
    for (int i = 0; i < count; i++) {
      events.add(maker.next());
    }
    return events;
  }

  /**
   * {@code count} selective queries, the same for a given {@code querySeed}: one country of the
   * pool and a {@value #WINDOW_DAYS}-day period within the events' ten years, pages of {@value
   * #PAGE_SIZE}, ascending.
   */
  public static List<EventQuery> selectiveQueries(int count, long querySeed) {
    Random random = new Random(querySeed);
    List<EventQuery> queries = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      LocalDate from = FIRST_DAY.plusDays(random.nextInt(DAYS - WINDOW_DAYS));
      queries.add(
          EventQuery.builder()
              .country(COUNTRIES.get(random.nextInt(COUNTRIES.size())))
              .between(from, from.plusDays(WINDOW_DAYS - 1))
              .limit(PAGE_SIZE)
              .build());
    }
    return queries;
  }

  /** Makes the events from one random stream. */
  private final class EventMaker implements Iterator<Event> {
    private final Random random;
    private long index;

    EventMaker(long seed) {
      this.random = new Random(seed * 31 + 1);
    }

    @Override
    public boolean hasNext() {
      return true;
    }

    @Override
    public Event next() {
      long n = index++;
      List<Project> holders = distinct(projects, random.nextInt(4) == 0 ? 2 : 1);
      List<ComponentId> offered = new ArrayList<>();
      for (Project holder : holders) {
        for (Component component : holder.components()) {
          offered.add(component.id());
        }
      }
      EventStatus status = pick(EventStatus.values());
      EventFormat format = pick(EventFormat.values());
      boolean needsVenue = status == EventStatus.HELD && format != EventFormat.ONLINE;
      Event.Builder event =
          Event.builder()
              .id(EventId.of(timeOrderedId(n)))
              .projects(holders.stream().map(Project::id).toList())
              .components(distinct(offered, random.nextInt(Math.min(2, offered.size()) + 1)))
              .title(fresh(pick(texts.titles())))
              .type(pick(EventType.values()))
              .status(status)
              .format(format)
              .dates(dates())
              .venue(needsVenue || random.nextInt(10) < 6 ? venue() : null)
              .participation(participation())
              .version(1)
              .createdAt(STORED_AT)
              .updatedAt(STORED_AT);
      List<OrganisationId> organisers = distinct(organisationIds, 3 + random.nextInt(4));
      for (OrganisationId organiser : organisers) {
        event.addOrganiser(Organiser.of(organiser, pick(OrganiserRole.values())));
      }
      for (String label : distinct(topicLabels, 3 + random.nextInt(4))) {
        event.addTopic(Topic.of(label));
      }
      if (random.nextInt(10) < 4) {
        event.description(fresh(pick(texts.descriptions())));
      }
      for (int i = random.nextInt(3); i > 0; i--) {
        event.addKeyMessage(new KeyMessage(fresh(pick(texts.keyMessages())), random.nextBoolean()));
      }
      for (int i = random.nextInt(3); i > 0; i--) {
        event.addLink(
            Link.of(
                "https://events.example.org/" + n + "/" + i,
                random.nextBoolean() ? fresh(pick(texts.names())) : null,
                pick(Link.Kind.values())));
      }
      return event.build();
    }

    private EventDates dates() {
      LocalDate first = FIRST_DAY.plusDays(random.nextInt(DAYS));
      LocalDate last = first.plusDays(random.nextInt(5));
      ZoneId zone = random.nextBoolean() ? pick(ZONES) : null;
      if (random.nextInt(20) == 0) {
        // Planned, known to the month only.
        return new EventDates(
            PartialDate.ofMonth(first.getYear(), first.getMonthValue()),
            PartialDate.ofMonth(last.getYear(), last.getMonthValue()),
            zone);
      }
      return EventDates.of(first, last, zone);
    }

    private Venue venue() {
      String name = random.nextInt(10) < 6 ? fresh(pick(texts.names())) : null;
      String city = fresh(pick(texts.words()));
      return new Venue(name, city, pick(COUNTRIES));
    }

    private Participation participation() {
      List<CountryCode> countries = distinct(COUNTRIES, 3 + random.nextInt(4));
      Map<CountryCode, ParticipantCount> byCountry = new LinkedHashMap<>();
      for (CountryCode country : countries) {
        if (random.nextBoolean()) {
          byCountry.put(country, count());
        }
      }
      ParticipantCount total = random.nextInt(10) < 8 ? count() : null;
      if (total != null
          && total.isExact()
          && byCountry.values().stream().allMatch(ParticipantCount::isExact)) {
        int sum = byCountry.values().stream().mapToInt(ParticipantCount::value).sum();
        total = ParticipantCount.exactly(sum + random.nextInt(100));
      }
      return Participation.builder()
          .total(total)
          .countries(Set.copyOf(countries))
          .byCountry(byCountry)
          .build();
    }

    private ParticipantCount count() {
      return new ParticipantCount(random.nextInt(500), pick(ParticipantCount.Qualifier.values()));
    }

    /** A copy of {@code text} whose strings are new objects. */
    private LocalizedText fresh(LocalizedText text) {
      Map<String, String> copy = new LinkedHashMap<>();
      text.texts().forEach((language, content) -> copy.put(language, fresh(content)));
      return LocalizedText.of(copy);
    }

    /** A new string equal to {@code text}, not sharing its characters. */
    private String fresh(String text) {
      return new StringBuilder(text).toString();
    }

    /** A version 7 UUID whose time is {@code n} milliseconds after the epoch of the data set. */
    private UUID timeOrderedId(long n) {
      long millis = ID_EPOCH_MILLIS + n;
      long high = (millis << 16) | 0x7000L | random.nextInt(1 << 12);
      long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
      return new UUID(high, low);
    }

    private <T> T pick(T[] values) {
      return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
      return values.get(random.nextInt(values.size()));
    }

    /** {@code count} different values (fewer if there are fewer), in random order. */
    private <T> List<T> distinct(List<T> values, int count) {
      if (count >= values.size()) {
        List<T> all = new ArrayList<>(values);
        Collections.shuffle(all, random);
        return all;
      }
      // Few draws from a long list: sample without shuffling it all.
      Set<Integer> chosen = new LinkedHashSet<>();
      while (chosen.size() < count) {
        chosen.add(random.nextInt(values.size()));
      }
      List<T> picked = new ArrayList<>(count);
      for (int i : chosen) {
        picked.add(values.get(i));
      }
      return picked;
    }
  }
}
