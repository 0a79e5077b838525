package org.coopkit.json;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.coopkit.benchmarks.BenchmarkData;
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
 * One instant read from the text the json module writes ({@link Instant#toString()} of a stamp cut
 * to microseconds), over 1,024 instants spread over 2015-2024, taken in turn: {@link #handWritten}
 * as the module's reader does it, the plain UTC form read by hand ({@link
 * ValueJson#plainUtcInstant}) and any other form by {@link Instant#parse}; {@link #jdk} is {@link
 * Instant#parse} alone. The setup proves both give the same.
 *
 * <p>In the json module's package, the one place that can call its package-private reader.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class InstantParseBenchmark {
  private static final int SAMPLES = 1_024;

  private String[] texts = new String[0];
  private int next;

  @Setup(Level.Trial)
  public void makeSamples() {
    Random random = new Random(BenchmarkData.SEED);
    long first = Instant.parse("2015-01-01T00:00:00Z").getEpochSecond();
    long seconds = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond() - first;
    texts = new String[SAMPLES];
    for (int i = 0; i < SAMPLES; i++) {
      Instant instant = Instant.ofEpochSecond(first + (long) (random.nextDouble() * seconds));
      // Stamps of the services (a clock cut to microseconds), and some on the second, as imported.
      if (i % 8 != 0) {
        instant = instant.plusNanos(random.nextInt(1_000_000_000)).truncatedTo(ChronoUnit.MICROS);
      }
      texts[i] = instant.toString();
      if (!handWritten(texts[i]).equals(jdk(texts[i]))) {
        throw new IllegalStateException("the two ways differ on " + texts[i]);
      }
    }
  }

  @Benchmark
  public Instant handWritten() {
    return handWritten(texts[next++ & (SAMPLES - 1)]);
  }

  @Benchmark
  public Instant jdk() {
    return jdk(texts[next++ & (SAMPLES - 1)]);
  }

  private static Instant jdk(String text) {
    return Instant.parse(text).truncatedTo(ChronoUnit.MICROS);
  }

  /** What the module's reader does with the text of an instant. */
  private static Instant handWritten(String text) {
    Instant plain = ValueJson.plainUtcInstant(text);
    return (plain != null ? plain : Instant.parse(text)).truncatedTo(ChronoUnit.MICROS);
  }
}
