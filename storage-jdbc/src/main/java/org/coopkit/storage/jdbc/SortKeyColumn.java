package org.coopkit.storage.jdbc;

/** The sort keys of the name-ordered pages, as their indexed columns hold them. */
final class SortKeyColumn {
  /**
   * The longest sort key stored, in UTF-16 units: 600 characters of up to 4 bytes fit an index
   * entry on every database (PostgreSQL's B-tree takes about 2,700 bytes, InnoDB 3,072).
   */
  static final int LENGTH = 600;

  private SortKeyColumn() {}

  /**
   * The sort key as stored: cut to {@link #LENGTH} UTF-16 units, never inside a surrogate pair. Two
   * keys that agree on that many characters sort by id; no real name comes near it, as folded names
   * are at most a few hundred characters.
   */
  static String stored(String key) {
    if (key.length() <= LENGTH) {
      return key;
    }
    int end = LENGTH;
    if (Character.isHighSurrogate(key.charAt(end - 1))) {
      end--;
    }
    return key.substring(0, end);
  }
}
