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
 * <h2>CSV</h2>
 *
 * Every report has a {@code toCsv()} for spreadsheets (RFC 4180, CRLF line ends). Wherever a report
 * gives a number of participants, its CSV has the same <em>participant columns</em>, so that the
 * whole make-up of the {@link org.coopkit.report.Tally} travels with it:
 *
 * <ul>
 *   <li>{@code participants}: the range in words ({@link org.coopkit.report.Tally#range()});
 *   <li>{@code participants_min}, {@code participants_max}: the bounds, the upper one empty when
 *       the figures set none;
 *   <li>{@code estimated}: {@code true} when the bounds hold "about" figures;
 *   <li>{@code events_exact}, {@code events_more_than}, {@code events_up_to}, {@code
 *       events_approximately}: how many events gave a figure of each kind;
 *   <li>{@code events_planned_only}, {@code events_without_count}: how many gave only a planned
 *       figure, or none;
 *   <li>{@code planned_participants}: the planned figures' sum, never part of the bounds.
 * </ul>
 *
 * @since 0.1.0
 */
@NullMarked
package org.coopkit.report;

import org.jspecify.annotations.NullMarked;
