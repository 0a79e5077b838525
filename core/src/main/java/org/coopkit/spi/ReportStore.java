package org.coopkit.spi;

import java.util.Map;
import org.coopkit.report.Dimension;
import org.coopkit.report.EventScope;
import org.coopkit.report.RawTally;

/**
 * Aggregates events for reports where the data lives: {@code GROUP BY} in a database, indexes in
 * memory. Never by handing every event to the caller.
 *
 * @since 0.1.0
 */
public interface ReportStore {
  /**
   * The events that {@link EventScope#matches} grouped by {@code dimension}, exactly as {@link
   * org.coopkit.report.Tallies#tally} computes them from the events themselves; groups with no
   * event are absent.
   *
   * @param scope which events to count
   * @param dimension what to group them by, e.g. country or event type
   * @return group key to aggregate, in any order
   */
  Map<String, RawTally> tally(EventScope scope, Dimension dimension);
}
