package org.coopkit.report;

import java.util.Arrays;
import org.coopkit.model.ParticipantCount;
import org.coopkit.model.ParticipantCount.Qualifier;
import org.jspecify.annotations.Nullable;

/**
 * An adapter's aggregate over a group of events: counts and sums that it can compute with plain
 * {@code COUNT} and {@code SUM}, from which coopkit derives honest {@link Tally tallies}.
 *
 * <p>Each event of the group brings one figure: its total, or for {@link
 * Dimension#PARTICIPANT_COUNTRY} its count for that country. Figures are kept apart by qualifier:
 * for each {@link Qualifier}, how many events gave a figure with it ({@link
 * #eventsCounted(Qualifier)}) and the sum of those figures as written ({@link
 * #participantsCounted(Qualifier)}: "more than 500" adds 500). An event without a figure adds one
 * to {@link #eventsWithoutCount()}. What the sums mean together is {@link Tally}'s to work out, not
 * the adapter's.
 *
 * <p>An event that is part of another ({@link org.coopkit.model.event.Event#partOf()}) whose
 * participants are already in its parent's figure brings no figure of its own: it adds one to
 * {@link #eventsInParent()} instead (see {@link Tallies} for when). And an event in a scope with a
 * period that only may fall in it adds one to {@link #eventsPerhapsOutsidePeriod()} as well.
 *
 * <p>A store makes one with {@link #builder()}, or adds events one by one to {@link #EMPTY} with
 * {@link #plus}; a figure it does not set is 0.
 *
 * @since 0.1.0
 */
public final class RawTally {
  private static final int QUALIFIERS = Qualifier.values().length;

  /** An empty group. */
  public static final RawTally EMPTY =
      new RawTally(0, new long[QUALIFIERS], new long[QUALIFIERS], 0, 0, 0, 0);

  private final long events;
  private final long[] eventsCounted;
  private final long[] participantsCounted;
  private final long eventsWithoutCount;
  private final long adoptedKeyMessages;
  private final long eventsInParent;
  private final long eventsPerhapsOutsidePeriod;

  private RawTally(
      long events,
      long[] eventsCounted,
      long[] participantsCounted,
      long eventsWithoutCount,
      long adoptedKeyMessages,
      long eventsInParent,
      long eventsPerhapsOutsidePeriod) {
    this.events = events;
    this.eventsCounted = eventsCounted;
    this.participantsCounted = participantsCounted;
    this.eventsWithoutCount = eventsWithoutCount;
    this.adoptedKeyMessages = adoptedKeyMessages;
    this.eventsInParent = eventsInParent;
    this.eventsPerhapsOutsidePeriod = eventsPerhapsOutsidePeriod;
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
   * How many events of the group gave a figure with {@code qualifier}.
   *
   * @param qualifier how the figures were qualified
   * @return how many events gave such a figure
   */
  public long eventsCounted(Qualifier qualifier) {
    return eventsCounted[qualifier.ordinal()];
  }

  /**
   * The sum of the figures qualified with {@code qualifier}, as written: "more than 500" adds 500.
   *
   * @param qualifier how the figures were qualified
   * @return the sum of those figures
   */
  public long participantsCounted(Qualifier qualifier) {
    return participantsCounted[qualifier.ordinal()];
  }

  /**
   * Events of the group without any figure.
   *
   * @return how many events had no figure
   */
  public long eventsWithoutCount() {
    return eventsWithoutCount;
  }

  /**
   * Key messages the events adopted.
   *
   * @return how many key messages the events adopted
   */
  public long adoptedKeyMessages() {
    return adoptedKeyMessages;
  }

  /**
   * Events of the group whose participants are counted in the figure of the event they are part of,
   * which is in scope too: they bring no figure of their own.
   *
   * @return how many events are counted within their parent
   * @since 0.2.0
   */
  public long eventsInParent() {
    return eventsInParent;
  }

  /**
   * Events of the group whose dates only may fall in the scope's period: some of the days they may
   * cover lie outside it (a date known only to the month or year, no known end, "on or before", or
   * no date at all). 0 when the scope has no period.
   *
   * @return how many events are perhaps outside the period
   * @since 0.2.0
   */
  public long eventsPerhapsOutsidePeriod() {
    return eventsPerhapsOutsidePeriod;
  }

  /**
   * Adds one event.
   *
   * @param count the event's figure for this dimension, or {@code null} when it has none
   * @param adopted how many key messages the event adopted
   * @return a tally with the event added
   */
  public RawTally plus(@Nullable ParticipantCount count, long adopted) {
    Builder b = toBuilder().events(events + 1).adoptedKeyMessages(adoptedKeyMessages + adopted);
    if (count == null) {
      b.eventsWithoutCount(eventsWithoutCount + 1);
    } else {
      Qualifier q = count.qualifier();
      b.counted(q, eventsCounted(q) + 1, participantsCounted(q) + count.value());
    }
    return b.build();
  }

  /**
   * Adds a tally of other events.
   *
   * @param other the tally of events not in this one
   * @return the sum of both, figure by figure
   */
  public RawTally plus(RawTally other) {
    Builder b =
        builder()
            .events(events + other.events)
            .eventsWithoutCount(eventsWithoutCount + other.eventsWithoutCount)
            .adoptedKeyMessages(adoptedKeyMessages + other.adoptedKeyMessages)
            .eventsInParent(eventsInParent + other.eventsInParent)
            .eventsPerhapsOutsidePeriod(
                eventsPerhapsOutsidePeriod + other.eventsPerhapsOutsidePeriod);
    for (Qualifier q : Qualifier.values()) {
      b.counted(
          q,
          eventsCounted(q) + other.eventsCounted(q),
          participantsCounted(q) + other.participantsCounted(q));
    }
    return b.build();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof RawTally o
        && events == o.events
        && Arrays.equals(eventsCounted, o.eventsCounted)
        && Arrays.equals(participantsCounted, o.participantsCounted)
        && eventsWithoutCount == o.eventsWithoutCount
        && adoptedKeyMessages == o.adoptedKeyMessages
        && eventsInParent == o.eventsInParent
        && eventsPerhapsOutsidePeriod == o.eventsPerhapsOutsidePeriod;
  }

  @Override
  public int hashCode() {
    return ((Long.hashCode(events) * 31 + Arrays.hashCode(eventsCounted)) * 31
                + Arrays.hashCode(participantsCounted))
            * 31
        + Long.hashCode(eventsWithoutCount) * 7
        + Long.hashCode(adoptedKeyMessages)
        + Long.hashCode(eventsInParent) * 11
        + Long.hashCode(eventsPerhapsOutsidePeriod) * 13;
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("RawTally[events=").append(events);
    for (Qualifier q : Qualifier.values()) {
      s.append(", ")
          .append(q)
          .append('=')
          .append(eventsCounted(q))
          .append('/')
          .append(participantsCounted(q));
    }
    return s.append(", eventsWithoutCount=")
        .append(eventsWithoutCount)
        .append(", adoptedKeyMessages=")
        .append(adoptedKeyMessages)
        .append(", eventsInParent=")
        .append(eventsInParent)
        .append(", eventsPerhapsOutsidePeriod=")
        .append(eventsPerhapsOutsidePeriod)
        .append(']')
        .toString();
  }

  /**
   * Starts an empty tally.
   *
   * @return a builder with every figure 0
   */
  public static Builder builder() {
    return new Builder(EMPTY);
  }

  /**
   * Starts a tally from this one's figures.
   *
   * @return a builder holding this tally's figures
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Builds a {@link RawTally}; each setter sets the figure of the accessor of the same name.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private long events;
    private final long[] eventsCounted;
    private final long[] participantsCounted;
    private long eventsWithoutCount;
    private long adoptedKeyMessages;
    private long eventsInParent;
    private long eventsPerhapsOutsidePeriod;

    private Builder(RawTally t) {
      events = t.events;
      eventsCounted = t.eventsCounted.clone();
      participantsCounted = t.participantsCounted.clone();
      eventsWithoutCount = t.eventsWithoutCount;
      adoptedKeyMessages = t.adoptedKeyMessages;
      eventsInParent = t.eventsInParent;
      eventsPerhapsOutsidePeriod = t.eventsPerhapsOutsidePeriod;
    }

    /**
     * Sets {@link RawTally#events()}.
     *
     * @param events distinct events in the group
     * @return this builder
     */
    public Builder events(long events) {
      this.events = events;
      return this;
    }

    /**
     * Sets {@link RawTally#eventsCounted} and {@link RawTally#participantsCounted} of one
     * qualifier.
     *
     * @param qualifier how the figures were qualified
     * @param events how many events gave such a figure
     * @param participants the sum of those figures, as written
     * @return this builder
     */
    public Builder counted(Qualifier qualifier, long events, long participants) {
      eventsCounted[qualifier.ordinal()] = events;
      participantsCounted[qualifier.ordinal()] = participants;
      return this;
    }

    /**
     * Sets {@link RawTally#eventsWithoutCount()}.
     *
     * @param eventsWithoutCount events without any figure
     * @return this builder
     */
    public Builder eventsWithoutCount(long eventsWithoutCount) {
      this.eventsWithoutCount = eventsWithoutCount;
      return this;
    }

    /**
     * Sets {@link RawTally#adoptedKeyMessages()}.
     *
     * @param adoptedKeyMessages key messages the events adopted
     * @return this builder
     */
    public Builder adoptedKeyMessages(long adoptedKeyMessages) {
      this.adoptedKeyMessages = adoptedKeyMessages;
      return this;
    }

    /**
     * Sets {@link RawTally#eventsInParent()}.
     *
     * @param eventsInParent events counted within the event they are part of
     * @return this builder
     * @since 0.2.0
     */
    public Builder eventsInParent(long eventsInParent) {
      this.eventsInParent = eventsInParent;
      return this;
    }

    /**
     * Sets {@link RawTally#eventsPerhapsOutsidePeriod()}.
     *
     * @param eventsPerhapsOutsidePeriod events whose dates only may fall in the period
     * @return this builder
     * @since 0.2.0
     */
    public Builder eventsPerhapsOutsidePeriod(long eventsPerhapsOutsidePeriod) {
      this.eventsPerhapsOutsidePeriod = eventsPerhapsOutsidePeriod;
      return this;
    }

    /**
     * Makes the tally.
     *
     * @return a tally of the figures set
     */
    public RawTally build() {
      return new RawTally(
          events,
          eventsCounted.clone(),
          participantsCounted.clone(),
          eventsWithoutCount,
          adoptedKeyMessages,
          eventsInParent,
          eventsPerhapsOutsidePeriod);
    }
  }
}
