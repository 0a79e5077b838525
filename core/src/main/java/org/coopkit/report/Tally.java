package org.coopkit.report;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A total that says how far it can be trusted. Adding "93" and "more than 500" gives "at least
 * 593", never a bare 593; adding "about 50" makes the whole total approximate; an event whose count
 * is unknown makes the total a lower bound.
 *
 * <p>Only coopkit makes tallies, from the sums a store gathered ({@link EventTally#of(RawTally)});
 * what a tally tells may grow, so it has no public constructor.
 *
 * @since 0.1.0
 */
public final class Tally {
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

  private final long value;
  private final Accuracy accuracy;

  private Tally(long value, Accuracy accuracy) {
    requireNonNull(accuracy, "accuracy");
    if (value < 0) {
      throw new IllegalArgumentException("a tally cannot be negative, but was " + value);
    }
    this.value = value;
    this.accuracy = accuracy;
  }

  /**
   * The total of sums gathered by qualifier.
   *
   * @param exact the sum of exact counts
   * @param atLeast the sum of "more than" counts
   * @param approximate the sum of estimated counts (about, up to, planned)
   * @param unknown how many parts had no count at all
   * @return the total: exact if every part was, about if any part was an estimate, else at least
   * @throws IllegalArgumentException if the total is negative
   */
  static Tally of(long exact, long atLeast, long approximate, long unknown) {
    Accuracy accuracy =
        approximate > 0
            ? Accuracy.APPROXIMATE
            : atLeast > 0 || unknown > 0 ? Accuracy.AT_LEAST : Accuracy.EXACT;
    return new Tally(exact + atLeast + approximate, accuracy);
  }

  /**
   * The number: every count added up, whatever its qualifier.
   *
   * @return the number, never negative
   */
  public long value() {
    return value;
  }

  /**
   * How {@link #value()} may be read: exact, a lower bound, or an estimate.
   *
   * @return how the number may be read
   */
  public Accuracy accuracy() {
    return accuracy;
  }

  /**
   * Whether every part was an exact count.
   *
   * @return {@code true} if the accuracy is {@link Accuracy#EXACT}
   */
  public boolean isExact() {
    return accuracy == Accuracy.EXACT;
  }

  /**
   * Whether {@code other} is a Tally with an equal value and accuracy.
   *
   * @param other the object to compare with
   * @return whether {@code other} is equal to this
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Tally o && value == o.value && accuracy == o.accuracy;
  }

  /**
   * A hash of every value, consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(value, accuracy);
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
