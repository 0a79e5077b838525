package org.coopkit.model;

import com.google.common.collect.ImmutableMap;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;
import org.coopkit.model.internal.Validator;
import org.jspecify.annotations.Nullable;

/**
 * A text given in one or more languages, keyed by BCP 47 language tag ({@code en}, {@code fr},
 * {@code hy}, {@code sr-Latn}). Cooperation projects are described in English and in the languages
 * of the partner countries; readers ask for their language and fall back sensibly.
 *
 * <p>Tags are normalised ({@code EN-gb} becomes {@code en-GB}); texts are stripped and put in
 * Unicode NFC. The order in which languages were added is kept, the first being the last-resort
 * fallback, but it is not part of equality: two texts are equal when they hold the same text for
 * each language.
 *
 * @since 0.1.0
 */
public final class LocalizedText {
  private static final String ENGLISH = "en";
  private static final int SHOWN_TEXT_LIMIT = 100;

  /** Language tags as given, to their canonical form; "" for a tag that is not well-formed. */
  private static final ConcurrentMap<String, String> KNOWN_TAGS = new ConcurrentHashMap<>();

  private static final int KNOWN_TAGS_LIMIT = 4_096;

  private final ImmutableMap<String, String> texts;

  private LocalizedText(Map<String, String> given) {
    Validator v = Validator.of("LocalizedText");
    Map<String, String> normalized = new LinkedHashMap<>();
    v.check(!given.isEmpty(), "texts", "must hold at least one language", null);
    v.checkLazily(
        given.size() <= Limits.LANGUAGES,
        "languages",
        "must hold at most " + Limits.LANGUAGES + " languages",
        () -> given.size() + " languages");
    for (Map.Entry<String, String> entry : given.entrySet()) {
      String tag = normalizeTag(entry.getKey());
      if (!v.check(
          tag != null, "languages", "must be a well-formed BCP 47 language tag", entry.getKey())) {
        continue;
      }
      String text = Validator.normalizedIfFine(entry.getValue(), Limits.TEXT);
      if (text == null) {
        // A rule is broken: normalise as for any text and report which; the path is built only now.
        text = Validator.normalizeOrNull(entry.getValue());
        if (!v.text(text, "texts[" + tag + "]", Limits.TEXT)) {
          continue;
        }
      }
      if (v.check(!normalized.containsKey(tag), "languages", "must not repeat a language", tag)) {
        normalized.put(tag, text);
      }
    }
    v.throwIfInvalid();
    this.texts = ImmutableMap.copyOf(normalized);
  }

  /**
   * Returns a text in English only.
   *
   * @param english the English text
   * @return a text with only an English entry
   * @throws org.coopkit.error.ValidationException if the text is blank or too long
   */
  public static LocalizedText of(String english) {
    return of(ENGLISH, english);
  }

  /**
   * Returns a text in one language.
   *
   * @param languageTag a BCP 47 language tag such as {@code en} or {@code sr-Latn}
   * @param text the text in that language
   * @return a text with a single entry
   * @throws org.coopkit.error.ValidationException if the tag is malformed or the text blank or too
   *     long
   */
  public static LocalizedText of(String languageTag, String text) {
    Map<String, String> one = new LinkedHashMap<>();
    one.put(languageTag, text);
    return new LocalizedText(one);
  }

  /**
   * Returns a text in the given languages, in the map's iteration order.
   *
   * @param texts the texts keyed by language tag
   * @return a text with one entry per key
   * @throws org.coopkit.error.ValidationException if the map is empty or too large, a tag is
   *     malformed or repeated after normalisation, or a text is blank or too long
   */
  public static LocalizedText of(Map<String, String> texts) {
    // No copy: the constructor reads the map once and keeps its own, normalised, copy.
    return new LocalizedText(texts);
  }

  /**
   * Starts an empty builder.
   *
   * @return a new builder with no languages
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this text's languages, to add or replace some.
   *
   * @return a new builder; changing it leaves this text untouched
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    texts.forEach(builder::put);
    return builder;
  }

  /**
   * Returns a copy with the text for one language added or replaced.
   *
   * @param languageTag a BCP 47 language tag such as {@code en} or {@code sr-Latn}
   * @param text the text in that language
   * @return a new text; this one is unchanged
   * @throws org.coopkit.error.ValidationException if the tag is malformed, the text blank or too
   *     long, or the language limit is passed
   */
  public LocalizedText with(String languageTag, String text) {
    return toBuilder().put(languageTag, text).build();
  }

  /**
   * Returns the texts by normalised language tag, in the order they were added.
   *
   * @return the texts keyed by language tag; never empty
   */
  public Map<String, String> texts() {
    return texts;
  }

  /**
   * Returns the normalised language tags, in the order they were added.
   *
   * @return the language tags; never empty
   */
  public Set<String> languages() {
    return texts.keySet();
  }

  /**
   * Returns the text in exactly the given language, without any fallback.
   *
   * @param languageTag a BCP 47 language tag; normalised before the lookup
   * @return the text in that language, or empty if there is none
   */
  public Optional<String> in(String languageTag) {
    String tag = normalizeTag(languageTag);
    return tag == null ? Optional.empty() : Optional.ofNullable(texts.get(tag));
  }

  /**
   * Returns the text best matching the requested locale: the exact tag, else the same language
   * without region or script (or, failing that, with any region or script), else English, else the
   * first language added.
   *
   * @param requested the reader's locale
   * @return the best matching text; never {@code null}
   */
  public String get(Locale requested) {
    String exact = texts.get(requested.toLanguageTag());
    if (exact != null) {
      return exact;
    }
    String language = requested.getLanguage();
    if (!language.isEmpty()) {
      String bare = texts.get(language);
      if (bare != null) {
        return bare;
      }
      for (Map.Entry<String, String> entry : texts.entrySet()) {
        if (Locale.forLanguageTag(entry.getKey()).getLanguage().equals(language)) {
          return entry.getValue();
        }
      }
    }
    String english = texts.get(ENGLISH);
    return english != null ? english : texts.values().iterator().next();
  }

  /**
   * Returns the English text, falling back as {@link #get(Locale)} does.
   *
   * @return the English text, or the best fallback when there is none
   */
  public String english() {
    return get(Locale.ENGLISH);
  }

  /**
   * Returns the length of the longest text, in UTF-16 characters as {@link Limits#TEXT} counts.
   *
   * @return the longest text's length in UTF-16 characters
   */
  public int maxLength() {
    int max = 0;
    for (String text : texts.values()) { // a loop, not a stream: every event checks its texts
      max = Math.max(max, text.length());
    }
    return max;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof LocalizedText that && texts.equals(that.texts);
  }

  @Override
  public int hashCode() {
    return texts.hashCode();
  }

  /** Returns the texts by language, long ones shortened; handy in logs and test failures. */
  @Override
  public String toString() {
    return texts.entrySet().stream()
        .map(e -> e.getKey() + "=" + abbreviate(e.getValue()))
        .collect(Collectors.joining(", ", "LocalizedText{", "}"));
  }

  private static String abbreviate(String text) {
    return text.length() <= SHOWN_TEXT_LIMIT ? text : text.substring(0, SHOWN_TEXT_LIMIT) + "…";
  }

  /** Returns the canonical form of a tag, or {@code null} if it is malformed or undetermined. */
  private static @Nullable String normalizeTag(@Nullable String tag) {
    if (tag == null) {
      return null;
    }
    // Parsing a tag costs more than the rest of a text's checks, and a data set uses a handful of
    // tags: remember them, up to a bound so that hostile input cannot grow the cache for ever.
    // LanguageTagBenchmark, in the benchmarks module, measures the gain.
    String known = KNOWN_TAGS.get(tag);
    if (known != null) {
      return known.isEmpty() ? null : known;
    }
    String canonical = parseTag(tag);
    if (KNOWN_TAGS.size() < KNOWN_TAGS_LIMIT) {
      KNOWN_TAGS.put(tag, canonical == null ? "" : canonical);
    }
    return canonical;
  }

  private static @Nullable String parseTag(String tag) {
    String stripped = tag.strip();
    try {
      // Locale.forLanguageTag is lenient and silently drops what it cannot parse; the builder
      // is strict.
      new Locale.Builder().setLanguageTag(stripped);
    } catch (IllformedLocaleException e) {
      return null;
    }
    String canonical = Locale.forLanguageTag(stripped).toLanguageTag();
    return canonical.equals("und") ? null : canonical;
  }

  /**
   * Collects texts language by language. Putting a language again replaces its text in place.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final Map<String, String> texts = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the text for a language, replacing any text given before for the same (normalised) tag.
     * Nothing is checked until {@link #build()}.
     *
     * @param languageTag a BCP 47 language tag such as {@code en} or {@code sr-Latn}
     * @param text the text in that language
     * @return this builder
     */
    public Builder put(String languageTag, String text) {
      String tag = normalizeTag(languageTag);
      // A malformed tag is kept as given so that build() can report it.
      texts.put(tag != null ? tag : languageTag, text);
      return this;
    }

    /**
     * Returns the localized text.
     *
     * @return the text in all languages put so far
     * @throws org.coopkit.error.ValidationException if no language was put, the language limit is
     *     passed, a tag is malformed, or a text is blank or too long
     */
    public LocalizedText build() {
      return new LocalizedText(texts);
    }
  }
}
