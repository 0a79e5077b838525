package org.coopkit.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.coopkit.Coopkit;
import org.coopkit.model.project.Project;
import org.coopkit.spi.ContactStore;
import org.coopkit.spi.EventStore;
import org.coopkit.spi.HistoryStore;
import org.coopkit.spi.LogframeStore;
import org.coopkit.spi.OrganisationStore;
import org.coopkit.spi.ProjectStore;
import org.coopkit.spi.ProvenanceStore;
import org.coopkit.spi.ReportStore;
import org.coopkit.spi.SourceStore;
import org.coopkit.spi.Storage;
import org.coopkit.spi.StorageSession;
import org.coopkit.spi.TransactionMode;
import org.coopkit.spi.TransactionalWork;
import org.coopkit.storage.jdbc.JdbcStorage;
import org.coopkit.storage.memory.MemoryStorage;
import org.coopkit.storage.tck.Fixtures;

/**
 * What recording the history costs a write: the same single-event creations through {@code
 * events().create}, on one embedded H2 store, with the history recorded and without it, in turns
 * within one run; prints each run's microseconds per write and the ratio of the medians (on / off).
 *
 * <p>History cannot be switched off in {@link Coopkit.Builder}: coopkit records it whenever the
 * storage keeps one. The run without it goes through a storage that hides the history store, as an
 * adapter written before 0.2.0 would; everything else (the database, its tables, the services) is
 * the same.
 *
 * <p>Options: {@code --writes N} (2,000 per run and side), {@code --runs N} (5), {@code --store
 * h2|memory} (h2; on the in-memory store the recording's own work, not the database's, is what the
 * ratio shows).
 */
public final class HistoryCostHarness {
  private HistoryCostHarness() {}

  /**
   * Runs the comparison.
   *
   * @param args the options
   * @throws IOException if the temporary folder cannot be made
   */
  public static void main(String[] args) throws IOException {
    int writes = intOption(args, "--writes", 2_000);
    int runs = intOption(args, "--runs", 5);
    boolean memory = "memory".equals(option(args, "--store", "h2"));
    PrintStream out = System.out;
    Path folder = Files.createTempDirectory("coopkit-history-bench");
    try (Storage storage =
        memory ? MemoryStorage.create() : JdbcStorage.embedded(folder.resolve("bench"))) {
      Coopkit on = Coopkit.builder().storage(storage).build();
      Coopkit off = Coopkit.builder().storage(new WithoutHistory(storage)).build();
      Project project = on.projects().create(Fixtures.anyProject());
      // Warm up both paths (class loading, JIT, the database's caches).
      time(on, project, writes / 4);
      time(off, project, writes / 4);
      List<Double> withHistory = new ArrayList<>();
      List<Double> withoutHistory = new ArrayList<>();
      for (int run = 0; run < runs; run++) {
        // The order turns from run to run, so neither side always runs on a warmer store.
        if (run % 2 == 0) {
          withHistory.add(time(on, project, writes));
          withoutHistory.add(time(off, project, writes));
        } else {
          withoutHistory.add(time(off, project, writes));
          withHistory.add(time(on, project, writes));
        }
        out.printf(
            Locale.ROOT,
            "run %d: history on %.1f us/write, off %.1f us/write%n",
            run + 1,
            withHistory.get(run),
            withoutHistory.get(run));
      }
      double medianOn = Stats.of(withHistory).median();
      double medianOff = Stats.of(withoutHistory).median();
      out.printf(
          Locale.ROOT,
          "%s, %d single-event creations x %d runs: history on %.1f us/write, off %.1f us/write,"
              + " ratio on/off %.2f%n",
          memory ? "Memory" : "H2",
          writes,
          runs,
          medianOn,
          medianOff,
          medianOn / medianOff);
    } finally {
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  /** Microseconds per write of {@code count} single-event creations, each its own transaction. */
  private static double time(Coopkit coopkit, Project project, int count) {
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      coopkit.events().create(Fixtures.eventOf(project.id()));
    }
    return (System.nanoTime() - start) / 1_000.0 / count;
  }

  private static String option(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }

  private static int intOption(String[] args, String name, int fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return Integer.parseInt(args[i + 1]);
      }
    }
    return fallback;
  }

  /** The storage, its sessions without their history store. */
  private static final class WithoutHistory implements Storage {
    private final Storage storage;

    WithoutHistory(Storage storage) {
      this.storage = storage;
    }

    @Override
    public <T> T inTransaction(TransactionMode mode, TransactionalWork<T> work) {
      return storage.inTransaction(mode, session -> work.run(new Session(session)));
    }

    /** Every store of the session but the history. */
    private record Session(StorageSession delegate) implements StorageSession {
      @Override
      public ProjectStore projects() {
        return delegate.projects();
      }

      @Override
      public EventStore events() {
        return delegate.events();
      }

      @Override
      public ContactStore contacts() {
        return delegate.contacts();
      }

      @Override
      public OrganisationStore organisations() {
        return delegate.organisations();
      }

      @Override
      public ReportStore reports() {
        return delegate.reports();
      }

      @Override
      public SourceStore sources() {
        return delegate.sources();
      }

      @Override
      public Optional<ProvenanceStore> provenance() {
        return delegate.provenance();
      }

      @Override
      public LogframeStore results() {
        return delegate.results();
      }

      @Override
      public Optional<HistoryStore> history() {
        return Optional.empty();
      }

      @Override
      public boolean commitsOnReturn() {
        return delegate.commitsOnReturn();
      }

      @Override
      public void afterCommit(Runnable action) {
        delegate.afterCommit(action);
      }
    }
  }
}
