package org.coopkit.reliability;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Seeded texts of exact lengths for the reliability tests. Lengths count UTF-16 characters, as
 * {@link org.coopkit.model.Limits} does; the texts are valid wherever the model takes text: no
 * control characters, no white space at either end, and unchanged by Unicode NFC (no combining
 * marks), so the model keeps them as they are.
 */
final class ExactLengthTexts {
  /** Letters of several scripts, digits and punctuation: one UTF-16 character each. */
  private static final int[] SINGLE =
      ("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
              + "0123456789éüğışəçñøåß"
              + "абвгдежзийклмнопрстуфхцчшщыэюя"
              + "աբգդեզէըթժիլխծկհձղճ"
              + "აბგდევზთიკლმნოპ"
              + "אבגדהוזחטי"
              + "ابتثجحخدذر"
              + "中文字漢語"
              + ".,;:!?-'\"()/&%_\\@#€")
          .codePoints()
          .toArray();

  /** Characters outside the Basic Multilingual Plane: two UTF-16 characters each. */
  private static final int[] DOUBLE = "😀🔐👩🌍𝄞𠀀𠀁𝔘🀄".codePoints().toArray();

  private static final String CODE_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789";

  private ExactLengthTexts() {}

  /**
   * A text of exactly {@code length} UTF-16 characters, with spaces inside and, if {@code
   * supplementary}, characters outside the Basic Multilingual Plane.
   *
   * @throws IllegalArgumentException if {@code length} is less than 1
   */
  static String text(Random random, int length, boolean supplementary) {
    if (length < 1) {
      throw new IllegalArgumentException("length must be positive: " + length);
    }
    StringBuilder text = new StringBuilder(length);
    while (text.length() < length) {
      int left = length - text.length();
      boolean edge = text.length() == 0 || left == 1 || text.charAt(text.length() - 1) == ' ';
      if (!edge && random.nextInt(7) == 0) {
        text.append(' ');
      } else if (supplementary && left >= 2 && random.nextInt(4) == 0) {
        text.appendCodePoint(DOUBLE[random.nextInt(DOUBLE.length)]);
      } else {
        text.appendCodePoint(SINGLE[random.nextInt(SINGLE.length)]);
      }
    }
    return text.toString();
  }

  /** A project or framework code of exactly {@code length} characters: letters and digits. */
  static String code(Random random, int length) {
    StringBuilder code = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      code.append(CODE_CHARACTERS.charAt(random.nextInt(CODE_CHARACTERS.length())));
    }
    return code.toString();
  }

  /** {@code n} valid language tags, distinct once normalised too ({@code iw} is {@code he}). */
  static List<String> languages(int n) {
    Set<String> tags = new LinkedHashSet<>();
    for (String code : Locale.getISOLanguages()) {
      tags.add(Locale.forLanguageTag(code).toLanguageTag());
    }
    if (n > tags.size()) {
      throw new IllegalArgumentException("only " + tags.size() + " languages");
    }
    return List.copyOf(tags).subList(0, n);
  }
}
