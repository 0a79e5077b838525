package org.coopkit.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.coopkit.error.CoopkitException;
import org.coopkit.error.StorageUnavailableException;
import org.coopkit.model.project.Project;
import org.coopkit.spi.TransactionMode;
import org.coopkit.storage.tck.Fixtures;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A storage or a pool closed under a host's feet: every call fails with one clear, non-retryable
 * {@link StorageUnavailableException}, never with whatever the closing broke inside the driver.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ClosingTest {
  private static final int THREADS = 6;
  private static final int ROUNDS = 5;

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void callsRunningWhileTheStorageClosesFailOnlyWithACoopkitException(Database database)
      throws Exception {
    try (FreshSchema schema = database.openFreshSchema()) {
      DatabaseTarget target = schema.target();
      String url = database == Database.H2 ? "jdbc:h2:mem:" + schema.name() + "_own" : schema.url();
      ExecutorService threads = Executors.newFixedThreadPool(THREADS);
      try {
        for (int round = 0; round < ROUNDS; round++) {
          // given: a storage with its own pool, and threads working on it
          JdbcStorage storage = JdbcStorage.connect(url, target.user(), target.password());
          ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
          CountDownLatch working = new CountDownLatch(THREADS);
          List<Future<?>> done = new ArrayList<>();
          for (int t = 0; t < THREADS; t++) {
            done.add(threads.submit(() -> work(storage, working, failures)));
          }
          working.await(2, TimeUnit.MINUTES);

          // when
          storage.close();
          for (Future<?> future : done) {
            future.get(2, TimeUnit.MINUTES);
          }

          // then
          assertThat(failures)
              .as("failures in round %d", round)
              .isNotEmpty()
              .allSatisfy(
                  f ->
                      assertThat(f)
                          .as("a failure after close")
                          .isInstanceOf(CoopkitException.class));
          assertThat(catchThrowable(() -> storage.inTransaction(s -> null)))
              .isInstanceOfSatisfying(
                  StorageUnavailableException.class, e -> assertThat(e.isRetryable()).isFalse());
        }
      } finally {
        threads.shutdownNow();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void aClosedHostPoolIsNotWorthRetrying(Database database) {
    try (FreshSchema schema = database.openFreshSchema()) {
      // given
      HikariDataSource pool = ExhaustedPoolTest.hostPool(schema, 2, 1_000);
      JdbcStorage storage = JdbcStorage.create(pool);

      // when
      pool.close();
      Throwable failure = catchThrowable(() -> storage.inTransaction(s -> null));

      // then
      assertThat(failure)
          .isInstanceOfSatisfying(
              StorageUnavailableException.class, e -> assertThat(e.isRetryable()).isFalse())
          .hasMessageContaining("closed");
    }
  }

  /** Writes and reads until the storage refuses, keeping the first failure. */
  private static void work(
      JdbcStorage storage, CountDownLatch working, ConcurrentLinkedQueue<Throwable> failures) {
    boolean counted = false;
    while (true) {
      try {
        Project project = StoredRowsTest.stamped(Fixtures.anyProject());
        storage.inTransaction(
            s -> {
              s.projects().insert(project);
              return null;
            });
        storage.inTransaction(TransactionMode.READ_ONLY, s -> s.projects().get(project.id()));
      } catch (Throwable e) {
        failures.add(e);
        if (!counted) {
          working.countDown();
        }
        return;
      }
      if (!counted) {
        working.countDown();
        counted = true;
      }
    }
  }
}
