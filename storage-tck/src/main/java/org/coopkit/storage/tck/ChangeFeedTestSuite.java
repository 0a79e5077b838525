package org.coopkit.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.coopkit.Coopkit;
import org.coopkit.error.ConflictException;
import org.coopkit.error.ValidationException;
import org.coopkit.history.Change;
import org.coopkit.history.ChangeBatch;
import org.coopkit.history.ChangeKind;
import org.coopkit.history.ChangeListener;
import org.coopkit.model.project.Project;
import org.junit.jupiter.api.Test;

/**
 * The change feed: listeners told after each commit and never of a rolled-back change, and a
 * durable feed read from a cursor that skips no committed change, even with many concurrent
 * writers.
 *
 * @since 0.2.0
 */
public abstract class ChangeFeedTestSuite extends StorageTestSuite {
  /** How many threads write at once in the concurrency proof. */
  private static final int WRITERS = 6;

  /** How many writes each of them makes. */
  private static final int ROUNDS = 20;

  /** For subclasses. */
  protected ChangeFeedTestSuite() {}

  /** Checks that a listener is told after the commit, with the transaction's changes. */
  @Test
  protected void aListenerIsToldAfterTheCommitWithTheChanges() {
    // given
    List<List<Change>> told = new CopyOnWriteArrayList<>();
    List<Object> readInside = new CopyOnWriteArrayList<>();
    ChangeListener listener =
        changes -> {
          told.add(changes);
          // Outside the transaction already: a call of the services opens a new one and sees it.
          String id = changes.get(0).aggregateId();
          readInside.add(
              projects().find(org.coopkit.model.project.ProjectId.parse(id)).isPresent());
        };
    coopkit().changes().addListener(listener);
    try {
      // when
      Project project = storedProject();

      // then
      assertThat(told).hasSize(1);
      assertThat(told.get(0))
          .singleElement()
          .satisfies(
              c -> {
                assertThat(c.aggregateId()).isEqualTo(project.id().toString());
                assertThat(c.kind()).isEqualTo(ChangeKind.CREATED);
                assertThat(c.position()).isPositive();
              });
      assertThat(readInside).containsExactly(true);
    } finally {
      coopkit().changes().removeListener(listener);
    }
  }

  /** Checks that a unit of work is told once, with all its changes in feed order. */
  @Test
  protected void aUnitOfWorkIsToldOnceWithAllItsChanges() {
    // given
    List<List<Change>> told = new CopyOnWriteArrayList<>();
    ChangeListener listener = told::add;
    coopkit().changes().addListener(listener);
    try {
      // when
      coopkit()
          .useTransaction(
              tx -> {
                tx.projects().create(Fixtures.anyProject());
                tx.projects().create(Fixtures.anyProject());
              });

      // then
      assertThat(told).hasSize(1);
      assertThat(told.get(0)).hasSize(2);
      assertThat(told.get(0).get(1).position()).isGreaterThan(told.get(0).get(0).position());
    } finally {
      coopkit().changes().removeListener(listener);
    }
  }

  /** Checks that no listener is told of a unit rolled back, nor of a write that failed. */
  @Test
  protected void noListenerIsToldOfARolledBackChange() {
    // given
    Project project = storedProject();
    List<List<Change>> told = new CopyOnWriteArrayList<>();
    ChangeListener listener = told::add;
    coopkit().changes().addListener(listener);
    try {
      // when
      assertThatThrownBy(
              () ->
                  coopkit()
                      .useTransaction(
                          tx -> {
                            tx.projects().create(Fixtures.anyProject());
                            throw new IllegalStateException("roll back");
                          }))
          .isInstanceOf(IllegalStateException.class);
      Project stale = project.toBuilder().version(7).title("Stale").build();
      assertThatThrownBy(() -> projects().update(stale)).isInstanceOf(ConflictException.class);

      // then
      assertThat(told).isEmpty();
    } finally {
      coopkit().changes().removeListener(listener);
    }
  }

  /** Checks that a failing listener neither undoes the commit nor keeps others from being told. */
  @Test
  protected void aFailingListenerNeitherUndoesTheCommitNorSilencesTheOthers() {
    // given
    List<List<Change>> told = new CopyOnWriteArrayList<>();
    ChangeListener failing =
        changes -> {
          throw new IllegalStateException("the search index is down");
        };
    ChangeListener recording = told::add;
    coopkit().changes().addListener(failing);
    coopkit().changes().addListener(recording);
    try {
      // when
      Project project = storedProject();

      // then
      assertThat(projects().find(project.id())).isPresent();
      assertThat(told).hasSize(1);
    } finally {
      coopkit().changes().removeListener(failing);
      coopkit().changes().removeListener(recording);
    }
  }

  /** Checks that the feed is read on from a cursor, and resumed from it by another instance. */
  @Test
  protected void theFeedIsReadOnFromACursorAndResumedByAnotherInstance() {
    // given
    String start = latestCursor(coopkit(), null);
    Project first = storedProject();
    Project second = storedProject();
    Project third = projects().update(first.toBuilder().title("Changed").build());

    // when
    ChangeBatch batch = coopkit().changes().after(start, 2);
    Coopkit restarted = newCoopkit();
    ChangeBatch rest = restarted.changes().after(batch.cursor(), 100);
    ChangeBatch nothing = restarted.changes().after(rest.cursor(), 100);

    // then
    assertThat(batch.changes())
        .extracting(Change::aggregateId, Change::version)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(first.id().toString(), 1L),
            org.assertj.core.groups.Tuple.tuple(second.id().toString(), 1L));
    assertThat(rest.changes())
        .extracting(Change::aggregateId, Change::version)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(third.id().toString(), 2L));
    assertThat(nothing.changes()).isEmpty();
    assertThat(nothing.cursor()).isEqualTo(rest.cursor());
  }

  /** Checks that a page size out of range and a forged cursor are refused. */
  @Test
  protected void theFeedRefusesABadPageSizeOrCursor() {
    assertThatThrownBy(() -> coopkit().changes().after(null, 0))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("limit");
    assertThatThrownBy(() -> coopkit().changes().after("-1", 10))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("after");
  }

  /**
   * The proof that the feed skips nothing: several threads write at once (single writes, units of
   * work with several changes, units rolled back) while a reader polls the feed in small batches
   * all along; once every writer is done, the reader reads to the end. What it saw must be exactly
   * the committed changes, each once. No pause decides anything: the reader reads as fast as it
   * can, and finishes by reading until the feed holds nothing more.
   */
  @Test
  protected void theFeedNeverSkipsACommittedChangeWithConcurrentWriters() {
    // given
    String start = latestCursor(coopkit(), null);
    Set<String> committed = ConcurrentHashMap.newKeySet();
    Set<String> touched = ConcurrentHashMap.newKeySet();
    List<String> seen = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger finished = new AtomicInteger();

    // when
    Racing.race(
        WRITERS + 1,
        Duration.ofMinutes(5),
        "the change feed under concurrent writers",
        thread -> {
          if (thread == 0) {
            read(start, finished, seen);
          } else {
            try {
              write(thread, committed, touched);
            } finally {
              finished.incrementAndGet();
            }
          }
        });

    // then
    List<String> ours = seen.stream().filter(key -> touched.contains(idOf(key))).toList();
    Set<String> read = new HashSet<>(ours);
    Set<String> skipped = new HashSet<>(committed);
    skipped.removeAll(read);
    Set<String> neverCommitted = new HashSet<>(read);
    neverCommitted.removeAll(committed);
    assertThat(skipped).as("committed changes the reader never saw").isEmpty();
    assertThat(neverCommitted).as("changes read that were never committed").isEmpty();
    assertThat(read).as("changes read more than once").hasSameSizeAs(ours);
    assertThat(committed).hasSizeGreaterThan(WRITERS * ROUNDS);
  }

  /** The reader: polls in small batches until the writers are done, then reads to the end. */
  private void read(String start, AtomicInteger finished, List<String> seen) {
    String cursor = start;
    long last = Long.parseLong(start);
    boolean writing = true;
    while (true) {
      // Read whether the writers were done before reading: a read after that sees all they did.
      if (writing) {
        writing = finished.get() < WRITERS;
      }
      ChangeBatch batch = coopkit().changes().after(cursor, 7);
      for (Change change : batch.changes()) {
        assertThat(change.position()).as("positions increase").isGreaterThan(last);
        last = change.position();
        seen.add(key(change));
      }
      cursor = batch.cursor();
      if (!writing && batch.changes().isEmpty()) {
        return;
      }
    }
  }

  /** One writer: its mix of single writes, units of work and units rolled back. */
  private void write(int thread, Set<String> committed, Set<String> touched) {
    Project mine = projects().create(Fixtures.anyProject());
    touched.add(mine.id().toString());
    committed.add(key(mine, ChangeKind.CREATED));
    for (int round = 0; round < ROUNDS; round++) {
      switch ((thread + round) % 4) {
        case 0 -> {
          mine = projects().update(mine.toBuilder().title("Round " + round).build());
          committed.add(key(mine, ChangeKind.UPDATED));
        }
        case 1 -> {
          Project a = Fixtures.anyProject();
          Project b = Fixtures.anyProject();
          touched.add(a.id().toString());
          touched.add(b.id().toString());
          List<Project> made =
              coopkit()
                  .inTransaction(
                      tx -> {
                        Project x = tx.projects().create(a);
                        Project y = tx.projects().create(b);
                        Project z = tx.projects().update(x.toBuilder().title("Again").build());
                        return List.of(x, y, z);
                      });
          committed.add(key(made.get(0), ChangeKind.CREATED));
          committed.add(key(made.get(1), ChangeKind.CREATED));
          committed.add(key(made.get(2), ChangeKind.UPDATED));
        }
        case 2 -> {
          Project lost = Fixtures.anyProject();
          touched.add(lost.id().toString());
          try {
            coopkit()
                .useTransaction(
                    tx -> {
                      tx.projects().create(lost);
                      throw new IllegalStateException("roll back");
                    });
          } catch (IllegalStateException expected) {
            // rolled back: none of its changes may appear
          }
        }
        default -> {
          Project single = projects().create(Fixtures.anyProject());
          touched.add(single.id().toString());
          committed.add(key(single, ChangeKind.CREATED));
        }
      }
    }
  }

  private static String key(Project project, ChangeKind kind) {
    return "Project/" + project.id() + "/" + project.version() + "/" + kind;
  }

  private static String key(Change change) {
    return change.aggregateKind()
        + "/"
        + change.aggregateId()
        + "/"
        + change.version()
        + "/"
        + change.kind();
  }

  private static String idOf(String key) {
    return key.split("/")[1];
  }

  /** The cursor after every change committed so far. */
  private static String latestCursor(
      Coopkit coopkit, @org.jspecify.annotations.Nullable String from) {
    String at = from;
    while (true) {
      ChangeBatch batch = coopkit.changes().after(at, 1000);
      at = batch.cursor();
      if (batch.changes().isEmpty()) {
        return at;
      }
    }
  }
}
