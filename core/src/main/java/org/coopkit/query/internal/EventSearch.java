package org.coopkit.query.internal;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Set;
import java.util.UUID;
import org.coopkit.model.CountryCode;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventId;
import org.coopkit.model.event.EventSeries;
import org.coopkit.model.event.Organiser;
import org.coopkit.model.event.Venue;
import org.coopkit.query.EventQuery;

/**
 * How a store carries out an {@link EventQuery}: which events match, their sort key (the first day
 * the event may cover) and the cursors of their pages.
 *
 * <p>Not API: public for coopkit's own stores and contract kit, and may change in any release.
 */
public final class EventSearch {
  private EventSearch() {}

  /**
   * The key event queries sort by: the first day the event may cover ({@link
   * org.coopkit.model.event.EventDates#firstDay()}), ISO-8601 ({@code 2017-10-09}); for an event
   * whose start is not known, {@code 1900-01-01}.
   *
   * @param event the event
   * @return the first day of the event as ISO-8601 text
   */
  public static String sortKey(Event event) {
    return event.dates().firstDay().toString();
  }

  /**
   * The next-page cursor of a page of events that ends with {@code last}.
   *
   * @param last the page's last event
   * @return the cursor's text
   */
  public static String cursorAfter(Event last) {
    return cursor(sortKey(last), last.id().value());
  }

  /**
   * The cursor of the position after {@code sortKey} and {@code id}, for a store that keeps the
   * sort key apart from the event.
   *
   * @param sortKey the sort key of the position ({@link #sortKey})
   * @param id the id of the event at the position
   * @return the cursor's text
   */
  public static String cursor(String sortKey, UUID id) {
    return Cursors.encode(Cursors.EVENT, sortKey, id);
  }

  /**
   * Whether {@code event} matches every filter of {@code query} (the cursor aside): the definition
   * every store reproduces.
   *
   * @param query the query
   * @param event the event to test
   * @return {@code true} if the event passes all filters
   */
  public static boolean matches(EventQuery query, Event event) {
    if (!query.projects().isEmpty() && Collections.disjoint(query.projects(), event.projects())) {
      return false;
    }
    if (!query.components().isEmpty()
        && Collections.disjoint(query.components(), event.components())) {
      return false;
    }
    if (!query.countries().isEmpty() && !matchesCountry(query.countries(), event)) {
      return false;
    }
    if (!inPeriod(query, event)) {
      return false;
    }
    if (!query.externalIds().isEmpty()
        && Collections.disjoint(query.externalIds(), event.externalIds())) {
      return false;
    }
    EventSeries series = event.series();
    if (!query.series().isEmpty() && (series == null || !query.series().contains(series.code()))) {
      return false;
    }
    if (query.partOf() != null && !query.partOf().equals(event.partOf())) {
      return false;
    }
    if (!query.types().isEmpty() && !query.types().contains(event.type())) {
      return false;
    }
    if (!query.statuses().isEmpty() && !query.statuses().contains(event.status())) {
      return false;
    }
    if (!query.topics().isEmpty() && Collections.disjoint(query.topics(), event.topics())) {
      return false;
    }
    if (!query.organisers().isEmpty()
        && event.organisers().stream()
            .map(Organiser::organisation)
            .noneMatch(query.organisers()::contains)) {
      return false;
    }
    String text = query.text();
    return text == null || SearchText.contains(SearchText.of(event), text);
  }

  /**
   * Whether the event may fall in the query's period or, when the query asks for certainty, lies in
   * it for certain.
   */
  private static boolean inPeriod(EventQuery query, Event event) {
    LocalDate from = query.from();
    LocalDate to = query.to();
    boolean certainly = query.certainlyInPeriod();
    if (from != null
        && (certainly
            ? event.dates().firstDay().isBefore(from)
            : event.dates().lastDay().isBefore(from))) {
      return false;
    }
    return to == null
        || !(certainly
            ? event.dates().lastDay().isAfter(to)
            : event.dates().firstDay().isAfter(to));
  }

  private static boolean matchesCountry(Set<CountryCode> countries, Event event) {
    Venue venue = event.venue();
    if (venue != null && venue.country() != null && countries.contains(venue.country())) {
      return true;
    }
    return !Collections.disjoint(countries, event.participation().countries());
  }

  /**
   * Whether {@code event} lies after {@code query}'s cursor in its order.
   *
   * @param query the query
   * @param event the event to test
   * @return {@code true} if the event sorts after the cursor, or there is no cursor
   */
  public static boolean isAfterCursor(EventQuery query, Event event) {
    return Cursors.isAfter(
        query.after(),
        query.direction(),
        sortKey(event),
        id -> event.id().compareTo(EventId.of(id)));
  }
}
