package org.coopkit.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.coopkit.model.internal.Validator;
import org.coopkit.model.project.ProjectId;
import org.jspecify.annotations.Nullable;

/**
 * Whose events a report covers: some projects, the projects of a cooperation framework, or all.
 *
 * <p>Made by {@link #project}, {@link #projects}, {@link #framework} or {@link #EVERYTHING}, or by
 * {@link #builder()}.
 *
 * @since 0.1.0
 */
public final class ReportScope {
  /** Every event in the store. */
  public static final ReportScope EVERYTHING = new ReportScope(Set.of(), null);

  private final Set<ProjectId> projects;
  private final @Nullable String framework;

  private ReportScope(Set<ProjectId> projects, @Nullable String framework) {
    projects = ImmutableSet.copyOf(projects);
    Validator v = Validator.of("ReportScope");
    v.check(
        projects.isEmpty() || framework == null,
        "framework",
        "must not be given with projects (a scope names projects or a framework, not both)",
        framework);
    v.throwIfInvalid();
    this.projects = projects;
    this.framework = framework;
  }

  /**
   * One project's events.
   *
   * @param project the project
   * @return a scope of that project's events
   */
  public static ReportScope project(ProjectId project) {
    return builder().addProject(project).build();
  }

  /**
   * The events of any of these projects, each counted once.
   *
   * @param projects the projects, at least one
   * @return a scope of their events
   * @throws org.coopkit.error.ValidationException if {@code projects} is empty
   */
  public static ReportScope projects(Collection<ProjectId> projects) {
    Validator v = Validator.of("ReportScope");
    v.check(
        !projects.isEmpty(),
        "projects",
        "must name at least one project (EVERYTHING covers all)",
        projects);
    v.throwIfInvalid();
    return builder().projects(projects).build();
  }

  /**
   * The events of all projects of the framework with this code: of each project that has it among
   * its {@linkplain org.coopkit.model.project.Project#frameworks() frameworks}, primary or not.
   *
   * @param frameworkCode the framework's code, in any case
   * @return a scope of the events of the framework's projects
   */
  public static ReportScope framework(String frameworkCode) {
    return builder().framework(frameworkCode).build();
  }

  private static String frameworkCode(String code) {
    return org.coopkit.model.project.Project.canonicalCode(code);
  }

  /**
   * The projects whose events are covered, when the scope names them; empty otherwise.
   *
   * @return the projects, unmodifiable
   */
  public Set<ProjectId> projects() {
    return projects;
  }

  /**
   * The code of the framework whose projects' events are covered, in lower case, when the scope is
   * a framework.
   *
   * @return the framework's code, or {@code null}
   */
  public @Nullable String framework() {
    return framework;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ReportScope o
        && projects.equals(o.projects)
        && Objects.equals(framework, o.framework);
  }

  @Override
  public int hashCode() {
    return Objects.hash(projects, framework);
  }

  @Override
  public String toString() {
    return "ReportScope[projects=" + projects + ", framework=" + framework + "]";
  }

  /**
   * Starts a scope; unset, it covers every event, as {@link #EVERYTHING}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this scope's values.
   *
   * @return a new builder; changing it leaves this scope untouched
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds a {@link ReportScope}; reusable. Setters reject {@code null} for sets. */
  public static final class Builder {
    private final Set<ProjectId> projects = new LinkedHashSet<>();
    private @Nullable String framework;

    private Builder() {}

    private Builder(ReportScope s) {
      projects.addAll(s.projects);
      framework = s.framework;
    }

    /**
     * Sets the projects whose events are covered, replacing any given before.
     *
     * @param projects the projects; none for no limit by project
     * @return this builder
     * @throws NullPointerException if {@code projects} or one of them is null
     */
    public Builder projects(Collection<ProjectId> projects) {
      Validator.replaceAll(this.projects, projects, "projects");
      return this;
    }

    /**
     * Adds a project whose events are covered.
     *
     * @param project a project
     * @return this builder
     * @throws NullPointerException if {@code project} is null
     */
    public Builder addProject(ProjectId project) {
      projects.add(requireNonNull(project, "project"));
      return this;
    }

    /**
     * Sets the framework whose projects' events are covered.
     *
     * @param frameworkCode the framework's code, in any case; {@code null} for none
     * @return this builder
     */
    public Builder framework(@Nullable String frameworkCode) {
      this.framework = frameworkCode == null ? null : frameworkCode(frameworkCode);
      return this;
    }

    /**
     * Builds the scope.
     *
     * @return a new scope
     * @throws org.coopkit.error.ValidationException if both projects and a framework are given
     */
    public ReportScope build() {
      return new ReportScope(projects, framework);
    }
  }
}
