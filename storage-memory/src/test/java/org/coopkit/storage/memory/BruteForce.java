package org.coopkit.storage.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.coopkit.query.Page;
import org.coopkit.query.SortDirection;
import org.coopkit.query.internal.ContactSearch;
import org.coopkit.query.internal.EventSearch;
import org.coopkit.query.internal.OrganisationSearch;
import org.coopkit.query.internal.ProjectSearch;
import org.coopkit.query.internal.SearchText;

/**
 * What a query must return, worked out the slow way from the queries' own definitions: filter all
 * aggregates with {@code matches} and {@code isAfterCursor}, sort by key and id, cut.
 *
 * @param <A> the aggregate type
 * @param <I> the id type
 */
final class BruteForce<A, I extends Comparable<I>> {
  private final Function<A, String> sortKey;
  private final Function<A, I> id;
  private final Function<I, UUID> uuid;

  BruteForce(Function<A, String> sortKey, Function<A, I> id, Function<I, UUID> uuid) {
    this.sortKey = sortKey;
    this.id = id;
    this.uuid = uuid;
  }

  /** Everything that matches, in the query's order. */
  List<A> all(Collection<A> stored, Predicate<A> matches, SortDirection direction) {
    // Keys are worked out once per aggregate: folding names in the comparator would be slow.
    record Keyed<T, K>(String key, K id, T aggregate) {}
    Comparator<Keyed<A, I>> order =
        (a, b) -> {
          int c = SearchText.compareKeys(a.key(), b.key());
          return c != 0 ? c : a.id().compareTo(b.id());
        };
    return stored.stream()
        .filter(matches)
        .map(a -> new Keyed<>(sortKey.apply(a), id.apply(a), a))
        .sorted(direction == SortDirection.ASCENDING ? order : order.reversed())
        .map(Keyed::aggregate)
        .toList();
  }

  /**
   * Checks that {@code page} is the first {@code limit} of {@code expected}, with the right cursor.
   */
  void assertPage(Page<A> page, List<A> expected, int limit, String query) {
    List<A> head = expected.subList(0, Math.min(limit, expected.size()));
    assertThat(page.items()).as(query).containsExactlyElementsOf(head);
    if (expected.size() > limit) {
      A last = head.get(limit - 1);
      assertThat(page.nextCursor()).as(query).isEqualTo(cursorAfter(last));
    } else {
      assertThat(page.nextCursor()).as(query).isNull();
    }
  }

  /** Follows the cursors from {@code first} to the last page and returns every item seen. */
  static <A> List<A> allPages(Page<A> first, Function<String, Page<A>> next, int limit) {
    List<A> items = new ArrayList<>();
    Page<A> page = first;
    while (true) {
      assertThat(page.items()).hasSizeLessThanOrEqualTo(limit);
      items.addAll(page.items());
      if (page.nextCursor() == null) {
        return items;
      }
      assertThat(page.items()).hasSize(limit);
      page = next.apply(page.nextCursor());
    }
  }

  /** The cursor a store returns after {@code last}, as the query of its kind makes it. */
  private static String cursorAfter(Object last) {
    if (last instanceof org.coopkit.model.event.Event e) {
      return EventSearch.cursorAfter(e);
    }
    if (last instanceof org.coopkit.model.project.Project p) {
      return ProjectSearch.cursorAfter(p);
    }
    if (last instanceof org.coopkit.model.contact.Contact c) {
      return ContactSearch.cursorAfter(c);
    }
    return OrganisationSearch.cursorAfter((org.coopkit.model.organisation.Organisation) last);
  }
}
