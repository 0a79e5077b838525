package org.coopkit.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.coopkit.model.CountryCode;
import org.coopkit.model.Money;
import org.coopkit.model.event.EventStatus;
import org.coopkit.model.event.EventType;
import org.coopkit.model.internal.FieldNames;
import org.coopkit.model.internal.Validator;
import org.coopkit.model.project.ComponentId;
import org.jspecify.annotations.Nullable;

/**
 * What a project, several projects or a whole framework did: events by year, type, status and
 * component, participants in total and by country, countries reached, key messages adopted.
 *
 * <p>{@link #total()} counts each event once, joint events included. {@link
 * #participantsByCountry()} adds the per-country counts that events recorded; it need not add up to
 * the total, because events often know their total but not every country's share.
 *
 * <p>Made by coopkit's report service; {@link #builder()} serves it and a host's test doubles.
 *
 * @since 0.1.0
 */
public final class ProjectDashboard {
  /** The names of the values, in the order of {@link #values()}. */
  private static final FieldNames VALUES =
      new FieldNames(
          "ProjectDashboard",
          "scope",
          "filter",
          "total",
          "byYear",
          "byType",
          "byStatus",
          "byComponent",
          "eventsHeldByCountry",
          "participantsByCountry",
          "countriesReached",
          "yearNotKnown",
          "bySeries",
          "fundingTotals");

  private final ReportScope scope;
  private final ReportFilter filter;
  private final EventTally total;
  private final SortedMap<Integer, EventTally> byYear;
  private final Map<EventType, EventTally> byType;
  private final Map<EventStatus, EventTally> byStatus;
  private final Map<ComponentId, EventTally> byComponent;
  private final SortedMap<CountryCode, EventTally> eventsHeldByCountry;
  private final SortedMap<CountryCode, Tally> participantsByCountry;
  private final SortedSet<CountryCode> countriesReached;
  private final EventTally yearNotKnown;
  private final SortedMap<String, EventTally> bySeries;
  private final Map<Currency, Money> fundingTotals;

  private ProjectDashboard(Builder b) {
    this.scope = requireNonNull(b.scope);
    this.filter = requireNonNull(b.filter);
    this.total = b.total;
    this.byYear = ImmutableSortedMap.copyOf(b.byYear);
    this.byType = ImmutableMap.copyOf(b.byType);
    this.byStatus = ImmutableMap.copyOf(b.byStatus);
    this.byComponent = ImmutableMap.copyOf(b.byComponent);
    this.eventsHeldByCountry = ImmutableSortedMap.copyOf(b.eventsHeldByCountry);
    this.participantsByCountry = ImmutableSortedMap.copyOf(b.participantsByCountry);
    this.countriesReached = ImmutableSortedSet.copyOf(b.countriesReached);
    this.yearNotKnown = b.yearNotKnown;
    this.bySeries = ImmutableSortedMap.copyOf(b.bySeries);
    this.fundingTotals = ImmutableMap.copyOf(b.fundingTotals);
  }

  /**
   * The values {@link #equals}, {@link #hashCode} and {@link #toString} read; add a new one here.
   */
  private Object[] values() {
    return new Object[] {
      scope,
      filter,
      total,
      byYear,
      byType,
      byStatus,
      byComponent,
      eventsHeldByCountry,
      participantsByCountry,
      countriesReached,
      yearNotKnown,
      bySeries,
      fundingTotals
    };
  }

  /**
   * Whose events.
   *
   * @return the scope the dashboard was asked for
   */
  public ReportScope scope() {
    return scope;
  }

  /**
   * Which of their events.
   *
   * @return the filter the dashboard was asked for
   */
  public ReportFilter filter() {
    return filter;
  }

  /**
   * All events in scope: count, participants, adopted key messages.
   *
   * @return all events in scope, each counted once
   */
  public EventTally total() {
    return total;
  }

  /**
   * Events by the year they start in, ascending; events whose year is not known are not placed in
   * any year but counted in {@link #yearNotKnown()}.
   *
   * @return year to tally, unmodifiable
   */
  public SortedMap<Integer, EventTally> byYear() {
    return byYear;
  }

  /**
   * Events whose year is not known: dates "on or before" a day, or not known at all. With {@link
   * #byYear()} they add up to the events in scope.
   *
   * @return the tally of events without a known year, {@link EventTally#NONE} if there are none
   * @since 0.2.0
   */
  public EventTally yearNotKnown() {
    return yearNotKnown;
  }

  /**
   * Events by series, a roll-up per series code: its editions in scope and their participants.
   * Events of no series are left out.
   *
   * @return series code to tally, in code order, unmodifiable
   * @since 0.2.0
   */
  public SortedMap<String, EventTally> bySeries() {
    return bySeries;
  }

  /**
   * Events by type, in the order of {@link EventType}.
   *
   * @return type to tally, unmodifiable
   */
  public Map<EventType, EventTally> byType() {
    return byType;
  }

  /**
   * Events by status, in the order of {@link EventStatus}.
   *
   * @return status to tally, unmodifiable
   */
  public Map<EventStatus, EventTally> byStatus() {
    return byStatus;
  }

  /**
   * Events by component served; an event serving two counts in both.
   *
   * @return component to tally, unmodifiable
   */
  public Map<ComponentId, EventTally> byComponent() {
    return byComponent;
  }

  /**
   * Events by the venue's country, in code order; events without one are left out.
   *
   * @return country to tally, unmodifiable
   */
  public SortedMap<CountryCode, EventTally> eventsHeldByCountry() {
    return eventsHeldByCountry;
  }

  /**
   * Participants by the country they came from, in code order.
   *
   * @return country to participants, unmodifiable
   */
  public SortedMap<CountryCode, Tally> participantsByCountry() {
    return participantsByCountry;
  }

  /**
   * Every country events were held in or had participants from, in code order.
   *
   * @return the countries reached, unmodifiable
   */
  public SortedSet<CountryCode> countriesReached() {
    return countriesReached;
  }

  /**
   * The funding of the projects in scope, one total per currency in the order of the currency
   * codes: the sums of the projects' {@link org.coopkit.model.project.Project#fundingTotals()},
   * never added across currencies (convert with {@link org.coopkit.model.ExchangeRates#total}). The
   * {@linkplain #filter() filter} selects events, not money: these are the projects' totals.
   *
   * @return currency to total, unmodifiable; empty when no project in scope records an amount
   * @since 0.2.0
   */
  public Map<Currency, Money> fundingTotals() {
    return fundingTotals;
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
   * The dashboard as CSV for spreadsheets: columns {@code section, key, events}, the {@linkplain
   * org.coopkit.report participant columns}, {@code adopted_key_messages}; one row per figure.
   *
   * @return the CSV text, with a header row
   */
  public String toCsv() {
    Csv csv = new Csv(List.of("section", "key", "events"), "adopted_key_messages");
    csv.tally("total", "", total);
    byYear.forEach((year, t) -> csv.tally("year", year.toString(), t));
    if (yearNotKnown.events() > 0) {
      csv.tally("year", Tallies.YEAR_NOT_KNOWN, yearNotKnown);
    }
    bySeries.forEach((code, t) -> csv.tally("series", code, t));
    byType.forEach(
        (type, t) -> csv.tally("type", type.name().toLowerCase(java.util.Locale.ROOT), t));
    byStatus.forEach((s, t) -> csv.tally("status", s.name().toLowerCase(java.util.Locale.ROOT), t));
    byComponent.forEach((c, t) -> csv.tally("component", c.toString(), t));
    eventsHeldByCountry.forEach((c, t) -> csv.tally("venue_country", c.alpha2(), t));
    participantsByCountry.forEach(
        (c, t) -> csv.participantRow(t, List.of("participant_country", c.alpha2(), t.events())));
    return csv.toString();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ProjectDashboard o && Arrays.equals(values(), o.values());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values());
  }

  @Override
  public String toString() {
    Object[] values = values();
    // A currency's total names its currency: the totals alone say it all.
    values[values.length - 1] = fundingTotals.values();
    return VALUES.describe(values);
  }

  /**
   * Starts a dashboard; every figure empty and the total {@link EventTally#NONE} until set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this dashboard's values.
   *
   * @return a new builder; changing it leaves this dashboard untouched
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Builds a {@link ProjectDashboard}; reusable. Setters reject {@code null}; maps and sets are
   * copied, and the breakdowns by type, status and component keep the order they are given in.
   */
  public static final class Builder {
    private @Nullable ReportScope scope;
    private @Nullable ReportFilter filter;
    private EventTally total = EventTally.NONE;
    private final Map<Integer, EventTally> byYear = new TreeMap<>();
    private final Map<EventType, EventTally> byType = new LinkedHashMap<>();
    private final Map<EventStatus, EventTally> byStatus = new LinkedHashMap<>();
    private final Map<ComponentId, EventTally> byComponent = new LinkedHashMap<>();
    private final Map<CountryCode, EventTally> eventsHeldByCountry = new TreeMap<>();
    private final Map<CountryCode, Tally> participantsByCountry = new TreeMap<>();
    private final Set<CountryCode> countriesReached = new TreeSet<>();
    private EventTally yearNotKnown = EventTally.NONE;
    private final Map<String, EventTally> bySeries = new TreeMap<>();
    private final Map<Currency, Money> fundingTotals = new LinkedHashMap<>();

    private Builder() {}

    private Builder(ProjectDashboard d) {
      scope = d.scope;
      filter = d.filter;
      total = d.total;
      byYear.putAll(d.byYear);
      byType.putAll(d.byType);
      byStatus.putAll(d.byStatus);
      byComponent.putAll(d.byComponent);
      eventsHeldByCountry.putAll(d.eventsHeldByCountry);
      participantsByCountry.putAll(d.participantsByCountry);
      countriesReached.addAll(d.countriesReached);
      yearNotKnown = d.yearNotKnown;
      bySeries.putAll(d.bySeries);
      fundingTotals.putAll(d.fundingTotals);
    }

    /**
     * Sets {@link ProjectDashboard#fundingTotals()}, replacing any given before: one total per
     * currency, kept in the order of the currency codes.
     *
     * @param totals the totals, each in the currency it is keyed by
     * @return this builder
     * @throws NullPointerException if {@code totals} or a total is null
     * @throws IllegalArgumentException if a total is not in the currency it is keyed by
     * @since 0.2.0
     */
    public Builder fundingTotals(Map<Currency, Money> totals) {
      Validator.replaceAll(fundingTotals, totals, "fundingTotals");
      Map<Currency, Money> sorted = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
      sorted.putAll(fundingTotals);
      sorted.forEach(
          (currency, total) -> {
            if (!total.currency().equals(currency)) {
              throw new IllegalArgumentException(
                  "fundingTotals[" + currency + "] is in " + total.currency());
            }
          });
      fundingTotals.clear();
      fundingTotals.putAll(sorted);
      return this;
    }

    /**
     * Sets {@link ProjectDashboard#scope()}; required.
     *
     * @param scope whose events
     * @return this builder
     * @throws NullPointerException if {@code scope} is null
     */
    public Builder scope(ReportScope scope) {
      this.scope = requireNonNull(scope, "scope");
      return this;
    }

    /**
     * Sets {@link ProjectDashboard#filter()}; required.
     *
     * @param filter which of their events
     * @return this builder
     * @throws NullPointerException if {@code filter} is null
     */
    public Builder filter(ReportFilter filter) {
      this.filter = requireNonNull(filter, "filter");
      return this;
    }

    /**
     * Sets {@link ProjectDashboard#total()}.
     *
     * @param total all events in scope, each counted once
     * @return this builder
     * @throws NullPointerException if {@code total} is null
     */
    public Builder total(EventTally total) {
      this.total = requireNonNull(total, "total");
      return this;
    }

    /**
     * Sets {@link ProjectDashboard#byYear()}, replacing any given before.
     *
     * @param byYear year to tally
     * @return this builder
     * @throws NullPointerException if the map, a year or a tally is null
     */
    public Builder byYear(Map<Integer, EventTally> byYear) {
      Validator.replaceAll(this.byYear, byYear, "byYear");
      return this;
    }

    /**
     * Sets {@link ProjectDashboard#byType()}, replacing any given before.
     *
     * @param byType type to tally, in the order to keep
     * @return this builder
     * @throws NullPointerException if the map, a type or a tally is null
     */
    public Builder byType(Map<EventType, EventTally> byType) {
      Validator.replaceAll(this.byType, byType, "byType");
      return this;
    }

    /**
     * Sets {@link ProjectDashboard#byStatus()}, replacing any given before.
     *
     * @param byStatus status to tally, in the order to keep
     * @return this builder
     * @throws NullPointerException if the map, a status or a tally is null
     */
    public Builder byStatus(Map<EventStatus, EventTally> byStatus) {
      Validator.replaceAll(this.byStatus, byStatus, "byStatus");
      return this;
    }

    /**
     * Sets {@link ProjectDashboard#byComponent()}, replacing any given before.
     *
     * @param byComponent component to tally, in the order to keep
     * @return this builder
     * @throws NullPointerException if the map, a component or a tally is null
     */
    public Builder byComponent(Map<ComponentId, EventTally> byComponent) {
      Validator.replaceAll(this.byComponent, byComponent, "byComponent");
      return this;
    }

    /**
     * Sets {@link ProjectDashboard#eventsHeldByCountry()}, replacing any given before.
     *
     * @param eventsHeldByCountry country to tally
     * @return this builder
     * @throws NullPointerException if the map, a country or a tally is null
     */
    public Builder eventsHeldByCountry(Map<CountryCode, EventTally> eventsHeldByCountry) {
      Validator.replaceAll(this.eventsHeldByCountry, eventsHeldByCountry, "eventsHeldByCountry");
      return this;
    }

    /**
     * Sets {@link ProjectDashboard#participantsByCountry()}, replacing any given before.
     *
     * @param participantsByCountry country to participants
     * @return this builder
     * @throws NullPointerException if the map, a country or a tally is null
     */
    public Builder participantsByCountry(Map<CountryCode, Tally> participantsByCountry) {
      Validator.replaceAll(
          this.participantsByCountry, participantsByCountry, "participantsByCountry");
      return this;
    }

    /**
     * Sets {@link ProjectDashboard#countriesReached()}, replacing any given before.
     *
     * @param countriesReached every country events were held in or had participants from
     * @return this builder
     * @throws NullPointerException if the set or a country is null
     */
    public Builder countriesReached(Set<CountryCode> countriesReached) {
      Validator.replaceAll(this.countriesReached, countriesReached, "countriesReached");
      return this;
    }

    /**
     * Sets {@link ProjectDashboard#yearNotKnown()}.
     *
     * @param yearNotKnown those events' tally
     * @return this builder
     * @throws NullPointerException if {@code yearNotKnown} is null
     * @since 0.2.0
     */
    public Builder yearNotKnown(EventTally yearNotKnown) {
      this.yearNotKnown = requireNonNull(yearNotKnown, "yearNotKnown");
      return this;
    }

    /**
     * Sets {@link ProjectDashboard#bySeries()}, replacing any given before.
     *
     * @param bySeries series code to tally
     * @return this builder
     * @throws NullPointerException if the map, a code or a tally is null
     * @since 0.2.0
     */
    public Builder bySeries(Map<String, EventTally> bySeries) {
      Validator.replaceAll(this.bySeries, bySeries, "bySeries");
      return this;
    }

    /**
     * Builds the dashboard.
     *
     * @return a new dashboard
     * @throws org.coopkit.error.ValidationException if the scope or the filter is missing
     */
    public ProjectDashboard build() {
      Validator v = Validator.of("ProjectDashboard");
      v.required(scope, "scope");
      v.required(filter, "filter");
      v.throwIfInvalid();
      return new ProjectDashboard(this);
    }
  }
}
