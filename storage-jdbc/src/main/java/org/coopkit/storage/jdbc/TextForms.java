package org.coopkit.storage.jdbc;

import java.net.URI;
import java.net.URISyntaxException;
import org.coopkit.model.CountryCode;
import org.coopkit.model.PartialDate;
import org.jspecify.annotations.Nullable;

/**
 * The text forms in which columns hold model values where no jOOQ converter does it: a partial
 * date's ISO form, a country's alpha-2 code, a link's URI. The event tables' columns among them
 * stay text in jOOQ: an event search binds and reads its page in plain JDBC ({@link EventReader}),
 * where a converter would not be asked.
 */
final class TextForms {
  private TextForms() {}

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
}
