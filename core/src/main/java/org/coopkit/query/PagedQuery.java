package org.coopkit.query;

import org.jspecify.annotations.Nullable;

/**
 * A search read a page at a time by cursor: its results are sorted by the key its class names and
 * then by id, ascending or descending, and each page starts after the last result of the page
 * before. {@link EventQuery}, {@link ProjectQuery}, {@link ContactQuery} and {@link
 * OrganisationQuery} are such searches; code that walks every page of any of them can take this
 * type.
 *
 * <pre>{@code
 * <Q extends PagedQuery<Q>, T> void forEach(Q query, Function<Q, Page<T>> search, Consumer<T> action) {
 *   for (Page<T> page = search.apply(query); ; page = search.apply(query)) {
 *     page.items().forEach(action);
 *     if (!page.hasNext()) return;
 *     query = query.after(page.nextCursor());
 *   }
 * }
 * }</pre>
 *
 * <p>Only coopkit's queries implement it; it may gain methods.
 *
 * @param <Q> the query's own type
 * @since 0.2.0
 */
public interface PagedQuery<Q extends PagedQuery<Q>> {
  /**
   * The order of the results, by the query's sort key and then by id; ascending unless set.
   *
   * @return ascending or descending
   */
  SortDirection direction();

  /**
   * The page size: how many results a page holds at most, 1 to {@link Paging#MAX_LIMIT}; {@link
   * Paging#DEFAULT_LIMIT} unless set.
   *
   * @return the page size
   */
  int limit();

  /**
   * The position after which the page starts, read from the {@link Page#nextCursor()} of the
   * previous page; {@code null} for the first page.
   *
   * @return the position, or {@code null} for the first page
   */
  @Nullable Cursor after();

  /**
   * The same query for the page after {@code cursor}.
   *
   * @param cursor the {@link Page#nextCursor()} of a page of this query
   * @return a copy of this query starting after {@code cursor}
   * @throws org.coopkit.error.ValidationException if the cursor is not one a page of this kind of
   *     query returned
   */
  Q after(String cursor);

  /**
   * The setters of a paged query's builder.
   *
   * @param <B> the builder's own type, which each setter returns
   * @since 0.2.0
   */
  interface Builder<B extends Builder<B>> {
    /**
     * Sets the query's {@link PagedQuery#direction()}.
     *
     * @param direction ascending or descending
     * @return this builder
     * @throws NullPointerException if {@code direction} is null
     */
    B direction(SortDirection direction);

    /**
     * Sets the query's {@link PagedQuery#limit()}; checked when the query is built.
     *
     * @param limit the page size
     * @return this builder
     */
    B limit(int limit);

    /**
     * Sets the query's {@link PagedQuery#after()} from the text of a cursor; checked when the query
     * is built.
     *
     * @param cursor the {@link Page#nextCursor()} of the previous page, or {@code null} for the
     *     first page
     * @return this builder
     */
    B after(@Nullable String cursor);
  }
}
