package org.coopkit.query.internal;

import org.coopkit.model.source.Source;
import org.coopkit.model.source.SourceId;
import org.coopkit.query.SourceQuery;

/**
 * How a store carries out a {@link SourceQuery}: which sources belong to its page, in the order of
 * their ids, and the cursor after a page.
 *
 * <p>Not API: public for coopkit's own stores, and may change in any release.
 */
public final class SourceSearch {
  private SourceSearch() {}

  /**
   * Whether {@code source} matches {@code query}'s filter and lies after its cursor.
   *
   * @param query the query
   * @param source a stored source
   * @return {@code true} if it belongs to a page of the query
   */
  public static boolean matches(SourceQuery query, Source source) {
    SourceId after = query.after();
    return (query.link() == null || query.link().toString().equals(source.link().toString()))
        && (after == null || source.id().compareTo(after) > 0);
  }

  /**
   * The next-page cursor of a page that ends with {@code last}: its id, which {@link
   * SourceQuery#after(String)} reads.
   *
   * @param last the last source of a page
   * @return the cursor
   */
  public static String cursorAfter(Source last) {
    return last.id().toString();
  }
}
