package org.coopkit.json;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.coopkit.error.BrokenReferenceException;
import org.coopkit.error.CoopkitException;
import org.coopkit.error.ValidationException;
import org.coopkit.error.Violation;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectRelation;
import org.jspecify.annotations.Nullable;

/**
 * The records whose references point forward within their section: an organisation whose parent, or
 * a project some of whose related projects, come later in the document. They are held whole, with
 * their place in the document, so that the services' refusal of such a reference, which comes only
 * once the section or the unit of work is over, can be put at the record it concerns.
 */
final class WaitingRecords {
  private static final String PARENT = "Organisation.parent";
  private static final String RELATIONS = "Project.relations[";

  private final List<Entry> entries = new ArrayList<>();

  void add(Object record, RecordLocation where) {
    entries.add(new Entry(record, where));
  }

  boolean isEmpty() {
    return entries.isEmpty();
  }

  /** The entries, in document order; removing from it removes from this. */
  List<Entry> entries() {
    return entries;
  }

  /** The ids of the waiting records, as text, as a refusal names its target. */
  Set<String> ids() {
    Set<String> ids = new HashSet<>();
    for (Entry e : entries) {
      ids.add(e.id());
    }
    return ids;
  }

  /**
   * Whether {@code refusal} is the services' refusal of a reference that may point forward: a
   * parent or a related project not stored (yet).
   */
  static boolean refusesForwardReference(CoopkitException refusal, Object record) {
    return refusal instanceof BrokenReferenceException broken
        && (record instanceof Organisation && broken.path().equals(PARENT)
            || record instanceof Project && broken.path().startsWith(RELATIONS));
  }

  /**
   * The entries whose waiting reference {@code refusal} names: the refusal, when the unit of work
   * they were stored in ended, of a parent or relation that still points nowhere, or of a parent
   * chain that loops. The refusal names the missing or looping id, not the record, so every record
   * whose reference it matches is named.
   */
  List<Entry> named(CoopkitException refusal) {
    return entries.stream().filter(e -> e.refusedBy(refusal) != null).toList();
  }

  /** A record that waits, and where in the document it is. */
  static final class Entry {
    private Object record;
    private final RecordLocation where;

    /** For a project, the index in the document of each relation it still has. */
    private final List<Integer> relationIndex;

    private Entry(Object record, RecordLocation where) {
      this.record = record;
      this.where = where;
      this.relationIndex =
          new ArrayList<>(
              record instanceof Project p
                  ? IntStream.range(0, p.relations().size()).boxed().toList()
                  : List.of());
    }

    Object record() {
      return record;
    }

    RecordLocation where() {
      return where;
    }

    String id() {
      return record instanceof Organisation o
          ? o.id().toString()
          : ((Project) record).id().toString();
    }

    /**
     * The problem {@code refusal} is for this record, at the reference it names, in the document's
     * numbering of the record's relations.
     */
    ImportProblem problem(CoopkitException refusal) {
      Integer index = refusedBy(refusal);
      if (refusal instanceof BrokenReferenceException broken && index != null && index >= 0) {
        BrokenReferenceException renumbered =
            new BrokenReferenceException(
                "Project.relations[" + relationIndex.get(index) + "]",
                broken.targetKind(),
                broken.targetId());
        return Refusals.of(renumbered, record, where);
      }
      return Refusals.of(refusal, record, where);
    }

    /**
     * Leaves out the reference {@code refusal} names; the record stays waiting.
     *
     * @return whether {@code refusal} named a reference of this record, which is left out now
     */
    boolean drop(CoopkitException refusal) {
      Integer index = refusedBy(refusal);
      if (index == null) {
        return false;
      }
      if (record instanceof Organisation o) {
        record = o.toBuilder().parent(null).build();
      } else if (record instanceof Project p) {
        List<ProjectRelation> relations = new ArrayList<>(p.relations());
        relations.remove((int) index);
        relationIndex.remove((int) index);
        record = p.toBuilder().relations(relations).build();
      }
      return true;
    }

    /**
     * Whether {@code refusal} is about this record's waiting reference: {@code null} if not, the
     * index of the relation it names for a project, -1 for an organisation's parent.
     */
    private @Nullable Integer refusedBy(CoopkitException refusal) {
      if (record instanceof Organisation o && o.parent() != null) {
        String parent = o.parent().toString();
        if (refusal instanceof BrokenReferenceException broken
            && broken.path().equals(PARENT)
            && broken.targetId().equals(parent)) {
          return -1;
        }
        if (refusal instanceof ValidationException invalid
            && invalid.violations().stream().anyMatch(v -> loops(v, parent))) {
          return -1;
        }
        return null;
      }
      if (record instanceof Project p
          && refusal instanceof BrokenReferenceException broken
          && broken.path().startsWith(RELATIONS)
          && broken.path().endsWith("]")) {
        int index;
        try {
          index =
              Integer.parseInt(
                  broken.path().substring(RELATIONS.length(), broken.path().length() - 1));
        } catch (NumberFormatException e) {
          return null;
        }
        return index < p.relations().size()
                && p.relations().get(index).project().toString().equals(broken.targetId())
            ? index
            : null;
      }
      return null;
    }

    /** Whether {@code v} says the parent chain from {@code parent} loops. */
    private static boolean loops(Violation v, String parent) {
      return v.path().equals("parent") && v.value().contains(parent);
    }
  }
}
