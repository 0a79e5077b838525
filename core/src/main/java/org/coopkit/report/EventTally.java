package org.coopkit.report;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import org.coopkit.model.internal.FieldNames;
import org.jspecify.annotations.Nullable;

/**
 * What a group of events adds up to.
 *
 * <p>Made by coopkit from a store's aggregate with {@link #of(RawTally)}; it may gain figures, so
 * it has no public constructor.
 *
 * @since 0.1.0
 */
public final class EventTally {
  /** The names of the values, in the order of {@link #values()}. */
  private static final FieldNames VALUES =
      new FieldNames(
          "EventTally",
          "events",
          "participants",
          "adoptedKeyMessages",
          "eventsPerhapsOutsidePeriod");

  /** No events. */
  public static final EventTally NONE = new EventTally(0, Tally.ZERO, 0, 0);

  private final long events;
  private final Tally participants;
  private final long adoptedKeyMessages;
  private final long perhapsOutsidePeriod;

  private EventTally(
      long events, Tally participants, long adoptedKeyMessages, long perhapsOutsidePeriod) {
    this.events = events;
    this.participants = requireNonNull(participants, "participants");
    this.adoptedKeyMessages = adoptedKeyMessages;
    this.perhapsOutsidePeriod = perhapsOutsidePeriod;
  }

  /**
   * The values {@link #equals}, {@link #hashCode} and {@link #toString} read; add a new one here.
   */
  private Object[] values() {
    return new Object[] {events, participants, adoptedKeyMessages, perhapsOutsidePeriod};
  }

  /**
   * Turns an adapter's aggregate into a tally.
   *
   * @param raw the sums an adapter gathered for one group
   * @return the tally, with the participants as an honest range with its make-up
   * @throws IllegalArgumentException if the participants add up to a negative number
   */
  public static EventTally of(RawTally raw) {
    return new EventTally(
        raw.events(), Tally.of(raw), raw.adoptedKeyMessages(), raw.eventsPerhapsOutsidePeriod());
  }

  /**
   * How many events, each counted once.
   *
   * @return how many events
   */
  public long events() {
    return events;
  }

  /**
   * How many people took part: a range that claims no more than the figures say.
   *
   * @return how many people took part
   */
  public Tally participants() {
    return participants;
  }

  /**
   * How many key messages those events adopted.
   *
   * @return how many key messages those events adopted
   */
  public long adoptedKeyMessages() {
    return adoptedKeyMessages;
  }

  /**
   * How many of the events only may fall in the report's period: their dates are uncertain (known
   * to the month or year, without a known end, "on or before", or not known) and some of the days
   * they may cover lie outside the period. They are among {@link #events()}, as a search's default
   * period filter keeps them; this figure tells how many. 0 when the report has no period.
   *
   * @return how many events are perhaps outside the period
   * @since 0.2.0
   */
  public long eventsPerhapsOutsidePeriod() {
    return perhapsOutsidePeriod;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof EventTally o && Arrays.equals(values(), o.values());
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values());
  }

  @Override
  public String toString() {
    return VALUES.describe(values());
  }
}
