package org.coopkit.internal;

import java.time.Instant;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * How a service stamps the aggregates of one kind as it writes them, the same for every kind: a new
 * one is version 1, created and updated now; a replacement is one version up from what it replaces,
 * created when that was and updated now; a restored one keeps the stamps it was exported with,
 * unless it has none.
 *
 * @param <A> the aggregate
 */
final class Stamps<A> {
  /** Sets an aggregate's stamps, through its builder. */
  @FunctionalInterface
  interface Setter<A> {
    A set(A aggregate, long version, Instant createdAt, Instant updatedAt);
  }

  private final ServiceContext context;
  private final ToLongFunction<A> version;
  private final Function<A, Instant> createdAt;
  private final Setter<A> setter;

  Stamps(
      ServiceContext context,
      ToLongFunction<A> version,
      Function<A, Instant> createdAt,
      Setter<A> setter) {
    this.context = context;
    this.version = version;
    this.createdAt = createdAt;
    this.setter = setter;
  }

  /** {@code aggregate} at version 1, created and updated now. */
  A asNew(A aggregate) {
    Instant now = context.now();
    return setter.set(aggregate, 1, now, now);
  }

  /** {@code aggregate} as exported, or {@link #asNew} when it was never stored (version 0). */
  A asRestored(A aggregate) {
    return version.applyAsLong(aggregate) > 0 ? aggregate : asNew(aggregate);
  }

  /** {@code next} one version up from {@code current}, created when it was, updated now. */
  A replacing(A current, A next) {
    return setter.set(
        next, version.applyAsLong(current) + 1, createdAt.apply(current), context.now());
  }
}
