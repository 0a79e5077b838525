package org.coopkit.benchmarks;

import java.text.Normalizer;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.coopkit.model.Limits;
import org.coopkit.model.internal.Validator;
import org.coopkit.storage.tck.RandomAggregates;
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
 * One text of a localized text checked and put in NFC, over 1,024 texts of the kit's generator
 * (titles and descriptions in Latin, Cyrillic, Armenian, Georgian, Greek, Hebrew, Arabic, CJK and
 * emoji), taken in turn: {@link #handWritten} is core's {@link Validator#normalizedIfFine}, one
 * pass over the text with a table of NFC-stable code points; {@link #jdk} asks {@link Normalizer}
 * (and normalises only a text that is not in NFC), then checks the text's rules with {@link
 * Validator#isFineText}. The setup proves both give the same.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class NfcBenchmark {
  private static final int SAMPLES = 1_024;

  private String[] texts = new String[0];
  private int next;

  @Setup(Level.Trial)
  public void makeSamples() {
    RandomAggregates fixtures = new RandomAggregates(BenchmarkData.SEED);
    Random random = new Random(BenchmarkData.SEED);
    texts = new String[SAMPLES];
    for (int i = 0; i < SAMPLES; i++) {
      texts[i] = random.nextBoolean() ? fixtures.text(120, false) : fixtures.text(500, true);
      String hand = Validator.normalizedIfFine(texts[i], Limits.TEXT);
      String jdk = jdkNormalizedIfFine(texts[i], Limits.TEXT);
      if (hand == null || !hand.equals(jdk)) {
        throw new IllegalStateException("the two ways differ on text " + i);
      }
    }
  }

  @Benchmark
  public @Nullable String handWritten() {
    return Validator.normalizedIfFine(texts[next++ & (SAMPLES - 1)], Limits.TEXT);
  }

  @Benchmark
  public @Nullable String jdk() {
    return jdkNormalizedIfFine(texts[next++ & (SAMPLES - 1)], Limits.TEXT);
  }

  /** What {@link Validator#normalizedIfFine} would be with the JDK's normalizer alone. */
  static @Nullable String jdkNormalizedIfFine(@Nullable String text, int max) {
    if (text == null) {
      return null;
    }
    String stripped = text.strip();
    String normalized =
        Normalizer.isNormalized(stripped, Normalizer.Form.NFC)
            ? stripped
            : Normalizer.normalize(stripped, Normalizer.Form.NFC);
    return Validator.isFineText(normalized, max) ? normalized : null;
  }
}
