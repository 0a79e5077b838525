package org.coopkit.storage.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.coopkit.model.source.Source;
import org.coopkit.model.source.SourceId;
import org.coopkit.query.Page;
import org.coopkit.query.SourceQuery;
import org.coopkit.query.internal.SourceSearch;

/** The stored sources, sorted by id for paging; a link filter walks them, as queries do. */
final class SourceTable extends Table<SourceId, Source, SourceQuery> {
  private final NavigableMap<SourceId, Source> sorted = new TreeMap<>();

  private SourceTable(AggregateDescriptor<SourceId, Source> kind) {
    super(kind);
  }

  static SourceTable create() {
    return new SourceTable(
        new AggregateDescriptor<>(
            "Source",
            Source::id,
            Source::version,
            s -> "",
            SourceId::value,
            SourceId::of,
            (key, id) -> id.toString()));
  }

  @Override
  Page<Source> find(SourceQuery query) {
    SourceId after = query.after();
    Collection<Source> from =
        after == null ? sorted.values() : sorted.tailMap(after, false).values();
    List<Source> page = new ArrayList<>();
    for (Source source : from) {
      if (SourceSearch.matches(query, source)) {
        if (page.size() == query.limit()) {
          return new Page<>(page, SourceSearch.cursorAfter(page.get(page.size() - 1)));
        }
        page.add(source);
      }
    }
    return Page.last(page);
  }

  @Override
  void index(Source source) {
    sorted.put(source.id(), source);
  }

  @Override
  void unindex(Source source) {
    sorted.remove(source.id());
  }
}
