package org.coopkit.report;

import static java.util.Objects.requireNonNull;

/**
 * A total that says how far it can be trusted. Adding "93" and "more than 500" gives "at least
 * 593", never a bare 593; adding "about 50" makes the whole total approximate; an event whose count
 * is unknown makes the total a lower bound.
 *
 * @param value the number
 * @param accuracy how it may be read
 * @since 0.1.0
 */
public record Tally(long value, Accuracy accuracy) {
  /** Nothing counted, exactly. */
  public static final Tally ZERO = new Tally(0, Accuracy.EXACT);

  /** How a {@link Tally} may be read. */
  public enum Accuracy {
    /** Every part was an exact count. */
    EXACT,
    /** A lower bound: some parts were "more than" counts or unknown. */
    AT_LEAST,
    /** Some parts were estimates ("about", "up to", planned figures). */
    APPROXIMATE
  }

  /**
   * Checks the tally.
   *
   * @param value the number
   * @param accuracy how it may be read
   * @throws IllegalArgumentException if {@code value} is negative
   * @throws NullPointerException if {@code accuracy} is null
   */
  public Tally {
    requireNonNull(accuracy, "accuracy");
    if (value < 0) {
      throw new IllegalArgumentException("a tally cannot be negative, but was " + value);
    }
  }

  /**
   * The total of sums gathered by qualifier.
   *
   * @param exact the sum of exact counts
   * @param atLeast the sum of "more than" counts
   * @param approximate the sum of estimated counts (about, up to, planned)
   * @param unknown how many parts had no count at all
   * @return the total: exact if every part was, about if any part was an estimate, else at least
   */
  public static Tally of(long exact, long atLeast, long approximate, long unknown) {
    Accuracy accuracy =
        approximate > 0
            ? Accuracy.APPROXIMATE
            : atLeast > 0 || unknown > 0 ? Accuracy.AT_LEAST : Accuracy.EXACT;
    return new Tally(exact + atLeast + approximate, accuracy);
  }

  /**
   * Whether every part was an exact count.
   *
   * @return {@code true} if the accuracy is {@link Accuracy#EXACT}
   */
  public boolean isExact() {
    return accuracy == Accuracy.EXACT;
  }

  /** Reads as a person would say it: {@code 93}, {@code at least 593}, {@code about 150}. */
  @Override
  public String toString() {
    return switch (accuracy) {
      case EXACT -> Long.toString(value);
      case AT_LEAST -> "at least " + value;
      case APPROXIMATE -> "about " + value;
    };
  }
}
