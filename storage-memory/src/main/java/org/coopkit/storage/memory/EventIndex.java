package org.coopkit.storage.memory;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventId;

/**
 * Events by the values of one field, in two parts: all of them sorted by first day, to walk the
 * events starting in a period, and those lasting several days by span, to find the ones that
 * started before the period and run into it ({@link OverlapIndex}).
 *
 * @param <V> the value type
 */
final class EventIndex<V> implements TableIndex<EventId, Event> {
  private final MultiIndex<EventId, Event, V> byFirstDay;
  private final OverlapIndex<V> bySpan;

  /**
   * @param values the values an event is indexed under; may repeat a value
   */
  EventIndex(Function<Event, ? extends Iterable<? extends V>> values) {
    this.byFirstDay = new MultiIndex<>(values);
    this.bySpan = new OverlapIndex<>(values);
  }

  @Override
  public void add(IndexKey<EventId> key, Event event) {
    byFirstDay.add(key, event);
    bySpan.add(key, event);
  }

  @Override
  public void remove(IndexKey<EventId> key, Event event) {
    byFirstDay.remove(key, event);
    bySpan.remove(key, event);
  }

  /** All events by value, sorted by first day. */
  MultiIndex<EventId, Event, V> byFirstDay() {
    return byFirstDay;
  }

  /** See {@link OverlapIndex#running}. */
  List<Walk.Stretch<EventId, Event>> running(Set<V> values, LocalDate day) {
    return bySpan.running(values, day);
  }
}
