package org.coopkit.model.internal;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import java.util.function.Supplier;
import org.coopkit.error.ValidationException;
import org.coopkit.error.Violation;
import org.coopkit.model.Limits;
import org.jspecify.annotations.Nullable;

/**
 * Collects the violations of one object so that all of them are reported together. Used by every
 * model type's constructor: check everything, then {@link #throwIfInvalid()}.
 */
public final class Validator {
  /** How many repeated values {@link #unique} names before it counts the rest. */
  static final int REPEATS_SHOWN = 10;

  private static final int SHOWN_VALUE_LIMIT = 60;

  /** Per block of 256 code points, which are NFC-stable ({@link #isNfcStable}); null until met. */
  private static final AtomicReferenceArray<long[]> NFC_STABLE =
      new AtomicReferenceArray<>((Character.MAX_CODE_POINT + 1) >>> 8);

  private final String subject;
  private final List<Violation> violations = new ArrayList<>();

  private Validator(String subject) {
    this.subject = subject;
  }

  /** Starts checking an object of the given kind, e.g. {@code "Project"}. */
  public static Validator of(String subject) {
    return new Validator(subject);
  }

  /** Records a violation unless {@code ok}; returns {@code ok}. */
  public boolean check(boolean ok, String path, String rule, @Nullable Object value) {
    if (!ok) {
      add(path, rule, value);
    }
    return ok;
  }

  /**
   * Records a violation unless {@code ok}, computing the shown value only then: most objects are
   * valid, and building message text for each would cost more than the checks.
   */
  public boolean checkLazily(boolean ok, String path, String rule, Supplier<?> value) {
    if (!ok) {
      add(path, rule, value.get());
    }
    return ok;
  }

  /**
   * Records a violation for each value that repeats an earlier item's {@code key}, once per value
   * at {@code path[i]} of its first repeat, and at most {@value #REPEATS_SHOWN} of them (then one
   * that counts the rest), so that a list of a million copies costs one set and a few violations;
   * paths and rules are built for a repeat only, and lists under two items need no set.
   */
  public <T> void unique(List<T> items, Function<? super T, ?> key, String path, String what) {
    if (items.size() < 2) {
      return;
    }
    Set<Object> seen = new HashSet<>();
    Set<Object> repeated = new HashSet<>();
    int more = 0;
    for (int i = 0; i < items.size(); i++) {
      Object k = key.apply(items.get(i));
      if (!seen.add(k) && repeated.add(k)) {
        if (repeated.size() <= REPEATS_SHOWN) {
          add(path + "[" + i + "]", "must not repeat the " + what, k);
        } else {
          more++;
        }
      }
    }
    if (more > 0) {
      add(path, "must not repeat the " + what + " (" + more + " more values repeated)", null);
    }
  }

  /**
   * Checks a {@link org.coopkit.model.Versioned} aggregate's stamps: the version not negative,
   * {@code updatedAt} not before {@code createdAt}. The instants are formatted for a violation
   * only: formatting two costs more than every other check.
   */
  public void stamps(long version, Instant createdAt, Instant updatedAt) {
    check(version >= 0, "version", "must not be negative", version);
    instant(createdAt, "createdAt");
    instant(updatedAt, "updatedAt");
    checkLazily(
        !updatedAt.isBefore(createdAt),
        "updatedAt",
        "must not be before createdAt",
        () -> updatedAt + " < " + createdAt);
  }

  /**
   * Checks that a day lies in the model's range, {@link Limits#EARLIEST_DAY} to {@link
   * Limits#LATEST_DAY}; {@code null} passes.
   */
  public boolean day(@Nullable LocalDate day, String path) {
    return day == null
        || checkLazily(
            !day.isBefore(Limits.EARLIEST_DAY) && !day.isAfter(Limits.LATEST_DAY),
            path,
            "must be between " + Limits.EARLIEST_DAY + " and " + Limits.LATEST_DAY,
            day::toString);
  }

  /**
   * Checks that an instant lies in the model's range, {@link Limits#EARLIEST_INSTANT} to {@link
   * Limits#LATEST_INSTANT}.
   */
  public boolean instant(Instant instant, String path) {
    return checkLazily(
        !instant.isBefore(Limits.EARLIEST_INSTANT) && !instant.isAfter(Limits.LATEST_INSTANT),
        path,
        "must be between " + Limits.EARLIEST_INSTANT + " and " + Limits.LATEST_INSTANT,
        instant::toString);
  }

  /**
   * A filter's day moved into the model's range widened by a day on each side: a day before or
   * after every date the model may hold finds what the day just outside the range finds, so a
   * filter such as {@code between(from, LocalDate.MAX)} means the same on every store, and no store
   * is asked for a date it cannot hold.
   */
  public static @Nullable LocalDate filterDay(@Nullable LocalDate day) {
    if (day == null) {
      return null;
    }
    LocalDate before = Limits.EARLIEST_DAY.minusDays(1);
    LocalDate after = Limits.LATEST_DAY.plusDays(1);
    return day.isBefore(before) ? before : day.isAfter(after) ? after : day;
  }

  /**
   * Replaces a builder's entries with {@code entries}, refusing a null list or a null entry with a
   * {@link NullPointerException} that names it ({@code name}, or {@code name[i]} for an entry), so
   * that the failure points at the caller's value rather than into the model.
   */
  public static <T> void replaceAll(
      Collection<T> target, @Nullable Collection<? extends T> entries, String name) {
    if (entries == null) {
      throw new NullPointerException(name);
    }
    int i = 0;
    for (T entry : entries) {
      if (entry == null) {
        throw new NullPointerException(name + "[" + i + "]");
      }
      i++;
    }
    target.clear();
    target.addAll(entries);
  }

  /**
   * Replaces a builder's entries with those of {@code entries}, refusing a null map, key or value
   * with a {@link NullPointerException} that names it ({@code name}, or {@code name[key]} for a
   * value), as {@link #replaceAll(Collection, Collection, String)} does for a list.
   */
  public static <K, V> void replaceAll(
      Map<K, V> target, @Nullable Map<? extends K, ? extends V> entries, String name) {
    if (entries == null) {
      throw new NullPointerException(name);
    }
    for (Map.Entry<? extends K, ? extends V> entry : entries.entrySet()) {
      if (entry.getKey() == null) {
        throw new NullPointerException(name + ": a key");
      }
      if (entry.getValue() == null) {
        throw new NullPointerException(name + "[" + entry.getKey() + "]");
      }
    }
    target.clear();
    target.putAll(entries);
  }

  /** Records a violation of a personal field, whose value is never shown. */
  public boolean checkPersonal(boolean ok, String path, String rule) {
    if (!ok) {
      violations.add(new Violation(path, rule, Violation.REDACTED));
    }
    return ok;
  }

  /** Records a violation. */
  public void add(String path, String rule, @Nullable Object value) {
    violations.add(new Violation(path, rule, show(value)));
  }

  /** Checks that a required value is present. */
  public boolean required(@Nullable Object value, String path) {
    return check(value != null, path, "is required", null);
  }

  /**
   * Checks a single-line text: present, not blank, at most {@code max} characters, no control
   * characters other than tab and line breaks.
   */
  public boolean text(@Nullable String value, String path, int max) {
    return required(value, path) && textRules(value, path, max);
  }

  /** Like {@link #text} but absent ({@code null}) is fine. Blank is not. */
  public boolean optionalText(@Nullable String value, String path, int max) {
    return value == null || textRules(value, path, max);
  }

  /**
   * Whether {@code value} passes every rule of {@link #text}: the common case, answered without
   * building a path or a message.
   */
  public static boolean isFineText(@Nullable String value, int max) {
    return value != null
        && value.length() <= max
        && !showsNothing(value)
        && hasNoControlOrLoneSurrogate(value);
  }

  /**
   * Whether {@code text} passes the character rules of {@link #text}: no control character other
   * than tab and line breaks, no bidirectional embedding or override, no lone surrogate. One pass
   * over the text for all of them.
   */
  private static boolean hasNoControlOrLoneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c)) {
        if (c != '\t' && c != '\n' && c != '\r') {
          return false;
        }
      } else if (isBidiControl(c)) {
        return false;
      } else if (Character.isSurrogate(c)) {
        if (!Character.isHighSurrogate(c)
            || i + 1 == text.length()
            || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return false;
        }
        i++;
      }
    }
    return true;
  }

  private static boolean hasNoControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
        return false;
      }
    }
    return true;
  }

  private boolean textRules(String value, String path, int max) {
    if (isFineText(value, max)) {
      return true;
    }
    return check(!showsNothing(value), path, "must not be blank", value)
        && checkLazily(
            value.length() <= max,
            path,
            "must be at most " + max + " characters long",
            () -> value.length() + " characters")
        && check(hasNoControl(value), path, "must not contain control characters", value)
        && check(
            value.codePoints().noneMatch(Validator::isBidiControl),
            path,
            "must not contain bidirectional embedding or override characters (U+202A to U+202E)",
            value)
        && check(
            isWellFormed(value), path, "must be well-formed Unicode (no lone surrogate)", value);
  }

  /**
   * Whether {@code text} would show nothing on a page: it holds only white space, space separators
   * (such as the no-break space), invisible format characters (zero-width spaces and joiners, the
   * byte order mark), combining marks with nothing to combine with, and the characters that fonts
   * draw as blanks (the Hangul fillers, the blank Braille pattern). Such a title or name looks
   * empty to every reader, so it is refused like a blank one. Stops at the first visible character,
   * which is nearly always the first.
   */
  public static boolean showsNothing(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && !isInvisible(c)) {
        return false;
      }
      i += Character.charCount(c);
    }
    return true;
  }

  private static boolean isInvisible(int c) {
    int type = Character.getType(c);
    return type == Character.FORMAT
        || type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || c == 0x115F // Hangul choseong filler
        || c == 0x1160 // Hangul jungseong filler
        || c == 0x3164 // Hangul filler
        || c == 0xFFA0 // halfwidth Hangul filler
        || c == 0x2800; // Braille pattern blank
  }

  /**
   * Whether {@code c} embeds or overrides the direction of the text after it (U+202A to U+202E):
   * such characters make a text read differently from how it is stored ("Trojan source"), so no
   * text of the model holds them. The isolates U+2066 to U+2069, which Unicode recommends for a
   * phrase of the other direction and which cannot reorder the text around them, and the marks
   * U+200E, U+200F and U+061C stay allowed.
   */
  public static boolean isBidiControl(int c) {
    return c >= 0x202A && c <= 0x202E;
  }

  /**
   * Whether every surrogate in {@code text} is half of a pair: a lone one has no UTF-8 form, so no
   * database could store it and give it back.
   */
  public static boolean isWellFormed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /** Checks that a collection holds at most {@code max} elements. */
  public boolean size(Collection<?> values, String path, int max) {
    if (values.size() <= max) {
      return true; // without building the rule's text, which names max
    }
    add(path, "must hold at most " + max + " entries", values.size() + " entries");
    return false;
  }

  /** Takes in the violations of a nested object, their paths put under {@code prefix}. */
  public void nested(String prefix, ValidationException e) {
    for (Violation v : e.violations()) {
      violations.add(v.under(prefix));
    }
  }

  /** Whether nothing was found wrong so far. */
  public boolean isValid() {
    return violations.isEmpty();
  }

  /**
   * Throws a {@link ValidationException} with every violation found, if any.
   *
   * @throws ValidationException if a check failed
   */
  public void throwIfInvalid() {
    if (!violations.isEmpty()) {
      throw new ValidationException(subject, violations);
    }
  }

  /** Trims and puts a text in Unicode NFC, so that equal-looking names compare equal. */
  public static String normalize(String text) {
    String stripped = text.strip();
    // A text of characters below U+0300 (where combining marks begin) or of NFC-stable ones
    // (below) is in NFC already: a table look-up per character instead of the normalizer's check,
    // for the many texts in Latin, Cyrillic, Greek, Armenian, Georgian, Arabic or CJK letters
    // (NfcBenchmark, in the benchmarks module, measures the gain).
    if (isNfcStable(stripped)
        // Most other texts are in NFC too: checking is cheaper than normalising into a copy.
        || Normalizer.isNormalized(stripped, Normalizer.Form.NFC)) {
      return stripped;
    }
    return Normalizer.normalize(stripped, Normalizer.Form.NFC);
  }

  /** Whether every character of {@code text} is below U+0300 or NFC-stable. */
  private static boolean isNfcStable(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u0300') {
        int codePoint = c;
        if (Character.isHighSurrogate(c)
            && i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          codePoint = Character.toCodePoint(c, text.charAt(++i));
        }
        if (!isNfcStable(codePoint)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Whether a text holding the code point {@code c} is in NFC whatever the characters around it,
   * provided they are stable too: {@code c} is in NFC on its own, is no mark (marks are what
   * canonical ordering moves and what mostly composes with the character before), and is no Hangul
   * vowel or final jamo (the other characters that compose with the one before). A lone surrogate
   * is never stable.
   */
  static boolean isNfcStable(int c) {
    int index = c >>> 8;
    long[] block = NFC_STABLE.get(index);
    if (block == null) {
      block = nfcStableBlock(index);
      NFC_STABLE.set(index, block); // another thread may compute the same block: no harm
    }
    return (block[(c & 0xFF) >>> 6] & (1L << c)) != 0;
  }

  /**
   * The stable code points of one block of 256, as four words of bits, from the JDK's own
   * normalizer and character data, so that they agree with {@link Normalizer}. Blocks are worked
   * out when first met rather than all at once: that would take tens of milliseconds.
   */
  private static long[] nfcStableBlock(int index) {
    long[] block = new long[4];
    for (int i = 0; i < 256; i++) {
      int c = index << 8 | i;
      int type = Character.getType(c);
      if (type != Character.NON_SPACING_MARK
          && type != Character.COMBINING_SPACING_MARK
          && type != Character.ENCLOSING_MARK
          && type != Character.UNASSIGNED
          && type != Character.SURROGATE
          && !(c >= 0x1161 && c <= 0x1175) // Hangul vowel jamo
          && !(c >= 0x11A8 && c <= 0x11C2) // Hangul final consonant jamo
          && Normalizer.isNormalized(Character.toString(c), Normalizer.Form.NFC)) {
        block[i >>> 6] |= 1L << i;
      }
    }
    return block;
  }

  /**
   * Returns {@code text} {@linkplain #normalize normalised} if that passes every rule of {@link
   * #text} for at most {@code max} characters, else {@code null}: then {@link #normalize} and
   * {@link #text} tell which rule is broken. For a valid text in NFC, the common case, one pass
   * over its characters checks both the character rules and that no normalising is needed.
   *
   * @param text the text as given, or {@code null}
   * @param max the most characters allowed
   * @return the normalised text, or {@code null} if it is missing or breaks a rule
   */
  public static @Nullable String normalizedIfFine(@Nullable String text, int max) {
    if (text == null) {
      return null;
    }
    String stripped = text.strip();
    boolean stable = true;
    for (int i = 0; i < stripped.length(); i++) {
      char c = stripped.charAt(i);
      if (c < '\u0300') {
        if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
          return null;
        }
      } else if (Character.isSurrogate(c)) {
        if (!Character.isHighSurrogate(c)
            || i + 1 == stripped.length()
            || !Character.isLowSurrogate(stripped.charAt(i + 1))) {
          return null;
        }
        stable = stable && isNfcStable(Character.toCodePoint(c, stripped.charAt(++i)));
      } else if (isBidiControl(c)) {
        return null;
      } else {
        stable = stable && isNfcStable(c);
      }
    }
    if (!stable) {
      String normalized = normalize(stripped);
      return isFineText(normalized, max) ? normalized : null;
    }
    return stripped.length() <= max && !showsNothing(stripped) ? stripped : null;
  }

  /**
   * The UUID that {@code text} spells in the one grammar every typed id accepts: the canonical
   * 8-4-4-4-12 form, 36 characters, hex digits in either case, nothing around it.
   *
   * @param text the text of an id
   * @param subject the id type, for the message, e.g. {@code EventId}
   * @return the UUID
   * @throws ValidationException if {@code text} is not in that form
   */
  public static UUID uuid(@Nullable String text, String subject) {
    UUID uuid = text == null ? null : canonicalUuid(text);
    if (uuid == null) {
      Validator v = Validator.of(subject);
      v.add("value", "must be a UUID such as 0190a5b4-8f3e-7c1a-9b2d-4e5f6a7b8c9d", text);
      v.throwIfInvalid();
    }
    return uuid;
  }

  /** One pass that checks the canonical form and converts; {@link UUID#fromString} is lenient. */
  private static @Nullable UUID canonicalUuid(String text) {
    if (text.length() != 36) {
      return null;
    }
    long high = 0;
    long low = 0;
    for (int i = 0; i < 36; i++) {
      char c = text.charAt(i);
      if (i == 8 || i == 13 || i == 18 || i == 23) {
        if (c != '-') {
          return null;
        }
        continue;
      }
      int digit = Character.digit(c, 16);
      if (digit < 0 || c > 'f') {
        return null; // also refuses the other scripts' digits that Character.digit accepts
      }
      if (i < 18) {
        high = (high << 4) | digit;
      } else {
        low = (low << 4) | digit;
      }
    }
    return new UUID(high, low);
  }

  /** Like {@link #normalize} but keeps {@code null}. */
  public static @Nullable String normalizeOrNull(@Nullable String text) {
    return text == null ? null : normalize(text);
  }

  /**
   * A value as a message shows it: cut to {@value #SHOWN_VALUE_LIMIT} characters, and every
   * character that could forge or hide a log line (controls such as NUL and ESC, line and paragraph
   * separators, format characters such as the direction overrides) written as its {@code \\uXXXX}
   * escape, so a message is always one plain line whatever the input held.
   */
  static String show(@Nullable Object value) {
    if (value == null) {
      return "null";
    }
    String s = String.valueOf(value);
    boolean cut = s.length() > SHOWN_VALUE_LIMIT;
    if (cut) {
      s = s.substring(0, SHOWN_VALUE_LIMIT);
    }
    StringBuilder shown = new StringBuilder(s.length() + 8).append('\'');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int type = Character.getType(c);
      if (Character.isISOControl(c)
          || type == Character.FORMAT
          || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR
          || (Character.isSurrogate(c) && !isPairedAt(s, i))) {
        shown.append(String.format("\\u%04X", (int) c));
      } else {
        shown.append(c);
      }
    }
    return shown.append(cut ? "…'" : "'").toString();
  }

  private static boolean isPairedAt(String s, int i) {
    char c = s.charAt(i);
    return Character.isHighSurrogate(c)
        ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }
}
