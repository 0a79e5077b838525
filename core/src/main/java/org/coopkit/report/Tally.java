package org.coopkit.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import org.coopkit.model.ParticipantCount.Qualifier;
import org.jspecify.annotations.Nullable;

/**
 * How many people took part in a group of events, as an honest range with its make-up: never more
 * than the figures say.
 *
 * <p>Each event brings one figure (or none), read by its {@link Qualifier}:
 *
 * <ul>
 *   <li>{@code EXACT} 93 adds 93 to both bounds;
 *   <li>{@code MORE_THAN} 500 means at least 501: it adds 501 to the lower bound and leaves the
 *       total without an upper bound;
 *   <li>{@code UP_TO} 60 adds 0 to the lower bound and 60 to the upper one;
 *   <li>{@code APPROXIMATELY} 50 adds 50 to both bounds, which then {@linkplain #hasEstimates()
 *       hold estimates};
 *   <li>{@code PLANNED} 40 is a target, not an outcome: it is never added to the bounds, only to
 *       {@link #planned()}; the event counts as one whose outcome is unknown;
 *   <li>an event without a figure leaves the total without an upper bound;
 *   <li>an event counted within the event it is part of ({@link #eventsInParent()}) adds nothing:
 *       its participants are in its parent's figure.
 * </ul>
 *
 * <p>So 40 counted, "up to 60" planned and two events without a count make "at least 40
 * participants", never "about 100". Which events gave which kind of figure is kept ({@link
 * #eventsCounted(Qualifier)}, {@link #eventsWithoutCount()}), and {@link #toString()} says it the
 * way a careful report writer would.
 *
 * <p>Only coopkit makes tallies, from the sums a store gathered ({@link EventTally#of(RawTally)});
 * what a tally tells may grow, so it has no public constructor.
 *
 * @since 0.1.0
 */
public final class Tally {
  /** No events. */
  public static final Tally ZERO = new Tally(RawTally.EMPTY);

  private final RawTally raw;
  private final long lowerBound;
  private final long upperBound;
  private final boolean bounded;

  private Tally(RawTally raw) {
    long lower =
        raw.participantsCounted(Qualifier.EXACT)
            + raw.participantsCounted(Qualifier.MORE_THAN)
            + raw.eventsCounted(Qualifier.MORE_THAN)
            + raw.participantsCounted(Qualifier.APPROXIMATELY);
    if (lower < 0) {
      throw new IllegalArgumentException("a tally cannot be negative, but was " + raw);
    }
    this.raw = raw;
    this.lowerBound = lower;
    this.bounded =
        raw.eventsCounted(Qualifier.MORE_THAN) == 0
            && raw.eventsCounted(Qualifier.PLANNED) == 0
            && raw.eventsWithoutCount() == 0;
    this.upperBound =
        raw.participantsCounted(Qualifier.EXACT)
            + raw.participantsCounted(Qualifier.APPROXIMATELY)
            + raw.participantsCounted(Qualifier.UP_TO);
  }

  /** The participants of an adapter's aggregate; its event and key message counts are ignored. */
  static Tally of(RawTally raw) {
    RawTally participants =
        raw.toBuilder().adoptedKeyMessages(0).eventsPerhapsOutsidePeriod(0).build();
    return participants.equals(RawTally.EMPTY) ? ZERO : new Tally(participants);
  }

  /**
   * The fewest people that can have taken part, by the figures: exact counts, one more than each
   * "more than" figure, and estimates as given (see {@link #hasEstimates()}).
   *
   * @return the lower bound, never negative
   */
  public long lowerBound() {
    return lowerBound;
  }

  /**
   * The most people that can have taken part, by the figures; none when an event gave a "more than"
   * figure, only a planned one, or none at all.
   *
   * @return the upper bound, or empty when the figures set none
   */
  public OptionalLong upperBound() {
    return bounded ? OptionalLong.of(upperBound) : OptionalLong.empty();
  }

  /**
   * Whether the bounds hold estimated ("about") figures.
   *
   * @return {@code true} if an event's figure was qualified {@code APPROXIMATELY}
   */
  public boolean hasEstimates() {
    return raw.eventsCounted(Qualifier.APPROXIMATELY) > 0;
  }

  /**
   * Whether every event was counted exactly, so the bounds meet at a counted number. A tally of no
   * events is exact.
   *
   * @return {@code true} if every event's figure was qualified {@code EXACT}
   */
  public boolean isExact() {
    return raw.eventsCounted(Qualifier.EXACT) + raw.eventsInParent() == raw.events();
  }

  /**
   * How many events the tally covers, whatever their figures.
   *
   * @return how many events
   */
  public long events() {
    return raw.events();
  }

  /**
   * How many of the events gave a figure qualified with {@code qualifier}.
   *
   * @param qualifier how the figures were qualified
   * @return how many events gave such a figure
   */
  public long eventsCounted(Qualifier qualifier) {
    return raw.eventsCounted(qualifier);
  }

  /**
   * How many of the events gave no figure at all.
   *
   * @return how many events had no count
   */
  public long eventsWithoutCount() {
    return raw.eventsWithoutCount();
  }

  /**
   * How many of the events are counted within the event they are part of: their participants are in
   * their parent's figure, so they add nothing here.
   *
   * @return how many events are counted within their parent
   * @since 0.2.0
   */
  public long eventsInParent() {
    return raw.eventsInParent();
  }

  /**
   * Whether the figures say anything of what took place: whether any event gave a figure other than
   * a planned one. A tally of no events is counted (zero, exactly).
   *
   * @return {@code false} only when every event had no figure or only a planned one
   */
  public boolean isCounted() {
    return raw.events() == 0
        || raw.events()
            > raw.eventsWithoutCount()
                + raw.eventsCounted(Qualifier.PLANNED)
                + raw.eventsInParent();
  }

  /**
   * The sum of planned figures, kept apart from the outcome.
   *
   * @return the people the events planned for, where the events gave only a planned figure
   */
  public long planned() {
    return raw.participantsCounted(Qualifier.PLANNED);
  }

  /**
   * The range as a report says it: {@code 93}, {@code about 150}, {@code at least 594}, {@code
   * about 594 or more}, {@code between 40 and 100}, {@code about 40 to 100}, {@code up to 60}, or
   * {@code not counted} when no event gave a figure of what took place.
   *
   * @return the bounds in words, without the make-up
   */
  public String range() {
    String about = hasEstimates() ? "about " : "";
    if (!isCounted()) {
      return "not counted";
    }
    if (!bounded) {
      return hasEstimates() ? "about " + lowerBound + " or more" : "at least " + lowerBound;
    }
    if (lowerBound == upperBound) {
      return about + lowerBound;
    }
    if (lowerBound == 0) {
      return "up to " + about + upperBound;
    }
    return hasEstimates()
        ? "about " + lowerBound + " to " + upperBound
        : "between " + lowerBound + " and " + upperBound;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Tally o && raw.equals(o.raw);
  }

  @Override
  public int hashCode() {
    return Objects.hash(raw);
  }

  /**
   * Reads as a careful report writer would put it: the {@linkplain #range() range}, then what the
   * events that were not counted exactly gave, e.g. {@code at least 594 participants; 3 of 12
   * events have no count}, or {@code no events}.
   */
  @Override
  public String toString() {
    long events = raw.events();
    if (events == 0) {
      return "no events";
    }
    List<String> parts = new ArrayList<>();
    boolean one = bounded && lowerBound == 1 && upperBound == 1;
    String range = range();
    parts.add(
        !isCounted()
            ? "participants not counted"
            : range + (one ? " participant" : " participants"));
    clause(parts, raw.eventsCounted(Qualifier.MORE_THAN), "was", "counted as more than a figure");
    clause(parts, raw.eventsCounted(Qualifier.UP_TO), "was", "counted as up to a figure");
    clause(parts, raw.eventsCounted(Qualifier.APPROXIMATELY), "was", "estimated");
    clause(
        parts,
        raw.eventsCounted(Qualifier.PLANNED),
        "has",
        "only a planned figure (" + planned() + " planned, not counted above)");
    clause(parts, raw.eventsWithoutCount(), "has", "no count");
    clause(parts, raw.eventsInParent(), "is", "counted within a parent event's figure");
    return String.join("; ", parts);
  }

  /** Adds "n of N events was/were ..." (or has/have) when {@code n} is not 0. */
  private void clause(List<String> parts, long n, String verb, String rest) {
    if (n > 0) {
      String plural =
          switch (verb) {
            case "was" -> "were";
            case "is" -> "are";
            default -> "have";
          };
      parts.add(of(n) + " " + (n == 1 ? verb : plural) + " " + rest);
    }
  }

  private String of(long n) {
    return n + " of " + raw.events() + (raw.events() == 1 ? " event" : " events");
  }
}
