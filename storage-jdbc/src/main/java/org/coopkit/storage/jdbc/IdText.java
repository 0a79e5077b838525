package org.coopkit.storage.jdbc;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Ids as every table stores them: the canonical lower-case text of a UUID, whose text order is its
 * unsigned order. Text rather than a jOOQ UUID type: ids are bound and compared as text by every
 * store, including the plain-JDBC ones, and {@code CHAR(36)} comes back padded on some databases,
 * so a UUID field would change every store's statements for no check the schema does not already
 * make.
 */
final class IdText {
  private IdText() {}

  /** The column text of {@code id}. */
  static String of(UUID id) {
    return id.toString();
  }

  /** The column text of a typed id (whose text is its UUID's), or {@code null}. */
  static @Nullable String ofNullable(@Nullable Object typedId) {
    return typedId == null ? null : typedId.toString();
  }

  /** The UUID of a stored id, padded or not. */
  static UUID uuid(String text) {
    return UUID.fromString(text.strip());
  }
}
