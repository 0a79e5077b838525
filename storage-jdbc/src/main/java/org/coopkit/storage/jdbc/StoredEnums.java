package org.coopkit.storage.jdbc;

import org.coopkit.error.StorageUnavailableException;

/**
 * Enum constants read by name from the columns that jOOQ leaves as text (the event tables, read in
 * plain JDBC, and the tables of results, sources and the history). Strict as {@code
 * EnumNameConverter} is on the others: a name this version does not know is data it cannot read,
 * not a {@code null}.
 */
final class StoredEnums {
  private StoredEnums() {}

  /**
   * The constant of {@code type} named {@code name} (padded or not).
   *
   * @throws StorageUnavailableException if {@code type} has no such constant: written by a newer
   *     version, or changed by hand
   */
  static <E extends Enum<E>> E valueOf(Class<E> type, String name) {
    try {
      return Enum.valueOf(type, name.strip());
    } catch (IllegalArgumentException unknown) {
      throw new StorageUnavailableException(
          "A column holds '"
              + name.strip()
              + "', which is no "
              + type.getSimpleName()
              + " this version of coopkit knows: written by a newer version, or changed by hand",
          false,
          null);
    }
  }
}
