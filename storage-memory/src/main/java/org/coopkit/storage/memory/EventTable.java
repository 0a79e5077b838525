package org.coopkit.storage.memory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.coopkit.model.CountryCode;
import org.coopkit.model.Topic;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventId;
import org.coopkit.model.event.Organiser;
import org.coopkit.model.event.Venue;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.ComponentId;
import org.coopkit.model.project.ProjectId;
import org.coopkit.query.EventQuery;
import org.coopkit.query.Page;
import org.coopkit.query.Paging;
import org.coopkit.report.Dimension;
import org.coopkit.report.EventScope;
import org.coopkit.report.RawTally;
import org.coopkit.report.Tallies;

/**
 * Events, sorted by first day and id, and indexed by project, component, country (venue and
 * participants), organiser and topic.
 *
 * <p>A period filter bounds the walk on whichever index is chosen, since all are sorted by first
 * day: it walks the chosen values' events that start in the period, and before them those that
 * started earlier and run into it, which each index also keeps by span ({@link OverlapIndex}). So
 * the first page for one country and a quarter costs a few tree descents and a walk over about as
 * many of that country's events as the page holds, however many events are stored.
 */
final class EventTable extends Table<EventId, Event, EventQuery> {
  /** The one value the overlap index of all events files every event under. */
  private static final Set<Boolean> ALL = Set.of(true);

  private final EventIndex<ProjectId> byProject;
  private final EventIndex<ComponentId> byComponent;
  private final EventIndex<CountryCode> byCountry;
  private final EventIndex<OrganisationId> byOrganiser;
  private final EventIndex<Topic> byTopic;
  private final OverlapIndex<Boolean> overlaps;

  private EventTable(
      Kind<EventId, Event> kind,
      EventIndex<ProjectId> byProject,
      EventIndex<ComponentId> byComponent,
      EventIndex<CountryCode> byCountry,
      EventIndex<OrganisationId> byOrganiser,
      EventIndex<Topic> byTopic,
      OverlapIndex<Boolean> overlaps) {
    super(kind, List.of(byProject, byComponent, byCountry, byOrganiser, byTopic, overlaps));
    this.byProject = byProject;
    this.byComponent = byComponent;
    this.byCountry = byCountry;
    this.byOrganiser = byOrganiser;
    this.byTopic = byTopic;
    this.overlaps = overlaps;
  }

  static EventTable create() {
    // Many events share a first day: one key string per day instead of one per event.
    Map<LocalDate, String> dayKeys = new ConcurrentHashMap<>();
    Kind<EventId, Event> kind =
        new Kind<>(
            "Event",
            Event::id,
            Event::version,
            e -> dayKeys.computeIfAbsent(e.dates().firstDay(), day -> EventQuery.sortKey(e)),
            EventId::value,
            EventId::of);
    return new EventTable(
        kind,
        new EventIndex<>(Event::projects),
        new EventIndex<>(Event::components),
        new EventIndex<>(EventTable::countries),
        new EventIndex<>(e -> e.organisers().stream().map(Organiser::organisation).toList()),
        new EventIndex<>(Event::topics),
        new OverlapIndex<>(e -> ALL));
  }

  /** The countries {@link EventQuery#countries()} matches an event by: venue and participants. */
  private static List<CountryCode> countries(Event event) {
    Venue venue = event.venue();
    CountryCode venueCountry = venue == null ? null : venue.country();
    List<CountryCode> countries = new ArrayList<>(event.participation().countries().size() + 1);
    if (venueCountry != null) {
      countries.add(venueCountry);
    }
    countries.addAll(event.participation().countries());
    return countries;
  }

  @Override
  Page<Event> find(EventQuery query) {
    Walk<EventId, Event> walk = walk();
    Running running = day -> overlaps.running(ALL, day);
    running = narrow(walk, byProject, query.projects(), running);
    running = narrow(walk, byComponent, query.components(), running);
    running = narrow(walk, byCountry, query.countries(), running);
    running = narrow(walk, byOrganiser, query.organisers(), running);
    running = narrow(walk, byTopic, query.topics(), running);
    LocalDate from = query.from();
    LocalDate to = query.to();
    // Events reaching into the period either start in it, where the chosen maps are walked, or
    // started before and still run, which the chosen index's overlaps hold.
    walk.between(
        from == null ? null : DayKeys.startOf(from, 0), to == null ? null : DayKeys.endOf(to));
    if (from != null) {
      walk.includeBefore(running.on(from));
    }
    return walk.page(query::matches, query.direction(), query.limit(), query.after());
  }

  /**
   * Aggregates the events in scope by walking the same indexes a query walks (project, country,
   * period), page by page, so a report over one project never touches other projects' events.
   */
  Map<String, RawTally> tally(EventScope scope, Dimension dimension) {
    EventQuery.Builder candidates =
        EventQuery.builder()
            .projects(scope.projects())
            .between(scope.from(), scope.to())
            .limit(Paging.MAX_LIMIT);
    scope.types().forEach(candidates::type);
    scope.statuses().forEach(candidates::status);
    if (scope.venueCountry() != null) {
      candidates.country(scope.venueCountry());
    } else if (scope.participantCountry() != null) {
      candidates.country(scope.participantCountry());
    }
    Map<String, RawTally> groups = new TreeMap<>();
    EventQuery query = candidates.build();
    while (true) {
      Page<Event> page = find(query);
      for (Event event : page.items()) {
        // The query's country filter takes venue or participants; the scope tells which.
        if (scope.matches(event)) {
          Tallies.add(groups, event, dimension);
        }
      }
      if (page.nextCursor() == null) {
        return groups;
      }
      query = query.after(page.nextCursor());
    }
  }

  /** Narrows the walk to {@code index} if it is more selective, and finds overlaps there too. */
  private static <V> Running narrow(
      Walk<EventId, Event> walk, EventIndex<V> index, Set<V> values, Running running) {
    return walk.narrow(index.byFirstDay(), values) ? day -> index.running(values, day) : running;
  }

  /** Where to find the events of the chosen maps that started before a day and run on it. */
  @FunctionalInterface
  private interface Running {
    List<Walk.Stretch<EventId, Event>> on(LocalDate day);
  }
}
