package org.coopkit.storage.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coopkit.history.Change;
import org.coopkit.query.Page;

/**
 * The history of changes: every change in feed order, and each aggregate's changes. Positions are
 * numbered from 1 in the order changes are appended; writers run one at a time under the storage's
 * lock, so that order is the order of commits, and a change rolled back is taken out again before
 * any other writer runs.
 */
final class HistoryTable {
  /** The change at position {@code p} is at index {@code p - 1}. */
  private final List<Change> all = new ArrayList<>();

  private final Map<String, List<Integer>> byAggregate = new HashMap<>();

  List<Change> append(List<Change> changes, UndoLog undo) {
    List<Change> placed = new ArrayList<>(changes.size());
    for (Change change : changes) {
      Change at = change.atPosition(all.size() + 1L);
      String key = key(at.aggregateKind(), at.aggregateId());
      undo.record(
          () -> {
            all.remove(all.size() - 1);
            List<Integer> own = byAggregate.get(key);
            own.remove(own.size() - 1);
            if (own.isEmpty()) {
              byAggregate.remove(key);
            }
          });
      all.add(at);
      byAggregate.computeIfAbsent(key, k -> new ArrayList<>()).add(all.size() - 1);
      placed.add(at);
    }
    return placed;
  }

  Page<Change> history(String kind, String id, long afterPosition, int limit) {
    List<Integer> own = byAggregate.getOrDefault(key(kind, id), List.of());
    List<Change> page = new ArrayList<>();
    for (int index : own) {
      if (index + 1L > afterPosition) {
        if (page.size() == limit) {
          return new Page<>(page, Long.toString(page.get(page.size() - 1).position()));
        }
        page.add(all.get(index));
      }
    }
    return Page.last(page);
  }

  List<Change> after(long afterPosition, int limit) {
    int from = (int) Math.min(afterPosition, all.size());
    int to = Math.min(all.size(), from + limit);
    return List.copyOf(all.subList(from, to));
  }

  void erasePersonalData(String kind, String id, UndoLog undo) {
    for (int index : byAggregate.getOrDefault(key(kind, id), List.of())) {
      Change before = all.get(index);
      Change erased = before.erased();
      if (!erased.equals(before)) {
        undo.record(() -> all.set(index, before));
        all.set(index, erased);
      }
    }
  }

  private static String key(String kind, String id) {
    return kind + "/" + id;
  }
}
