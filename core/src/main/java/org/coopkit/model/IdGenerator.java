package org.coopkit.model;

import java.time.Clock;
import java.util.UUID;

/**
 * Makes new ids for aggregates. Services take one so that tests can use predictable ids and host
 * applications their own scheme.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface IdGenerator {

  /**
   * Returns a new id, different from every id this generator returned before.
   *
   * @return a new, never-repeated id
   */
  UUID next();

  /**
   * Returns the shared generator of time-ordered UUIDs (RFC 9562 version 7) on the system clock.
   * Ids sort in the order they were made, which keeps database indexes compact; it is safe to use
   * from many threads.
   *
   * @return the shared generator; safe to use from many threads
   */
  static IdGenerator timeOrdered() {
    return TimeOrderedIdGenerator.SYSTEM;
  }

  /**
   * Returns a new generator of time-ordered UUIDs (RFC 9562 version 7) reading the given clock,
   * e.g. a fixed clock in tests. Ids stay strictly increasing even if the clock stands still or
   * goes back.
   *
   * @param clock the clock whose milliseconds go into the ids; must not be null
   * @return a new generator over {@code clock}
   */
  static IdGenerator timeOrdered(Clock clock) {
    return new TimeOrderedIdGenerator(clock);
  }
}
