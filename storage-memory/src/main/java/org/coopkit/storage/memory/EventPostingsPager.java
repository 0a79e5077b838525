package org.coopkit.storage.memory;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.coopkit.model.event.Event;
import org.coopkit.query.Cursor;
import org.coopkit.query.EventQuery;
import org.coopkit.query.Page;
import org.coopkit.query.SortDirection;
import org.coopkit.query.internal.EventSearch;
import org.coopkit.query.internal.SearchText;
import org.jspecify.annotations.Nullable;

/**
 * Finds one page of an event query's matches, in the query's order from its cursor on, by walking
 * the {@link Postings} of the values the query narrowed to.
 *
 * <p>The walk has two parts that never interleave: the events starting from {@value
 * Postings#SHORT_SPAN} days before the period on (every value's full list), and the long events
 * that started earlier still (the span tiers), which all sort before the first part. Each part
 * merges its lists by first day and id, meets an event with several of the values once per value
 * (one right after the other, so it keeps the first), rejects from the days kept in the lists the
 * events outside the period, and asks {@link EventSearch#matches} about the rest, unless the lists
 * and the period are all the query filters by (then they decide, see {@code EventTable#decided}).
 * It stops at the first match past a full page, which tells that a next page exists; the second
 * part is not even set up when the first fills the page.
 */
final class EventPostingsPager {
  /** Clamp for query days: far beyond the stored years (1900–2200), and far from overflow. */
  private static final int DAY_LIMIT = 1 << 28;

  /**
   * The epoch days of 0000-01-01 and 9999-12-31, the days whose sort keys have four-digit years.
   */
  private static final int FIRST_KEY_DAY = (int) LocalDate.of(0, 1, 1).toEpochDay();

  private static final int LAST_KEY_DAY = (int) LocalDate.of(9999, 12, 31).toEpochDay();

  private static final int NOT_A_DAY = Integer.MIN_VALUE;

  private final EventQuery query;
  private final boolean decided;
  private final boolean ascending;
  private final int fromDay;
  private final int toDay;
  private final int limit;
  private final List<Event> items;
  private @Nullable Event seen;
  private long lastDays;

  /** Where the cursor puts the walk: strictly after (ascending) or before this entry position. */
  private final boolean hasCursor;

  private final int cursorDay;
  private final long cursorHigh;
  private final long cursorLow;

  private EventPostingsPager(EventQuery query, boolean decided) {
    this.query = query;
    this.decided = decided;
    this.ascending = query.direction() == SortDirection.ASCENDING;
    LocalDate from = query.from();
    LocalDate to = query.to();
    this.fromDay = from == null ? Integer.MIN_VALUE : day(from);
    this.toDay = to == null ? Integer.MAX_VALUE : day(to);
    this.limit = query.limit();
    this.items = new ArrayList<>(Math.min(limit, 64));
    Cursor after = query.after();
    this.hasCursor = after != null;
    if (after == null) {
      cursorDay = 0;
      cursorHigh = 0;
      cursorLow = 0;
    } else {
      int day = parseKey(after.sortKey());
      if (day != NOT_A_DAY) {
        cursorDay = day;
        cursorHigh = after.id().getMostSignificantBits();
        cursorLow = after.id().getLeastSignificantBits();
      } else {
        // No event has this key: the walk starts at the first day whose key sorts after it
        // (ascending) or ends before it (descending), which positions past or before any id.
        int next = firstDayAfter(after.sortKey());
        cursorDay = ascending ? next - 1 : next;
        cursorHigh = ascending ? -1L : 0L;
        cursorLow = ascending ? -1L : 0L;
      }
    }
  }

  /**
   * One page of {@code query}'s matches among the events of {@code chosen}.
   *
   * @param decided whether every event of {@code chosen} within the period matches, so that {@link
   *     EventSearch#matches} need not be asked
   */
  static Page<Event> page(List<Postings> chosen, EventQuery query, boolean decided) {
    EventPostingsPager pager = new EventPostingsPager(query, decided);
    boolean full;
    if (pager.ascending) {
      full = pager.walk(pager.earlyRuns(chosen)) || pager.walk(pager.mainRuns(chosen));
    } else {
      full = pager.walk(pager.mainRuns(chosen)) || pager.walk(pager.earlyRuns(chosen));
    }
    if (!full) {
      return Page.last(pager.items);
    }
    Event last = pager.items.get(pager.items.size() - 1);
    return new Page<>(pager.items, EventSearch.cursorAfter(last));
  }

  /** The full lists from {@value Postings#SHORT_SPAN} days before the period to its end. */
  private List<DayList.Run> mainRuns(List<Postings> chosen) {
    int low = fromDay == Integer.MIN_VALUE ? Integer.MIN_VALUE : fromDay - Postings.SHORT_SPAN;
    List<DayList.Run> runs = new ArrayList<>(chosen.size());
    for (Postings postings : chosen) {
      runs.add(run(postings.all, low, toDay));
    }
    return runs;
  }

  /** The span tiers' events that started before the main lists' stretch and may run into it. */
  private List<DayList.Run> earlyRuns(List<Postings> chosen) {
    if (fromDay == Integer.MIN_VALUE) {
      return List.of();
    }
    List<DayList.Run> runs = new ArrayList<>();
    int high = fromDay - Postings.SHORT_SPAN - 1;
    for (Postings postings : chosen) {
      for (int tier = 0; tier < Postings.tiers(); tier++) {
        DayList list = postings.tier(tier);
        if (list != null) {
          int longest = (1 << (tier + 1)) - 1;
          runs.add(run(list, fromDay - longest, high));
        }
      }
    }
    return runs;
  }

  /** A run over the entries of {@code list} starting from {@code low} to {@code high}. */
  private DayList.Run run(DayList list, int low, int high) {
    if (ascending) {
      // The cursor replaces the lower bound when it lies inside it.
      return hasCursor && cursorDay >= low
          ? list.ascending(cursorDay, cursorHigh, cursorLow, true, high)
          : list.ascending(low, 0L, 0L, false, high);
    }
    return hasCursor && cursorDay <= high
        ? list.descending(cursorDay, cursorHigh, cursorLow, true, low)
        : list.descending(high, -1L, -1L, false, low);
  }

  /**
   * Walks {@code runs} merged in the query's order.
   *
   * @return whether the page is full and another match was found after it
   */
  private boolean walk(List<DayList.Run> runs) {
    if (runs.size() == 1) {
      DayList.Run run = runs.get(0);
      for (; run.valid(); run.next()) {
        if (offer(run.days(), run.event())) {
          return true;
        }
      }
      return false;
    }
    while (true) {
      DayList.Run best = null;
      for (DayList.Run run : runs) {
        if (run.valid() && (best == null || comesFirst(run, best))) {
          best = run;
        }
      }
      if (best == null) {
        return false;
      }
      if (offer(best.days(), best.event())) {
        return true;
      }
      best.next();
    }
  }

  private boolean comesFirst(DayList.Run a, DayList.Run b) {
    int c = a.compareTo(b);
    return ascending ? c < 0 : c > 0;
  }

  /**
   * Takes {@code event} into the page if it matches.
   *
   * @return whether it matched with the page full already: the page is done and has a successor
   */
  private boolean offer(long days, Event event) {
    if (event == seen) {
      return false;
    }
    seen = event;
    // The period from the list's own days first: most events walked early end before it.
    if (DayList.last(days) < fromDay
        || DayList.first(days) > toDay
        || (!decided && !EventSearch.matches(query, event))) {
      return false;
    }
    if (items.size() == limit) {
      return true;
    }
    items.add(event);
    lastDays = days;
    return false;
  }

  /** The epoch day of {@code date}, clamped far outside the stored years. */
  static int day(LocalDate date) {
    return (int) Math.max(-DAY_LIMIT, Math.min(DAY_LIMIT, date.toEpochDay()));
  }

  /**
   * The epoch day of a sort key that is a day in ISO form with a four-digit year, as events' keys
   * are; {@link #NOT_A_DAY} for any other text.
   */
  private static int parseKey(String key) {
    if (key.length() != 10 || key.charAt(4) != '-' || key.charAt(7) != '-') {
      return NOT_A_DAY;
    }
    for (int i = 0; i < 10; i++) {
      if (i != 4 && i != 7 && (key.charAt(i) < '0' || key.charAt(i) > '9')) {
        return NOT_A_DAY;
      }
    }
    try {
      return (int)
          LocalDate.of(
                  Integer.parseInt(key, 0, 4, 10),
                  Integer.parseInt(key, 5, 7, 10),
                  Integer.parseInt(key, 8, 10, 10))
              .toEpochDay();
    } catch (DateTimeException e) {
      return NOT_A_DAY;
    }
  }

  /**
   * The first day whose sort key sorts after {@code key} (as {@link SearchText#compareKeys} does);
   * the day after 9999-12-31 if none does. Keys of four-digit years sort like their days, so a
   * binary search over the days finds it.
   */
  private static int firstDayAfter(String key) {
    int from = FIRST_KEY_DAY;
    int to = LAST_KEY_DAY + 1;
    while (from < to) {
      int mid = from + (to - from) / 2;
      if (SearchText.compareKeys(LocalDate.ofEpochDay(mid).toString(), key) > 0) {
        to = mid;
      } else {
        from = mid + 1;
      }
    }
    return from;
  }
}
