package org.coopkit.benchmarks;

import java.time.YearMonth;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coopkit.model.PartialDate;
import org.coopkit.model.PartialDate.Precision;
import org.coopkit.model.internal.Validator;
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
 * One partial date read from its text, over 1,024 dates of 2015-2024 at the three precisions
 * ({@code 2017}, {@code 2017-10}, {@code 2017-10-09}) taken in turn: {@link #handWritten} is {@link
 * PartialDate#parse}, which checks the form character by character; {@link #regex} checks it with a
 * regular expression. Both then check that the date is real and make it. The setup proves both give
 * the same.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class PartialDateParseBenchmark {
  private static final int SAMPLES = 1_024;
  private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  private static final String REAL =
      "must be a real date between " + PartialDate.MIN_YEAR + " and " + PartialDate.MAX_YEAR;

  private String[] texts = new String[0];
  private int next;

  @Setup(Level.Trial)
  public void makeSamples() {
    Random random = new Random(BenchmarkData.SEED);
    texts = new String[SAMPLES];
    for (int i = 0; i < SAMPLES; i++) {
      PartialDate day =
          PartialDate.of(BenchmarkData.FIRST_DAY.plusDays(random.nextInt(BenchmarkData.DAYS)));
      PartialDate date =
          switch (i % 3) {
            case 0 -> PartialDate.ofYear(day.year());
            case 1 -> PartialDate.ofMonth(day.year(), day.month());
            default -> day;
          };
      texts[i] = date.toString();
      if (!PartialDate.parse(texts[i]).equals(date) || !regex(texts[i]).equals(date)) {
        throw new IllegalStateException("the two ways differ on " + texts[i]);
      }
    }
  }

  @Benchmark
  public PartialDate handWritten() {
    return PartialDate.parse(texts[next++ & (SAMPLES - 1)]);
  }

  @Benchmark
  public PartialDate regex() {
    return regex(texts[next++ & (SAMPLES - 1)]);
  }

  /** {@link PartialDate#parse} with a regular expression for the form, the same checks after it. */
  static PartialDate regex(String text) {
    Validator v = Validator.of("PartialDate");
    if (v.required(text, "text")) {
      String t = text.strip();
      Matcher m = FORM.matcher(t);
      if (v.check(m.matches(), "text", "must be YYYY, YYYY-MM or YYYY-MM-DD", text)) {
        // The digits read in place, without a string per group.
        int year = Integer.parseInt(t, 0, 4, 10);
        int month = m.start(2) < 0 ? 0 : Integer.parseInt(t, m.start(2), m.end(2), 10);
        int day = m.start(3) < 0 ? 0 : Integer.parseInt(t, m.start(3), m.end(3), 10);
        Precision precision =
            m.start(3) >= 0 ? Precision.DAY : m.start(2) >= 0 ? Precision.MONTH : Precision.YEAR;
        if (v.check(isReal(year, month, day, precision), "text", REAL, text)) {
          return new PartialDate(year, month, day, precision);
        }
      }
    }
    v.throwIfInvalid();
    throw new AssertionError();
  }

  private static boolean isReal(int year, int month, int day, Precision precision) {
    return year >= PartialDate.MIN_YEAR
        && year <= PartialDate.MAX_YEAR
        && (precision == Precision.YEAR || (month >= 1 && month <= 12))
        && (precision != Precision.DAY
            || (day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth()));
  }
}
