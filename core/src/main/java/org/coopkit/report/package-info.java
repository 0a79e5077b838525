/**
 * Reports for programme offices and donors: project dashboards, country profiles and the
 * countries-by-years portfolio matrix, with honest totals ({@link org.coopkit.report.Tally}).
 *
 * <p>Reports are computed where the data lives: an adapter aggregates events by the {@link
 * org.coopkit.report.Dimension dimensions} asked for ({@code GROUP BY} in SQL, indexes in memory),
 * and coopkit turns the aggregates into these immutable values. An event held jointly by several
 * projects counts once in every total; it appears under each of its projects only in a breakdown by
 * project.
 *
 * @since 0.1.0
 */
@NullMarked
package org.coopkit.report;

import org.jspecify.annotations.NullMarked;
