package org.coopkit.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import org.coopkit.model.CountryCode;
import org.coopkit.model.event.EventStatus;
import org.coopkit.model.event.EventType;
import org.coopkit.model.project.ComponentId;

/**
 * What a project, several projects or a whole framework did: events by year, type, status and
 * component, participants in total and by country, countries reached, key messages adopted.
 *
 * <p>{@code total} counts each event once, joint events included. {@code participantsByCountry}
 * adds the per-country counts that events recorded; it need not add up to the total, because events
 * often know their total but not every country's share.
 *
 * @param scope whose events
 * @param filter which of their events
 * @param total all events in scope: count, participants, adopted key messages
 * @param byYear by the year of the first day
 * @param byType by event type
 * @param byStatus by status
 * @param byComponent by component served
 * @param eventsHeldByCountry by the venue's country
 * @param participantsByCountry participants by the country they came from
 * @param countriesReached every country events were held in or had participants from
 * @since 0.1.0
 */
public record ProjectDashboard(
    ReportScope scope,
    ReportFilter filter,
    EventTally total,
    SortedMap<Integer, EventTally> byYear,
    Map<EventType, EventTally> byType,
    Map<EventStatus, EventTally> byStatus,
    Map<ComponentId, EventTally> byComponent,
    SortedMap<CountryCode, EventTally> eventsHeldByCountry,
    SortedMap<CountryCode, Tally> participantsByCountry,
    SortedSet<CountryCode> countriesReached) {

  /**
   * Copies the maps and the set into immutable ones, keeping sorted ones sorted.
   *
   * @param scope whose events
   * @param filter which of their events
   * @param total all events in scope: count, participants, adopted key messages
   * @param byYear by the year of the first day
   * @param byType by event type
   * @param byStatus by status
   * @param byComponent by component served
   * @param eventsHeldByCountry by the venue's country
   * @param participantsByCountry participants by the country they came from
   * @param countriesReached every country events were held in or had participants from
   * @throws NullPointerException if a component is null
   */
  public ProjectDashboard {
    requireNonNull(scope, "scope");
    requireNonNull(filter, "filter");
    requireNonNull(total, "total");
    byYear = ImmutableSortedMap.copyOfSorted(byYear);
    byType = ImmutableMap.copyOf(byType);
    byStatus = ImmutableMap.copyOf(byStatus);
    byComponent = ImmutableMap.copyOf(byComponent);
    eventsHeldByCountry = ImmutableSortedMap.copyOfSorted(eventsHeldByCountry);
    participantsByCountry = ImmutableSortedMap.copyOfSorted(participantsByCountry);
    countriesReached = ImmutableSortedSet.copyOfSorted(countriesReached);
  }

  /**
   * Adopted key messages of all events in scope.
   *
   * @return the number of adopted key messages, each event's counted once
   */
  public long keyMessagesAdopted() {
    return total.adoptedKeyMessages();
  }

  /**
   * The dashboard as CSV for spreadsheets: columns {@code section, key, events, participants,
   * accuracy, adopted_key_messages}; one row per figure.
   *
   * @return the CSV text, with a header row
   */
  public String toCsv() {
    Csv csv =
        new Csv("section", "key", "events", "participants", "accuracy", "adopted_key_messages");
    csv.tally("total", "", total);
    byYear.forEach((year, t) -> csv.tally("year", year.toString(), t));
    byType.forEach(
        (type, t) -> csv.tally("type", type.name().toLowerCase(java.util.Locale.ROOT), t));
    byStatus.forEach((s, t) -> csv.tally("status", s.name().toLowerCase(java.util.Locale.ROOT), t));
    byComponent.forEach((c, t) -> csv.tally("component", c.toString(), t));
    eventsHeldByCountry.forEach((c, t) -> csv.tally("venue_country", c.alpha2(), t));
    participantsByCountry.forEach(
        (c, t) ->
            csv.row(
                "participant_country",
                c.alpha2(),
                "",
                t.value(),
                t.accuracy().name().toLowerCase(java.util.Locale.ROOT),
                ""));
    return csv.toString();
  }
}
