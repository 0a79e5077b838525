package org.coopkit.examples.boot;

import java.util.List;
import org.coopkit.model.project.Project;
import org.coopkit.query.ProjectQuery;
import org.coopkit.service.ProjectService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The application's own bean over coopkit's ProjectService, which the starter provides. */
@Service
public class ProjectDirectory {
  private final ProjectService projects;

  public ProjectDirectory(ProjectService projects) {
    this.projects = projects;
  }

  /** Up to 20 projects whose code, acronym or title match the text, by code. */
  @Transactional(readOnly = true) // coopkit's read joins this transaction
  public List<Project> matching(String text) {
    return projects.search(ProjectQuery.builder().text(text).limit(20).build()).items();
  }
}
