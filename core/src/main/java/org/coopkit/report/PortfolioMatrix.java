package org.coopkit.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import org.coopkit.model.CountryCode;

/**
 * Countries by years: for each participating country and year, the events its people attended and
 * how many of them took part. Ready for a chart or a pivot table.
 *
 * <p>An event with participants from three countries appears in three cells; {@code byYear} counts
 * it once, so the columns are not to be summed for a total.
 *
 * @param scope whose events
 * @param filter which of their events
 * @param cells country, then year, to events and participants from that country
 * @param byYear each year's events, each counted once, with their total participants
 * @since 0.1.0
 */
public record PortfolioMatrix(
    ReportScope scope,
    ReportFilter filter,
    SortedMap<CountryCode, SortedMap<Integer, EventTally>> cells,
    SortedMap<Integer, EventTally> byYear) {

  /**
   * Copies the maps into immutable sorted ones.
   *
   * @param scope whose events
   * @param filter which of their events
   * @param cells country, then year, to events and participants from that country
   * @param byYear each year's events, each counted once, with their total participants
   * @throws NullPointerException if a component is null
   */
  public PortfolioMatrix {
    requireNonNull(scope, "scope");
    requireNonNull(filter, "filter");
    ImmutableSortedMap.Builder<CountryCode, SortedMap<Integer, EventTally>> copy =
        ImmutableSortedMap.naturalOrder();
    cells.forEach((c, row) -> copy.put(c, ImmutableSortedMap.copyOfSorted(row)));
    cells = copy.build();
    byYear = ImmutableSortedMap.copyOfSorted(byYear);
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
   * As CSV, one row per non-empty cell: {@code country, year, events, participants, accuracy}.
   *
   * @return the CSV text, with a header row
   */
  public String toCsv() {
    Csv csv = new Csv("country", "year", "events", "participants", "accuracy");
    cells.forEach(
        (country, row) ->
            row.forEach(
                (year, t) ->
                    csv.row(
                        country.alpha2(),
                        year,
                        t.events(),
                        t.participants().value(),
                        t.participants().accuracy().name().toLowerCase(java.util.Locale.ROOT))));
    return csv.toString();
  }
}
