package org.coopkit.storage.tck;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Texts that break careless storage code: SQL metacharacters and injection attempts, backslashes
 * and every kind of quote, right-to-left scripts and bidirectional controls, combining characters
 * that Unicode NFC reorders or composes, characters outside the Basic Multilingual Plane (four
 * bytes in UTF-8), invisible characters, and the control characters the model allows in texts (tab
 * and line breaks).
 *
 * <p>Every text is accepted by the model. Those in {@link #singleLine()} hold no control character
 * at all, so they fit every text field, names of people included; {@link #MULTILINE} fits the long,
 * localized texts.
 *
 * @since 0.1.0
 */
public final class TrickyTexts {
  /** A classic injection attempt. */
  public static final String SQL_INJECTION = "'; DROP TABLE project; --";

  /** Another one, closing a parenthesis and a string. */
  public static final String SQL_INJECTION_2 = "Robert'); DELETE FROM event WHERE '1'='1";

  /** The wildcards of SQL {@code LIKE}. */
  public static final String SQL_WILDCARDS = "100% _sure_ %_% 50%off";

  /** Backslashes where escapes would be read, ending in one. */
  public static final String BACKSLASHES =
      "C:\\temp\\new \\\\server\\share \\' \\\" \\% \\_ \\n \\";

  /** Every kind of quote, doubled ones too. */
  public static final String QUOTES = "\"double\" 'single' `back` „low“ «guillemets» ‘curly’ ''";

  /** What parameter placeholders, comments and statement ends look like in various dialects. */
  public static final String PLACEHOLDERS = "$1 ? :name @p0 {0} %s %n ${user} /* c */ -- # ;";

  /** Markup and JSON. */
  public static final String MARKUP = "<script>alert('x')</script> &amp; {\"a\": [1]} ]]>";

  /** Arabic, right to left. */
  public static final String ARABIC = "مؤتمر إقليمي حول الجرائم الإلكترونية";

  /** Hebrew, right to left. */
  public static final String HEBREW = "כנס אזורי בנושא פשיעת סייבר";

  /**
   * Mixed directions with explicit marks and an isolate (the model refuses embeddings and
   * overrides, U+202A to U+202E).
   */
  public static final String BIDI = "Baku \u200Fמ\u200E 2017 evil end \u2067عربي\u2069 done";

  /**
   * Characters of four bytes in UTF-8: emoji, a musical symbol, CJK Extension B, mathematical
   * letters, a mahjong tile, a flag, a ZWJ sequence, a skin tone and a variation selector.
   */
  public static final String FOUR_BYTE = "😀 𝄞 𠀀𠀁 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🀄 🇦🇲 👩‍💻 👍🏽 ❤️";

  /**
   * Invisible and special characters: zero-width space and joiner, soft hyphen, no-break space, a
   * byte order mark inside the text, a private-use character and the replacement character.
   */
  public static final String INVISIBLE =
      "zero\u200Bwidth soft\u00ADhyphen no\u00A0break join\u200Der bom\uFEFFinside "
          + "private\uE000use \uFFFD";

  /**
   * Decomposed and non-canonical sequences that NFC changes: e + combining acute, A + ring, the
   * Ångström sign, two marks in non-canonical order, conjoining Hangul jamo, stacked Vietnamese
   * marks, and Arabic marks in non-canonical order.
   */
  public static final String DECOMPOSED =
      "Cafe\u0301 A\u030Angstro\u0308m \u212B q\u0307\u0323 "
          + "\u1100\u1161\u11A8 Tie\u0302\u0301ng Vie\u0323\u0302t \u0645\u0651\u064F";

  /** Line breaks of every convention and tabs, as long texts may hold them. */
  public static final String MULTILINE =
      "First line\nsecond line\r\nthird\rfourth\n\n\tindented\tcolumn\t\tend";

  private TrickyTexts() {}

  /**
   * Every single-line tricky text, by name.
   *
   * @return the texts keyed by a short name for failure messages, in a fixed order
   */
  public static Map<String, String> singleLine() {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("SQL injection", SQL_INJECTION);
    texts.put("SQL injection 2", SQL_INJECTION_2);
    texts.put("SQL wildcards", SQL_WILDCARDS);
    texts.put("backslashes", BACKSLASHES);
    texts.put("quotes", QUOTES);
    texts.put("placeholders", PLACEHOLDERS);
    texts.put("markup", MARKUP);
    texts.put("Arabic", ARABIC);
    texts.put("Hebrew", HEBREW);
    texts.put("bidirectional", BIDI);
    texts.put("four-byte", FOUR_BYTE);
    texts.put("invisible", INVISIBLE);
    texts.put("decomposed", DECOMPOSED);
    return texts;
  }

  /**
   * Tricky e-mail addresses: quotes, wildcards and backslashes before the @, non-BMP and IDN.
   *
   * @return the addresses; each one is valid for {@link org.coopkit.model.EmailAddress}
   */
  public static List<String> emails() {
    return List.of(
        "o'brien+100%_x\\y@example.org", "😀.𠀀\"q\"@例え.jp", "';drop_table_contact;--@Example.ORG");
  }

  /**
   * The value the model keeps for a text it is given, by its documented rule: stripped and in
   * Unicode NFC. Computed independently of the model, to check the model too.
   *
   * @param given the text as given to the model
   * @return the text stripped and in NFC
   */
  public static String normalized(String given) {
    return Normalizer.normalize(given.strip(), Normalizer.Form.NFC);
  }

  /**
   * {@code text} cut to at most {@code length} UTF-16 characters, never between the two halves of a
   * surrogate pair.
   *
   * @param text the text to cut
   * @param length the most UTF-16 characters to keep
   * @return {@code text} itself if short enough, else its beginning, one character shorter if
   *     needed to keep a pair whole
   */
  public static String cut(String text, int length) {
    if (text.length() <= length) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
    return text.substring(0, end);
  }

  /**
   * A text of exactly {@code length} UTF-16 characters made of characters outside the Basic
   * Multilingual Plane (each two UTF-16 characters, four UTF-8 bytes): its UTF-8 form is twice as
   * long in bytes as the model counts it, so it finds columns sized in bytes or in code points. An
   * odd length ends with one {@code x}.
   *
   * @param length the wanted length in UTF-16 characters
   * @return the text
   */
  public static String fourByte(int length) {
    int[] codePoints = "😀𝄞𠀀🀄𝔘".codePoints().toArray();
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; text.length() + 2 <= length; i++) {
      text.appendCodePoint(codePoints[i % codePoints.length]);
    }
    if (text.length() < length) {
      text.append('x');
    }
    return text.toString();
  }
}
