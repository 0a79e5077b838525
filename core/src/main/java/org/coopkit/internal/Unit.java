package org.coopkit.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.coopkit.UnitOfWork;
import org.coopkit.error.StorageUnavailableException;
import org.coopkit.spi.StorageSession;
import org.coopkit.spi.TransactionMode;
import org.coopkit.spi.TransactionalWork;
import org.jspecify.annotations.Nullable;

/**
 * One running unit of work: the transaction's stores, the thread it belongs to, the first failure
 * of a call inside it, and what must be done before it commits.
 *
 * <p>A call that fails while writing may have written part of its change, and on some databases a
 * failed statement spoils the whole transaction; so once one has failed, the unit is rolled back
 * even if its work catches the failure and goes on. A read that fails (a project not found, say)
 * wrote nothing and leaves the unit usable, unless the store itself failed.
 */
final class Unit {
  private final StorageSession session;
  private final TransactionMode mode;
  private final Thread owner;
  private final UnitOfWork services;
  private final Map<Class<?>, Object> state = new HashMap<>();
  private final List<Consumer<StorageSession>> beforeCommit = new ArrayList<>();
  private @Nullable RuntimeException failure;
  private boolean ended;

  Unit(StorageSession session, TransactionMode mode, Function<Unit, UnitOfWork> services) {
    this.session = session;
    this.mode = mode;
    this.owner = Thread.currentThread();
    this.services = services.apply(this);
  }

  UnitOfWork services() {
    return services;
  }

  TransactionMode mode() {
    return mode;
  }

  /** Runs one service call in this unit's transaction. */
  <T> T call(TransactionMode callMode, TransactionalWork<T> work) {
    requireUsable();
    if (callMode == TransactionMode.READ_WRITE && mode == TransactionMode.READ_ONLY) {
      throw new IllegalStateException(
          "A read-only unit of work cannot write: begin it with inTransaction to write");
    }
    try {
      return work.run(session);
    } catch (RuntimeException e) {
      if (failure == null
          && (callMode == TransactionMode.READ_WRITE || e instanceof StorageUnavailableException)) {
        failure = e;
      }
      throw e;
    }
  }

  /**
   * State a service keeps for the rest of this unit, made on first use.
   *
   * @param type the state's type, which is also its key
   */
  <S> S state(Class<S> type, Supplier<S> initial) {
    return type.cast(state.computeIfAbsent(type, t -> initial.get()));
  }

  /** State a service keeps for the rest of this unit, or {@code null} if it made none. */
  <S> @Nullable S existingState(Class<S> type) {
    return type.cast(state.get(type));
  }

  /** Work to run once the unit's work has returned, before it commits; in the order given. */
  void beforeCommit(Consumer<StorageSession> work) {
    beforeCommit.add(work);
  }

  /**
   * Runs what waits for the end of the unit, then fails with the first failure of a call inside it,
   * if there was one: the unit must not commit then.
   */
  void finish() {
    for (int i = 0; i < beforeCommit.size(); i++) {
      Consumer<StorageSession> work = beforeCommit.get(i);
      call(
          TransactionMode.READ_WRITE,
          s -> {
            work.accept(s);
            return null;
          });
    }
    if (failure != null) {
      throw failure;
    }
  }

  void end() {
    ended = true;
  }

  private void requireUsable() {
    if (ended) {
      throw new IllegalStateException(
          "This unit of work has ended: its services are valid only until its work returns");
    }
    if (Thread.currentThread() != owner) {
      throw new IllegalStateException(
          "A unit of work is used only on the thread that began it, not on "
              + Thread.currentThread().getName());
    }
  }
}
