package org.coopkit.benchmarks;

import java.util.Arrays;
import java.util.List;

/** The median, minimum and maximum of a figure measured in several runs. */
record Stats(double median, double min, double max, int runs) {

  static Stats of(List<Double> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no runs");
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return new Stats(percentile(sorted, 50), sorted[0], sorted[sorted.length - 1], sorted.length);
  }

  /**
   * The {@code p}-th percentile of sorted values, by the nearest rank (the median averages two).
   */
  static double percentile(double[] sorted, double p) {
    if (p == 50 && sorted.length % 2 == 0) {
      return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  /** The median of raw nanosecond samples, in microseconds. */
  static double medianMicros(long[] nanos) {
    double[] sorted = Arrays.stream(nanos).mapToDouble(n -> n / 1_000.0).sorted().toArray();
    return percentile(sorted, 50);
  }
}
