package org.coopkit.benchmarks;

import static java.util.Objects.requireNonNull;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
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
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.ComponentId;
import org.coopkit.model.project.ProjectId;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Making one {@link Event} with all its checks, over 1,024 different events of the data set (3 to 6
 * countries, organisers and topics each), taken in turn:
 *
 * <ul>
 *   <li>{@link #buildFromValues}: the builder and the event's own validation, from value objects
 *       made beforehand;
 *   <li>{@link #buildFromRawInput}: the whole way from plain Java values (strings, maps, UUIDs,
 *       dates), as when a host turns a form or a message into an event: every value object is made
 *       and checked too.
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EventModelBenchmark {
  private static final int SAMPLES = 1_024;

  private Event[] events = new Event[0];
  private RawEvent[] raw = new RawEvent[0];
  private int next;

  @Setup(Level.Trial)
  public void makeSamples() {
    events = BenchmarkData.create().events(SAMPLES).toArray(new Event[0]);
    raw = new RawEvent[SAMPLES];
    for (int i = 0; i < SAMPLES; i++) {
      raw[i] = RawEvent.of(events[i]);
    }
  }

  @Benchmark
  public Event buildFromValues() {
    Event e = events[next++ & (SAMPLES - 1)];
    return Event.builder()
        .id(e.id())
        .projects(e.projects())
        .components(e.components())
        .title(e.title())
        .type(e.type())
        .status(e.status())
        .dates(e.dates())
        .format(e.format())
        .venue(e.venue())
        .organisers(e.organisers())
        .participation(e.participation())
        .topics(e.topics())
        .keyMessages(e.keyMessages())
        .description(e.description())
        .links(e.links())
        .build();
  }

  @Benchmark
  public Event buildFromRawInput() {
    return raw[next++ & (SAMPLES - 1)].toEvent();
  }

  /** An event as plain Java values. */
  record RawEvent(
      UUID id,
      List<UUID> projects,
      List<UUID> components,
      Map<String, String> title,
      String type,
      String status,
      String format,
      String start,
      String end,
      @Nullable String zone,
      @Nullable String venueName,
      @Nullable String venueCity,
      @Nullable String venueCountry,
      List<UUID> organisers,
      List<String> organiserRoles,
      @Nullable Integer total,
      @Nullable String totalQualifier,
      List<String> countries,
      Map<String, Integer> byCountry,
      Map<String, String> byCountryQualifier,
      List<String> topics,
      @Nullable Map<String, String> description,
      List<Map<String, String>> keyMessages,
      List<Boolean> adopted,
      List<String> linkUris,
      List<@Nullable String> linkTitles,
      List<String> linkKinds) {

    static RawEvent of(Event e) {
      Venue venue = e.venue();
      ParticipantCount total = e.participation().total();
      Map<String, Integer> byCountry = new LinkedHashMap<>();
      Map<String, String> byCountryQualifier = new LinkedHashMap<>();
      e.participation()
          .byCountry()
          .forEach(
              (c, n) -> {
                byCountry.put(c.alpha2(), n.value());
                byCountryQualifier.put(c.alpha2(), n.qualifier().name());
              });
      List<@Nullable String> titles = new ArrayList<>();
      e.links().forEach(l -> titles.add(l.title()));
      LocalizedText description = e.description();
      return new RawEvent(
          e.id().value(),
          e.projects().stream().map(ProjectId::value).toList(),
          e.components().stream().map(ComponentId::value).toList(),
          new LinkedHashMap<>(e.title().texts()),
          e.type().name(),
          e.status().name(),
          e.format().name(),
          e.dates().start().toString(),
          e.dates().end().toString(),
          e.dates().timeZone() == null ? null : e.dates().timeZone().getId(),
          venue == null ? null : venue.name(),
          venue == null ? null : venue.city(),
          venue == null || venue.country() == null ? null : venue.country().alpha2(),
          e.organisers().stream().map(o -> o.organisation().value()).toList(),
          e.organisers().stream().map(o -> o.role().name()).toList(),
          total == null ? null : total.value(),
          total == null ? null : total.qualifier().name(),
          e.participation().countries().stream().map(CountryCode::alpha2).toList(),
          byCountry,
          byCountryQualifier,
          e.topics().stream().map(Topic::label).toList(),
          description == null ? null : new LinkedHashMap<>(description.texts()),
          e.keyMessages().stream()
              .map(m -> (Map<String, String>) new LinkedHashMap<>(m.text().texts()))
              .toList(),
          e.keyMessages().stream().map(KeyMessage::adopted).toList(),
          e.links().stream().map(l -> l.uri().toString()).toList(),
          titles,
          e.links().stream().map(l -> l.kind().name()).toList());
    }

    Event toEvent() {
      Event.Builder event =
          Event.builder()
              .id(EventId.of(id))
              .title(LocalizedText.of(title))
              .type(EventType.valueOf(type))
              .status(EventStatus.valueOf(status))
              .format(EventFormat.valueOf(format))
              .dates(
                  new EventDates(
                      PartialDate.parse(start),
                      PartialDate.parse(end),
                      zone == null ? null : ZoneId.of(zone)))
              .venue(
                  venueName == null && venueCity == null && venueCountry == null
                      ? null
                      : new Venue(
                          venueName,
                          venueCity,
                          venueCountry == null ? null : CountryCode.of(venueCountry)));
      projects.forEach(p -> event.addProject(ProjectId.of(p)));
      components.forEach(c -> event.addComponent(ComponentId.of(c)));
      for (int i = 0; i < organisers.size(); i++) {
        event.addOrganiser(
            Organiser.of(
                OrganisationId.of(organisers.get(i)),
                OrganiserRole.valueOf(organiserRoles.get(i))));
      }
      List<CountryCode> participating = new ArrayList<>(countries.size());
      Map<CountryCode, ParticipantCount> counts = new LinkedHashMap<>();
      for (String alpha2 : countries) {
        CountryCode country = CountryCode.of(alpha2);
        participating.add(country);
        Integer n = byCountry.get(alpha2);
        if (n != null) {
          counts.put(
              country,
              new ParticipantCount(
                  n,
                  ParticipantCount.Qualifier.valueOf(
                      requireNonNull(byCountryQualifier.get(alpha2)))));
        }
      }
      event.participation(
          Participation.builder()
              .total(
                  total == null
                      ? null
                      : new ParticipantCount(
                          total,
                          ParticipantCount.Qualifier.valueOf(requireNonNull(totalQualifier))))
              .countries(Set.copyOf(participating))
              .byCountry(counts)
              .build());
      topics.forEach(t -> event.addTopic(Topic.of(t)));
      if (description != null) {
        event.description(LocalizedText.of(description));
      }
      for (int i = 0; i < keyMessages.size(); i++) {
        event.addKeyMessage(new KeyMessage(LocalizedText.of(keyMessages.get(i)), adopted.get(i)));
      }
      for (int i = 0; i < linkUris.size(); i++) {
        event.addLink(
            Link.of(linkUris.get(i), linkTitles.get(i), Link.Kind.valueOf(linkKinds.get(i))));
      }
      return event.build();
    }
  }
}
