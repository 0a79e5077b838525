package org.coopkit.model.project;

import static java.util.Objects.requireNonNull;

/**
 * A link from a project to another project.
 *
 * @param project the other project, which must exist when this one is stored
 * @param type what the other project is to this one
 * @since 0.1.0
 */
public record ProjectRelation(ProjectId project, RelationType type) {
  /**
   * Checks that both components are present.
   *
   * @param project the other project
   * @param type what the other project is to this one
   * @throws NullPointerException if either is null
   */
  public ProjectRelation {
    requireNonNull(project, "project");
    requireNonNull(type, "type");
  }

  /**
   * A relation of the given type.
   *
   * @param project the other project, which must exist when this one is stored
   * @param type what the other project is to this one
   * @return the relation
   */
  public static ProjectRelation of(ProjectId project, RelationType type) {
    return new ProjectRelation(project, type);
  }
}
