package org.coopkit.spi;

import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventId;
import org.coopkit.query.EventQuery;

/**
 * Stores events.
 *
 * @since 0.1.0
 */
public interface EventStore extends AggregateStore<EventId, Event, EventQuery> {}
