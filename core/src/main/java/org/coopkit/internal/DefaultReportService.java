package org.coopkit.internal;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.coopkit.error.NotFoundException;
import org.coopkit.model.CountryCode;
import org.coopkit.model.contact.RoleType;
import org.coopkit.model.event.EventStatus;
import org.coopkit.model.event.EventType;
import org.coopkit.model.project.ComponentId;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectId;
import org.coopkit.query.ContactQuery;
import org.coopkit.query.Paging;
import org.coopkit.query.ProjectQuery;
import org.coopkit.report.CountryProfile;
import org.coopkit.report.Dimension;
import org.coopkit.report.EventScope;
import org.coopkit.report.EventTally;
import org.coopkit.report.PortfolioMatrix;
import org.coopkit.report.ProjectDashboard;
import org.coopkit.report.RawTally;
import org.coopkit.report.ReportFilter;
import org.coopkit.report.ReportScope;
import org.coopkit.report.Tallies;
import org.coopkit.report.Tally;
import org.coopkit.service.ReportService;
import org.coopkit.spi.StorageSession;

/** {@link ReportService} over the storage SPI: the store aggregates, this class arranges. */
final class DefaultReportService implements ReportService {
  private final ServiceContext context;

  DefaultReportService(ServiceContext context) {
    this.context = context;
  }

  @Override
  public ProjectDashboard dashboard(ReportScope scope, ReportFilter filter) {
    return context.read(
        s -> {
          Optional<EventScope> events = resolve(s, scope, filter);
          Function<Dimension, Map<String, RawTally>> tally =
              d -> events.map(e -> s.reports().tally(e, d)).orElse(Map.of());
          Map<String, RawTally> byParticipant = tally.apply(Dimension.PARTICIPANT_COUNTRY);
          Map<String, RawTally> byVenue = tally.apply(Dimension.VENUE_COUNTRY);
          Map<String, RawTally> byYear = tally.apply(Dimension.YEAR);
          Set<CountryCode> reached = new TreeSet<>();
          byParticipant.keySet().forEach(c -> reached.add(CountryCode.of(c)));
          byVenue.keySet().forEach(c -> reached.add(CountryCode.of(c)));
          return ProjectDashboard.builder()
              .scope(scope)
              .filter(filter)
              .total(EventTally.of(tally.apply(Dimension.TOTAL).getOrDefault("", RawTally.EMPTY)))
              .byYear(sorted(years(byYear), Integer::valueOf))
              .yearNotKnown(
                  EventTally.of(byYear.getOrDefault(Tallies.YEAR_NOT_KNOWN, RawTally.EMPTY)))
              .bySeries(sorted(tally.apply(Dimension.SERIES), k -> k))
              .byType(sorted(tally.apply(Dimension.TYPE), EventType::valueOf))
              .byStatus(sorted(tally.apply(Dimension.STATUS), EventStatus::valueOf))
              .byComponent(sorted(tally.apply(Dimension.COMPONENT), ComponentId::parse))
              .eventsHeldByCountry(sorted(byVenue, CountryCode::of))
              .participantsByCountry(participants(byParticipant))
              .countriesReached(reached)
              .fundingTotals(s.reports().fundingTotals(scope, s.projects()))
              .build();
        });
  }

  @Override
  public CountryProfile countryProfile(CountryCode country, ReportFilter filter) {
    return context.read(
        s -> {
          EventScope held = EventScope.builder().filter(filter).venueCountry(country).build();
          EventScope attended =
              EventScope.builder().filter(filter).participantCountry(country).build();
          EventTally heldThere =
              EventTally.of(
                  s.reports().tally(held, Dimension.TOTAL).getOrDefault("", RawTally.EMPTY));
          // Participants from the country are its per-country counts, so tally by that country.
          EventTally attendedBy =
              EventTally.of(
                  s.reports()
                      .tally(attended, Dimension.PARTICIPANT_COUNTRY)
                      .getOrDefault(country.alpha2(), RawTally.EMPTY));
          var projects =
              ServiceContext.all(
                  ProjectQuery.builder().country(country).limit(Paging.MAX_LIMIT).build(),
                  s.projects()::find,
                  ProjectQuery::after);
          var contactPoints =
              ServiceContext.all(
                  ContactQuery.builder()
                      .role(RoleType.CONTACT_POINT_24_7)
                      .country(country)
                      .activeOn(context.today())
                      .publicOnly(true)
                      .limit(Paging.MAX_LIMIT)
                      .build(),
                  s.contacts()::find,
                  ContactQuery::after);
          return CountryProfile.builder()
              .country(country)
              .filter(filter)
              .eventsHeld(heldThere)
              .eventsAttended(attendedBy)
              .projects(projects)
              .contactPoints(contactPoints)
              .build();
        });
  }

  @Override
  public PortfolioMatrix portfolio(ReportScope scope, ReportFilter filter) {
    return context.read(
        s -> {
          Optional<EventScope> events = resolve(s, scope, filter);
          Map<String, RawTally> cells =
              events
                  .map(e -> s.reports().tally(e, Dimension.YEAR_AND_PARTICIPANT_COUNTRY))
                  .orElse(Map.of());
          Map<String, RawTally> years =
              events.map(e -> s.reports().tally(e, Dimension.YEAR)).orElse(Map.of());
          SortedMap<CountryCode, SortedMap<Integer, EventTally>> matrix = new TreeMap<>();
          SortedMap<CountryCode, EventTally> yearNotKnown = new TreeMap<>();
          cells.forEach(
              (key, raw) -> {
                int slash = key.indexOf('/');
                CountryCode country = CountryCode.of(key.substring(slash + 1));
                String year = key.substring(0, slash);
                if (year.equals(Tallies.YEAR_NOT_KNOWN)) {
                  yearNotKnown.put(country, EventTally.of(raw));
                } else {
                  matrix
                      .computeIfAbsent(country, c -> new TreeMap<>())
                      .put(Integer.valueOf(year), EventTally.of(raw));
                }
              });
          return PortfolioMatrix.builder()
              .scope(scope)
              .filter(filter)
              .cells(matrix)
              .byYear(sorted(years(years), Integer::valueOf))
              .yearNotKnown(yearNotKnown)
              .yearNotKnownTotal(
                  EventTally.of(years.getOrDefault(Tallies.YEAR_NOT_KNOWN, RawTally.EMPTY)))
              .build();
        });
  }

  /**
   * The events a scope and filter select, or empty when the scope selects no event at all (a
   * framework without projects). Named projects must exist.
   */
  private static Optional<EventScope> resolve(
      StorageSession s, ReportScope scope, ReportFilter filter) {
    Set<ProjectId> projects = scope.projects();
    if (!projects.isEmpty()) {
      Set<ProjectId> found = s.projects().existing(projects);
      for (ProjectId p : projects) {
        if (!found.contains(p)) {
          throw new NotFoundException("Project", p.toString());
        }
      }
    } else if (scope.framework() != null) {
      projects = new TreeSet<>();
      for (Project p :
          ServiceContext.all(
              ProjectQuery.builder().framework(scope.framework()).limit(Paging.MAX_LIMIT).build(),
              s.projects()::find,
              ProjectQuery::after)) {
        projects.add(p.id());
      }
      if (projects.isEmpty()) {
        return Optional.empty();
      }
    }
    return Optional.of(EventScope.builder().projects(projects).filter(filter).build());
  }

  /** The groups of known years: without {@link Tallies#YEAR_NOT_KNOWN}'s. */
  private static Map<String, RawTally> years(Map<String, RawTally> byYear) {
    Map<String, RawTally> known = new TreeMap<>(byYear);
    known.remove(Tallies.YEAR_NOT_KNOWN);
    return known;
  }

  private static <K extends Comparable<K>> SortedMap<K, EventTally> sorted(
      Map<String, RawTally> groups, Function<String, K> key) {
    SortedMap<K, EventTally> out = new TreeMap<>();
    groups.forEach((k, raw) -> out.put(key.apply(k), EventTally.of(raw)));
    return out;
  }

  private static SortedMap<CountryCode, Tally> participants(Map<String, RawTally> groups) {
    SortedMap<CountryCode, Tally> out = new TreeMap<>();
    groups.forEach((k, raw) -> out.put(CountryCode.of(k), EventTally.of(raw).participants()));
    return out;
  }
}
