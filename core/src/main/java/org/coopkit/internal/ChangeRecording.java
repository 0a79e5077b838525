package org.coopkit.internal;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.coopkit.history.Change;
import org.coopkit.history.ChangeListener;
import org.coopkit.model.internal.Validator;
import org.coopkit.spi.Storage;
import org.coopkit.spi.TransactionMode;
import org.coopkit.spi.TransactionalWork;
import org.jspecify.annotations.Nullable;

/**
 * The history settings of one {@link org.coopkit.Coopkit}: who acts, the clock, and the listeners;
 * and the transactions that record their changes.
 */
final class ChangeRecording {
  /** The longest actor name kept, in characters: {@value}. */
  static final int MAX_ACTOR = 200;

  private static final System.Logger LOG = System.getLogger("org.coopkit.changes");

  private final Clock clock;
  private final Supplier<@Nullable String> hostActor;
  private final ThreadLocal<@Nullable String> actingAs = new ThreadLocal<>();
  private final List<ChangeListener> listeners = new CopyOnWriteArrayList<>();

  ChangeRecording(Clock clock, Supplier<@Nullable String> hostActor) {
    this.clock = clock;
    this.hostActor = hostActor;
  }

  /**
   * Runs {@code work} in a transaction of {@code storage}; a read-write one records its changes in
   * the same transaction, and tells the listeners after it committed.
   */
  <T> T run(Storage storage, TransactionMode mode, TransactionalWork<T> work) {
    if (mode == TransactionMode.READ_ONLY) {
      return storage.inTransaction(mode, work);
    }
    // The storage may run the work more than once: only the last run's changes were committed.
    Committed committed = new Committed();
    T result =
        storage.inTransaction(
            mode,
            session -> {
              committed.changes = List.of();
              if (session.history().isEmpty()) {
                // A storage that keeps no history: nothing to record, nor to hold until the end.
                return work.run(session);
              }
              ChangeRecorder recorder = new ChangeRecorder(session, this);
              T value = work.run(recorder.session());
              List<Change> changes = recorder.flush();
              if (!changes.isEmpty()) {
                if (session.commitsOnReturn()) {
                  committed.changes = changes;
                } else {
                  session.afterCommit(() -> tell(changes));
                }
              }
              return value;
            });
    tell(committed.changes);
    return result;
  }

  /** Runs {@code work} with {@code actor} as the actor of the changes it makes on this thread. */
  <T> T actingAs(String actor, Supplier<T> work) {
    String checked = checkActor(actor);
    String previous = actingAs.get();
    actingAs.set(checked);
    try {
      return work.get();
    } finally {
      if (previous == null) {
        actingAs.remove();
      } else {
        actingAs.set(previous);
      }
    }
  }

  /** Who makes a change now: the actor set on this thread, else the host's, else "system". */
  String actor() {
    String actor = actingAs.get();
    if (actor != null) {
      return actor;
    }
    String host = hostActor.get();
    return host == null || host.isBlank() ? Change.SYSTEM : checkActor(host);
  }

  /** Now, cut to microseconds as every stored time is. */
  Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  void addListener(ChangeListener listener) {
    listeners.add(listener);
  }

  void removeListener(ChangeListener listener) {
    listeners.remove(listener);
  }

  private void tell(List<Change> changes) {
    if (changes.isEmpty()) {
      return;
    }
    for (ChangeListener listener : listeners) {
      try {
        listener.committed(changes);
      } catch (RuntimeException e) {
        // The changes are committed; a message might show personal data, the class does not.
        LOG.log(
            Level.WARNING,
            "A change listener failed after a commit, which stands: {0}",
            e.getClass().getName());
      }
    }
  }

  private static String checkActor(String actor) {
    Validator v = Validator.of("Coopkit");
    v.text(actor, "actor", MAX_ACTOR);
    v.throwIfInvalid();
    return actor.strip();
  }

  /** The changes of the last run of the work. */
  private static final class Committed {
    private List<Change> changes = List.of();
  }
}
