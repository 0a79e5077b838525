package org.coopkit.storage.tck;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Starts racing threads together and waits for all of them, under a hang guard. */
final class Racing {
  private Racing() {}

  /** What each racing thread does, given its number from 0. */
  @FunctionalInterface
  interface Racer {
    void run(int thread) throws Exception;
  }

  /**
   * Starts {@code threads} racers at once and waits for all of them, failing with the first failure
   * of any (prefixed with {@code context}, e.g. a replay seed); the whole is guarded by {@code
   * guard}, which only catches hangs.
   */
  static void race(int threads, Duration guard, String context, Racer racer) {
    assertTimeoutPreemptively(
        guard,
        () -> {
          ExecutorService pool = Executors.newFixedThreadPool(threads);
          try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Void>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
              int thread = t;
              Callable<Void> task =
                  () -> {
                    start.await();
                    racer.run(thread);
                    return null;
                  };
              futures.add(pool.submit(task));
            }
            start.countDown();
            for (Future<Void> future : futures) {
              try {
                future.get();
              } catch (ExecutionException e) {
                fail(context + ": a racing thread failed", e.getCause());
              }
            }
          } finally {
            pool.shutdownNow();
          }
        },
        () -> context + ": the racing threads did not finish within " + guard);
  }
}
