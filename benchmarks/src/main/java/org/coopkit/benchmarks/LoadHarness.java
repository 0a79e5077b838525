package org.coopkit.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coopkit.Coopkit;
import org.coopkit.model.event.Event;
import org.coopkit.model.project.ProjectId;
import org.coopkit.query.EventQuery;
import org.coopkit.query.Page;
import org.coopkit.report.Dimension;
import org.coopkit.report.EventScope;
import org.coopkit.report.RawTally;
import org.coopkit.report.ReportFilter;
import org.coopkit.report.ReportScope;
import org.coopkit.spi.TransactionMode;
import org.coopkit.storage.jdbc.JdbcStorage;
import org.coopkit.storage.jdbc.JdbcStorageOptions;
import org.jspecify.annotations.Nullable;

/**
 * Loads the same events into PostgreSQL, H2 and MariaDB through coopkit and through hand-written
 * JDBC, and reads them back both ways, in one run on one machine; prints every figure as median,
 * minimum and maximum of several runs, the ratios against the baselines, and PASS or MISS for each
 * target of the benchmarks issue.
 *
 * <p>For each database, in two fresh schemas {@code coopkit_bench_<random>} migrated by coopkit (so
 * their tables and indexes are the same), holding the same organisations and projects:
 *
 * <ol>
 *   <li>loads, each run into emptied event tables: coopkit's {@link JdbcStorage#insertEvents} into
 *       the first schema; {@link PlainJdbcLoader plain JDBC batches} of the same rows ({@link
 *       EventRows}) into the second; on PostgreSQL also {@link CopyLoader COPY} into the second.
 *       The order of the loaders turns from run to run. After each load the rows are counted and a
 *       sample of events is read back through coopkit and compared with the originals;
 *   <li>reads, on the first schema: the first page of selective queries (one country and 90 days)
 *       through {@code coopkit.events().search} and through {@link HandWrittenQueries#firstPage},
 *       after checking that both return the same events; and the dashboard of one project through
 *       {@code coopkit.reports().dashboard} and through {@link HandWrittenQueries#dashboard}, after
 *       checking that the figures agree.
 * </ol>
 *
 * <p>Then, unless {@code --memory-events 0}, the in-memory targets with {@link MemoryFootprint}.
 * The schemas are dropped at the end, also when a step fails or the run is interrupted.
 *
 * <p>Options: {@code --events N} (100,000), {@code --runs N} (5), {@code --queries N} (200
 * selective queries per run), {@code --databases postgresql,h2,mariadb}, {@code --memory-events N}
 * (1,000,000; 0 skips), {@code --bulk no} (load once through coopkit and time only the reads),
 * {@code --bulk-chunk N} (events per transaction of coopkit's bulk insert; its default if not
 * given), {@code --postgresql-url/-user/-password} (a local server's {@code test} database, user
 * {@code postgres}), {@code --mariadb-url/-user/-password} (a local server's {@code test} database,
 * user {@code root}).
 */
public final class LoadHarness {
  private static final double BULK_TARGET = 0.9;
  private static final double READ_TARGET = 1.1;
  private static final double MEMORY_PAGE_TARGET_MICROS = 10;
  private static final double MEMORY_HEAP_TARGET = 1.3;
  private static final int SAMPLE_EVENTS = 200;
  private static final int WARMUP_PASSES = 3;
  private static final int DASHBOARD_WARMUPS = 5;

  /** Dashboards per run and side, taken in turns; a run's figure is their median. */
  private static final int DASHBOARDS_PER_RUN = 9;

  private final Options options;
  private final PrintStream out;
  private final List<String> targets = new ArrayList<>();

  private LoadHarness(Options options, PrintStream out) {
    this.options = options;
    this.out = out;
  }

  public static void main(String[] args) throws Exception {
    System.setProperty("org.jooq.no-logo", "true");
    System.setProperty("org.jooq.no-tips", "true");
    new LoadHarness(Options.parse(args), System.out).run();
  }

  private void run() throws Exception {
    out.printf(
        Locale.ROOT,
        "coopkit load harness: %d processors, max heap %,d MiB, Java %s (%s)%n",
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20,
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"));
    long start = System.nanoTime();
    BenchmarkData data = BenchmarkData.create(BenchmarkData.SEED);
    List<Event> events = data.events(options.events);
    long[] rows = EventRows.count(events);
    long totalRows = Arrays.stream(rows).sum();
    out.printf(
        Locale.ROOT,
        "data set: seed %d, %,d events (3-6 participating countries, organisers"
            + " and topics each), %,d organisations, %,d projects; %,d rows in the event tables:%n",
        data.seed(),
        events.size(),
        data.organisations().size(),
        data.projects().size(),
        totalRows);
    StringBuilder perTable = new StringBuilder("  ");
    for (EventRows table : EventRows.values()) {
      perTable.append(String.format(Locale.ROOT, "%s %,d  ", table.table(), rows[table.ordinal()]));
    }
    out.println(perTable.toString().stripTrailing());
    out.printf(
        Locale.ROOT,
        "%d runs per figure; figures are median (min .. max); %s%n%n",
        options.runs,
        load());

    Path h2Folder = Files.createTempDirectory("coopkit-bench-h2-");
    Cleanup cleanup = new Cleanup(h2Folder);
    Thread hook = new Thread(cleanup::run, "coopkit-bench-cleanup");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      for (BenchSchema.Engine engine : options.databases) {
        database(options.servers.server(engine, h2Folder), data, events, rows, cleanup);
      }
    } finally {
      cleanup.run();
      Runtime.getRuntime().removeShutdownHook(hook);
    }
    events = null;

    if (options.memoryEvents > 0) {
      MemoryFootprint.Result memory =
          MemoryFootprint.measure(data, options.memoryEvents, options.runs);
      MemoryFootprint.print(memory, out);
      target(
          String.format(
              Locale.ROOT, "in memory, %,d events: selective first page p50", memory.events()),
          memory.firstPageMicros().median(),
          "us",
          "<=",
          MEMORY_PAGE_TARGET_MICROS);
      target(
          String.format(
              Locale.ROOT,
              "in memory, %,d events: heap per stored event / plain list",
              memory.events()),
          memory.ratio(),
          "x",
          "<=",
          MEMORY_HEAP_TARGET);
      out.println();
    }

    out.println("Targets (" + load() + "):");
    targets.forEach(out::println);
    out.printf(
        Locale.ROOT,
        "%nharness ran %.1f minutes; schemas dropped%n",
        (System.nanoTime() - start) / 60e9);
  }

  /** The system load average, which tells whether other work shared the machine. */
  static String load() {
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return load < 0
        ? "load average unknown"
        : String.format(
            Locale.ROOT,
            "load average %.2f on %d processors",
            load,
            Runtime.getRuntime().availableProcessors());
  }

  /** The loads and reads on one database. */
  private void database(
      BenchSchema.Server server,
      BenchmarkData data,
      List<Event> events,
      long[] rows,
      Cleanup cleanup)
      throws SQLException {
    BenchSchema.Engine engine = server.engine();
    BenchSchema coopkitSchema = cleanup.add(BenchSchema.create(server));
    BenchSchema plainSchema = cleanup.add(BenchSchema.create(server));
    JdbcStorageOptions coopkitOptions =
        options.bulkChunk == 0
            ? JdbcStorageOptions.DEFAULT
            : JdbcStorageOptions.DEFAULT.withBulkChunkSize(options.bulkChunk);
    try (JdbcStorage coopkitStorage = coopkitSchema.storage(coopkitOptions);
        JdbcStorage plainStorage = plainSchema.storage();
        Connection coopkitConnection = coopkitSchema.connect();
        Connection plainConnection = plainSchema.connect()) {
      Coopkit coopkit = Coopkit.builder().storage(coopkitStorage).build();
      Coopkit plainReader = Coopkit.builder().storage(plainStorage).build();
      ReferenceData.store(coopkit, data);
      ReferenceData.store(plainReader, data);
      coopkitSchema.quietAutovacuum(coopkitConnection);
      plainSchema.quietAutovacuum(plainConnection);
      var meta = coopkitConnection.getMetaData();
      out.printf(
          Locale.ROOT,
          "== %s %s (driver %s %s), schemas %s and %s%n",
          engine.displayName(),
          meta.getDatabaseProductVersion(),
          meta.getDriverName(),
          meta.getDriverVersion(),
          coopkitSchema.name(),
          plainSchema.name());

      // Loads.
      long totalRows = Arrays.stream(rows).sum();
      Map<String, Loader> loaders = new LinkedHashMap<>();
      loaders.put(
          "coopkit JdbcStorage.insertEvents",
          new Loader(
              coopkitSchema,
              coopkitConnection,
              coopkit,
              () -> coopkitStorage.insertEvents(events)));
      loaders.put(
          "plain JDBC batches of 1,000",
          new Loader(
              plainSchema,
              plainConnection,
              plainReader,
              () -> PlainJdbcLoader.load(plainConnection, events)));
      if (engine == BenchSchema.Engine.POSTGRESQL) {
        loaders.put(
            "COPY, 1,000 events per transaction",
            new Loader(
                plainSchema,
                plainConnection,
                plainReader,
                () ->
                    CopyLoader.load(
                        plainConnection, events, PlainJdbcLoader.EVENTS_PER_TRANSACTION)));
        loaders.put(
            "COPY (CopyManager)",
            new Loader(
                plainSchema,
                plainConnection,
                plainReader,
                () -> CopyLoader.load(plainConnection, events)));
      }
      if (!options.bulk) {
        // Reads only: coopkit loads its schema once, and no load is timed.
        Loader loader = loaders.get("coopkit JdbcStorage.insertEvents");
        loader.load.run();
        check(loader, rows, events, "coopkit JdbcStorage.insertEvents");
        loaders.clear();
      }
      Map<String, List<Double>> rates = new LinkedHashMap<>();
      Map<String, List<Double>> seconds = new LinkedHashMap<>();
      List<String> names = new ArrayList<>(loaders.keySet());
      for (int run = 0; run < options.runs; run++) {
        for (int i = 0; i < names.size(); i++) {
          String name = names.get((run + i) % names.size());
          Loader loader = loaders.get(name);
          loader.schema.truncateEvents(loader.connection);
          long t0 = System.nanoTime();
          loader.load.run();
          double s = (System.nanoTime() - t0) / 1e9;
          check(loader, rows, events, name);
          rates.computeIfAbsent(name, k -> new ArrayList<>()).add(totalRows / s);
          seconds.computeIfAbsent(name, k -> new ArrayList<>()).add(s);
        }
      }
      if (options.bulk) {
        bulkFigures(engine, events, totalRows, names, rates, seconds);
      }

      // Reads, on coopkit's schema as coopkit loaded it.
      coopkitSchema.analyze(coopkitConnection);
      coopkitConnection.setAutoCommit(false);
      coopkitConnection.setReadOnly(true);
      selectiveQueries(engine, coopkit, coopkitConnection);
      dashboard(engine, coopkit, coopkitStorage, coopkitConnection, data.dashboardProject().id());
      out.printf(Locale.ROOT, "  (%s)%n%n", load());
    } finally {
      cleanup.drop(coopkitSchema);
      cleanup.drop(plainSchema);
    }
  }

  /** Prints the loads' rates and their ratios, and records the bulk target. */
  private void bulkFigures(
      BenchSchema.Engine engine,
      List<Event> events,
      long totalRows,
      List<String> names,
      Map<String, List<Double>> rates,
      Map<String, List<Double>> seconds) {
    out.printf(
        Locale.ROOT,
        "  bulk load of %,d events = %,d rows (coopkit: %,d events per transaction), rows/s"
            + " (seconds per load):%n",
        events.size(),
        totalRows,
        options.bulkChunk == 0 ? JdbcStorageOptions.DEFAULT_BULK_CHUNK_SIZE : options.bulkChunk);
    for (String name : names) {
      Stats r = Stats.of(rates.get(name));
      Stats s = Stats.of(seconds.get(name));
      out.printf(
          Locale.ROOT,
          "    %-34s %,10.0f (%,10.0f .. %,10.0f)   %6.1f s (%.1f .. %.1f)%n",
          name,
          r.median(),
          r.min(),
          r.max(),
          s.median(),
          s.min(),
          s.max());
    }
    double coopkitRate = Stats.of(rates.get(names.get(0))).median();
    String baseline = names.get(names.size() - 1);
    double ratio = coopkitRate / Stats.of(rates.get(baseline)).median();
    if (engine == BenchSchema.Engine.POSTGRESQL) {
      for (String other : names.subList(1, names.size() - 1)) {
        out.printf(
            Locale.ROOT,
            "    coopkit / %s: %.2f x%n",
            other,
            coopkitRate / Stats.of(rates.get(other)).median());
      }
    }
    out.printf(Locale.ROOT, "    coopkit / %s: %.2f x%n", baseline, ratio);
    target(
        engine.displayName()
            + ": bulk insert rows/s vs "
            + (engine == BenchSchema.Engine.POSTGRESQL ? "COPY" : "plain JDBC batch"),
        ratio,
        "x",
        ">=",
        BULK_TARGET);
  }

  /** Checks a load: the row count of every table, and a sample read back equal through coopkit. */
  private void check(Loader loader, long[] expected, List<Event> events, String name)
      throws SQLException {
    long[] counted = loader.schema.countRows(loader.connection);
    if (!Arrays.equals(counted, expected)) {
      throw new IllegalStateException(
          name
              + " wrote "
              + Arrays.toString(counted)
              + " rows, expected "
              + Arrays.toString(expected));
    }
    int every = Math.max(1, events.size() / SAMPLE_EVENTS);
    for (int i = 0; i < events.size(); i += every) {
      Event original = events.get(i);
      Event read = loader.reader.events().get(original.id());
      if (!read.equals(original)) {
        throw new IllegalStateException(
            name + ": event " + i + " reads back as " + read + ", not " + original);
      }
    }
  }

  private void selectiveQueries(BenchSchema.Engine engine, Coopkit coopkit, Connection connection)
      throws SQLException {
    List<EventQuery> queries =
        BenchmarkData.selectiveQueries(options.queries, BenchmarkData.SEED + 1);
    long found = 0;
    for (EventQuery query : queries) {
      Page<Event> page = coopkit.events().search(query);
      for (HandWrittenQueries.Page handWritten :
          List.of(
              HandWrittenQueries.firstPage(connection, query),
              HandWrittenQueries.firstPageBySpan(connection, query))) {
        if (!page.items().equals(handWritten.items())
            || (page.nextCursor() != null) != handWritten.more()) {
          throw new IllegalStateException(
              "a hand-written first page differs from coopkit's for " + query);
        }
      }
      found += page.items().size();
    }
    // The target is judged against the span-class statement, which reads what coopkit reads; the
    // plain statement and the floor (not the query's page: one index range and its lists) are
    // printed beside it.
    Map<String, Timed> methods = new LinkedHashMap<>();
    methods.put("coopkit events().search", q -> coopkit.events().search(q).items().size());
    methods.put(
        "hand-written, by span class",
        q -> HandWrittenQueries.firstPageBySpan(connection, q).items().size());
    methods.put(
        "hand-written, plain", q -> HandWrittenQueries.firstPage(connection, q).items().size());
    methods.put(
        "floor: one index range + lists",
        q -> HandWrittenQueries.floorPage(connection, q).items().size());
    for (int pass = 0; pass < WARMUP_PASSES; pass++) {
      for (Timed method : methods.values()) {
        for (EventQuery query : queries) {
          method.run(query);
        }
      }
    }
    Map<String, List<Double>> medians = new LinkedHashMap<>();
    List<String> names = new ArrayList<>(methods.keySet());
    long[] nanos = new long[queries.size()];
    for (int run = 0; run < options.runs; run++) {
      for (int i = 0; i < names.size(); i++) {
        String name = names.get((run + i) % names.size());
        Timed method = methods.get(name);
        for (int q = 0; q < queries.size(); q++) {
          long t0 = System.nanoTime();
          method.run(queries.get(q));
          nanos[q] = System.nanoTime() - t0;
        }
        medians.computeIfAbsent(name, k -> new ArrayList<>()).add(Stats.medianMicros(nanos));
      }
    }
    out.printf(
        Locale.ROOT,
        "  selective first page (1 country, %d days, %d per page; %d queries, "
            + "%.1f events per page on average), p50 per run in us:%n",
        BenchmarkData.WINDOW_DAYS,
        BenchmarkData.PAGE_SIZE,
        queries.size(),
        (double) found / queries.size());
    for (String name : names) {
      Stats s = Stats.of(medians.get(name));
      out.printf(
          Locale.ROOT,
          "    %-34s %,10.1f (%,10.1f .. %,10.1f)%n",
          name,
          s.median(),
          s.min(),
          s.max());
    }
    double coopkitP50 = Stats.of(medians.get(names.get(0))).median();
    double ratio = coopkitP50 / Stats.of(medians.get(names.get(1))).median();
    out.printf(
        Locale.ROOT,
        "    coopkit / hand-written by span class: %.2f x; / plain: %.2f x; / floor: %.2f x%n",
        ratio,
        coopkitP50 / Stats.of(medians.get(names.get(2))).median(),
        coopkitP50 / Stats.of(medians.get(names.get(3))).median());
    target(
        engine.displayName() + ": selective first page p50 vs hand-written SQL by span class",
        ratio,
        "x",
        "<=",
        READ_TARGET);
  }

  private void dashboard(
      BenchSchema.Engine engine,
      Coopkit coopkit,
      JdbcStorage storage,
      Connection connection,
      ProjectId project)
      throws SQLException {
    // The figures agree: coopkit's report store and the hand-written GROUP BYs.
    Map<Dimension, Map<String, RawTally>> handWritten =
        HandWrittenQueries.dashboard(connection, project);
    EventScope scope = EventScope.builder().addProject(project).build();
    Map<Dimension, Map<String, RawTally>> stored = new EnumMap<>(Dimension.class);
    for (Dimension dimension : HandWrittenQueries.dashboardDimensions()) {
      stored.put(
          dimension,
          storage.inTransaction(
              TransactionMode.READ_ONLY, s -> s.reports().tally(scope, dimension)));
    }
    if (!stored.equals(handWritten)) {
      throw new IllegalStateException(
          "the hand-written dashboard differs from coopkit's: " + handWritten + " vs " + stored);
    }
    ReportScope reportScope = ReportScope.project(project);
    long events = coopkit.reports().dashboard(reportScope, ReportFilter.ALL).total().events();
    Map<String, Timed> methods = new LinkedHashMap<>();
    methods.put(
        "coopkit reports().dashboard",
        q -> (int) coopkit.reports().dashboard(reportScope, ReportFilter.ALL).total().events());
    methods.put(
        "hand-written GROUP BYs (7)",
        q -> HandWrittenQueries.dashboard(connection, project).size());
    for (int pass = 0; pass < DASHBOARD_WARMUPS; pass++) {
      for (Timed method : methods.values()) {
        method.run(null);
      }
    }
    Map<String, List<Double>> millis = new LinkedHashMap<>();
    List<String> names = new ArrayList<>(methods.keySet());
    for (int run = 0; run < options.runs; run++) {
      Map<String, long[]> nanos = new LinkedHashMap<>();
      for (int repeat = 0; repeat < DASHBOARDS_PER_RUN; repeat++) {
        for (int i = 0; i < names.size(); i++) {
          String name = names.get((run + repeat + i) % names.size());
          long t0 = System.nanoTime();
          methods.get(name).run(null);
          nanos.computeIfAbsent(name, k -> new long[DASHBOARDS_PER_RUN])[repeat] =
              System.nanoTime() - t0;
        }
      }
      nanos.forEach(
          (name, times) ->
              millis
                  .computeIfAbsent(name, k -> new ArrayList<>())
                  .add(Stats.medianMicros(times) / 1e3));
    }
    out.printf(
        Locale.ROOT,
        "  project dashboard (%,d events of one project, 7 groupings; %d per run and side), median"
            + " per run in ms:%n",
        events,
        DASHBOARDS_PER_RUN);
    for (String name : names) {
      Stats s = Stats.of(millis.get(name));
      out.printf(
          Locale.ROOT,
          "    %-34s %,10.1f (%,10.1f .. %,10.1f)%n",
          name,
          s.median(),
          s.min(),
          s.max());
    }
    double ratio =
        Stats.of(millis.get(names.get(0))).median() / Stats.of(millis.get(names.get(1))).median();
    out.printf(Locale.ROOT, "    coopkit / hand-written: %.2f x%n", ratio);
    target(
        engine.displayName() + ": project dashboard vs hand-written GROUP BY",
        ratio,
        "x",
        "<=",
        READ_TARGET);
  }

  private void target(String what, double value, String unit, String comparison, double limit) {
    boolean pass = comparison.equals(">=") ? value >= limit : value <= limit;
    targets.add(
        String.format(
            Locale.ROOT,
            "  %-4s  %-68s %8.2f %-2s (target %s %.2f)",
            pass ? "PASS" : "MISS",
            what,
            value,
            unit,
            comparison,
            limit));
  }

  /** Something to time, given a query (or null). */
  @FunctionalInterface
  private interface Timed {
    int run(@Nullable EventQuery query) throws SQLException;
  }

  /** One way to load the events. */
  private record Loader(
      BenchSchema schema, Connection connection, Coopkit reader, SqlAction load) {}

  @FunctionalInterface
  private interface SqlAction {
    void run() throws SQLException;
  }

  /** The schemas made so far, dropped once each: at the end, on failure and on interruption. */
  private static final class Cleanup {
    private final Path h2Folder;
    private final List<BenchSchema> schemas = new ArrayList<>();

    Cleanup(Path h2Folder) {
      this.h2Folder = h2Folder;
    }

    synchronized BenchSchema add(BenchSchema schema) {
      schemas.add(schema);
      return schema;
    }

    synchronized void drop(BenchSchema schema) {
      try {
        schema.close();
      } catch (SQLException | RuntimeException e) {
        System.err.println("could not drop " + schema + ": " + e.getMessage());
      }
    }

    synchronized void run() {
      for (BenchSchema schema : schemas) {
        drop(schema);
      }
      try {
        Files.deleteIfExists(h2Folder);
      } catch (IOException e) {
        System.err.println("could not delete the H2 folder: " + e.getMessage());
      }
    }
  }

  /** The command line. */
  private static final class Options {
    int events = 100_000;
    int runs = 5;
    int queries = 200;
    int memoryEvents = 1_000_000;
    boolean bulk = true;
    int bulkChunk;
    List<BenchSchema.Engine> databases =
        List.of(BenchSchema.Engine.POSTGRESQL, BenchSchema.Engine.H2, BenchSchema.Engine.MARIADB);
    final ServerOptions servers = new ServerOptions();

    static Options parse(String[] args) {
      Options o = new Options();
      for (int i = 0; i < args.length; i++) {
        String name = args[i];
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(name + " needs a value");
        }
        String value = args[++i];
        switch (name) {
          case "--events" -> o.events = count(value);
          case "--runs" -> o.runs = count(value);
          case "--queries" -> o.queries = count(value);
          case "--memory-events" -> o.memoryEvents = count(value);
          case "--bulk" -> o.bulk = yesOrNo(name, value);
          case "--bulk-chunk" -> o.bulkChunk = count(value);
          case "--databases" ->
              o.databases = Arrays.stream(value.split(",")).map(BenchSchema.Engine::parse).toList();
          default -> {
            if (!o.servers.accept(name, value)) {
              throw new IllegalArgumentException("unknown option " + name);
            }
          }
        }
      }
      if (o.runs < 1 || o.events < 1 || o.queries < 1) {
        throw new IllegalArgumentException("--events, --runs and --queries must be at least 1");
      }
      return o;
    }

    private static boolean yesOrNo(String name, String value) {
      return switch (value) {
        case "yes" -> true;
        case "no" -> false;
        default -> throw new IllegalArgumentException(name + " takes yes or no: " + value);
      };
    }

    private static int count(String value) {
      return Integer.parseInt(value.replace("_", "").replace(",", ""));
    }
  }
}
