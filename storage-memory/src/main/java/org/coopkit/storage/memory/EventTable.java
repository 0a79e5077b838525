package org.coopkit.storage.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.coopkit.query.internal.EventSearch;
import org.coopkit.report.Dimension;
import org.coopkit.report.EventScope;
import org.coopkit.report.RawTally;
import org.coopkit.report.Tallies;

/**
 * Events, sorted by first day and id, and indexed by project, component, country (venue and
 * participants), organiser and topic.
 *
 * <p>Events are the one kind stored by the million, so they have their own layout instead of the
 * trees of {@link SortedTable}: every index, the order of all events included, is a set of {@link
 * Postings}, compact lists sorted by first day that also keep each event's days. A query walks the
 * postings of its most selective filter (the fewest events over its values), and a period filter
 * bounds that walk: it starts a few days before the period, plus the long events of the span tiers
 * ({@link Postings}). So the first page for one country and a quarter costs a few binary searches
 * and a walk over about as many of that country's events as the page holds, however many events are
 * stored; {@link EventPostingsPager} has the details.
 */
final class EventTable extends Table<EventId, Event, EventQuery> {
  /** The one value the index of all events files every event under. */
  private static final List<Boolean> ALL = List.of(true);

  private static final Set<Boolean> ALL_SET = Set.of(true);

  private final EventIndex<Boolean> all = new EventIndex<>(e -> ALL);
  private final EventIndex<ProjectId> byProject = new EventIndex<>(Event::projects);
  private final EventIndex<ComponentId> byComponent = new EventIndex<>(Event::components);
  private final EventIndex<CountryCode> byCountry = new EventIndex<>(EventTable::countries);
  private final EventIndex<OrganisationId> byOrganiser =
      new EventIndex<>(e -> e.organisers().stream().map(Organiser::organisation).toList());
  private final EventIndex<Topic> byTopic = new EventIndex<>(Event::topics);
  private final List<EventIndex<?>> indexes =
      List.of(all, byProject, byComponent, byCountry, byOrganiser, byTopic);

  private EventTable() {
    super(
        new AggregateDescriptor<>(
            "Event",
            Event::id,
            Event::version,
            EventSearch::sortKey,
            EventId::value,
            EventId::of,
            EventSearch::cursor));
  }

  static EventTable create() {
    return new EventTable();
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
  void index(Event event) {
    long days = days(event);
    for (EventIndex<?> index : indexes) {
      index.add(days, event);
    }
  }

  @Override
  void unindex(Event event) {
    long days = days(event);
    for (EventIndex<?> index : indexes) {
      index.remove(days, event);
    }
  }

  private static long days(Event event) {
    return DayList.days(
        event.dates().firstDay().toEpochDay(), event.dates().lastDay().toEpochDay());
  }

  @Override
  Page<Event> find(EventQuery query) {
    List<Postings> chosen = new ArrayList<>();
    long candidates = all.narrow(ALL_SET, Long.MAX_VALUE, chosen);
    Set<?> walked = Set.of();
    for (Narrowing<?> narrowing : narrowings(query)) {
      long fewer = narrowing.narrow(candidates, chosen);
      if (fewer != candidates) {
        candidates = fewer;
        walked = narrowing.values();
      }
    }
    return EventPostingsPager.page(chosen, query, decided(query, walked));
  }

  /** The filters an index can narrow a walk to, in the order they are tried. */
  private List<Narrowing<?>> narrowings(EventQuery query) {
    return List.of(
        new Narrowing<>(byProject, query.projects()),
        new Narrowing<>(byComponent, query.components()),
        new Narrowing<>(byCountry, query.countries()),
        new Narrowing<>(byOrganiser, query.organisers()),
        new Narrowing<>(byTopic, query.topics()));
  }

  /** An index and the values a query filters it by. */
  private record Narrowing<V>(EventIndex<V> index, Set<V> values) {
    long narrow(long candidates, List<Postings> chosen) {
      return index.narrow(values, candidates, chosen);
    }
  }

  /**
   * Whether the walk alone decides what matches, so that {@link EventSearch#matches} need not read
   * the events: when no filter is set but the period, which the walk checks from the days in the
   * postings, and the one whose postings are walked ({@code walked}), whose values are exactly
   * those {@code matches} compares. In a large store that saves several cache misses per event,
   * most of a selective query's time.
   */
  private static boolean decided(EventQuery query, Set<?> walked) {
    if (!query.types().isEmpty()
        || !query.statuses().isEmpty()
        || query.text() != null
        || query.certainlyInPeriod()
        || !query.externalIds().isEmpty()
        || !query.series().isEmpty()
        || query.partOf() != null) {
      return false;
    }
    for (Set<?> filter :
        List.of(
            query.projects(),
            query.components(),
            query.countries(),
            query.organisers(),
            query.topics())) {
      if (!filter.isEmpty() && filter != walked) {
        return false;
      }
    }
    return true;
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
    // All of the scope's events first: whether a part is counted within its parent depends on
    // whether the parent is in scope too (see Tallies).
    List<Event> inScope = new ArrayList<>();
    EventQuery query = candidates.build();
    while (true) {
      Page<Event> page = find(query);
      for (Event event : page.items()) {
        // The query's country filter takes venue or participants; the scope tells which.
        if (scope.matches(event)) {
          inScope.add(event);
        }
      }
      if (page.nextCursor() == null) {
        return Tallies.tally(inScope, scope, dimension);
      }
      query = query.after(page.nextCursor());
    }
  }
}
