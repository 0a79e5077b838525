package org.coopkit.model;

import org.coopkit.model.internal.Validator;
import org.jspecify.annotations.Nullable;

/**
 * A phone number in international (E.164) form, such as {@code +37491234567}. Personal data: never
 * shown by {@link #toString()} nor in a violation.
 *
 * <p>Input may be written as people write numbers: {@code +374 (91) 23-45.67}. Spaces, dots,
 * hyphens and parentheses are dropped, as is the trunk prefix written {@code (0)} after the country
 * code ({@code +41 (0)22 …}); a leading {@code 00} is read as {@code +}. What is left must be
 * {@code +} and 7 to 15 digits, the first not 0.
 *
 * @param value {@code +} followed by 7 to 15 digits
 * @since 0.1.0
 */
@PersonalData
public record PhoneNumber(String value) {
  private static final int MIN_DIGITS = 7;
  private static final int MAX_DIGITS = 15;

  /**
   * Normalises and checks the number.
   *
   * @param value the number as given; spaces, dots, hyphens and parentheses between digits are
   *     dropped
   * @throws org.coopkit.error.ValidationException if the number is missing or not in international
   *     form; the violation never shows the value
   */
  public PhoneNumber {
    Validator v = Validator.of("PhoneNumber");
    if (v.required(value, "value")) {
      String normalized = normalize(value);
      if (v.checkPersonal(
          normalized != null,
          "value",
          "must be an international number: + and the country code, then digits, spaces, dots,"
              + " hyphens or parentheses")) {
        int digits = normalized.length() - 1;
        if (v.checkPersonal(
                digits >= MIN_DIGITS && digits <= MAX_DIGITS,
                "value",
                "must have " + MIN_DIGITS + " to " + MAX_DIGITS + " digits")
            && v.checkPersonal(
                normalized.charAt(1) != '0', "value", "must not start with 0 after the +")) {
          value = normalized;
        }
      }
    }
    v.throwIfInvalid();
  }

  /**
   * Returns the given phone number in E.164 form.
   *
   * @param value the number as given, in international form
   * @return the number in E.164 form
   * @throws org.coopkit.error.ValidationException if the number is not in international form
   */
  public static PhoneNumber of(String value) {
    return new PhoneNumber(value);
  }

  /** Returns a placeholder: the number is personal data. */
  @Override
  public String toString() {
    return "PhoneNumber[<redacted>]";
  }

  /** Returns {@code +} and the digits, or {@code null} if the text holds anything else. */
  private static @Nullable String normalize(String text) {
    String s = Validator.normalize(text).replace("(0)", "");
    StringBuilder out = new StringBuilder("+");
    int start;
    if (s.startsWith("+")) {
      start = 1;
    } else if (s.startsWith("00")) {
      start = 2;
    } else {
      return null;
    }
    for (int i = start; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        out.append(c);
      } else if (!isSeparator(c)) {
        return null;
      }
    }
    return out.toString();
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '.' || c == '-' || c == '(' || c == ')' || Character.isSpaceChar(c);
  }
}
