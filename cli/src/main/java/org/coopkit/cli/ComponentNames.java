package org.coopkit.cli;

import java.util.HashMap;
import java.util.Map;
import org.coopkit.Coopkit;
import org.coopkit.model.project.Component;
import org.coopkit.model.project.ComponentId;
import org.coopkit.model.project.Project;
import org.coopkit.query.Page;
import org.coopkit.query.ProjectQuery;

/** Names a dashboard's components: the project's code and the component's code or title. */
final class ComponentNames {
  private final Map<ComponentId, String> names = new HashMap<>();

  /** Reads every project once, page by page. */
  static ComponentNames of(Coopkit coopkit) {
    ComponentNames result = new ComponentNames();
    String cursor = null;
    do {
      Page<Project> page =
          coopkit.projects().search(ProjectQuery.builder().limit(100).after(cursor).build());
      for (Project project : page.items()) {
        for (Component c : project.components()) {
          result.names.put(
              c.id(),
              project.code() + " " + (c.code() == null ? c.title().english() : "#" + c.code()));
        }
      }
      cursor = page.nextCursor();
    } while (cursor != null);
    return result;
  }

  String name(ComponentId id) {
    return names.getOrDefault(id, id.toString());
  }
}
