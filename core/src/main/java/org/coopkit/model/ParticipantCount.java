package org.coopkit.model;

import org.coopkit.model.internal.Validator;

/**
 * How many people took part in an event or activity, with how certain the figure is: reports say
 * "93 participants", "about 50", "more than 500" or "40 planned".
 *
 * @param value the number, from zero to {@value #MAX}
 * @param qualifier how the number is to be read
 * @since 0.1.0
 */
public record ParticipantCount(int value, Qualifier qualifier) {
  /** The largest count accepted; anything above is a typing mistake, not a workshop. */
  public static final int MAX = 10_000_000;

  /**
   * How a participant count is to be read.
   *
   * @since 0.1.0
   */
  public enum Qualifier {
    /** Counted: exactly this many. */
    EXACT,
    /** Estimated: roughly this many. */
    APPROXIMATELY,
    /** A lower bound: more than this many. */
    MORE_THAN,
    /** An upper bound: at most this many. */
    UP_TO,
    /** A target set before the event, not an outcome. */
    PLANNED
  }

  /**
   * Checks the count.
   *
   * @param value the number, from zero to {@value #MAX}
   * @param qualifier how the number is to be read
   * @throws org.coopkit.error.ValidationException if the value is negative or above {@value #MAX},
   *     or the qualifier is missing
   */
  public ParticipantCount {
    Validator v = Validator.of("ParticipantCount");
    v.check(value >= 0 && value <= MAX, "value", "must be between 0 and " + MAX, value);
    v.required(qualifier, "qualifier");
    v.throwIfInvalid();
  }

  /**
   * Returns a counted number of participants.
   *
   * @param value the counted number
   * @return an exact count
   * @throws org.coopkit.error.ValidationException if the value is out of range
   */
  public static ParticipantCount exactly(int value) {
    return new ParticipantCount(value, Qualifier.EXACT);
  }

  /**
   * Returns an estimated number of participants.
   *
   * @param value the estimated number
   * @return an approximate count
   * @throws org.coopkit.error.ValidationException if the value is out of range
   */
  public static ParticipantCount approximately(int value) {
    return new ParticipantCount(value, Qualifier.APPROXIMATELY);
  }

  /**
   * Returns a lower bound on the number of participants.
   *
   * @param value the number that was exceeded
   * @return a count meaning "more than {@code value}"
   * @throws org.coopkit.error.ValidationException if the value is out of range
   */
  public static ParticipantCount moreThan(int value) {
    return new ParticipantCount(value, Qualifier.MORE_THAN);
  }

  /**
   * Returns an upper bound on the number of participants.
   *
   * @param value the largest possible number
   * @return a count meaning "at most {@code value}"
   * @throws org.coopkit.error.ValidationException if the value is out of range
   */
  public static ParticipantCount upTo(int value) {
    return new ParticipantCount(value, Qualifier.UP_TO);
  }

  /**
   * Returns a planned number of participants.
   *
   * @param value the target number
   * @return a planned count, not an outcome
   * @throws org.coopkit.error.ValidationException if the value is out of range
   */
  public static ParticipantCount planned(int value) {
    return new ParticipantCount(value, Qualifier.PLANNED);
  }

  /**
   * Whether the number was counted rather than estimated, bounded or planned.
   *
   * @return {@code true} only for {@link Qualifier#EXACT}
   */
  public boolean isExact() {
    return qualifier == Qualifier.EXACT;
  }

  /** Returns the count as a report says it: "93", "about 50", "more than 500", "40 planned". */
  @Override
  public String toString() {
    return switch (qualifier) {
      case EXACT -> Integer.toString(value);
      case APPROXIMATELY -> "about " + value;
      case MORE_THAN -> "more than " + value;
      case UP_TO -> "up to " + value;
      case PLANNED -> value + " planned";
    };
  }
}
