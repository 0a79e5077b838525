package org.coopkit.benchmarks;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coopkit.model.CountryCode;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.Participation;

/**
 * The events of a {@link BenchmarkData} set made lighter, for a bigger store in the same disk: each
 * keeps its id, projects, components, type, status, format, dates and venue, but only its first
 * participating country (with no count per country), its first organiser, its first topic and its
 * title in its first language, and loses its description, key messages and links.
 */
final class LightEvents implements Iterator<Event> {
  /** The shape, as the harness prints it. */
  static final String SHAPE =
      "light: 1 participating country (no count per country), 1 organiser, 1 topic,"
          + " title in 1 language; no description, key messages or links";

  private final Iterator<Event> full;

  LightEvents(Iterator<Event> full) {
    this.full = full;
  }

  @Override
  public boolean hasNext() {
    return full.hasNext();
  }

  @Override
  public Event next() {
    return lighten(full.next());
  }

  static Event lighten(Event event) {
    Participation participation = event.participation();
    Participation light = participation;
    if (!participation.countries().isEmpty()) {
      CountryCode country = participation.countries().iterator().next();
      light = participation.toBuilder().countries(Set.of(country)).byCountry(Map.of()).build();
    }
    Map.Entry<String, String> title = event.title().texts().entrySet().iterator().next();
    return event.toBuilder()
        .participation(light)
        .organisers(List.of(event.organisers().get(0)))
        .topics(Set.of(event.topics().iterator().next()))
        .title(LocalizedText.of(title.getKey(), title.getValue()))
        .description(null)
        .keyMessages(List.of())
        .links(List.of())
        .build();
  }
}
