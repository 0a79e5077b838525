package org.coopkit.model.event;

/**
 * How people attend an event.
 *
 * @since 0.1.0
 */
public enum EventFormat {
  IN_PERSON,
  ONLINE,
  HYBRID
}
