package org.coopkit.cli;

import org.coopkit.Coopkit;
import org.coopkit.model.project.Project;

/** The project a command line names by its code. */
final class ProjectCodes {
  private ProjectCodes() {}

  /**
   * The project with this code.
   *
   * @throws CommandFailure with {@link ExitCode#NOT_FOUND} if there is none
   */
  static Project require(Coopkit coopkit, String code) {
    return coopkit
        .projects()
        .findByCode(code)
        .orElseThrow(() -> new CommandFailure(ExitCode.NOT_FOUND, "no project with code " + code));
  }
}
