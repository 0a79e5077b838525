package org.coopkit.benchmarks;

import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.coopkit.model.LocalizedText;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One language tag checked, put in canonical form and looked up in a localized text, over 1,024
 * tags of the languages the kit's generator writes in ({@code en}, {@code fr}, {@code uk}, {@code
 * pt-BR}, {@code sr-Latn}...) taken in turn, each a string of its own: {@link #cached} is {@link
 * LocalizedText#in}, whose tags are remembered in a bounded map once parsed; {@link #jdk} parses
 * every tag as {@link LocalizedText} does the first time ({@link Locale.Builder} to refuse what is
 * not well-formed, then {@link Locale#forLanguageTag}). Building a localized text and reading one
 * from JSON put each tag through the same step. The setup proves both give the same.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class LanguageTagBenchmark {
  private static final int SAMPLES = 1_024;
  private static final List<String> LANGUAGES =
      List.of(
          "en", "fr", "de", "ru", "uk", "hy", "ka", "az", "ro", "tr", "sr-Latn", "el", "ar", "he",
          "pt-BR", "zh-Hant");

  private LocalizedText text = LocalizedText.of("x");
  private String[] tags = new String[0];
  private int next;

  @Setup(Level.Trial)
  public void makeSamples() {
    Random random = new Random(BenchmarkData.SEED);
    Map<String, String> texts = new LinkedHashMap<>();
    for (String language : LANGUAGES) {
      texts.put(language, "text in " + language);
    }
    text = LocalizedText.of(texts);
    tags = new String[SAMPLES];
    for (int i = 0; i < SAMPLES; i++) {
      // English in most texts, as in programme data; a copy, so that no two samples share a hash.
      String tag = i % 3 == 0 ? "en" : LANGUAGES.get(random.nextInt(LANGUAGES.size()));
      tags[i] = new String(tag.toCharArray());
      if (text.in(tags[i]).isEmpty() || !text.in(tags[i]).equals(jdkIn(tags[i]))) {
        throw new IllegalStateException("the two ways differ on " + tags[i]);
      }
    }
  }

  @Benchmark
  public Optional<String> cached() {
    return text.in(tags[next++ & (SAMPLES - 1)]);
  }

  @Benchmark
  public Optional<String> jdk() {
    return jdkIn(tags[next++ & (SAMPLES - 1)]);
  }

  /** {@link LocalizedText#in} without the remembered tags: every tag parsed. */
  private Optional<String> jdkIn(String tag) {
    String canonical = parseTag(tag);
    return canonical == null ? Optional.empty() : Optional.ofNullable(text.texts().get(canonical));
  }

  /** A tag's canonical form as {@link LocalizedText} works it out, or null if malformed. */
  private static @Nullable String parseTag(String tag) {
    String stripped = tag.strip();
    try {
      new Locale.Builder().setLanguageTag(stripped);
    } catch (IllformedLocaleException e) {
      return null;
    }
    String canonical = Locale.forLanguageTag(stripped).toLanguageTag();
    return canonical.equals("und") ? null : canonical;
  }
}
