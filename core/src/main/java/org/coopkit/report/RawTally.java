package org.coopkit.report;

import java.util.Objects;
import org.coopkit.model.ParticipantCount;
import org.coopkit.model.ParticipantCount.Qualifier;
import org.jspecify.annotations.Nullable;

/**
 * An adapter's aggregate over a group of events: counts and sums that it can compute with plain
 * {@code COUNT} and {@code SUM}, from which coopkit derives honest {@link Tally tallies}.
 *
 * <p>The participant sums add the counts that apply to the dimension (an event's total, or for
 * {@link Dimension#PARTICIPANT_COUNTRY} its count for that country) by their qualifier: {@code
 * EXACT} into {@link #exactParticipants()}, {@code MORE_THAN} into {@link #atLeastParticipants()},
 * {@code APPROXIMATELY}, {@code UP_TO} and {@code PLANNED} into {@link #approximateParticipants()};
 * an event without such a count adds one to {@link #eventsWithoutCount()}.
 *
 * <p>A store makes one with {@link #builder()}, or adds events one by one to {@link #EMPTY} with
 * {@link #plus}; a sum it does not set is 0.
 *
 * @since 0.1.0
 */
public final class RawTally {
  /** An empty group. */
  public static final RawTally EMPTY = new RawTally(0, 0, 0, 0, 0, 0);

  private final long events;
  private final long exactParticipants;
  private final long atLeastParticipants;
  private final long approximateParticipants;
  private final long eventsWithoutCount;
  private final long adoptedKeyMessages;

  private RawTally(
      long events,
      long exactParticipants,
      long atLeastParticipants,
      long approximateParticipants,
      long eventsWithoutCount,
      long adoptedKeyMessages) {
    this.events = events;
    this.exactParticipants = exactParticipants;
    this.atLeastParticipants = atLeastParticipants;
    this.approximateParticipants = approximateParticipants;
    this.eventsWithoutCount = eventsWithoutCount;
    this.adoptedKeyMessages = adoptedKeyMessages;
  }

  /**
   * Distinct events in the group.
   *
   * @return distinct events in the group
   */
  public long events() {
    return events;
  }

  /**
   * The sum of exact counts.
   *
   * @return the sum of exact counts
   */
  public long exactParticipants() {
    return exactParticipants;
  }

  /**
   * The sum of "more than" counts.
   *
   * @return the sum of "more than" counts
   */
  public long atLeastParticipants() {
    return atLeastParticipants;
  }

  /**
   * The sum of estimates: "about", "up to" and planned counts.
   *
   * @return the sum of estimates
   */
  public long approximateParticipants() {
    return approximateParticipants;
  }

  /**
   * Events in the group without a count.
   *
   * @return events in the group without a count
   */
  public long eventsWithoutCount() {
    return eventsWithoutCount;
  }

  /**
   * Adopted key messages of the group's events.
   *
   * @return adopted key messages of the group's events
   */
  public long adoptedKeyMessages() {
    return adoptedKeyMessages;
  }

  /**
   * This tally with one more event, its applicable count and its adopted key messages.
   *
   * @param count the event's participant count, or {@code null} if it has none
   * @param adopted how many key messages the event adopted
   * @return a new tally; this one is unchanged
   */
  public RawTally plus(@Nullable ParticipantCount count, long adopted) {
    long exact = exactParticipants;
    long atLeast = atLeastParticipants;
    long approximate = approximateParticipants;
    long without = eventsWithoutCount;
    if (count == null) {
      without++;
    } else if (count.qualifier() == Qualifier.EXACT) {
      exact += count.value();
    } else if (count.qualifier() == Qualifier.MORE_THAN) {
      atLeast += count.value();
    } else {
      approximate += count.value();
    }
    return new RawTally(
        events + 1, exact, atLeast, approximate, without, adoptedKeyMessages + adopted);
  }

  /**
   * Which column a qualifier's counts are summed into: 0 exact, 1 at least, 2 approximate.
   *
   * @param qualifier how a participant count is to be read
   * @return the column index, 0 to 2
   */
  public static int column(Qualifier qualifier) {
    return switch (qualifier) {
      case EXACT -> 0;
      case MORE_THAN -> 1;
      case APPROXIMATELY, UP_TO, PLANNED -> 2;
    };
  }

  /**
   * Whether {@code other} is a RawTally with equal sums, every one of them compared.
   *
   * @param other the object to compare with
   * @return whether {@code other} is equal to this
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof RawTally o
        && events == o.events
        && exactParticipants == o.exactParticipants
        && atLeastParticipants == o.atLeastParticipants
        && approximateParticipants == o.approximateParticipants
        && eventsWithoutCount == o.eventsWithoutCount
        && adoptedKeyMessages == o.adoptedKeyMessages;
  }

  /**
   * A hash of every value, consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(
        events,
        exactParticipants,
        atLeastParticipants,
        approximateParticipants,
        eventsWithoutCount,
        adoptedKeyMessages);
  }

  /**
   * The values, for logs and debugging.
   *
   * @return the name of the type and each value
   */
  @Override
  public String toString() {
    return "RawTally[events="
        + events
        + ", exactParticipants="
        + exactParticipants
        + ", atLeastParticipants="
        + atLeastParticipants
        + ", approximateParticipants="
        + approximateParticipants
        + ", eventsWithoutCount="
        + eventsWithoutCount
        + ", adoptedKeyMessages="
        + adoptedKeyMessages
        + "]";
  }

  /**
   * Starts a tally; every sum 0 until set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this tally's sums.
   *
   * @return a new builder; changing it leaves this tally untouched
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds a {@link RawTally}; reusable. */
  public static final class Builder {
    private long events;
    private long exactParticipants;
    private long atLeastParticipants;
    private long approximateParticipants;
    private long eventsWithoutCount;
    private long adoptedKeyMessages;

    private Builder() {}

    private Builder(RawTally t) {
      events = t.events;
      exactParticipants = t.exactParticipants;
      atLeastParticipants = t.atLeastParticipants;
      approximateParticipants = t.approximateParticipants;
      eventsWithoutCount = t.eventsWithoutCount;
      adoptedKeyMessages = t.adoptedKeyMessages;
    }

    /**
     * Sets how many distinct events the group holds.
     *
     * @param events distinct events in the group
     * @return this builder
     */
    public Builder events(long events) {
      this.events = events;
      return this;
    }

    /**
     * Sets the sum of exact counts.
     *
     * @param exactParticipants the sum of exact counts
     * @return this builder
     */
    public Builder exactParticipants(long exactParticipants) {
      this.exactParticipants = exactParticipants;
      return this;
    }

    /**
     * Sets the sum of "more than" counts.
     *
     * @param atLeastParticipants the sum of "more than" counts
     * @return this builder
     */
    public Builder atLeastParticipants(long atLeastParticipants) {
      this.atLeastParticipants = atLeastParticipants;
      return this;
    }

    /**
     * Sets the sum of estimates.
     *
     * @param approximateParticipants the sum of "about", "up to" and planned counts
     * @return this builder
     */
    public Builder approximateParticipants(long approximateParticipants) {
      this.approximateParticipants = approximateParticipants;
      return this;
    }

    /**
     * Sets how many events of the group have no count.
     *
     * @param eventsWithoutCount events in the group without a count
     * @return this builder
     */
    public Builder eventsWithoutCount(long eventsWithoutCount) {
      this.eventsWithoutCount = eventsWithoutCount;
      return this;
    }

    /**
     * Sets how many key messages the group's events adopted.
     *
     * @param adoptedKeyMessages adopted key messages of the group's events
     * @return this builder
     */
    public Builder adoptedKeyMessages(long adoptedKeyMessages) {
      this.adoptedKeyMessages = adoptedKeyMessages;
      return this;
    }

    /**
     * Builds the tally.
     *
     * @return a new tally with the sums set
     */
    public RawTally build() {
      return new RawTally(
          events,
          exactParticipants,
          atLeastParticipants,
          approximateParticipants,
          eventsWithoutCount,
          adoptedKeyMessages);
    }
  }
}
