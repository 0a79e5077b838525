package org.coopkit.benchmarks;

/**
 * How a cost grows with the number of events, read from two sizes: the exponent {@code k} of {@code
 * cost ~ N^k}, {@code k = log(cost ratio) / log(size ratio)}. A logarithmic growth cannot be told
 * from a constant one with sizes a decade apart and timing noise (from 10,000 to 100,000 events
 * {@code log N} grows 1.25 times, {@code k = 0.1}), so both are one class.
 */
enum Growth {
  /** {@code k < 0.2}: below 1.6 times the cost for ten times the events. */
  CONSTANT("O(1)/O(log N)"),
  /** {@code 0.2 <= k < 0.7}. */
  SUBLINEAR("sublinear"),
  /** {@code 0.7 <= k < 1.3}: the cost follows the number of events. */
  LINEAR("O(N)"),
  /** {@code k >= 1.3}. */
  SUPERLINEAR("worse than O(N)");

  private final String label;

  Growth(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }

  /** The exponent {@code k} between two sizes and their costs. */
  static double exponent(double smallSize, double smallCost, double largeSize, double largeCost) {
    return Math.log(largeCost / smallCost) / Math.log(largeSize / smallSize);
  }

  /** The class of an exponent. */
  static Growth of(double exponent) {
    if (exponent < 0.2) {
      return CONSTANT;
    }
    if (exponent < 0.7) {
      return SUBLINEAR;
    }
    return exponent < 1.3 ? LINEAR : SUPERLINEAR;
  }

  /**
   * {@code FINDING} when the cost grows a class faster than {@code expected} allows and at least
   * like O(N) (a constant expectation met by a linear growth, a linear one by a worse one); {@code
   * watch} when a constant expectation meets a sublinear growth; {@code ok} otherwise.
   */
  static String verdict(Growth expected, Growth observed) {
    if (observed.ordinal() <= expected.ordinal()) {
      return "ok";
    }
    return observed.ordinal() >= LINEAR.ordinal() ? "FINDING" : "watch";
  }
}
