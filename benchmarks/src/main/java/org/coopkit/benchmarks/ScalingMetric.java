package org.coopkit.benchmarks;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A figure {@link ScalingHarness} measures at every size, with the growth its cost should have.
 * Rates (events per second) are turned into a cost per event before their growth is judged, so that
 * a growing cost always means a slower store.
 */
enum ScalingMetric {
  LOAD_EVENTS("load", "events/s", true, Growth.CONSTANT, "per-event cost of the bulk insert"),
  LOAD_ROWS("load rows", "rows/s", true, null, "the same load counted in table rows"),
  FIRST_PAGE_P50("1st page p50", "us", false, Growth.CONSTANT, "keyset index: country and day"),
  FIRST_PAGE_P99("1st page p99", "us", false, Growth.CONSTANT, "as the p50"),
  PAGE_50_P50("page 50 p50", "us", false, Growth.CONSTANT, "keyset cursor, not an offset"),
  PAGE_50_P99("page 50 p99", "us", false, Growth.CONSTANT, "as the p50"),
  DASHBOARD_PROJECT(
      "project dashboard",
      "ms",
      false,
      Growth.LINEAR,
      "counts the project's events: a fixed share"),
  DASHBOARD_ALL("dashboard, all", "ms", false, Growth.LINEAR, "counts every event"),
  PORTFOLIO_ALL("portfolio, all", "ms", false, Growth.LINEAR, "counts every event"),
  COUNTRY_PROFILE(
      "country profile", "ms", false, Growth.LINEAR, "counts the country's events: a fixed share"),
  EXPORT("JSON export", "events/s", true, Growth.CONSTANT, "per-event cost of the export"),
  BYTES_PER_EVENT("bytes/event", "B", false, Growth.CONSTANT, "heap or disk per stored event");

  private final String label;
  private final String unit;
  private final boolean rate;
  private final @Nullable Growth expected;
  private final String why;

  ScalingMetric(String label, String unit, boolean rate, @Nullable Growth expected, String why) {
    this.label = label;
    this.unit = unit;
    this.rate = rate;
    this.expected = expected;
    this.why = why;
  }

  /** The short name printed in tables, the chart and the CSV. */
  String label() {
    return label;
  }

  /** The unit of the figure as printed. */
  String unit() {
    return unit;
  }

  /** The key of the CSV: the name in lower case. */
  String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The growth the cost should not exceed as the store grows; {@code null} for a figure printed
   * only (another view of one that is judged).
   */
  @Nullable Growth expected() {
    return expected;
  }

  /** Why that growth is expected, in a few words. */
  String why() {
    return why;
  }

  /** The unit of {@link #cost}: what the chart plots. */
  String costUnit() {
    return rate ? "us/" + unit.substring(0, unit.length() - "s/s".length()) : unit;
  }

  /** The cost behind a figure: the figure, or for a rate the microseconds per event. */
  double cost(double figure) {
    return rate ? 1e6 / figure : figure;
  }
}
