package org.coopkit.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link JsonBenchmark} in one JMH run and prints coopkit's JSON speed as a ratio of plain
 * Jackson's over the same values, against issue #7's targets: export and import each at least 0.8x
 * plain Jackson's events per second.
 *
 * <p>{@code java -cp benchmarks.jar org.coopkit.benchmarks.JsonHarness}
 */
public final class JsonHarness {
  private static final double TARGET = 0.8;

  private JsonHarness() {}

  /**
   * Runs the benchmarks and prints the ratios.
   *
   * @param args none
   * @throws RunnerException if JMH fails
   */
  public static void main(String[] args) throws RunnerException {
    // The machine may be shared: the load average at both ends tells whether the run was quiet.
    double loadBefore = loadAverage();
    Options options = new OptionsBuilder().include(JsonBenchmark.class.getName() + "\\.").build();
    Collection<RunResult> results = new Runner(options).run();
    Map<String, Double> nanos = new TreeMap<>();
    Map<String, Double> errors = new TreeMap<>();
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      String shortName = name.substring(name.lastIndexOf('.') + 1);
      nanos.put(shortName, result.getPrimaryResult().getScore());
      errors.put(shortName, result.getPrimaryResult().getScoreError());
    }
    System.out.printf(
        Locale.ROOT,
        "%nJSON per event, average ns/op (load average %.2f before, %.2f after, on %d processors):%n",
        loadBefore,
        loadAverage(),
        Runtime.getRuntime().availableProcessors());
    // A wide error means the run did not settle or the machine was busy: compare with care.
    nanos.forEach(
        (name, ns) ->
            System.out.printf(
                Locale.ROOT, "  %-16s %,10.0f ± %,.0f%n", name, ns, errors.get(name)));
    // Speed is events per second, the inverse of time per event.
    report(
        "JSON export vs plain Jackson writing",
        nanos.get("plainWriteEvent") / nanos.get("writeEvent"));
    report(
        "JSON import vs plain Jackson reading",
        nanos.get("plainReadEvent") / nanos.get("readEvent"));
  }

  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static void report(String what, double ratio) {
    System.out.printf(
        Locale.ROOT,
        "  %s  %-40s %5.2f x  (target >= %.2f)%n",
        ratio >= TARGET ? "PASS" : "MISS",
        what,
        ratio,
        TARGET);
  }
}
