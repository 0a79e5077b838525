package org.coopkit.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopkit.storage.tck.ContractAssertions.assertFound;
import static org.coopkit.storage.tck.ContractAssertions.assertStrictlyOrdered;

import java.util.Comparator;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.coopkit.query.Page;
import org.coopkit.query.PagedQuery;
import org.coopkit.query.Paging;
import org.coopkit.query.SortDirection;

/**
 * What the query suites check of every kind of paged search, written once: each suite describes its
 * kind (how to search, what a match is, the order, the id) and calls these checks.
 *
 * @param <Q> the kind's query
 * @param <B> the query's builder
 * @param <T> the aggregate the query finds
 */
final class SearchContract<Q extends PagedQuery<Q>, B extends PagedQuery.Builder<B>, T> {
  /** Up to how many results a search is repeated in pages of two, which is slow on large stores. */
  private static final int SMALL_PAGES_UP_TO = 60;

  private final Function<Q, B> toBuilder;
  private final Function<B, Q> build;
  private final Function<Q, Page<T>> search;
  private final BiPredicate<Q, T> matches;
  private final Function<SortDirection, Comparator<T>> order;
  private final Function<T, Object> id;

  /**
   * Describes one kind of search: {@code toBuilder} and {@code build} copy a query with another
   * page size or direction, {@code search} reads a page from the store, {@code matches} says which
   * aggregates a query should find, {@code order} is the order of the results in a direction, and
   * {@code id} names a result in failure messages.
   */
  SearchContract(
      Function<Q, B> toBuilder,
      Function<B, Q> build,
      Function<Q, Page<T>> search,
      BiPredicate<Q, T> matches,
      Function<SortDirection, Comparator<T>> order,
      Function<T, Object> id) {
    this.toBuilder = toBuilder;
    this.build = build;
    this.search = search;
    this.matches = matches;
    this.order = order;
    this.id = id;
  }

  /** Every result of {@code query}, walked page by page with {@link ContractAssertions#pages}. */
  List<T> all(Q query) {
    return ContractAssertions.all(query, query.limit(), search, Q::after);
  }

  /**
   * Searches with {@code query} in pages as large as allowed, and again in pages of two when the
   * results are few, and checks both against {@link ContractAssertions#assertFound}.
   */
  void assertFinds(Q query, List<T> ours, List<T> expected) {
    Q wide = build.apply(toBuilder.apply(query).limit(Paging.MAX_LIMIT));
    List<T> found = all(wide);
    assertFound(
        found, item -> matches.test(wide, item), order.apply(wide.direction()), id, ours, expected);
    if (found.size() <= SMALL_PAGES_UP_TO) {
      Q small = build.apply(toBuilder.apply(query).limit(2));
      assertFound(
          all(small),
          item -> matches.test(small, item),
          order.apply(small.direction()),
          id,
          ours,
          expected);
    }
  }

  /**
   * Checks that the first three pages of five of {@code unfiltered}, in each direction, are not
   * empty and strictly in order, whatever else the store holds.
   */
  void assertOrdersFirstPages(Q unfiltered) {
    for (SortDirection direction : SortDirection.values()) {
      // when
      List<T> walked =
          ContractAssertions.firstPages(
              build.apply(toBuilder.apply(unfiltered).direction(direction).limit(5)),
              3,
              search,
              Q::after);

      // then
      assertThat(walked).isNotEmpty();
      assertStrictlyOrdered(walked, order.apply(direction), id);
    }
  }
}
