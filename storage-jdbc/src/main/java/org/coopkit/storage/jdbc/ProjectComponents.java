package org.coopkit.storage.jdbc;

import static org.coopkit.storage.jdbc.internal.schema.Tables.COMPONENT;
import static org.coopkit.storage.jdbc.internal.schema.Tables.COMPONENT_TEXT;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.coopkit.model.project.Component;
import org.coopkit.model.project.Project;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;

/**
 * The components of an updated project, written over those stored: events refer to components by
 * id, so the rows of components that stay are updated in place (their texts replaced), those
 * dropped are deleted and new ones inserted. Where every other list of a project is deleted and
 * inserted anew, this one cannot be.
 */
final class ProjectComponents {
  private final Project project;
  private final List<String> removed = new ArrayList<>();

  /** The components of {@code project}, as the update writes them. */
  ProjectComponents(Project project) {
    this.project = project;
  }

  /**
   * Writes the components: {@code components} and {@code texts} are the project's {@code component}
   * and {@code component_text} rows, as {@link ProjectTableRows#of} makes them.
   */
  void write(DSLContext dsl, String projectId, TableRows components, TableRows texts) {
    Set<String> stored = new HashSet<>();
    dsl.select(COMPONENT.ID)
        .from(COMPONENT)
        .where(COMPONENT.PROJECT_ID.eq(projectId))
        .fetch(COMPONENT.ID)
        .forEach(c -> stored.add(c.strip()));
    Set<String> next = new HashSet<>();
    project.components().forEach(c -> next.add(c.id().toString()));
    stored.stream().filter(c -> !next.contains(c)).forEach(removed::add);
    if (!removed.isEmpty()) {
      FailedWriteException.marking(
          FailedWriteException.Operation.DELETE,
          COMPONENT,
          () -> dsl.deleteFrom(COMPONENT).where(COMPONENT.ID.in(removed)).execute());
    }
    List<String> kept = stored.stream().filter(next::contains).toList();
    if (!kept.isEmpty()) {
      FailedWriteException.marking(
          FailedWriteException.Operation.DELETE,
          COMPONENT_TEXT,
          () ->
              dsl.deleteFrom(COMPONENT_TEXT).where(COMPONENT_TEXT.COMPONENT_ID.in(kept)).execute());
      BatchBindStep moves =
          dsl.batch(
              dsl.update(COMPONENT)
                  .set(COMPONENT.POSITION, (Integer) null)
                  .set(COMPONENT.CODE, (String) null)
                  .where(COMPONENT.ID.eq((String) null)));
      for (int i = 0; i < project.components().size(); i++) {
        Component c = project.components().get(i);
        if (stored.contains(c.id().toString())) {
          moves = moves.bind(i, c.code(), c.id().toString());
        }
      }
      FailedWriteException.marking(
          FailedWriteException.Operation.UPDATE, COMPONENT, moves::execute);
    }
    TableRows added = new TableRows(components.table(), components.fields());
    components.rows().stream()
        .filter(row -> !stored.contains((String) row[0]))
        .forEach(added.rows()::add);
    added.insert(dsl);
    texts.insert(dsl);
  }

  /**
   * The ids of the components {@link #write} deleted or was about to delete: one of them may be
   * what an event still refers to when the delete fails.
   */
  List<String> removed() {
    return removed;
  }
}
