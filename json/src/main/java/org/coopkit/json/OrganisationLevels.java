package org.coopkit.json;

import com.google.common.collect.AbstractIterator;
import com.google.common.collect.Iterators;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.query.OrganisationQuery;
import org.coopkit.query.Paging;
import org.coopkit.service.OrganisationService;
import org.jspecify.annotations.Nullable;

/**
 * Walks all organisations parents first, in bounded memory: the roots (found in one pass over all
 * organisations), then level by level the units of the organisations of the level before, asked for
 * with {@link OrganisationQuery.Builder#parent} in chunks of at most {@value Paging#MAX_LIMIT}
 * parents.
 *
 * <p>Level <i>n</i>'s parents are found by walking levels 0 to <i>n</i>−1 again, so memory holds
 * one chunk of ids and one page per level, never a whole level; the walk costs about depth² / 2
 * passes over the organisations, and hierarchies are shallow.
 *
 * <p>Organisations that no root reaches (only possible if a store holds a parent loop or a dangling
 * parent, which the services prevent) are walked last, so that the export still holds every
 * organisation; an import will then report them.
 */
final class OrganisationLevels {
  private static final int PAGE = Paging.MAX_LIMIT;

  private final OrganisationService organisations;

  private OrganisationLevels(OrganisationService organisations) {
    this.organisations = organisations;
  }

  /**
   * Hands every organisation to {@code sink}, each after its parent.
   *
   * @return how many there were
   */
  static long walk(OrganisationService organisations, Consumer<Organisation> sink) {
    return new OrganisationLevels(organisations).walk(sink);
  }

  private long walk(Consumer<Organisation> sink) {
    long total = 0;
    long written = 0;
    Iterator<Organisation> all = all();
    while (all.hasNext()) {
      Organisation o = all.next();
      total++;
      if (o.parent() == null) {
        sink.accept(o);
        written++;
      }
    }
    for (int depth = 1; ; depth++) {
      Iterator<Organisation> level = level(depth);
      if (!level.hasNext()) {
        break;
      }
      while (level.hasNext()) {
        sink.accept(level.next());
        written++;
      }
    }
    if (written < total) {
      // Some organisation hangs from nothing a root reaches: write those last.
      Iterator<Organisation> rest = all();
      while (rest.hasNext()) {
        Organisation o = rest.next();
        if (!reachesRoot(o)) {
          sink.accept(o);
          written++;
        }
      }
    }
    return written;
  }

  private Iterator<Organisation> all() {
    return PagedResultIterator.of(
        OrganisationQuery.builder().limit(PAGE).build(),
        organisations::search,
        OrganisationQuery::after);
  }

  /** The organisations {@code depth} parent steps below a root. */
  private Iterator<Organisation> level(int depth) {
    Iterator<OrganisationId> parents =
        depth == 1
            ? Iterators.transform(
                Iterators.filter(all(), o -> o.parent() == null), Organisation::id)
            : Iterators.transform(level(depth - 1), Organisation::id);
    return new Children(parents);
  }

  /** Whether following parents up from {@code o} ends at a root, without looping. */
  private boolean reachesRoot(Organisation o) {
    List<OrganisationId> seen = new ArrayList<>();
    @Nullable OrganisationId parent = o.parent();
    while (parent != null) {
      if (seen.contains(parent) || parent.equals(o.id())) {
        return false;
      }
      seen.add(parent);
      @Nullable Organisation next = organisations.find(parent).orElse(null);
      if (next == null) {
        return false;
      }
      parent = next.parent();
    }
    return true;
  }

  /** The units of the given parents, asking for the parents' children chunk by chunk. */
  private final class Children extends AbstractIterator<Organisation> {
    private final Iterator<OrganisationId> parents;
    private Iterator<Organisation> current = Collections.emptyIterator();

    Children(Iterator<OrganisationId> parents) {
      this.parents = parents;
    }

    @Override
    protected @Nullable Organisation computeNext() {
      while (!current.hasNext()) {
        if (!parents.hasNext()) {
          return endOfData();
        }
        OrganisationQuery.Builder chunk = OrganisationQuery.builder().limit(PAGE);
        for (int i = 0; i < PAGE && parents.hasNext(); i++) {
          chunk.parent(parents.next());
        }
        current =
            PagedResultIterator.of(chunk.build(), organisations::search, OrganisationQuery::after);
      }
      return current.next();
    }
  }
}
