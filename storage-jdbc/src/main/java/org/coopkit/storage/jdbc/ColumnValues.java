package org.coopkit.storage.jdbc;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.UUID;
import org.coopkit.model.CountryCode;
import org.coopkit.model.PartialDate;
import org.jspecify.annotations.Nullable;

/**
 * How model values become column values and back where no jOOQ converter does it (ids, partial
 * dates, links, sort keys, and the enums and countries of events and of the result frameworks): one
 * place for the forms the schema stores, so that every store writes and reads a value alike.
 * Instants are converted by their jOOQ fields ({@code UtcInstantConverter}), and so are the enums
 * and countries of projects, contacts and organisations (forced types of the code generation), as
 * {@link TableRows}, the readers and the page queries use them.
 *
 * <p>The rest stay here rather than in jOOQ converters. The event page query's bind values are
 * bound by {@link EventReader#page} in plain JDBC, and its rows read there by column index: a
 * converter on an event column would hand it model values to bind and leave the reading here
 * anyway. Ids are text in every table, bound and compared as text by every store, including the
 * plain-JDBC ones, and {@code CHAR(36)} comes back padded on some databases: a UUID field would
 * change every store's statements for no check the schema does not already make.
 */
final class ColumnValues {
  /**
   * The longest sort key stored, in UTF-16 units: 600 characters of up to 4 bytes fit an index
   * entry on every database (PostgreSQL's B-tree takes about 2,700 bytes, InnoDB 3,072).
   */
  static final int SORT_KEY_LENGTH = 600;

  private ColumnValues() {}

  /** The canonical lower-case text of a UUID, whose text order is its unsigned order. */
  static String id(UUID id) {
    return id.toString();
  }

  static @Nullable String idOrNull(@Nullable Object typedId) {
    return typedId == null ? null : typedId.toString();
  }

  static UUID uuid(String text) {
    return UUID.fromString(text.strip());
  }

  static @Nullable String country(@Nullable CountryCode country) {
    return country == null ? null : country.alpha2();
  }

  static @Nullable CountryCode countryOrNull(@Nullable String alpha2) {
    return alpha2 == null ? null : CountryCode.of(alpha2.strip());
  }

  static @Nullable String partialDate(@Nullable PartialDate date) {
    return date == null ? null : date.toString();
  }

  static @Nullable PartialDate partialDateOrNull(@Nullable String iso) {
    return iso == null ? null : PartialDate.parse(iso);
  }

  static URI uri(String text) {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("a stored link is not a URI any more", e);
    }
  }

  /**
   * The sort key as stored: cut to {@link #SORT_KEY_LENGTH} UTF-16 units, never inside a surrogate
   * pair. Two keys that agree on that many characters sort by id; no real name comes near it, as
   * folded names are at most a few hundred characters.
   */
  static String sortKey(String key) {
    if (key.length() <= SORT_KEY_LENGTH) {
      return key;
    }
    int end = SORT_KEY_LENGTH;
    if (Character.isHighSurrogate(key.charAt(end - 1))) {
      end--;
    }
    return key.substring(0, end);
  }

  static <E extends Enum<E>> E enumValue(Class<E> type, String name) {
    return Enum.valueOf(type, name.strip());
  }
}
