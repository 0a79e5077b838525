package org.coopkit.spi;

import java.util.Optional;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectId;
import org.coopkit.query.ProjectQuery;

/**
 * Stores projects with their components. A project's code is unique in the store.
 *
 * @since 0.1.0
 */
public interface ProjectStore extends AggregateStore<ProjectId, Project, ProjectQuery> {
  /**
   * The project with this code (already in canonical lower case), if stored.
   *
   * @param code the project code, already trimmed and in lower case
   * @return the project with this code, or empty if none has it
   */
  Optional<Project> getByCode(String code);
}
