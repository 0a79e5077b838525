package org.coopkit.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.coopkit.Coopkit;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectId;
import org.coopkit.report.ReportScope;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** Which projects a report covers. */
final class ScopeOptions {
  @Option(
      names = "--project",
      paramLabel = "CODE",
      description = "Only this project (repeat for several). Default: every project.")
  List<String> projects = new ArrayList<>();

  @Option(
      names = "--framework",
      paramLabel = "CODE",
      description = "Only the projects of this framework or programme.")
  @Nullable String framework;

  /**
   * The scope: the projects named (each must exist), the framework, or everything.
   *
   * @throws CommandFailure with {@link ExitCode#NOT_FOUND} if a project code is unknown
   */
  ReportScope scope(Coopkit coopkit) {
    Set<ProjectId> ids = new LinkedHashSet<>();
    for (String code : projects) {
      Project project = ProjectCodes.require(coopkit, code);
      ids.add(project.id());
    }
    return ReportScope.builder().projects(ids).framework(framework).build();
  }

  /** Says in words which projects the report covers, for its heading. */
  String describe() {
    if (!projects.isEmpty()) {
      return String.join(", ", projects);
    }
    return framework == null ? "all projects" : "framework " + framework;
  }
}
