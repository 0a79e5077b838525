package org.coopkit.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.coopkit.Coopkit;
import org.coopkit.json.CoopkitJson;
import org.coopkit.json.ExportReport;
import org.coopkit.model.CountryCode;
import org.coopkit.model.event.Event;
import org.coopkit.query.EventQuery;
import org.coopkit.report.ReportFilter;
import org.coopkit.report.ReportScope;
import org.jspecify.annotations.Nullable;

/**
 * How coopkit's costs grow with the number of stored events: one store per engine (PostgreSQL,
 * MariaDB, H2, in memory) grown step by step to each size of {@code --sizes}, never reloaded, and
 * measured at every size; then, for every figure, the growth between consecutive sizes is read as
 * an exponent {@code k} of {@code cost ~ N^k} ({@link Growth}) and judged against what the figure
 * should do.
 *
 * <p>At each size, after the step's events are loaded and the store settled (statistics gathered,
 * H2 checkpointed; untimed), one row:
 *
 * <ul>
 *   <li><b>load</b>: events and table rows per second of the step's events, through {@link
 *       org.coopkit.storage.jdbc.JdbcStorage#insertEvents} (in memory through the storage SPI, in
 *       transactions of 10,000, as {@link ReferenceData#storeEvents} does), made and given 100,000
 *       at a time. Expected: the cost per event constant or logarithmic (index depth);
 *   <li><b>selective first page</b>: p50 and p99 of {@code --queries} different selective queries
 *       ({@link BenchmarkData#selectiveQueries}: one country, 90 days, 20 per page), each timed
 *       once after a warm-up pass. Expected: constant or logarithmic (an index on the country and
 *       day);
 *   <li><b>page 50</b>: p50 and p99 of reading the 50th page of the broadest query, every event
 *       sorted by first day (20 per page), from the cursor of page 49, {@code --queries} times.
 *       Expected: constant or logarithmic (a keyset cursor, not an offset);
 *   <li><b>project dashboard</b>: median of {@code --repeats} {@code reports().dashboard} (after up
 *       to two warm-ups; fewer runs, one at least, once they took {@code --report-budget} seconds,
 *       30, which the output notes) of {@link BenchmarkData#dashboardProject()}, over all time.
 *       Expected: linear, and no worse: the project holds a fixed share of the events (one of 40
 *       projects), so it counts more of them as the store grows, unless a store kept running
 *       totals;
 *   <li><b>dashboard and portfolio of everything</b>: the same for {@link ReportScope#EVERYTHING}
 *       with {@code dashboard} and {@code portfolio}. Expected: linear;
 *   <li><b>country profile</b>: the same for {@code reports().countryProfile} of Germany over all
 *       time. Expected: linear, as for the project (one of 56 countries);
 *   <li><b>JSON export</b>: events per second of {@code CoopkitJson.export} of the whole store to a
 *       null stream, which checks its count of events too. Expected: the cost per event constant or
 *       logarithmic. Skipped at a size where it would take more than {@code --export-limit} seconds
 *       (60) by the previous size's time, and at every larger size;
 *   <li><b>bytes per event</b>: for the in-memory store the used heap after collections ({@link
 *       MemoryFootprint#usedHeapAfterGc}), for a database its size on disk (PostgreSQL {@code
 *       pg_total_relation_size} of the schema's tables, MariaDB {@code data_length + index_length}
 *       of the database's tables, H2 its file), both less the store's size with reference data and
 *       no event, divided by the events. Expected: constant;
 *   <li>the system load average, to weigh the figures.
 * </ul>
 *
 * <p>A figure that grows faster than expected and at least linearly is printed as {@code FINDING};
 * a constant-expected one growing sublinearly as {@code watch}. The figures also go to a CSV
 * ({@code --csv FILE}) and a log-log chart per figure ({@code --svg FILE}, {@link LogLogChart}).
 *
 * <p>Options: {@code --stores postgresql,mariadb,h2,memory}, {@code --sizes 10000,100000,1000000},
 * {@code --queries N} (200), {@code --repeats N} (5), {@code --export-limit SECONDS} (60), {@code
 * --report-budget SECONDS} (30), {@code --csv FILE}, {@code --svg FILE}, {@code --light}
 * (PostgreSQL only: lighter events, {@link LightEvents}, for a bigger store), and the servers'
 * {@code --postgresql-url/-user/-password}, {@code --mariadb-url/-user/-password} as for {@link
 * LoadHarness}. Schemas are dropped at the end, also on failure or interruption.
 */
public final class ScalingHarness {
  /** Events made and inserted at a time within a step: bounds the heap the step's events take. */
  private static final int CHUNK = 100_000;

  private static final CountryCode PROFILE_COUNTRY = CountryCode.of("DE");
  private static final int PAGE_NUMBER = 50;
  private static final int DASHBOARD_WARMUPS = 2;

  private final Options options;
  private final PrintStream out;
  private final List<Point> points = new ArrayList<>();
  private final List<BenchSchema> schemas = new ArrayList<>();

  /** The figures of one store at one size; a figure not measured is absent. */
  private record Point(
      String store, int events, Map<ScalingMetric, Double> figures, double loadAverage) {}

  private ScalingHarness(Options options, PrintStream out) {
    this.options = options;
    this.out = out;
  }

  /**
   * Runs the harness.
   *
   * @param args the options (see the class's description)
   * @throws Exception if a store fails
   */
  public static void main(String[] args) throws Exception {
    new ScalingHarness(Options.parse(args), System.out).run();
  }

  private void run() throws Exception {
    long start = System.nanoTime();
    BenchmarkData data = BenchmarkData.create(BenchmarkData.SEED);
    out.printf(
        Locale.ROOT,
        "coopkit scaling harness: %d processors, max heap %,d MiB, Java %s (%s)%n",
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20,
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"));
    out.printf(
        Locale.ROOT,
        "data set: seed %d, %,d organisations, %,d projects; events %s%n",
        data.seed(),
        data.organisations().size(),
        data.projects().size(),
        shape());
    out.printf(
        Locale.ROOT,
        "sizes %s, one store per engine grown step by step; %d queries per page figure,"
            + " %d repeats per report; %s%n",
        Arrays.toString(options.sizes),
        options.queries,
        options.repeats,
        LoadHarness.load());
    out.printf(
        Locale.ROOT,
        "columns: load = the step's events through the bulk insert, events/s and table rows/s;"
            + "%n  1st = selective first page (1 country, %d days, %d per page), us;"
            + "%n  p@%d = page %d of every event by first day (%d per page), read from the cursor"
            + " of page %d, us;%n  dashboard of project %s (its events in brackets), dashboard"
            + " and portfolio of everything, profile of %s: median ms, all time;"
            + "%n  export = JSON export of the whole store to a null stream, events/s;"
            + " B/ev = heap (memory) or disk (databases) per event above the empty store%n",
        BenchmarkData.WINDOW_DAYS,
        BenchmarkData.PAGE_SIZE,
        PAGE_NUMBER,
        PAGE_NUMBER,
        BenchmarkData.PAGE_SIZE,
        PAGE_NUMBER - 1,
        data.dashboardProject().id(),
        PROFILE_COUNTRY.alpha2());

    Path h2Folder = Files.createTempDirectory("coopkit-scaling-h2-");
    Thread hook = new Thread(() -> dropAll(h2Folder), "coopkit-scaling-cleanup");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      for (String store : options.stores) {
        grow(store, data, h2Folder);
      }
    } finally {
      dropAll(h2Folder);
      Runtime.getRuntime().removeShutdownHook(hook);
    }

    Map<Point, Map<ScalingMetric, Verdict>> verdicts = verdicts();
    printGrowth(verdicts);
    if (options.csv != null) {
      Files.writeString(options.csv, csv(verdicts), StandardCharsets.UTF_8);
      out.println("CSV written to " + options.csv);
    }
    if (options.svg != null) {
      Files.writeString(options.svg, svg(), StandardCharsets.UTF_8);
      out.println("SVG written to " + options.svg);
    }
    out.printf(
        Locale.ROOT,
        "%nharness ran %.1f minutes; schemas dropped; %s%n",
        (System.nanoTime() - start) / 60e9,
        LoadHarness.load());
  }

  private String shape() {
    return options.light
        ? LightEvents.SHAPE
        : "as the load harness's: 3-6 participating countries, organisers and topics each,"
            + " titles in 1-4 languages, descriptions, key messages, links";
  }

  /** Grows one store through every size, printing a row per size. */
  private void grow(String storeName, BenchmarkData data, Path h2Folder) throws SQLException {
    BenchSchema schema = null;
    GrowingStore store;
    if (storeName.equals("memory")) {
      store = GrowingStore.memory(data);
      out.printf(Locale.ROOT, "%n== memory (MemoryStorage)%n");
    } else {
      schema =
          BenchSchema.create(options.servers.server(BenchSchema.Engine.parse(storeName), h2Folder));
      synchronized (schemas) {
        schemas.add(schema);
      }
      store = GrowingStore.database(schema, data);
      out.printf(Locale.ROOT, "%n== %s, schema %s%n", storeName, schema.name());
    }
    try (GrowingStore growing = store) {
      out.printf(
          Locale.ROOT,
          "%11s %9s %10s %8s %8s %8s %8s %19s %9s %9s %9s %10s %7s  %s%n",
          "events",
          "load ev/s",
          "rows/s",
          "1st p50",
          "1st p99",
          "p@50 p50",
          "p@50 p99",
          "project ms (events)",
          "all ms",
          "portf ms",
          "DE ms",
          "export/s",
          "B/ev",
          "load average");
      Iterator<Event> source = options.light ? new LightEvents(data.events()) : data.events();
      Exports exports = new Exports();
      int loaded = 0;
      for (int size : options.sizes) {
        Map<ScalingMetric, Double> figures = new EnumMap<>(ScalingMetric.class);
        Step step = load(growing, source, size - loaded);
        loaded = size;
        figures.put(ScalingMetric.LOAD_EVENTS, step.events / step.seconds);
        figures.put(ScalingMetric.LOAD_ROWS, step.rows / step.seconds);
        growing.settle();
        figures.put(ScalingMetric.BYTES_PER_EVENT, (double) growing.bytesAboveEmpty() / loaded);
        Map<ScalingMetric, Integer> shortRuns = new EnumMap<>(ScalingMetric.class);
        gcShares.clear();
        long projectEvents = measureReads(growing.coopkit(), data, figures, shortRuns);
        exports.measure(growing.coopkit(), loaded, figures);
        double loadAverage = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Point point = new Point(growing.name(), loaded, figures, loadAverage);
        points.add(point);
        printRow(point, projectEvents, exports);
        shortRuns.forEach(
            (metric, runs) ->
                out.printf(
                    Locale.ROOT,
                    "%11s %s: median of %d run(s), the %.0f s budget spent%n",
                    "",
                    metric.label(),
                    runs,
                    options.reportBudgetSeconds));
        StringBuilder gc = new StringBuilder();
        gcShares.forEach(
            (metric, share) ->
                gc.append(gc.length() == 0 ? "" : ", ")
                    .append(metric.label())
                    .append(String.format(Locale.ROOT, " %.0f%%", share * 100)));
        out.printf(Locale.ROOT, "%11s garbage collection in the timed report runs: %s%n", "", gc);
      }
      out.printf(
          Locale.ROOT, "  (B/ev measured on %s; %s)%n", growing.bytesWhere(), LoadHarness.load());
    } finally {
      if (schema != null) {
        drop(schema);
      }
    }
  }

  /** What a step's load did. */
  private record Step(int events, long rows, double seconds) {}

  /** Adds {@code count} events from {@code source}, a chunk at a time; times the adds only. */
  private static Step load(GrowingStore store, Iterator<Event> source, int count)
      throws SQLException {
    long nanos = 0;
    long rows = 0;
    for (int done = 0; done < count; ) {
      int chunk = Math.min(CHUNK, count - done);
      List<Event> events = new ArrayList<>(chunk);
      for (int i = 0; i < chunk; i++) {
        events.add(source.next());
      }
      rows += Arrays.stream(EventRows.count(events)).sum();
      long t0 = System.nanoTime();
      store.add(events);
      nanos += System.nanoTime() - t0;
      done += chunk;
    }
    return new Step(count, rows, nanos / 1e9);
  }

  /** The pages and reports; returns the number of events in the project's dashboard. */
  private long measureReads(
      Coopkit coopkit,
      BenchmarkData data,
      Map<ScalingMetric, Double> figures,
      Map<ScalingMetric, Integer> shortRuns) {
    List<EventQuery> queries =
        BenchmarkData.selectiveQueries(options.queries, BenchmarkData.SEED + 1);
    double[] firstPages = timeEach(queries, q -> coopkit.events().search(q).items().size());
    figures.put(ScalingMetric.FIRST_PAGE_P50, Stats.percentile(firstPages, 50));
    figures.put(ScalingMetric.FIRST_PAGE_P99, Stats.percentile(firstPages, 99));

    EventQuery page = EventQuery.builder().limit(BenchmarkData.PAGE_SIZE).build();
    for (int i = 1; i < PAGE_NUMBER && page != null; i++) {
      String next = coopkit.events().search(page).nextCursor();
      page = next == null ? null : page.after(next);
    }
    if (page != null) {
      double[] pages =
          timeEach(
              Collections.nCopies(options.queries, page),
              q -> coopkit.events().search(q).items().size());
      figures.put(ScalingMetric.PAGE_50_P50, Stats.percentile(pages, 50));
      figures.put(ScalingMetric.PAGE_50_P99, Stats.percentile(pages, 99));
    }

    ReportScope project = ReportScope.project(data.dashboardProject().id());
    long[] projectEvents = new long[1];
    figures.put(
        ScalingMetric.DASHBOARD_PROJECT,
        medianMillis(
            ScalingMetric.DASHBOARD_PROJECT,
            c ->
                projectEvents[0] =
                    c.reports().dashboard(project, ReportFilter.ALL).total().events(),
            coopkit,
            shortRuns));
    figures.put(
        ScalingMetric.DASHBOARD_ALL,
        medianMillis(
            ScalingMetric.DASHBOARD_ALL,
            c -> c.reports().dashboard(ReportScope.EVERYTHING, ReportFilter.ALL).total().events(),
            coopkit,
            shortRuns));
    figures.put(
        ScalingMetric.PORTFOLIO_ALL,
        medianMillis(
            ScalingMetric.PORTFOLIO_ALL,
            c -> c.reports().portfolio(ReportScope.EVERYTHING, ReportFilter.ALL).years().size(),
            coopkit,
            shortRuns));
    figures.put(
        ScalingMetric.COUNTRY_PROFILE,
        medianMillis(
            ScalingMetric.COUNTRY_PROFILE,
            c ->
                c.reports().countryProfile(PROFILE_COUNTRY, ReportFilter.ALL).eventsHeld().events(),
            coopkit,
            shortRuns));
    return projectEvents[0];
  }

  /** Each query once after a warm-up pass: the times in microseconds, sorted. */
  private static double[] timeEach(List<EventQuery> queries, ToLongFunction<EventQuery> read) {
    long sink = 0;
    for (EventQuery query : queries) {
      sink += read.applyAsLong(query);
    }
    double[] micros = new double[queries.size()];
    for (int i = 0; i < micros.length; i++) {
      long t0 = System.nanoTime();
      sink += read.applyAsLong(queries.get(i));
      micros[i] = (System.nanoTime() - t0) / 1e3;
    }
    blackhole = sink;
    Arrays.sort(micros);
    return micros;
  }

  /**
   * The median of {@code --repeats} runs of a report, after warm-ups, in milliseconds; fewer runs
   * (one at least) when they pass {@code --report-budget} seconds, noted in {@code shortRuns}.
   */
  private double medianMillis(
      ScalingMetric metric,
      ToLongFunction<Coopkit> report,
      Coopkit coopkit,
      Map<ScalingMetric, Integer> shortRuns) {
    long sink = 0;
    long budget = (long) (options.reportBudgetSeconds * 1e9);
    long warmed = System.nanoTime();
    for (int i = 0; i < DASHBOARD_WARMUPS && System.nanoTime() - warmed < budget / 10; i++) {
      sink += report.applyAsLong(coopkit);
    }
    double[] millis = new double[options.repeats];
    long spent = 0;
    int runs = 0;
    long gcBefore = collectionMillis();
    while (runs < millis.length && (runs == 0 || spent < budget)) {
      long t0 = System.nanoTime();
      sink += report.applyAsLong(coopkit);
      long nanos = System.nanoTime() - t0;
      spent += nanos;
      millis[runs++] = nanos / 1e6;
    }
    blackhole = sink;
    gcShares.put(metric, (collectionMillis() - gcBefore) / (spent / 1e6));
    if (runs < millis.length) {
      shortRuns.put(metric, runs);
    }
    double[] sorted = Arrays.copyOf(millis, runs);
    Arrays.sort(sorted);
    return Stats.percentile(sorted, 50);
  }

  /** Where timed loops leave their results, so that the JIT cannot drop the reads. */
  private static volatile long blackhole;

  /**
   * The share of each report figure's timed runs that the JVM spent collecting garbage, at the
   * current size: a report whose cost grows faster than its work may be paying for the heap.
   */
  private final Map<ScalingMetric, Double> gcShares = new EnumMap<>(ScalingMetric.class);

  /** The JVM's collectors' time so far, in milliseconds (pauses and concurrent work). */
  private static long collectionMillis() {
    long total = 0;
    for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, collector.getCollectionTime());
    }
    return total;
  }

  /** The JSON exports of one store, skipped once they would take too long. */
  private final class Exports {
    private int lastSize;
    private double lastSeconds;
    private int skippedAbove = -1;

    void measure(Coopkit coopkit, int size, Map<ScalingMetric, Double> figures) {
      if (skippedAbove < 0 && lastSize > 0) {
        double predicted = lastSeconds * size / lastSize;
        if (predicted > options.exportLimitSeconds) {
          skippedAbove = lastSize;
        }
      }
      if (skippedAbove >= 0) {
        return;
      }
      long t0 = System.nanoTime();
      ExportReport report = CoopkitJson.create().export(coopkit, OutputStream.nullOutputStream());
      double seconds = (System.nanoTime() - t0) / 1e9;
      if (report.events() != size) {
        throw new IllegalStateException(
            "the export wrote " + report.events() + " events, the store holds " + size);
      }
      lastSize = size;
      lastSeconds = seconds;
      figures.put(ScalingMetric.EXPORT, size / seconds);
    }

    String cell(Map<ScalingMetric, Double> figures) {
      Double rate = figures.get(ScalingMetric.EXPORT);
      if (rate != null) {
        return String.format(Locale.ROOT, "%,10.0f", rate);
      }
      return String.format(Locale.ROOT, "%10s", "skipped");
    }
  }

  private void printRow(Point point, long projectEvents, Exports exports) {
    Map<ScalingMetric, Double> f = point.figures();
    out.printf(
        Locale.ROOT,
        "%,11d %,9.0f %,10.0f %8s %8s %8s %8s %9.1f (%,7d) %9.1f %9.1f %9.1f %s %,7.0f  %.2f%n",
        point.events(),
        f.get(ScalingMetric.LOAD_EVENTS),
        f.get(ScalingMetric.LOAD_ROWS),
        micros(f.get(ScalingMetric.FIRST_PAGE_P50)),
        micros(f.get(ScalingMetric.FIRST_PAGE_P99)),
        micros(f.get(ScalingMetric.PAGE_50_P50)),
        micros(f.get(ScalingMetric.PAGE_50_P99)),
        f.get(ScalingMetric.DASHBOARD_PROJECT),
        projectEvents,
        f.get(ScalingMetric.DASHBOARD_ALL),
        f.get(ScalingMetric.PORTFOLIO_ALL),
        f.get(ScalingMetric.COUNTRY_PROFILE),
        exports.cell(f),
        f.get(ScalingMetric.BYTES_PER_EVENT),
        point.loadAverage());
    if (exports.skippedAbove >= 0 && !f.containsKey(ScalingMetric.EXPORT)) {
      out.printf(
          Locale.ROOT,
          "%11s JSON export skipped above %,d events: over %.0f s by the last export's rate%n",
          "",
          exports.skippedAbove,
          options.exportLimitSeconds);
    }
  }

  private static String micros(@Nullable Double value) {
    if (value == null) {
      return "-";
    }
    return String.format(Locale.ROOT, value < 100 ? "%.1f" : "%,.0f", value);
  }

  /** The growth of one figure from the previous size of its store. */
  private record Verdict(double exponent, Growth growth, String verdict) {}

  /** For each point after a store's first, the verdict of each judged figure measured at both. */
  private Map<Point, Map<ScalingMetric, Verdict>> verdicts() {
    Map<Point, Map<ScalingMetric, Verdict>> all = new LinkedHashMap<>();
    for (int i = 1; i < points.size(); i++) {
      Point previous = points.get(i - 1);
      Point point = points.get(i);
      if (!previous.store().equals(point.store())) {
        continue;
      }
      Map<ScalingMetric, Verdict> verdicts = new EnumMap<>(ScalingMetric.class);
      for (ScalingMetric metric : ScalingMetric.values()) {
        Growth expected = metric.expected();
        Double before = previous.figures().get(metric);
        Double after = point.figures().get(metric);
        if (expected == null || before == null || after == null) {
          continue;
        }
        double k =
            Growth.exponent(
                previous.events(), metric.cost(before), point.events(), metric.cost(after));
        Growth growth = Growth.of(k);
        verdicts.put(metric, new Verdict(k, growth, Growth.verdict(expected, growth)));
      }
      all.put(point, verdicts);
    }
    return all;
  }

  private void printGrowth(Map<Point, Map<ScalingMetric, Verdict>> verdicts) {
    out.printf(
        Locale.ROOT,
        "%nGrowth between consecutive sizes: k in cost ~ N^k (rates as cost per event);"
            + " O(1)/O(log N) below 0.2, O(N) from 0.7 to 1.3%n");
    out.printf(
        Locale.ROOT,
        "%-18s %-14s %-10s %-24s %s%n",
        "figure",
        "expected",
        "store",
        "step",
        "growth");
    List<String> findings = new ArrayList<>();
    for (ScalingMetric metric : ScalingMetric.values()) {
      if (metric.expected() == null) {
        continue;
      }
      for (int i = 1; i < points.size(); i++) {
        Point point = points.get(i);
        Verdict v = verdicts.getOrDefault(point, Map.of()).get(metric);
        if (v == null) {
          continue;
        }
        String step =
            String.format(Locale.ROOT, "%,d -> %,d", points.get(i - 1).events(), point.events());
        String line =
            String.format(
                Locale.ROOT,
                "%-18s %-14s %-10s %-24s k=%5.2f %-16s %s",
                metric.label(),
                metric.expected().label(),
                point.store(),
                step,
                v.exponent(),
                v.growth().label(),
                v.verdict());
        out.println(line);
        if (v.verdict().equals("FINDING")) {
          findings.add(line);
        }
      }
    }
    out.printf(Locale.ROOT, "%nExpectations:%n");
    for (ScalingMetric metric : ScalingMetric.values()) {
      if (metric.expected() != null) {
        out.printf(
            Locale.ROOT,
            "  %-18s %-14s %s%n",
            metric.label(),
            metric.expected().label(),
            metric.why());
      }
    }
    out.printf(
        Locale.ROOT,
        "%nFindings (grows at least like O(N), faster than expected): %d%n",
        findings.size());
    findings.forEach(f -> out.println("  " + f));
  }

  private String csv(Map<Point, Map<ScalingMetric, Verdict>> verdicts) {
    StringBuilder csv =
        new StringBuilder(
            "store,shape,events,metric,value,unit,cost,cost_unit,expected,k_from_previous_size,"
                + "growth,verdict,load_average\n");
    String shape = options.light ? "light" : "full";
    for (Point point : points) {
      for (Map.Entry<ScalingMetric, Double> figure : point.figures().entrySet()) {
        ScalingMetric metric = figure.getKey();
        Verdict v = verdicts.getOrDefault(point, Map.of()).get(metric);
        csv.append(
            String.format(
                Locale.ROOT,
                "%s,%s,%d,%s,%.3f,%s,%.3f,%s,%s,%s,%s,%s,%.2f%n",
                point.store(),
                shape,
                point.events(),
                metric.key(),
                figure.getValue(),
                metric.unit(),
                metric.cost(figure.getValue()),
                metric.costUnit(),
                metric.expected() == null ? "" : metric.expected().label(),
                v == null ? "" : String.format(Locale.ROOT, "%.3f", v.exponent()),
                v == null ? "" : v.growth().label(),
                v == null ? "" : v.verdict(),
                point.loadAverage()));
      }
    }
    return csv.toString();
  }

  private String svg() {
    List<LogLogChart.Panel> panels = new ArrayList<>();
    for (ScalingMetric metric : ScalingMetric.values()) {
      if (metric.expected() == null) {
        continue;
      }
      List<LogLogChart.Series> series = new ArrayList<>();
      for (String store : options.stores) {
        List<LogLogChart.Point> line = new ArrayList<>();
        for (Point point : points) {
          Double figure = point.figures().get(metric);
          if (point.store().equals(store) && figure != null) {
            line.add(new LogLogChart.Point(point.events(), metric.cost(figure)));
          }
        }
        series.add(new LogLogChart.Series(store, line));
      }
      panels.add(
          new LogLogChart.Panel(
              metric.label() + " (expected " + metric.expected().label() + ")",
              "events stored (N)",
              metric.costUnit(),
              series));
    }
    return LogLogChart.svg(
        "coopkit: cost against events stored, log-log ("
            + (options.light ? "light" : "full")
            + " events)",
        options.stores,
        panels);
  }

  private void drop(BenchSchema schema) {
    try {
      schema.close();
    } catch (SQLException | RuntimeException e) {
      System.err.println("could not drop " + schema + ": " + e.getMessage());
    }
  }

  /** Drops every schema made, once each: at the end, on failure and on interruption. */
  private void dropAll(Path h2Folder) {
    synchronized (schemas) {
      schemas.forEach(this::drop);
    }
    try {
      Files.deleteIfExists(h2Folder);
    } catch (IOException e) {
      System.err.println("could not delete the H2 folder: " + e.getMessage());
    }
  }

  /** The command line. */
  private static final class Options {
    private static final List<String> STORES = List.of("postgresql", "mariadb", "h2", "memory");

    List<String> stores = STORES;
    boolean storesGiven;
    int[] sizes = {10_000, 100_000, 1_000_000};
    int queries = 200;
    int repeats = 5;
    double exportLimitSeconds = 60;
    double reportBudgetSeconds = 30;
    @Nullable Path csv;
    @Nullable Path svg;
    boolean light;
    final ServerOptions servers = new ServerOptions();

    static Options parse(String[] args) {
      Options o = new Options();
      for (int i = 0; i < args.length; i++) {
        String name = args[i];
        if (name.equals("--light")) {
          o.light = true;
          continue;
        }
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(name + " needs a value");
        }
        String value = args[++i];
        switch (name) {
          case "--stores" -> {
            o.stores = Arrays.stream(value.split(",")).map(Options::store).distinct().toList();
            o.storesGiven = true;
          }
          case "--sizes" ->
              o.sizes = Arrays.stream(value.split(",")).mapToInt(Options::count).toArray();
          case "--queries" -> o.queries = count(value);
          case "--repeats" -> o.repeats = count(value);
          case "--export-limit" -> o.exportLimitSeconds = Double.parseDouble(value);
          case "--report-budget" -> o.reportBudgetSeconds = Double.parseDouble(value);
          case "--csv" -> o.csv = Path.of(value);
          case "--svg" -> o.svg = Path.of(value);
          default -> {
            if (!o.servers.accept(name, value)) {
              throw new IllegalArgumentException("unknown option " + name);
            }
          }
        }
      }
      if (o.light) {
        if (o.storesGiven && !o.stores.equals(List.of("postgresql"))) {
          throw new IllegalArgumentException(
              "--light is for PostgreSQL only: give no --stores or --stores postgresql, not "
                  + String.join(",", o.stores));
        }
        o.stores = List.of("postgresql");
      }
      if (o.queries < 1 || o.repeats < 1 || o.sizes.length == 0) {
        throw new IllegalArgumentException("--queries, --repeats and --sizes need at least 1");
      }
      for (int i = 0; i < o.sizes.length; i++) {
        if (o.sizes[i] < 1 || (i > 0 && o.sizes[i] <= o.sizes[i - 1])) {
          throw new IllegalArgumentException(
              "--sizes must grow and be at least 1: " + Arrays.toString(o.sizes));
        }
      }
      return o;
    }

    private static String store(String name) {
      String store = name.strip().toLowerCase(Locale.ROOT);
      if (!STORES.contains(store)) {
        throw new IllegalArgumentException(
            "unknown store " + name + "; use postgresql, mariadb, h2 or memory");
      }
      return store;
    }

    private static int count(String value) {
      return Integer.parseInt(value.strip().replace("_", ""));
    }
  }
}
