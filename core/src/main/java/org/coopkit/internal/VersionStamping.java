package org.coopkit.internal;

import java.time.Instant;
import java.util.function.Function;
import org.coopkit.model.Versioned;

/**
 * How a service stamps the aggregates of one kind as it writes them, the same for every kind: a new
 * one is version 1, created and updated now; a replacement is one version up from what it replaces,
 * created when that was and updated now; a restored one keeps the stamps it was exported with,
 * unless it has none.
 *
 * @param <A> the aggregate
 * @param <B> its builder
 */
final class VersionStamping<A extends Versioned, B extends Versioned.Builder<B>> {
  private final ServiceContext context;
  private final Function<A, B> toBuilder;
  private final Function<B, A> build;

  /**
   * @param toBuilder the aggregate's {@code toBuilder}
   * @param build its builder's {@code build}
   */
  VersionStamping(ServiceContext context, Function<A, B> toBuilder, Function<B, A> build) {
    this.context = context;
    this.toBuilder = toBuilder;
    this.build = build;
  }

  /** {@code aggregate} at version 1, created and updated now. */
  A asNew(A aggregate) {
    Instant now = context.now();
    return stamped(aggregate, 1, now, now);
  }

  /** {@code aggregate} as exported, or {@link #asNew} when it was never stored (version 0). */
  A asRestored(A aggregate) {
    return aggregate.version() > 0 ? aggregate : asNew(aggregate);
  }

  /** {@code next} one version up from {@code current}, created when it was, updated now. */
  A replacing(A current, A next) {
    return stamped(next, current.version() + 1, current.createdAt(), context.now());
  }

  private A stamped(A aggregate, long version, Instant createdAt, Instant updatedAt) {
    return build.apply(
        toBuilder.apply(aggregate).version(version).createdAt(createdAt).updatedAt(updatedAt));
  }
}
