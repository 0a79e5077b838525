package org.coopkit.spi;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.coopkit.model.Money;
import org.coopkit.model.project.Project;
import org.coopkit.query.Page;
import org.coopkit.query.Paging;
import org.coopkit.query.ProjectQuery;
import org.coopkit.report.Dimension;
import org.coopkit.report.EventScope;
import org.coopkit.report.RawTally;
import org.coopkit.report.ReportScope;
import org.coopkit.report.Tallies;

/**
 * Aggregates events for reports where the data lives: {@code GROUP BY} in a database, indexes in
 * memory. Never by handing every event to the caller.
 *
 * @since 0.1.0
 */
public interface ReportStore {
  /**
   * The events that {@link EventScope#matches} grouped by {@code dimension}, exactly as {@link
   * Tallies#tally} computes them from the events themselves; groups with no event are absent.
   *
   * @param scope which events to count
   * @param dimension what to group them by, e.g. country or event type
   * @return group key to aggregate, in any order
   */
  Map<String, RawTally> tally(EventScope scope, Dimension dimension);

  /**
   * The funding totals of the projects of {@code scope}, exactly as {@link Tallies#fundingTotals}
   * computes them from the projects themselves: one total per currency. Called by a dashboard in a
   * read-only transaction, after the service has checked that the projects a scope names exist; a
   * named project that is gone counts as one without funding.
   *
   * <p>The default reads the scope's projects through {@code projects} (by id, or page by page for
   * a framework or everything) and adds them up, which reads every project whole. An adapter that
   * can add up where the data lives, as both of coopkit's do, should override it and may leave
   * {@code projects} unused.
   *
   * @param scope whose projects to add up: those it names, those of its framework, or all
   * @param projects the project store of the same session
   * @return one total per currency, in any order; empty when no funding line in scope has an amount
   * @throws org.coopkit.error.ValidationException if a currency's sum has more whole digits than
   *     {@link Money} holds
   * @since 0.2.0
   */
  default Map<Currency, Money> fundingTotals(ReportScope scope, ProjectStore projects) {
    List<Project> inScope = new ArrayList<>();
    if (!scope.projects().isEmpty()) {
      scope.projects().forEach(id -> projects.get(id).ifPresent(inScope::add));
    } else {
      ProjectQuery.Builder query = ProjectQuery.builder().limit(Paging.MAX_LIMIT);
      String framework = scope.framework();
      if (framework != null) {
        query.framework(framework);
      }
      ProjectQuery page = query.build();
      while (true) {
        Page<Project> found = projects.find(page);
        inScope.addAll(found.items());
        String next = found.nextCursor();
        if (next == null) {
          break;
        }
        page = page.after(next);
      }
    }
    return Tallies.fundingTotals(inScope);
  }
}
