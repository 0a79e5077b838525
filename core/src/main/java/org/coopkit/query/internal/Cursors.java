package org.coopkit.query.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import java.util.function.ToIntFunction;
import org.coopkit.query.Cursor;
import org.coopkit.query.SortDirection;
import org.jspecify.annotations.Nullable;

/**
 * The one text form of a keyset cursor and the one order it stands in, shared by the queries, which
 * read cursors, and the stores, which make them: a tag naming the kind of query, the id, then the
 * sort key, URL-safe Base64. The tag keeps a cursor of one kind of query from being read by
 * another.
 *
 * <p>Not API: public for coopkit's own stores, and may change in any release.
 */
public final class Cursors {
  /** The tag of an {@link org.coopkit.query.OrganisationQuery}'s cursors. */
  public static final char ORGANISATION = 'O';

  /** The tag of a {@link org.coopkit.query.ProjectQuery}'s cursors. */
  public static final char PROJECT = 'P';

  /** The tag of an {@link org.coopkit.query.EventQuery}'s cursors. */
  public static final char EVENT = 'E';

  /** The tag of a {@link org.coopkit.query.ContactQuery}'s cursors. */
  public static final char CONTACT = 'C';

  private Cursors() {}

  /**
   * The opaque text of the position after {@code sortKey} and {@code id}, tagged with {@code kind}.
   *
   * @param kind the tag of the kind of query whose page the cursor continues
   * @param sortKey the sort key of the position
   * @param id the id of the item at the position
   * @return the cursor's text
   */
  public static String encode(char kind, String sortKey, UUID id) {
    byte[] key = sortKey.getBytes(StandardCharsets.UTF_8);
    ByteBuffer buffer = ByteBuffer.allocate(1 + 16 + key.length);
    buffer.put((byte) kind);
    buffer.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).put(key);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer.array());
  }

  /**
   * Whether an item lies after {@code after} in the order of a query: by sort key ({@link
   * SearchText#compareKeys}), then by id, reversed for a descending query.
   *
   * @param after the query's cursor, or {@code null} on its first page
   * @param direction the query's direction
   * @param sortKey the item's sort key
   * @param compareIdTo compares the item's id with the cursor's, as its typed id orders them
   * @return {@code true} if the item sorts after the cursor, or there is no cursor
   */
  public static boolean isAfter(
      @Nullable Cursor after,
      SortDirection direction,
      String sortKey,
      ToIntFunction<UUID> compareIdTo) {
    if (after == null) {
      return true;
    }
    int c = SearchText.compareKeys(sortKey, after.sortKey());
    if (c == 0) {
      c = compareIdTo.applyAsInt(after.id());
    }
    return direction == SortDirection.ASCENDING ? c > 0 : c < 0;
  }
}
