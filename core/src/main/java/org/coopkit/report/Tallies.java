package org.coopkit.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import org.coopkit.model.CountryCode;
import org.coopkit.model.Money;
import org.coopkit.model.ParticipantCount;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventId;
import org.coopkit.model.event.KeyMessage;
import org.coopkit.model.project.ComponentId;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectId;

/**
 * The reference aggregation: what an adapter's {@code ReportStore} must return for a set of events
 * (and, by {@link #fundingTotals}, for a set of projects), computed here from the events
 * themselves. An adapter that holds the events in memory may call it on the events its indexes
 * select; a database adapter computes the same in SQL, and the contract kit compares the two.
 *
 * <p><b>Each attendance once.</b> An event that is part of another ({@link Event#partOf()}) is
 * counted within its parent when the parent is in the same scope and reports a total of what took
 * place (any qualifier but {@code PLANNED}): the part's participants are taken to be among the
 * parent's, so the part counts as an event but brings no figure, adding to {@link
 * RawTally#eventsInParent()} instead, in every dimension. A part whose parent is outside the scope,
 * has no total or only a planned one brings its own figure.
 *
 * <p><b>Uncertain dates.</b> The year of {@link Dimension#YEAR} is the year the event starts in
 * when that is known; otherwise the event is grouped under {@link #YEAR_NOT_KNOWN}. An event of a
 * scope with a period that only may fall in it (see {@link EventScope#matches}) adds to {@link
 * RawTally#eventsPerhapsOutsidePeriod()}.
 *
 * @since 0.1.0
 */
public final class Tallies {
  /**
   * The key of {@link Dimension#YEAR}'s group of events whose year is not known.
   *
   * @since 0.2.0
   */
  public static final String YEAR_NOT_KNOWN = "unknown";

  private Tallies() {}

  /**
   * Groups {@code events} (already in scope, each once) by {@code dimension}, as for a scope
   * without a period.
   *
   * @param events the events to count
   * @param dimension what to group them by
   * @return the tallies keyed by group, in key order; the key is empty for {@link Dimension#TOTAL}
   */
  public static Map<String, RawTally> tally(Iterable<Event> events, Dimension dimension) {
    return tally(events, EventScope.builder().build(), dimension);
  }

  /**
   * Groups {@code events}, exactly those {@code scope} matches, each once, by {@code dimension}:
   * the definition every {@link org.coopkit.spi.ReportStore} reproduces.
   *
   * @param events the events in scope
   * @param scope the scope they were selected by, whose period tells which events only may fall in
   *     it
   * @param dimension what to group them by
   * @return the tallies keyed by group, in key order; the key is empty for {@link Dimension#TOTAL}
   * @since 0.2.0
   */
  public static Map<String, RawTally> tally(
      Iterable<Event> events, EventScope scope, Dimension dimension) {
    Set<EventId> countedParents = new HashSet<>();
    for (Event event : events) {
      ParticipantCount total = event.participation().total();
      if (total != null && total.qualifier() != ParticipantCount.Qualifier.PLANNED) {
        countedParents.add(event.id());
      }
    }
    Map<String, RawTally> groups = new TreeMap<>();
    for (Event event : events) {
      boolean inParent = event.partOf() != null && countedParents.contains(event.partOf());
      add(groups, event, dimension, inParent, perhapsOutside(event, scope));
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
    add(groups, event, dimension, false, false);
  }

  /** Whether the scope has a period and some of the days the event may cover lie outside it. */
  private static boolean perhapsOutside(Event event, EventScope scope) {
    LocalDate from = scope.from();
    LocalDate to = scope.to();
    return (from != null && event.dates().firstDay().isBefore(from))
        || (to != null && event.dates().lastDay().isAfter(to));
  }

  private static void add(
      Map<String, RawTally> groups,
      Event event,
      Dimension dimension,
      boolean inParent,
      boolean perhapsOutside) {
    long adopted = event.keyMessages().stream().filter(KeyMessage::adopted).count();
    One one = new One(groups, adopted, inParent, perhapsOutside);
    ParticipantCount total = event.participation().total();
    switch (dimension) {
      case TOTAL -> one.put("", total);
      case YEAR -> one.put(year(event), total);
      case TYPE -> one.put(event.type().name(), total);
      case STATUS -> one.put(event.status().name(), total);
      case COMPONENT -> {
        for (ComponentId c : event.components()) {
          one.put(c.toString(), total);
        }
      }
      case PROJECT -> {
        for (ProjectId p : event.projects()) {
          one.put(p.toString(), total);
        }
      }
      case VENUE_COUNTRY -> {
        if (event.venue() != null && event.venue().country() != null) {
          one.put(event.venue().country().alpha2(), total);
        }
      }
      case PARTICIPANT_COUNTRY, YEAR_AND_PARTICIPANT_COUNTRY -> {
        for (CountryCode country : event.participation().countries()) {
          String key =
              dimension == Dimension.PARTICIPANT_COUNTRY
                  ? country.alpha2()
                  : year(event) + "/" + country.alpha2();
          one.put(key, event.participation().byCountry().get(country));
        }
      }
      case SERIES -> {
        if (event.series() != null) {
          one.put(event.series().code(), total);
        }
      }
    }
  }

  /** One event's contribution to the groups it falls in. */
  private record One(
      Map<String, RawTally> groups, long adopted, boolean inParent, boolean perhapsOutside) {
    void put(String key, @org.jspecify.annotations.Nullable ParticipantCount count) {
      RawTally added =
          inParent
              ? RawTally.builder().events(1).eventsInParent(1).adoptedKeyMessages(adopted).build()
              : RawTally.EMPTY.plus(count, adopted);
      if (perhapsOutside) {
        added = added.toBuilder().eventsPerhapsOutsidePeriod(1).build();
      }
      groups.merge(key, added, Tallies::sum);
    }
  }

  /**
   * The funding totals of {@code projects}, as a dashboard shows them: in each currency the sum of
   * the projects' {@link Project#fundingTotals()}, that is of the amounts of their funding lines,
   * never added across currencies; a line with a share but no amount adds nothing. The definition
   * every {@link org.coopkit.spi.ReportStore#fundingTotals} reproduces.
   *
   * @param projects the projects in scope, each once
   * @return one total per currency, in the order of the currency codes; empty when no line has an
   *     amount
   * @throws org.coopkit.error.ValidationException if a currency's sum has more whole digits than
   *     {@link Money} holds
   * @since 0.2.0
   */
  public static Map<Currency, Money> fundingTotals(Iterable<Project> projects) {
    Map<String, BigDecimal> sums = new TreeMap<>();
    Map<String, Currency> currencies = new HashMap<>();
    for (Project project : projects) {
      project
          .fundingTotals()
          .forEach(
              (currency, total) -> {
                sums.merge(currency.getCurrencyCode(), total.amount(), BigDecimal::add);
                currencies.put(currency.getCurrencyCode(), currency);
              });
    }
    Map<Currency, Money> totals = new LinkedHashMap<>();
    sums.forEach(
        (code, sum) -> totals.put(currencies.get(code), new Money(sum, currencies.get(code))));
    return totals;
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
    OptionalInt year = event.dates().year();
    return year.isPresent() ? Integer.toString(year.getAsInt()) : YEAR_NOT_KNOWN;
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
          Dimension.VENUE_COUNTRY,
          Dimension.SERIES);
}
