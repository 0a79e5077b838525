package org.coopkit.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.coopkit.Coopkit;
import org.coopkit.model.project.Component;
import org.coopkit.model.project.ComponentId;
import org.coopkit.model.project.Project;
import org.coopkit.query.Page;
import org.coopkit.query.ProjectQuery;
import org.coopkit.report.ReportScope;

/** Names a dashboard's components: the project's code and the component's code or title. */
final class ComponentNames {
  private final Map<ComponentId, String> names = new HashMap<>();

  /**
   * Names the {@code wanted} components, reading only the projects of {@code scope}: nothing when
   * none is wanted, the scope's projects when it names them, else its framework's or every project,
   * page by page.
   */
  static ComponentNames of(Coopkit coopkit, ReportScope scope, Set<ComponentId> wanted) {
    ComponentNames result = new ComponentNames();
    if (wanted.isEmpty()) {
      return result;
    }
    if (!scope.projects().isEmpty()) {
      scope.projects().forEach(id -> coopkit.projects().find(id).ifPresent(result::add));
      return result;
    }
    ProjectQuery.Builder query = ProjectQuery.builder().limit(100);
    if (scope.framework() != null) {
      query.framework(scope.framework());
    }
    String cursor = null;
    do {
      Page<Project> page = coopkit.projects().search(query.after(cursor).build());
      page.items().forEach(result::add);
      cursor = page.nextCursor();
    } while (cursor != null);
    return result;
  }

  private void add(Project project) {
    for (Component c : project.components()) {
      names.put(
          c.id(), project.code() + " " + (c.code() == null ? c.title().english() : "#" + c.code()));
    }
  }

  String name(ComponentId id) {
    return names.getOrDefault(id, id.toString());
  }
}
