package org.coopkit.report;

import org.coopkit.model.ParticipantCount;
import org.coopkit.model.ParticipantCount.Qualifier;
import org.jspecify.annotations.Nullable;

/**
 * An adapter's aggregate over a group of events: counts and sums that it can compute with plain
 * {@code COUNT} and {@code SUM}, from which coopkit derives honest {@link Tally tallies}.
 *
 * <p>The participant columns sum the counts that apply to the dimension (an event's total, or for
 * {@link Dimension#PARTICIPANT_COUNTRY} its count for that country) by their qualifier: {@code
 * EXACT} into {@code exactParticipants}, {@code MORE_THAN} into {@code atLeastParticipants}, {@code
 * APPROXIMATELY}, {@code UP_TO} and {@code PLANNED} into {@code approximateParticipants}; an event
 * without such a count adds one to {@code eventsWithoutCount}.
 *
 * @param events distinct events in the group
 * @param exactParticipants the sum of exact counts
 * @param atLeastParticipants the sum of "more than" counts
 * @param approximateParticipants the sum of estimates
 * @param eventsWithoutCount events in the group without a count
 * @param adoptedKeyMessages adopted key messages of the group's events
 * @since 0.1.0
 */
public record RawTally(
    long events,
    long exactParticipants,
    long atLeastParticipants,
    long approximateParticipants,
    long eventsWithoutCount,
    long adoptedKeyMessages) {

  /** An empty group. */
  public static final RawTally EMPTY = new RawTally(0, 0, 0, 0, 0, 0);

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
}
