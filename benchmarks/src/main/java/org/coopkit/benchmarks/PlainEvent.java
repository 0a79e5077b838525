package org.coopkit.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.ParticipantCount;
import org.coopkit.model.event.Event;
import org.jspecify.annotations.Nullable;

/**
 * The baseline of the JSON benchmarks: an event's fields as plain records of JDK types (UUIDs,
 * instants, strings, lists and maps) that Jackson writes and reads with no module and no check,
 * producing the same document shape as coopkit's. What a host would write by hand to get the same
 * JSON without the json module.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PlainEvent(
    UUID id,
    List<UUID> projects,
    List<UUID> components,
    Map<String, String> title,
    String type,
    String status,
    Dates dates,
    String format,
    @Nullable Venue venue,
    List<Organiser> organisers,
    Participation participation,
    List<String> topics,
    List<KeyMessage> keyMessages,
    @Nullable Map<String, String> description,
    List<Link> links,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  /** Lists left out of the document (empty ones are) read back as empty, as in coopkit. */
  public PlainEvent {
    projects = orEmpty(projects);
    components = orEmpty(components);
    organisers = orEmpty(organisers);
    topics = orEmpty(topics);
    keyMessages = orEmpty(keyMessages);
    links = orEmpty(links);
  }

  private static <T> List<T> orEmpty(@Nullable List<T> list) {
    return list == null ? List.of() : list;
  }

  /** When an event takes place: partial dates as written, the time zone if known. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Dates(String start, String end, @Nullable String timeZone) {}

  /** Where an in-person event takes place. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Venue(@Nullable String name, @Nullable String city, @Nullable String country) {}

  /** An organisation in a role. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Organiser(UUID organisation, String role) {}

  /** A participant count and how to read it. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Count(int value, String qualifier) {}

  /** Who took part. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Participation(
      @Nullable Count total, List<String> countries, Map<String, Count> byCountry) {

    /** Empty lists and maps are left out of the document and read back as empty. */
    public Participation {
      countries = orEmpty(countries);
      byCountry = byCountry == null ? Map.of() : byCountry;
    }
  }

  /** A key message and whether it was adopted. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record KeyMessage(Map<String, String> text, boolean adopted) {}

  /** A link with its optional title. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Link(String uri, @Nullable String title, String kind) {}

  /** The same event as plain records; not timed by the benchmarks. */
  public static PlainEvent of(Event e) {
    return new PlainEvent(
        e.id().value(),
        e.projects().stream().map(p -> p.value()).toList(),
        e.components().stream().map(c -> c.value()).toList(),
        texts(e.title()),
        name(e.type()),
        name(e.status()),
        new Dates(
            e.dates().start().toString(),
            e.dates().end().toString(),
            e.dates().timeZone() == null ? null : e.dates().timeZone().getId()),
        name(e.format()),
        e.venue() == null
            ? null
            : new Venue(
                e.venue().name(),
                e.venue().city(),
                e.venue().country() == null ? null : e.venue().country().alpha2()),
        e.organisers().stream()
            .map(o -> new Organiser(o.organisation().value(), name(o.role())))
            .toList(),
        participation(e),
        e.topics().stream().map(t -> t.label()).toList(),
        e.keyMessages().stream().map(k -> new KeyMessage(texts(k.text()), k.adopted())).toList(),
        e.description() == null ? null : texts(e.description()),
        e.links().stream()
            .map(l -> new Link(l.uri().toString(), l.title(), name(l.kind())))
            .toList(),
        e.version(),
        e.createdAt(),
        e.updatedAt());
  }

  private static Participation participation(Event e) {
    Map<String, Count> byCountry = new LinkedHashMap<>();
    e.participation().byCountry().forEach((c, n) -> byCountry.put(c.alpha2(), count(n)));
    ParticipantCount total = e.participation().total();
    return new Participation(
        total == null ? null : count(total),
        e.participation().countries().stream().map(c -> c.alpha2()).toList(),
        byCountry);
  }

  private static Count count(ParticipantCount n) {
    return new Count(n.value(), name(n.qualifier()));
  }

  private static Map<String, String> texts(LocalizedText text) {
    return text.texts();
  }

  private static String name(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
