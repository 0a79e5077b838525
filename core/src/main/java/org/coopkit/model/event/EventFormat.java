package org.coopkit.model.event;

/**
 * How people attend an event.
 *
 * @since 0.1.0
 */
public enum EventFormat {
  /** Everyone attends at the venue. */
  IN_PERSON,
  /** Everyone attends remotely. */
  ONLINE,
  /** Some attend at the venue and some remotely. */
  HYBRID
}
