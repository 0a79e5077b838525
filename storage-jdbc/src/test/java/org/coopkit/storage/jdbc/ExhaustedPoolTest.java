package org.coopkit.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.coopkit.error.StorageUnavailableException;
import org.coopkit.spi.TransactionMode;
import org.coopkit.storage.jdbc.internal.Pools;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A pool whose every connection is held by running transactions: the next call waits the pool's
 * connection timeout, not longer, then fails with a retryable {@link StorageUnavailableException}
 * naming the pool, the timeout and the wait; once the holders finish, calls work again.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ExhaustedPoolTest {
  /**
   * What a wait may take beyond the pool's timeout: enough for a machine busy with other work, far
   * below what a call that hangs (or waits the timeout again and again) would take.
   */
  private static final Duration SLACK = Duration.ofSeconds(20);

  private final ExecutorService threads = Executors.newCachedThreadPool();

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  @Test
  void anExhaustedOwnPoolFailsAfterItsThreeSecondsNamingThePoolAndTheWait() throws Exception {
    try (FreshSchema schema = Database.H2.openFreshSchema();
        JdbcStorage storage = JdbcStorage.connect(schema.url(), "sa", "")) {
      exhaustThenRecover(
          storage, Pools.DEFAULT_MAXIMUM_POOL_SIZE, Pools.CONNECTION_TIMEOUT.toMillis());
    }
  }

  @Test
  void anExhaustedHostPoolOnPostgreSqlFailsAfterItsOwnTimeout() throws Exception {
    try (FreshSchema schema = Database.POSTGRESQL.openFreshSchema();
        HikariDataSource pool = hostPool(schema, 2, 500)) {
      exhaustThenRecover(JdbcStorage.create(pool), 2, 500);
    }
  }

  private void exhaustThenRecover(JdbcStorage storage, int size, long timeoutMillis)
      throws Exception {
    // given: every connection held by a transaction that waits
    CountDownLatch holding = new CountDownLatch(size);
    CountDownLatch release = new CountDownLatch(1);
    List<Future<Object>> holders = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      holders.add(threads.submit(() -> holdUntil(storage, holding, release)));
    }
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (!holding.await(100, TimeUnit.MILLISECONDS)) {
      for (Future<Object> holder : holders) {
        if (holder.isDone()) {
          holder.get(); // a holder that failed: show why
        }
      }
      assertThat(System.nanoTime()).as("all connections held in time").isLessThan(deadline);
    }

    // when
    long start = System.nanoTime();
    StorageUnavailableException failure =
        catchThrowableOfType(
            StorageUnavailableException.class,
            () -> storage.inTransaction(TransactionMode.READ_ONLY, s -> "never"));
    Duration waited = Duration.ofNanos(System.nanoTime() - start);
    release.countDown();
    for (Future<Object> holder : holders) {
      holder.get(2, TimeUnit.MINUTES);
    }

    // then
    assertThat(failure).as("the failure of the call that found no connection").isNotNull();
    assertThat(failure.isRetryable()).isTrue();
    assertThat(failure.getMessage())
        .startsWith("Could not get a connection from pool ")
        .contains(
            "within its connection timeout of " + timeoutMillis + " ms (waited ",
            "all " + size + " connections were in use",
            "the pool is exhausted");
    assertThat(waited)
        .isGreaterThanOrEqualTo(Duration.ofMillis(timeoutMillis - 50))
        .isLessThan(Duration.ofMillis(timeoutMillis).plus(SLACK));
    String again = storage.inTransaction(TransactionMode.READ_ONLY, s -> "again");
    assertThat(again).isEqualTo("again");
  }

  /**
   * Holds a connection in a transaction until {@code release}. On a busy machine the pool may not
   * open its connections within its timeout at first: then it tries again.
   */
  private static Object holdUntil(
      JdbcStorage storage, CountDownLatch holding, CountDownLatch release) {
    for (int tries = 1; ; tries++) {
      try {
        return storage.inTransaction(
            TransactionMode.READ_ONLY,
            s -> {
              holding.countDown();
              await(release);
              return "held";
            });
      } catch (StorageUnavailableException e) {
        if (tries >= 5 || holding.getCount() == 0) {
          throw e;
        }
      }
    }
  }

  /** A host's HikariCP pool on the schema, named as a host might. */
  static HikariDataSource hostPool(FreshSchema schema, int size, long timeoutMillis) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("host-pool-" + schema.name());
    config.setJdbcUrl(schema.url());
    config.setUsername(schema.target().user());
    config.setPassword(schema.target().password());
    config.setMaximumPoolSize(size);
    config.setMinimumIdle(0);
    config.setConnectionTimeout(timeoutMillis);
    config.setValidationTimeout(Math.min(timeoutMillis - 1, 250));
    return new HikariDataSource(config);
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("never released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
