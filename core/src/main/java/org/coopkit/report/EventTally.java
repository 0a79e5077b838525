package org.coopkit.report;

import static java.util.Objects.requireNonNull;

/**
 * What a group of events adds up to.
 *
 * @param events how many events, each counted once
 * @param participants how many people took part, with its accuracy
 * @param adoptedKeyMessages how many key messages those events adopted
 * @since 0.1.0
 */
public record EventTally(long events, Tally participants, long adoptedKeyMessages) {
  /** No events. */
  public static final EventTally NONE = new EventTally(0, Tally.ZERO, 0);

  /**
   * Checks that the participants tally is present.
   *
   * @param events how many events, each counted once
   * @param participants how many people took part, with its accuracy
   * @param adoptedKeyMessages how many key messages those events adopted
   * @throws NullPointerException if {@code participants} is null
   */
  public EventTally {
    requireNonNull(participants, "participants");
  }

  /**
   * Turns an adapter's aggregate into a tally.
   *
   * @param raw the sums an adapter gathered for one group
   * @return the tally, with participants summed and their accuracy worked out
   */
  public static EventTally of(RawTally raw) {
    return new EventTally(
        raw.events(),
        Tally.of(
            raw.exactParticipants(),
            raw.atLeastParticipants(),
            raw.approximateParticipants(),
            raw.eventsWithoutCount()),
        raw.adoptedKeyMessages());
  }
}
