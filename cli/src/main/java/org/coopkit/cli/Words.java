package org.coopkit.cli;

import java.util.Locale;
import org.coopkit.model.CountryCode;

/** How codes read in a report: enum constants in lower case, countries with their names. */
final class Words {
  private Words() {}

  /** {@code STEERING_COMMITTEE} as {@code steering committee}. */
  static String of(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** {@code GE} as {@code Georgia (GE)}. */
  static String of(CountryCode country) {
    return country.englishName() + " (" + country.alpha2() + ")";
  }

  /** {@code 1 event}, {@code 2 events}. */
  static String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }
}
