package org.coopkit.query;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One page of a query's results.
 *
 * @param items the results, in the query's order
 * @param nextCursor an opaque cursor for the next page, {@code null} when this is the last page;
 *     pass it to the query's {@code after(cursor)} to go on
 * @param <T> the result type
 * @since 0.1.0
 */
public record Page<T>(List<T> items, @Nullable String nextCursor) {
  /**
   * Copies the items into an immutable list.
   *
   * @param items the results, in the query's order
   * @param nextCursor the cursor for the next page, or {@code null} on the last page
   * @throws NullPointerException if {@code items} or one of them is null
   */
  public Page {
    items = ImmutableList.copyOf(requireNonNull(items, "items"));
  }

  /**
   * A last page with the given items.
   *
   * @param <T> the result type
   * @param items the results
   * @return a page without a next cursor
   */
  public static <T> Page<T> last(List<T> items) {
    return new Page<>(items, null);
  }

  /**
   * Whether another page follows.
   *
   * @return {@code true} if {@link #nextCursor()} is set
   */
  public boolean hasNext() {
    return nextCursor != null;
  }

  /**
   * The cursor of the next page, if there is one.
   *
   * @return the next page's cursor, or empty on the last page
   */
  public Optional<String> next() {
    return Optional.ofNullable(nextCursor);
  }
}
