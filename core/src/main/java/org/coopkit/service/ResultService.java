package org.coopkit.service;

import java.time.LocalDate;
import java.util.Optional;
import org.coopkit.model.project.ProjectId;
import org.coopkit.model.result.Actual;
import org.coopkit.model.result.IndicatorId;
import org.coopkit.model.result.Logframe;
import org.coopkit.query.LogframeQuery;
import org.coopkit.query.Page;
import org.coopkit.report.ProgressReport;

/**
 * Results: each project's logframe of objectives, outcomes and outputs, their indicators with
 * baselines, targets and actual values, and the progress they show.
 *
 * <pre>{@code
 * Logframe logframe = coopkit.results().define(Logframe.builder().project(project.id())
 *     .addResult(outcome).addResult(output).build());
 * coopkit.results().recordActual(project.id(), indicatorId, Actual.of(Period.ofYear(2024),
 *     Breakdown.of(CountryCode.of("PH")), new BigDecimal("120")));
 * ProgressReport progress = coopkit.results().progress(project.id(), LocalDate.of(2024, 12, 31));
 * }</pre>
 *
 * @since 0.2.0
 */
public interface ResultService {
  /**
   * Stores the logframe of a project that has none yet, with version 1 and timestamps from the
   * clock.
   *
   * @param logframe the new logframe; its version and timestamps are ignored
   * @return the logframe as stored
   * @throws org.coopkit.error.DuplicateException if the project has a logframe already
   * @throws org.coopkit.error.BrokenReferenceException if the project or a linked event does not
   *     exist, or a result names a component that is not the project's
   */
  Logframe define(Logframe logframe);

  /**
   * Stores {@code logframe} as it was exported from a coopkit store, keeping its version and
   * timestamps (coopkit-json's import); one never stored (version 0) is stamped as {@link #define}
   * stamps it. Every rule of {@link #define} applies.
   *
   * @param logframe the logframe as exported
   * @return the logframe as stored
   * @throws org.coopkit.error.DuplicateException if the project has a logframe already
   * @throws org.coopkit.error.BrokenReferenceException if a reference is broken
   */
  Logframe restore(Logframe logframe);

  /**
   * The logframe of this project, if it has one.
   *
   * @param project the project's id
   * @return the logframe, or empty if it has none
   */
  Optional<Logframe> find(ProjectId project);

  /**
   * The logframe of this project.
   *
   * @param project the project's id
   * @return the logframe
   * @throws org.coopkit.error.NotFoundException if it has none
   */
  Logframe get(ProjectId project);

  /**
   * Replaces a logframe, if its version is the stored one; raises the version.
   *
   * @param logframe the new state, with the version read
   * @return the logframe as stored
   * @throws org.coopkit.error.NotFoundException if the project has no logframe
   * @throws org.coopkit.error.ConflictException if the version is not the stored one
   * @throws org.coopkit.error.BrokenReferenceException if a reference is broken
   */
  Logframe update(Logframe logframe);

  /**
   * Records an actual value of an indicator whose values are typed in, replacing the one of the
   * same period and breakdown if there is one; raises the logframe's version.
   *
   * @param project the project's id
   * @param indicator the indicator's id
   * @param actual the value, with its sources and note
   * @return the logframe as stored
   * @throws org.coopkit.error.NotFoundException if the project has no logframe or it has no such
   *     indicator
   * @throws org.coopkit.error.ValidationException if the value does not fit the indicator, or the
   *     indicator is computed from events
   */
  Logframe recordActual(ProjectId project, IndicatorId indicator, Actual actual);

  /**
   * Removes a project's logframe, if its version is the stored one.
   *
   * @param project the project's id
   * @param expectedVersion the version read
   * @throws org.coopkit.error.NotFoundException if the project has no logframe
   * @throws org.coopkit.error.ConflictException if the version is not the stored one
   */
  void delete(ProjectId project, long expectedVersion);

  /**
   * One page of logframes, in the order of their projects' ids.
   *
   * @param query the filter and page
   * @return the page
   */
  Page<Logframe> search(LogframeQuery query);

  /**
   * How far the project's results have come on {@code asOf}, by the rule of {@link ProgressReport};
   * counts from events are taken from the events stored now.
   *
   * @param project the project's id
   * @param asOf the day of the report
   * @return the report
   * @throws org.coopkit.error.NotFoundException if the project has no logframe
   */
  ProgressReport progress(ProjectId project, LocalDate asOf);

  /**
   * How far the project's results have come today (UTC, by the clock).
   *
   * @param project the project's id
   * @return the report
   * @throws org.coopkit.error.NotFoundException if the project has no logframe
   */
  ProgressReport progress(ProjectId project);
}
