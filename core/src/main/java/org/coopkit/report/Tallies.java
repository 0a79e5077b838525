package org.coopkit.report;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.coopkit.model.CountryCode;
import org.coopkit.model.ParticipantCount;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.KeyMessage;
import org.coopkit.model.project.ComponentId;
import org.coopkit.model.project.ProjectId;

/**
 * The reference aggregation: what an adapter's {@code ReportStore} must return for a set of events,
 * computed here from the events themselves. An adapter that holds the events in memory may call it
 * on the events its indexes select; a database adapter computes the same in SQL, and the contract
 * kit compares the two.
 *
 * @since 0.1.0
 */
public final class Tallies {
  private Tallies() {}

  /**
   * Groups {@code events} (already in scope, each once) by {@code dimension}.
   *
   * @param events the events to count
   * @param dimension what to group them by
   * @return the tallies keyed by group, in key order; the key is empty for {@link Dimension#TOTAL}
   */
  public static Map<String, RawTally> tally(Iterable<Event> events, Dimension dimension) {
    Map<String, RawTally> groups = new TreeMap<>();
    for (Event event : events) {
      add(groups, event, dimension);
    }
    return groups;
  }

  /**
   * Adds one event to the groups of {@code dimension}.
   *
   * @param groups the tallies to add to, keyed by group
   * @param event the event to count
   * @param dimension what to group it by; an event may fall in several groups, e.g. several
   *     countries
   */
  public static void add(Map<String, RawTally> groups, Event event, Dimension dimension) {
    long adopted = event.keyMessages().stream().filter(KeyMessage::adopted).count();
    ParticipantCount total = event.participation().total();
    switch (dimension) {
      case TOTAL -> put(groups, "", total, adopted);
      case YEAR -> put(groups, year(event), total, adopted);
      case TYPE -> put(groups, event.type().name(), total, adopted);
      case STATUS -> put(groups, event.status().name(), total, adopted);
      case COMPONENT -> {
        for (ComponentId c : event.components()) {
          put(groups, c.toString(), total, adopted);
        }
      }
      case PROJECT -> {
        for (ProjectId p : event.projects()) {
          put(groups, p.toString(), total, adopted);
        }
      }
      case VENUE_COUNTRY -> {
        if (event.venue() != null && event.venue().country() != null) {
          put(groups, event.venue().country().alpha2(), total, adopted);
        }
      }
      case PARTICIPANT_COUNTRY, YEAR_AND_PARTICIPANT_COUNTRY -> {
        for (CountryCode country : event.participation().countries()) {
          String key =
              dimension == Dimension.PARTICIPANT_COUNTRY
                  ? country.alpha2()
                  : year(event) + "/" + country.alpha2();
          put(groups, key, event.participation().byCountry().get(country), adopted);
        }
      }
    }
  }

  private static void put(
      Map<String, RawTally> groups,
      String key,
      @org.jspecify.annotations.Nullable ParticipantCount count,
      long adopted) {
    groups.merge(key, RawTally.EMPTY.plus(count, adopted), Tallies::sum);
  }

  /**
   * Adds two tallies of disjoint groups of events.
   *
   * @param a one tally
   * @param b the other tally, of events not in {@code a}
   * @return the sum of both, field by field
   */
  public static RawTally sum(RawTally a, RawTally b) {
    return a.plus(b);
  }

  private static String year(Event event) {
    return Integer.toString(event.dates().firstDay().getYear());
  }

  /** The dimensions a dashboard asks for, in the order it asks. */
  static final List<Dimension> DASHBOARD =
      List.of(
          Dimension.TOTAL,
          Dimension.YEAR,
          Dimension.TYPE,
          Dimension.STATUS,
          Dimension.COMPONENT,
          Dimension.PARTICIPANT_COUNTRY,
          Dimension.VENUE_COUNTRY);
}
