package org.coopkit.storage.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectId;
import org.coopkit.query.Page;
import org.coopkit.query.ProjectQuery;
import org.coopkit.spi.StorageSession;
import org.coopkit.spi.TransactionMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Readers never see half of a write: a writer keeps giving two projects the same new title in one
 * transaction (and every few rounds throws after the first update), while readers check that the
 * two titles always agree.
 */
class MemoryStorageIsolationTest {
  private static final int ROUNDS = 3_000;
  private static final long DEADLINE_NANOS = TimeUnit.SECONDS.toNanos(20);
  private static final ProjectQuery BOTH = ProjectQuery.builder().build();

  private final TestData data = new TestData(4L);
  private final MemoryStorage storage = MemoryStorage.create();
  private final ExecutorService threads = Executors.newFixedThreadPool(5);

  @AfterEach
  void stopThreads() throws InterruptedException {
    threads.shutdownNow();
    assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void readersNeverSeeHalfOfATwoProjectWrite() throws Exception {
    ProjectId a = ProjectId.of(data.uuid());
    ProjectId b = ProjectId.of(data.uuid());
    storage.inTransaction(
        session -> {
          session.projects().insert(data.project(a, "a", 1).toBuilder().title("round 0").build());
          session.projects().insert(data.project(b, "b", 1).toBuilder().title("round 0").build());
          return null;
        });
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicLong reads = new AtomicLong();
    Map<String, String> disagreements = new ConcurrentHashMap<>();
    CountDownLatch started = new CountDownLatch(4);
    long deadline = System.nanoTime() + DEADLINE_NANOS;

    List<Future<?>> readers = new ArrayList<>();
    for (int r = 0; r < 4; r++) {
      boolean byQuery = r % 2 == 0;
      readers.add(
          threads.submit(
              () -> {
                boolean first = true;
                while (first || writing.get()) {
                  String seen =
                      storage.inTransaction(
                          TransactionMode.READ_ONLY,
                          session -> byQuery ? titlesFound(session) : titlesGot(session, a, b));
                  String[] titles = seen.split("\\|");
                  if (!titles[0].equals(titles[1])) {
                    disagreements.put(seen, seen);
                  }
                  reads.incrementAndGet();
                  if (first) {
                    // The writer starts once every reader has read: reads never depend on timing.
                    started.countDown();
                    first = false;
                  }
                }
                return null;
              }));
    }
    AtomicInteger committed = new AtomicInteger();
    Future<?> writer =
        threads.submit(
            () -> {
              started.await();
              try {
                for (int round = 1;
                    round <= ROUNDS && (round == 1 || System.nanoTime() < deadline);
                    round++) {
                  writeRound(a, b, round);
                  committed.incrementAndGet();
                }
              } finally {
                writing.set(false);
              }
              return null;
            });

    writer.get(5, TimeUnit.MINUTES);
    for (Future<?> reader : readers) {
      reader.get(5, TimeUnit.MINUTES);
    }
    assertThat(disagreements).isEmpty();
    assertThat(committed.get()).isPositive();
    assertThat(reads.get()).isPositive();
    String last = storage.inTransaction(TransactionMode.READ_ONLY, s -> titlesGot(s, a, b));
    assertThat(last).startsWith("round ");
  }

  /** Sets both titles to "round n"; every fifth round throws after the first update instead. */
  private void writeRound(ProjectId a, ProjectId b, int round) {
    String title = "round " + round;
    try {
      storage.inTransaction(
          session -> {
            retitle(session, a, title);
            if (round % 5 == 0) {
              throw new IllegalStateException("rolled back");
            }
            retitle(session, b, title);
            return null;
          });
    } catch (IllegalStateException expected) {
      // The first update must not show: the readers check.
    }
  }

  private static void retitle(StorageSession session, ProjectId id, String title) {
    Project stored = session.projects().get(id).orElseThrow();
    session
        .projects()
        .update(
            stored.toBuilder().title(title).version(stored.version() + 1).build(),
            stored.version());
  }

  private static String titlesGot(StorageSession session, ProjectId a, ProjectId b) {
    return session.projects().get(a).orElseThrow().title().english()
        + "|"
        + session.projects().get(b).orElseThrow().title().english();
  }

  private static String titlesFound(StorageSession session) {
    Page<Project> page = session.projects().find(BOTH);
    return page.items().get(0).title().english() + "|" + page.items().get(1).title().english();
  }
}
