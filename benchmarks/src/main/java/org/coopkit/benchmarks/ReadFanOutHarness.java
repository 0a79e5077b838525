package org.coopkit.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.coopkit.Coopkit;
import org.coopkit.model.Money;
import org.coopkit.model.event.Event;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.project.FundingKind;
import org.coopkit.model.project.FundingLine;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectId;
import org.coopkit.query.LogframeQuery;
import org.coopkit.report.ReportScope;
import org.coopkit.spi.ReportStore;
import org.coopkit.spi.TransactionMode;
import org.coopkit.storage.jdbc.JdbcStorage;
import org.coopkit.storage.tck.Fixtures;
import org.coopkit.storage.tck.ResultFixtures;

/**
 * What reading many aggregates at once saves against reading them one by one, on one embedded H2
 * store, both ways in turns within one run; prints each run's microseconds per read and the ratio
 * of the medians (one by one / at once).
 *
 * <ul>
 *   <li>Logframes: a page of {@code --count} full logframes by {@code find}, against the same
 *       logframes by {@code get} one after the other in one transaction, which is how a page was
 *       read before (it also read the page's ids first, left out here).
 *   <li>Funding totals: {@link ReportStore#fundingTotals} of {@code --count} named projects as the
 *       store adds them up, against the SPI's default, which reads each project whole as the
 *       dashboard did before.
 * </ul>
 *
 * <p>Options: {@code --count N} (20 logframes and 20 projects), {@code --reads N} (200 per run and
 * side), {@code --runs N} (5).
 */
public final class ReadFanOutHarness {
  /** The SPI's default way, for comparison: every project of the scope read whole. */
  private static final ReportStore READING_PROJECTS =
      (scope, dimension) -> {
        throw new UnsupportedOperationException("funding totals only");
      };

  private ReadFanOutHarness() {}

  /**
   * Runs the comparison.
   *
   * @param args the options
   * @throws IOException if the temporary folder cannot be made
   */
  public static void main(String[] args) throws IOException {
    int count = intOption(args, "--count", 20);
    int reads = intOption(args, "--reads", 200);
    int runs = intOption(args, "--runs", 5);
    PrintStream out = System.out;
    Path folder = Files.createTempDirectory("coopkit-fan-out-bench");
    try (JdbcStorage storage = JdbcStorage.embedded(folder.resolve("bench"))) {
      Coopkit coopkit = Coopkit.builder().storage(storage).build();
      Organisation donor = coopkit.organisations().register(Fixtures.anyOrganisation());
      List<ProjectId> projects = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        Project project =
            coopkit
                .projects()
                .create(
                    Fixtures.projectWithComponents(2).toBuilder()
                        .addFunding(
                            FundingLine.of(
                                donor.id(), Money.of("1000.25", "EUR"), FundingKind.GRANT))
                        .addFunding(
                            FundingLine.of(donor.id(), Money.of("500", "USD"), FundingKind.PLEDGE))
                        .build());
        Event event = coopkit.events().create(Fixtures.eventOf(project.id()));
        coopkit
            .results()
            .define(ResultFixtures.fullyPopulatedLogframe(project, List.of(event.id())));
        projects.add(project.id());
      }
      ReportScope scope = ReportScope.projects(projects);
      Supplier<Object> page =
          () ->
              storage.inTransaction(
                  TransactionMode.READ_ONLY,
                  s -> s.results().find(LogframeQuery.builder().limit(count).build()));
      Supplier<Object> oneByOne =
          () ->
              storage.inTransaction(
                  TransactionMode.READ_ONLY,
                  s -> projects.stream().map(id -> s.results().get(id).orElseThrow()).toList());
      Supplier<Object> summed =
          () ->
              storage.inTransaction(
                  TransactionMode.READ_ONLY, s -> s.reports().fundingTotals(scope, s.projects()));
      Supplier<Object> readWhole =
          () ->
              storage.inTransaction(
                  TransactionMode.READ_ONLY,
                  s -> READING_PROJECTS.fundingTotals(scope, s.projects()));
      check(page, oneByOne, summed, readWhole);
      compare(out, "logframes: page", page, "one by one", oneByOne, reads, runs, count);
      compare(
          out,
          "funding totals: in the store",
          summed,
          "projects read",
          readWhole,
          reads,
          runs,
          count);
      out.printf(
          Locale.ROOT,
          "load average %.2f%n",
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    } finally {
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  /** Both ways of each pair must read the same, or the timing compares nothing. */
  @SuppressWarnings("unchecked")
  private static void check(
      Supplier<Object> page,
      Supplier<Object> oneByOne,
      Supplier<Object> summed,
      Supplier<Object> readWhole) {
    Object logframes = ((org.coopkit.query.Page<Object>) page.get()).items();
    if (!logframes.equals(oneByOne.get())) {
      throw new IllegalStateException("a page and single reads differ");
    }
    if (!((Map<?, ?>) summed.get()).equals(readWhole.get())) {
      throw new IllegalStateException("the store's and the default's totals differ");
    }
  }

  /** Warms both sides up, then times them in turns and prints each run and the medians. */
  private static void compare(
      PrintStream out,
      String name,
      Supplier<Object> batched,
      String otherName,
      Supplier<Object> other,
      int reads,
      int runs,
      int count) {
    time(batched, reads / 4);
    time(other, reads / 4);
    List<Double> batchedMicros = new ArrayList<>();
    List<Double> otherMicros = new ArrayList<>();
    for (int run = 0; run < runs; run++) {
      // The order turns from run to run, so neither side always runs on a warmer store.
      if (run % 2 == 0) {
        batchedMicros.add(time(batched, reads));
        otherMicros.add(time(other, reads));
      } else {
        otherMicros.add(time(other, reads));
        batchedMicros.add(time(batched, reads));
      }
      out.printf(
          Locale.ROOT,
          "%s run %d: %.1f us/read, %s %.1f us/read%n",
          name,
          run + 1,
          batchedMicros.get(run),
          otherName,
          otherMicros.get(run));
    }
    double batchedMedian = Stats.of(batchedMicros).median();
    double otherMedian = Stats.of(otherMicros).median();
    out.printf(
        Locale.ROOT,
        "H2, %s of %d x %d reads x %d runs: %.1f us/read, %s %.1f us/read, ratio %.2f%n",
        name,
        count,
        reads,
        runs,
        batchedMedian,
        otherName,
        otherMedian,
        otherMedian / batchedMedian);
  }

  /** Microseconds per read of {@code count} reads, each its own transaction. */
  private static double time(Supplier<Object> read, int count) {
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      read.get();
    }
    return (System.nanoTime() - start) / 1_000.0 / count;
  }

  private static int intOption(String[] args, String name, int fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return Integer.parseInt(args[i + 1]);
      }
    }
    return fallback;
  }
}
