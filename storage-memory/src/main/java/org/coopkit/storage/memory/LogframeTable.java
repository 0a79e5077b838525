package org.coopkit.storage.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.coopkit.model.event.EventId;
import org.coopkit.model.project.ProjectId;
import org.coopkit.model.result.Logframe;
import org.coopkit.query.LogframeQuery;
import org.coopkit.query.Page;

/**
 * Logframes, sorted by their projects' ids; a query with an event filter walks them all, as a store
 * holds one logframe per project, not millions.
 */
final class LogframeTable extends Table<ProjectId, Logframe, LogframeQuery> {
  private final NavigableMap<ProjectId, Logframe> sorted = new TreeMap<>();

  private LogframeTable(AggregateDescriptor<ProjectId, Logframe> kind) {
    super(kind);
  }

  static LogframeTable create() {
    return new LogframeTable(
        new AggregateDescriptor<>(
            "Logframe",
            Logframe::id,
            Logframe::version,
            l -> "",
            ProjectId::value,
            ProjectId::of,
            (key, id) -> id.toString()));
  }

  @Override
  Page<Logframe> find(LogframeQuery query) {
    ProjectId after = query.after();
    NavigableMap<ProjectId, Logframe> from = after == null ? sorted : sorted.tailMap(after, false);
    EventId event = query.event();
    List<Logframe> items = new ArrayList<>();
    for (Logframe logframe : from.values()) {
      if (event != null && logframe.results().stream().noneMatch(r -> r.events().contains(event))) {
        continue;
      }
      if (items.size() == query.limit()) {
        return new Page<>(items, items.get(items.size() - 1).id().toString());
      }
      items.add(logframe);
    }
    return Page.last(items);
  }

  @Override
  void index(Logframe logframe) {
    sorted.put(logframe.id(), logframe);
  }

  @Override
  void unindex(Logframe logframe) {
    sorted.remove(logframe.id());
  }
}
