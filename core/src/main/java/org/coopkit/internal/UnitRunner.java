package org.coopkit.internal;

import java.util.function.BiFunction;
import java.util.function.Function;
import org.coopkit.UnitOfWork;
import org.coopkit.spi.Storage;
import org.coopkit.spi.StorageSession;
import org.coopkit.spi.TransactionMode;
import org.coopkit.spi.TransactionalWork;
import org.jspecify.annotations.Nullable;

/**
 * Runs units of work over one storage, and knows the unit running on each thread, so that a service
 * call made inside a unit joins it instead of opening a transaction of its own.
 */
final class UnitRunner {
  private final Storage storage;
  private final ChangeRecording recording;
  private final ThreadLocal<@Nullable Unit> current = new ThreadLocal<>();
  private final BiFunction<UnitRunner, Unit, UnitOfWork> services;

  UnitRunner(
      Storage storage,
      ChangeRecording recording,
      BiFunction<UnitRunner, Unit, UnitOfWork> services) {
    this.storage = storage;
    this.recording = recording;
    this.services = services;
  }

  /** The unit running on this thread, if any. */
  @Nullable Unit current() {
    return current.get();
  }

  /**
   * Runs {@code work} in a new unit, or in the one running on this thread (a read-write unit cannot
   * join a read-only one).
   */
  <T> T run(TransactionMode mode, Function<UnitOfWork, T> work) {
    Unit outer = current.get();
    if (outer != null) {
      if (mode == TransactionMode.READ_WRITE && outer.mode() == TransactionMode.READ_ONLY) {
        throw new IllegalStateException(
            "A read-write unit of work cannot join the read-only unit running on this thread");
      }
      return work.apply(outer.services());
    }
    // A store may run this more than once (after a lost connection): each run is a new unit.
    return recording.run(storage, mode, session -> runNew(session, mode, work));
  }

  /** Runs one service call: in the unit running on this thread, else in its own transaction. */
  <T> T call(@Nullable Unit bound, TransactionMode mode, TransactionalWork<T> work) {
    Unit unit = bound != null ? bound : current.get();
    if (unit != null) {
      return unit.call(mode, work);
    }
    return recording.run(storage, mode, work);
  }

  /** The history settings and listeners of this runner's instance. */
  ChangeRecording recording() {
    return recording;
  }

  private <T> T runNew(StorageSession session, TransactionMode mode, Function<UnitOfWork, T> work) {
    Unit unit = new Unit(session, mode, u -> services.apply(this, u));
    current.set(unit);
    try {
      T result = work.apply(unit.services());
      unit.finish();
      return result;
    } finally {
      unit.end();
      current.remove();
    }
  }
}
