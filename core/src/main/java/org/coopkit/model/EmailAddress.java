package org.coopkit.model;

import java.util.Locale;
import org.coopkit.model.internal.Validator;

/**
 * A person's e-mail address. Personal data: never shown by {@link #toString()} nor in a violation.
 *
 * <p>The check is deliberately pragmatic rather than RFC 5322 complete: one {@code @}, a local part
 * of at most 64 characters without spaces, and a domain of at least two labels made of letters
 * (internationalised ones included), digits and inner hyphens. The address is stripped and its
 * domain lower-cased, since domains are case-insensitive; the local part is kept as given.
 *
 * @param value the normalised address, at most {@value Limits#EMAIL} characters
 * @since 0.1.0
 */
@PersonalData
public record EmailAddress(String value) {
  private static final int MAX_LOCAL_PART = 64;
  private static final int MAX_LABEL = 63;

  /**
   * Normalises and checks the address.
   *
   * @param value the address as given; surrounding blanks are stripped
   * @throws org.coopkit.error.ValidationException if the address is missing or malformed; the
   *     violation never shows the value
   */
  public EmailAddress {
    Validator v = Validator.of("EmailAddress");
    if (v.required(value, "value")) {
      String stripped = Validator.normalize(value);
      int at = stripped.indexOf('@');
      boolean wellFormed =
          v.checkPersonal(!stripped.isEmpty(), "value", "must not be blank")
              && v.checkPersonal(
                  stripped.length() <= Limits.EMAIL,
                  "value",
                  "must be at most " + Limits.EMAIL + " characters long")
              && v.checkPersonal(
                  at >= 0 && at == stripped.lastIndexOf('@'), "value", "must contain exactly one @")
              && v.checkPersonal(
                  isLocalPart(stripped.substring(0, at)),
                  "value",
                  "must have a local part of 1 to " + MAX_LOCAL_PART + " characters without spaces")
              && v.checkPersonal(
                  isDomain(stripped.substring(at + 1)),
                  "value",
                  "must have a domain such as example.org");
      if (wellFormed) {
        String domain = stripped.substring(at + 1).toLowerCase(Locale.ROOT);
        value = stripped.substring(0, at) + "@" + domain;
      }
    }
    v.throwIfInvalid();
  }

  /**
   * Returns the given e-mail address.
   *
   * @param value the address as given
   * @return the normalised address
   * @throws org.coopkit.error.ValidationException if the address is malformed
   */
  public static EmailAddress of(String value) {
    return new EmailAddress(value);
  }

  /** Returns a placeholder: the address is personal data. */
  @Override
  public String toString() {
    return "EmailAddress[<redacted>]";
  }

  private static boolean isLocalPart(String local) {
    return !local.isEmpty()
        && local.length() <= MAX_LOCAL_PART
        && Validator.isWellFormed(local)
        && local
            .codePoints()
            .noneMatch(
                c ->
                    Character.isWhitespace(c)
                        || Character.isSpaceChar(c)
                        || Character.isISOControl(c)
                        // no invisible or direction-changing character in an address
                        || Character.getType(c) == Character.FORMAT);
  }

  private static boolean isDomain(String domain) {
    // -1 keeps trailing empty labels, so "example.org." and "a..b" are rejected.
    String[] labels = domain.split("\\.", -1);
    if (labels.length < 2) {
      return false;
    }
    for (String label : labels) {
      if (label.isEmpty()
          || label.length() > MAX_LABEL
          || label.startsWith("-")
          || label.endsWith("-")
          || !label.codePoints().allMatch(c -> c == '-' || Character.isLetterOrDigit(c))) {
        return false;
      }
    }
    // A top-level domain is never all digits; "user@10.0.0.1" is not an address we accept.
    return !labels[labels.length - 1].chars().allMatch(Character::isDigit);
  }
}
