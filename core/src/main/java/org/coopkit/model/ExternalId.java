package org.coopkit.model;

import java.util.Locale;
import java.util.regex.Pattern;
import org.coopkit.model.internal.Validator;

/**
 * An identifier another system gives the same thing, e.g. an IATI activity identifier ({@code
 * iati:XM-DAC-47066-…}) or an entry in a donor's database. The scheme names the system.
 *
 * @param scheme the lower-case name of the identifying system: letters, digits, dots, underscores
 *     and hyphens, starting with a letter or digit
 * @param value the identifier within that system, one line
 * @since 0.1.0
 */
public record ExternalId(String scheme, String value) {
  private static final Pattern SCHEME = Pattern.compile("[a-z0-9][a-z0-9._-]*");

  /**
   * Normalises and checks the scheme and value.
   *
   * @param scheme the name of the identifying system, e.g. {@code orcid}; lower-cased
   * @param value the identifier within that system; stripped
   * @throws org.coopkit.error.ValidationException if the scheme is missing or not of the allowed
   *     characters, the value is blank or spans lines, or either is longer than {@value
   *     Limits#IDENTIFIER} characters
   */
  public ExternalId {
    Validator v = Validator.of("ExternalId");
    if (scheme != null) {
      scheme = scheme.strip().toLowerCase(Locale.ROOT);
    }
    if (v.text(scheme, "scheme", Limits.IDENTIFIER)) {
      v.check(
          SCHEME.matcher(scheme).matches(),
          "scheme",
          "must be letters, digits, '.', '_' or '-', starting with a letter or digit",
          scheme);
    }
    value = Validator.normalizeOrNull(value);
    if (v.text(value, "value", Limits.IDENTIFIER)) {
      v.check(
          value.indexOf('\n') < 0 && value.indexOf('\r') < 0, "value", "must be one line", value);
    }
    v.throwIfInvalid();
  }

  /**
   * Returns the identifier {@code value} in the system {@code scheme}.
   *
   * @param scheme the name of the identifying system
   * @param value the identifier within that system
   * @return the normalised identifier
   * @throws org.coopkit.error.ValidationException if either part breaks a rule of the constructor
   */
  public static ExternalId of(String scheme, String value) {
    return new ExternalId(scheme, value);
  }

  /** Returns {@code scheme:value}, e.g. {@code iati:XM-DAC-47066-1}. */
  @Override
  public String toString() {
    return scheme + ":" + value;
  }
}
