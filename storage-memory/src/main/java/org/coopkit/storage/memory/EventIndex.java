package org.coopkit.storage.memory;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.coopkit.model.event.Event;

/**
 * Events by the values of one field (projects, countries, topics…): for each value, its {@link
 * Postings}.
 *
 * @param <V> the value type
 */
final class EventIndex<V> {
  private final Function<Event, ? extends Iterable<? extends V>> values;
  private final Map<V, Postings> byValue = new HashMap<>();

  /**
   * @param values the values an event is indexed under; may repeat a value
   */
  EventIndex(Function<Event, ? extends Iterable<? extends V>> values) {
    this.values = requireNonNull(values, "values");
  }

  /** Records {@code event}, whose packed days ({@link DayList#days}) are {@code days}. */
  void add(long days, Event event) {
    for (V value : values.apply(event)) {
      byValue.computeIfAbsent(value, v -> new Postings()).add(days, event);
    }
  }

  /** Forgets {@code event}, recorded with {@code days}; does nothing if it is not recorded. */
  void remove(long days, Event event) {
    for (V value : values.apply(event)) {
      Postings postings = byValue.get(value);
      if (postings != null) {
        postings.remove(days, event);
        // Values come and go (projects end, organisations merge): drop empty lists, or they pile
        // up.
        if (postings.isEmpty()) {
          byValue.remove(value);
        }
      }
    }
  }

  /**
   * Adds the postings of {@code values} to {@code into} if together they hold fewer events than
   * {@code candidates}, the count of those chosen so far; does nothing when {@code values} is empty
   * (the filter is not set).
   *
   * @return the number of candidates after the choice
   */
  long narrow(Set<V> values, long candidates, List<Postings> into) {
    if (values.isEmpty()) {
      return candidates;
    }
    long total = 0;
    for (V value : values) {
      Postings postings = byValue.get(value);
      if (postings != null) {
        total += postings.all.size();
      }
    }
    // An event with several of the values counts more than once: the sum bounds the union.
    if (total >= candidates) {
      return candidates;
    }
    into.clear();
    for (V value : values) {
      Postings postings = byValue.get(value);
      if (postings != null) {
        into.add(postings);
      }
    }
    return total;
  }
}
