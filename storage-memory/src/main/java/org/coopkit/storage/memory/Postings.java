package org.coopkit.storage.memory;

import org.coopkit.model.event.Event;
import org.jspecify.annotations.Nullable;

/**
 * The events of one indexed value (a country, a project…): all of them by first day, and again, by
 * span, those that last long.
 *
 * <p>A period query wants the events that reach into the period: those that start in it and those
 * that started earlier and still run. A walk over {@link #all} finds both if it starts as many days
 * before the period as an event may last. For the short events, nearly all of them, it does just
 * that: it starts {@value #SHORT_SPAN} days early and skips, from the days kept in the list, the
 * ones that ended before the period. The long ones (an event planned for "March", a year-long
 * programme) would make every walk start a month or a year early, so each is kept a second time in
 * a tier by span: tier {@code k} holds the events whose last day is 2<sup>k</sup> to
 * 2<sup>k+1</sup>−1 days after their first. Those running on a day {@code d} and starting more than
 * {@value #SHORT_SPAN} days before it lie in the last 2<sup>k+1</sup>−1 days before {@code d} of
 * each tier, where about half or more of them do run on {@code d}. So a long event costs only the
 * queries near it, and the second copy is made for few events.
 */
final class Postings {
  /**
   * The longest span, in days after the first day, that a period walk covers by starting early.
   * Tiers below {@code log2(SHORT_SPAN + 1)} stay empty.
   */
  static final int SHORT_SPAN = 7;

  /** Tiers up to 2^17 days: more than the 300 years between the first and last day allowed. */
  private static final int TIERS = 18;

  /** Every event of the value, by first day and id. */
  final DayList all = new DayList(false);

  private @Nullable DayList @Nullable [] bySpan;

  /** Adds {@code event} with its packed {@code days} ({@link DayList#days}). */
  void add(long days, Event event) {
    all.add(days, event);
    int tier = tier(days);
    if (tier >= 0) {
      if (bySpan == null) {
        bySpan = new DayList[TIERS];
      }
      DayList list = bySpan[tier];
      if (list == null) {
        list = new DayList(true);
        bySpan[tier] = list;
      }
      list.add(days, event);
    }
  }

  /** Removes {@code event}, added with {@code days}; does nothing if it is not here. */
  void remove(long days, Event event) {
    all.remove(days, event);
    int tier = tier(days);
    DayList[] tiers = bySpan;
    if (tier >= 0 && tiers != null && tiers[tier] != null) {
      tiers[tier].remove(days, event);
      if (tiers[tier].isEmpty()) {
        tiers[tier] = null;
      }
    }
  }

  boolean isEmpty() {
    return all.isEmpty();
  }

  /**
   * The tier list {@code tier}, whose events last 2<sup>tier</sup> to 2<sup>tier+1</sup>−1 days
   * after their first; {@code null} when it holds none.
   */
  @Nullable DayList tier(int tier) {
    DayList[] tiers = bySpan;
    return tiers == null ? null : tiers[tier];
  }

  /** How many tiers there may be. */
  static int tiers() {
    return TIERS;
  }

  /** The tier of an event's span; -1 for a short event, which the walk finds without one. */
  private static int tier(long days) {
    int span = DayList.last(days) - DayList.first(days);
    return span <= SHORT_SPAN ? -1 : 31 - Integer.numberOfLeadingZeros(span);
  }
}
