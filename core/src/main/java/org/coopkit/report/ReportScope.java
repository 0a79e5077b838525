package org.coopkit.report;

import com.google.common.collect.ImmutableSet;
import java.util.Collection;
import java.util.Set;
import org.coopkit.model.project.ProjectId;
import org.jspecify.annotations.Nullable;

/**
 * Whose events a report covers: some projects, the projects of a cooperation framework, or all.
 *
 * @param projects the projects, when the scope names them
 * @param framework the framework's code, when the scope is a framework
 * @since 0.1.0
 */
public record ReportScope(Set<ProjectId> projects, @Nullable String framework) {
  /** Every event in the store. */
  public static final ReportScope EVERYTHING = new ReportScope(Set.of(), null);

  /**
   * Copies the projects into an immutable set.
   *
   * @param projects the projects, when the scope names them
   * @param framework the framework's code, when the scope is a framework
   * @throws IllegalArgumentException if both projects and a framework are given
   */
  public ReportScope {
    projects = ImmutableSet.copyOf(projects);
    if (!projects.isEmpty() && framework != null) {
      throw new IllegalArgumentException("a report scope names projects or a framework, not both");
    }
  }

  /**
   * One project's events.
   *
   * @param project the project
   * @return a scope of that project's events
   */
  public static ReportScope project(ProjectId project) {
    return new ReportScope(Set.of(project), null);
  }

  /**
   * The events of any of these projects, each counted once.
   *
   * @param projects the projects, at least one
   * @return a scope of their events
   * @throws IllegalArgumentException if {@code projects} is empty
   */
  public static ReportScope projects(Collection<ProjectId> projects) {
    if (projects.isEmpty()) {
      throw new IllegalArgumentException("name at least one project, or use EVERYTHING");
    }
    return new ReportScope(ImmutableSet.copyOf(projects), null);
  }

  /**
   * The events of all projects of the framework with this code.
   *
   * @param frameworkCode the framework's code, in any case
   * @return a scope of the events of the framework's projects
   */
  public static ReportScope framework(String frameworkCode) {
    return new ReportScope(Set.of(), frameworkCode.strip().toLowerCase(java.util.Locale.ROOT));
  }
}
