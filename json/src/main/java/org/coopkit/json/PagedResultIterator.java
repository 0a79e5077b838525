package org.coopkit.json;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.coopkit.query.Page;
import org.jspecify.annotations.Nullable;

/**
 * Walks a query's results page by page, as a service returns them: one page in memory at a time.
 *
 * @param <T> the result type
 * @param <Q> the query type
 */
final class PagedResultIterator<T, Q> implements Iterator<T> {
  private final Function<Q, Page<T>> search;
  private final BiFunction<Q, String, Q> after;
  private final Q first;
  private @Nullable Page<T> page;
  private int next;

  private PagedResultIterator(
      Q first, Function<Q, Page<T>> search, BiFunction<Q, String, Q> after) {
    this.first = first;
    this.search = search;
    this.after = after;
  }

  /**
   * The results of {@code first} and the pages after it.
   *
   * @param search runs a query, e.g. {@code coopkit.events()::search}
   * @param after the query for the page after a cursor, e.g. {@code EventQuery::after}
   */
  static <T, Q> PagedResultIterator<T, Q> of(
      Q first, Function<Q, Page<T>> search, BiFunction<Q, String, Q> after) {
    return new PagedResultIterator<>(first, search, after);
  }

  @Override
  public boolean hasNext() {
    while (page == null || next == page.items().size()) {
      if (page != null && page.nextCursor() == null) {
        return false;
      }
      page = search.apply(page == null ? first : after.apply(first, page.nextCursor()));
      next = 0;
    }
    return true;
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return page.items().get(next++);
  }
}
