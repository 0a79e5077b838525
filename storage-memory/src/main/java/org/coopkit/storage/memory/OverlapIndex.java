package org.coopkit.storage.memory;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventId;

/**
 * For each value of a field, the events that last more than one day, grouped by how long they last,
 * to find those that started before a day and still run on it.
 *
 * <p>Events are sorted by first day, but a period filter asks which events reach into the period:
 * those starting in it, which a walk from its first day finds, and those that started earlier and
 * still run. For the latter, a walk could start as far before the period as the longest event
 * lasts; but one event planned for "2026", a whole year, would then make every period walk a year
 * of events. So the events are kept in tiers by span instead: tier {@code k} holds those whose last
 * day is 2<sup>k</sup> to 2<sup>k+1</sup>−1 days after their first. The events running on day
 * {@code d} lie in the last 2<sup>k+1</sup>−1 days before {@code d} of each tier, where about half
 * or more of the events do run on {@code d}; so a long event costs only the queries near it.
 *
 * @param <V> the value type
 */
final class OverlapIndex<V> implements TableIndex<EventId, Event> {
  private final Function<Event, ? extends Iterable<? extends V>> values;
  private final Map<V, NavigableMap<Integer, NavigableMap<IndexKey<EventId>, Event>>> byValue =
      new HashMap<>();

  /**
   * @param values the values an event is indexed under; may repeat a value
   */
  OverlapIndex(Function<Event, ? extends Iterable<? extends V>> values) {
    this.values = requireNonNull(values, "values");
  }

  @Override
  public void add(IndexKey<EventId> key, Event event) {
    long span = span(event);
    if (span > 0) {
      for (V value : values.apply(event)) {
        byValue
            .computeIfAbsent(value, v -> new TreeMap<>())
            .computeIfAbsent(tier(span), t -> new TreeMap<>())
            .put(key, event);
      }
    }
  }

  @Override
  public void remove(IndexKey<EventId> key, Event event) {
    long span = span(event);
    if (span > 0) {
      for (V value : values.apply(event)) {
        NavigableMap<Integer, NavigableMap<IndexKey<EventId>, Event>> tiers = byValue.get(value);
        NavigableMap<IndexKey<EventId>, Event> tier = tiers == null ? null : tiers.get(tier(span));
        if (tier != null) {
          tier.remove(key);
          if (tier.isEmpty()) {
            tiers.remove(tier(span));
            if (tiers.isEmpty()) {
              byValue.remove(value);
            }
          }
        }
      }
    }
  }

  /**
   * The stretches of the tiers of {@code values} that hold every event starting before {@code day}
   * and lasting until it or later, each in index order. They also hold events that ended before
   * {@code day}, which a period query's {@code matches} rejects, and an event once per value it
   * has.
   */
  List<Walk.Stretch<EventId, Event>> running(Collection<V> values, LocalDate day) {
    List<Walk.Stretch<EventId, Event>> running = new ArrayList<>();
    IndexKey<EventId> dayStart = DayKeys.startOf(day, 0);
    for (V value : values) {
      NavigableMap<Integer, NavigableMap<IndexKey<EventId>, Event>> tiers = byValue.get(value);
      if (tiers != null) {
        for (Map.Entry<Integer, NavigableMap<IndexKey<EventId>, Event>> tier : tiers.entrySet()) {
          long longest = (1L << (tier.getKey() + 1)) - 1;
          running.add(
              new Walk.Stretch<>(
                  tier.getValue(), DayKeys.startOf(day, longest), true, dayStart, false));
        }
      }
    }
    return running;
  }

  private static long span(Event event) {
    return ChronoUnit.DAYS.between(event.dates().firstDay(), event.dates().lastDay());
  }

  /** The tier of a span of at least one day: spans below 2^40 days, all LocalDates allow, fit. */
  private static int tier(long span) {
    return 63 - Long.numberOfLeadingZeros(span);
  }
}
