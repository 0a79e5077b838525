package org.coopkit.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import org.coopkit.model.CountryCode;
import org.coopkit.model.internal.FieldNames;
import org.coopkit.model.internal.Validator;
import org.jspecify.annotations.Nullable;

/**
 * Countries by years: for each participating country and year, the events its people attended and
 * how many of them took part. Ready for a chart or a pivot table.
 *
 * <p>An event with participants from three countries appears in three cells; {@link #byYear()}
 * counts it once, so the columns are not to be summed for a total.
 *
 * <p>Events whose year is not known (dates "on or before" a day, or none) are in no year's column:
 * {@link #yearNotKnown()} counts them per country, and {@link #yearNotKnownTotal()} once each.
 *
 * <p>Made by coopkit's report service; {@link #builder()} serves it and a host's test doubles.
 *
 * @since 0.1.0
 */
public final class PortfolioMatrix {
  /** The names of the values, in the order of {@link #values()}. */
  private static final FieldNames VALUES =
      new FieldNames(
          "PortfolioMatrix",
          "scope",
          "filter",
          "cells",
          "byYear",
          "yearNotKnown",
          "yearNotKnownTotal");

  private final ReportScope scope;
  private final ReportFilter filter;
  private final SortedMap<CountryCode, SortedMap<Integer, EventTally>> cells;
  private final SortedMap<Integer, EventTally> byYear;
  private final SortedMap<CountryCode, EventTally> yearNotKnown;
  private final EventTally yearNotKnownTotal;

  private PortfolioMatrix(Builder b) {
    this.scope = requireNonNull(b.scope);
    this.filter = requireNonNull(b.filter);
    ImmutableSortedMap.Builder<CountryCode, SortedMap<Integer, EventTally>> copy =
        ImmutableSortedMap.naturalOrder();
    b.cells.forEach((c, row) -> copy.put(c, ImmutableSortedMap.copyOf(row)));
    this.cells = copy.build();
    this.byYear = ImmutableSortedMap.copyOf(b.byYear);
    this.yearNotKnown = ImmutableSortedMap.copyOf(b.yearNotKnown);
    this.yearNotKnownTotal = b.yearNotKnownTotal;
  }

  /**
   * The values {@link #equals}, {@link #hashCode} and {@link #toString} read; add a new one here.
   */
  private Object[] values() {
    return new Object[] {scope, filter, cells, byYear, yearNotKnown, yearNotKnownTotal};
  }

  /**
   * Per country, the events with participants from it whose year is not known.
   *
   * @return country to tally, only non-empty ones, unmodifiable
   * @since 0.2.0
   */
  public SortedMap<CountryCode, EventTally> yearNotKnown() {
    return yearNotKnown;
  }

  /**
   * The events whose year is not known, each counted once, as {@link #byYear()} counts a year's.
   *
   * @return their tally, {@link EventTally#NONE} if there are none
   * @since 0.2.0
   */
  public EventTally yearNotKnownTotal() {
    return yearNotKnownTotal;
  }

  /**
   * Whose events.
   *
   * @return the scope the matrix was asked for
   */
  public ReportScope scope() {
    return scope;
  }

  /**
   * Which of their events.
   *
   * @return the filter the matrix was asked for
   */
  public ReportFilter filter() {
    return filter;
  }

  /**
   * Country, then year, to the events with participants from that country and how many of them
   * came; only non-empty cells are present.
   *
   * @return the cells, sorted by country then year, unmodifiable
   */
  public SortedMap<CountryCode, SortedMap<Integer, EventTally>> cells() {
    return cells;
  }

  /**
   * Each year's events, each counted once, with their total participants.
   *
   * @return year to tally, ascending, unmodifiable
   */
  public SortedMap<Integer, EventTally> byYear() {
    return byYear;
  }

  /**
   * The countries, in code order.
   *
   * @return the countries with at least one non-empty cell
   */
  public SortedSet<CountryCode> countries() {
    return ImmutableSortedSet.copyOf(cells.keySet());
  }

  /**
   * Every year with an event, ascending.
   *
   * @return the years, ascending
   */
  public SortedSet<Integer> years() {
    return ImmutableSortedSet.copyOf(byYear.keySet());
  }

  /**
   * One cell; {@link EventTally#NONE} where the country had nobody that year.
   *
   * @param country the country of the row
   * @param year the year of the column
   * @return the events that year with participants from the country, or {@link EventTally#NONE}
   */
  public EventTally cell(CountryCode country, int year) {
    Map<Integer, EventTally> row = cells.get(country);
    EventTally t = row == null ? null : row.get(year);
    return t == null ? EventTally.NONE : t;
  }

  /**
   * As CSV, one row per non-empty cell: {@code country, year, events} and the {@linkplain
   * org.coopkit.report participant columns}.
   *
   * @return the CSV text, with a header row
   */
  public String toCsv() {
    Csv csv = new Csv(List.of("country", "year", "events"));
    cells.forEach(
        (country, row) ->
            row.forEach(
                (year, t) ->
                    csv.participantRow(
                        t.participants(), List.of(country.alpha2(), year, t.events()))));
    yearNotKnown.forEach(
        (country, t) ->
            csv.participantRow(
                t.participants(), List.of(country.alpha2(), Tallies.YEAR_NOT_KNOWN, t.events())));
    return csv.toString();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof PortfolioMatrix o && Arrays.equals(values(), o.values());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values());
  }

  @Override
  public String toString() {
    return VALUES.describe(values());
  }

  /**
   * Starts a matrix; no cells and no years until set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this matrix's values.
   *
   * @return a new builder; changing it leaves this matrix untouched
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds a {@link PortfolioMatrix}; reusable. Setters reject {@code null}; maps are copied. */
  public static final class Builder {
    private @Nullable ReportScope scope;
    private @Nullable ReportFilter filter;
    private final Map<CountryCode, Map<Integer, EventTally>> cells = new TreeMap<>();
    private final Map<Integer, EventTally> byYear = new TreeMap<>();
    private final Map<CountryCode, EventTally> yearNotKnown = new TreeMap<>();
    private EventTally yearNotKnownTotal = EventTally.NONE;

    private Builder() {}

    private Builder(PortfolioMatrix m) {
      scope = m.scope;
      filter = m.filter;
      m.cells.forEach((c, row) -> cells.put(c, new TreeMap<>(row)));
      byYear.putAll(m.byYear);
      yearNotKnown.putAll(m.yearNotKnown);
      yearNotKnownTotal = m.yearNotKnownTotal;
    }

    /**
     * Sets {@link PortfolioMatrix#scope()}; required.
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
     * Sets {@link PortfolioMatrix#filter()}; required.
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
     * Sets {@link PortfolioMatrix#cells()}, replacing any given before.
     *
     * @param cells country, then year, to events and participants from that country
     * @return this builder
     * @throws NullPointerException if a map, a country, a year or a tally is null
     */
    public Builder cells(Map<CountryCode, ? extends Map<Integer, EventTally>> cells) {
      Map<CountryCode, Map<Integer, EventTally>> copy = new TreeMap<>();
      Validator.replaceAll(copy, cells, "cells");
      this.cells.clear();
      copy.forEach(
          (country, row) -> {
            Map<Integer, EventTally> r = new TreeMap<>();
            Validator.replaceAll(r, row, "cells[" + country + "]");
            this.cells.put(country, r);
          });
      return this;
    }

    /**
     * Sets one cell, replacing one given before.
     *
     * @param country the country of the row
     * @param year the year of the column
     * @param tally the events that year with participants from the country
     * @return this builder
     * @throws NullPointerException if {@code country} or {@code tally} is null
     */
    public Builder cell(CountryCode country, int year, EventTally tally) {
      requireNonNull(country, "country");
      requireNonNull(tally, "tally");
      cells.computeIfAbsent(country, c -> new TreeMap<>()).put(year, tally);
      return this;
    }

    /**
     * Sets {@link PortfolioMatrix#byYear()}, replacing any given before.
     *
     * @param byYear each year's events, each counted once, with their total participants
     * @return this builder
     * @throws NullPointerException if the map, a year or a tally is null
     */
    public Builder byYear(Map<Integer, EventTally> byYear) {
      Validator.replaceAll(this.byYear, byYear, "byYear");
      return this;
    }

    /**
     * Sets, per country, the events whose year is not known, replacing any given before.
     *
     * @param yearNotKnown country to tally
     * @return this builder
     * @throws NullPointerException if the map, a country or a tally is null
     * @since 0.2.0
     */
    public Builder yearNotKnown(Map<CountryCode, EventTally> yearNotKnown) {
      Validator.replaceAll(this.yearNotKnown, yearNotKnown, "yearNotKnown");
      return this;
    }

    /**
     * Sets {@link PortfolioMatrix#yearNotKnownTotal()}, each once.
     *
     * @param yearNotKnownTotal their tally
     * @return this builder
     * @throws NullPointerException if {@code yearNotKnownTotal} is null
     * @since 0.2.0
     */
    public Builder yearNotKnownTotal(EventTally yearNotKnownTotal) {
      this.yearNotKnownTotal = requireNonNull(yearNotKnownTotal, "yearNotKnownTotal");
      return this;
    }

    /**
     * Builds the matrix.
     *
     * @return a new matrix
     * @throws org.coopkit.error.ValidationException if the scope or the filter is missing
     */
    public PortfolioMatrix build() {
      Validator v = Validator.of("PortfolioMatrix");
      v.required(scope, "scope");
      v.required(filter, "filter");
      v.throwIfInvalid();
      return new PortfolioMatrix(this);
    }
  }
}
