package org.coopkit.storage.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.coopkit.error.ConflictException;
import org.coopkit.error.DuplicateException;
import org.coopkit.error.NotFoundException;
import org.coopkit.model.source.Fact;
import org.coopkit.model.source.FactProvenance;
import org.coopkit.query.FactQuery;
import org.coopkit.query.Page;
import org.coopkit.query.internal.FactSearch;
import org.jspecify.annotations.Nullable;

/**
 * Where facts come from, one entry per fact, in the order of the facts. Not thread-safe: {@link
 * MemoryStorage}'s lock guards it; every write records its inverse in the transaction's {@link
 * UndoLog} first. Queries walk every entry: fine for the sizes an in-memory store holds.
 */
final class ProvenanceTable {
  private static final String KIND = "FactProvenance";

  private final NavigableMap<Fact, FactProvenance> byFact = new TreeMap<>();

  @Nullable FactProvenance get(Fact fact) {
    return byFact.get(fact);
  }

  void insert(FactProvenance provenance, UndoLog undo) {
    Fact fact = provenance.fact();
    if (byFact.containsKey(fact)) {
      throw new DuplicateException(KIND + ".fact", fact.toString());
    }
    undo.record(() -> byFact.remove(fact));
    byFact.put(fact, provenance);
  }

  void update(FactProvenance provenance, long expectedVersion, UndoLog undo) {
    FactProvenance stored = stored(provenance.fact(), expectedVersion);
    undo.record(() -> byFact.put(stored.fact(), stored));
    byFact.put(provenance.fact(), provenance);
  }

  void delete(Fact fact, long expectedVersion, UndoLog undo) {
    FactProvenance stored = stored(fact, expectedVersion);
    undo.record(() -> byFact.put(fact, stored));
    byFact.remove(fact);
  }

  Page<FactProvenance> find(FactQuery query) {
    Fact after = query.after();
    Collection<FactProvenance> from =
        after == null ? byFact.values() : byFact.tailMap(after, false).values();
    List<FactProvenance> page = new ArrayList<>();
    for (FactProvenance provenance : from) {
      if (FactSearch.matches(query, provenance)) {
        if (page.size() == query.limit()) {
          return new Page<>(page, FactSearch.cursorAfter(page.get(page.size() - 1)));
        }
        page.add(provenance);
      }
    }
    return Page.last(page);
  }

  private FactProvenance stored(Fact fact, long expectedVersion) {
    FactProvenance stored = byFact.get(fact);
    if (stored == null) {
      throw new NotFoundException(KIND, fact.toString());
    }
    if (stored.version() != expectedVersion) {
      throw new ConflictException(KIND, fact.toString(), expectedVersion, stored.version());
    }
    return stored;
  }
}
