package org.coopkit.model.event;

/**
 * Where an event stands.
 *
 * @since 0.1.0
 */
public enum EventStatus {
  /** Planned for its dates. */
  SCHEDULED,
  /** Took place. */
  HELD,
  /** Put off; the dates are no longer firm. */
  POSTPONED,
  /** Will not take place. */
  CANCELLED,
  /** Planned in person, now held online. */
  MOVED_ONLINE
}
