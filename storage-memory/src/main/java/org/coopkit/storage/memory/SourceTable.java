package org.coopkit.storage.memory;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import org.coopkit.error.ConflictException;
import org.coopkit.error.DuplicateException;
import org.coopkit.error.NotFoundException;
import org.coopkit.model.source.Source;
import org.coopkit.model.source.SourceId;
import org.coopkit.query.Page;
import org.coopkit.query.SourceQuery;
import org.jspecify.annotations.Nullable;

/**
 * The stored sources, in the order of their ids. Not thread-safe: {@link MemoryStorage}'s lock
 * guards it; every write records its inverse in the transaction's {@link UndoLog} first.
 */
final class SourceTable {
  private static final String KIND = "Source";

  private final NavigableMap<SourceId, Source> byId = new TreeMap<>();

  @Nullable Source get(SourceId id) {
    return byId.get(id);
  }

  Set<SourceId> existing(Collection<SourceId> ids) {
    ImmutableSet.Builder<SourceId> found = ImmutableSet.builder();
    for (SourceId id : ids) {
      if (byId.containsKey(id)) {
        found.add(id);
      }
    }
    return found.build();
  }

  void insert(Source source, UndoLog undo) {
    if (byId.containsKey(source.id())) {
      throw new DuplicateException(KIND + ".id", source.id().toString());
    }
    undo.record(() -> byId.remove(source.id()));
    byId.put(source.id(), source);
  }

  void update(Source source, long expectedVersion, UndoLog undo) {
    Source stored = stored(source.id(), expectedVersion);
    undo.record(() -> byId.put(stored.id(), stored));
    byId.put(source.id(), source);
  }

  void delete(SourceId id, long expectedVersion, UndoLog undo) {
    Source stored = stored(id, expectedVersion);
    undo.record(() -> byId.put(id, stored));
    byId.remove(id);
  }

  Page<Source> find(SourceQuery query) {
    SourceId after = query.after();
    Collection<Source> from = after == null ? byId.values() : byId.tailMap(after, false).values();
    List<Source> page = new ArrayList<>();
    for (Source source : from) {
      if (query.matches(source)) {
        if (page.size() == query.limit()) {
          return new Page<>(page, SourceQuery.cursorAfter(page.get(page.size() - 1)));
        }
        page.add(source);
      }
    }
    return Page.last(page);
  }

  private Source stored(SourceId id, long expectedVersion) {
    Source stored = byId.get(id);
    if (stored == null) {
      throw new NotFoundException(KIND, id.toString());
    }
    if (stored.version() != expectedVersion) {
      throw new ConflictException(KIND, id.toString(), expectedVersion, stored.version());
    }
    return stored;
  }
}
