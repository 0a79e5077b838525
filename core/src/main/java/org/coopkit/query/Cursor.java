package org.coopkit.query;

import static java.util.Objects.requireNonNull;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.coopkit.model.internal.Validator;

/**
 * The position after which a page starts: the sort key and the id of the last item of the previous
 * page. Host applications treat its text form as opaque; adapters {@link #decode} it.
 *
 * @param sortKey the last item's sort key (a date, a code, a folded name… as the query's sort
 *     defines)
 * @param id the last item's id
 * @since 0.1.0
 */
public record Cursor(String sortKey, UUID id) {
  /**
   * Checks that both components are present.
   *
   * @param sortKey the last item's sort key
   * @param id the last item's id
   * @throws NullPointerException if either is null
   */
  public Cursor {
    requireNonNull(sortKey, "sortKey");
    requireNonNull(id, "id");
  }

  /**
   * The opaque, URL-safe text form.
   *
   * @return the cursor as Base64url text without padding
   */
  public String encode() {
    byte[] key = sortKey.getBytes(StandardCharsets.UTF_8);
    ByteBuffer buffer = ByteBuffer.allocate(16 + key.length);
    buffer.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).put(key);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer.array());
  }

  /**
   * Reads a cursor made by {@link #encode()}.
   *
   * @param text the text form
   * @return the cursor it encodes
   * @throws org.coopkit.error.ValidationException if {@code text} is not such a cursor
   */
  public static Cursor decode(String text) {
    try {
      byte[] bytes = Base64.getUrlDecoder().decode(text);
      if (bytes.length >= 16) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        UUID id = new UUID(buffer.getLong(), buffer.getLong());
        return new Cursor(new String(bytes, 16, bytes.length - 16, StandardCharsets.UTF_8), id);
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    Validator v = Validator.of("Cursor");
    v.add("cursor", "must be a cursor returned by a previous page", text);
    v.throwIfInvalid();
    throw new AssertionError("unreachable");
  }
}
