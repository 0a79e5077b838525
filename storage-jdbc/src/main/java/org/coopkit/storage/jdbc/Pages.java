package org.coopkit.storage.jdbc;

import java.util.List;
import java.util.function.Function;
import org.coopkit.query.Page;

/** The page a keyset query's rows make; every store reads a page the same way. */
final class Pages {
  private Pages() {}

  /**
   * The page of {@code found}, which a store read for {@code limit + 1} items: the item past the
   * limit is left out and only tells that another page follows, whose cursor is made from the
   * page's last item.
   *
   * @param found the items read, in the query's order, at most {@code limit + 1}
   * @param limit the query's page size
   * @param cursorAfter the query's cursor after an item, such as {@code ProjectSearch::cursorAfter}
   */
  static <T> Page<T> of(List<T> found, int limit, Function<T, String> cursorAfter) {
    if (found.size() <= limit) {
      return Page.last(found);
    }
    List<T> items = found.subList(0, limit);
    return new Page<>(items, cursorAfter.apply(items.get(items.size() - 1)));
  }
}
