package org.coopkit.benchmarks;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.coopkit.Coopkit;
import org.coopkit.model.event.Event;
import org.coopkit.query.EventQuery;
import org.coopkit.storage.memory.MemoryStorage;

/**
 * The in-memory store at scale, without JMH: what it costs in heap per stored event, against the
 * same events in a plain {@link ArrayList}, and the median time of the selective first page.
 *
 * <p>Heap, in one run: after several {@code System.gc()} calls the used heap is read from the
 * {@link MemoryMXBean} three times: with the reference data stored only, with the events made and
 * held in a list, and with the same event objects stored (through the storage SPI, in transactions
 * of 10,000, as a bulk import does) and the list dropped. The differences are the list's and the
 * store's bytes: the same model objects, plus the list's array or the store's maps and indexes.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.coopkit.benchmarks.MemoryFootprint
 * --events 1000000}. The load harness runs it too, for its in-memory targets.
 */
public final class MemoryFootprint {
  /** The figures of one run. */
  record Result(
      int events, long listBytes, long storeBytes, Stats firstPageMicros, double loadSeconds) {
    double listBytesPerEvent() {
      return (double) listBytes / events;
    }

    double storeBytesPerEvent() {
      return (double) storeBytes / events;
    }

    double ratio() {
      return (double) storeBytes / listBytes;
    }
  }

  private static final int QUERIES = 1_024;
  private static final int WARMUP_QUERIES = 100_000;
  private static final int QUERIES_PER_RUN = 20_000;

  /** Where the query loop leaves its results. */
  private static volatile long blackhole;

  private MemoryFootprint() {}

  public static void main(String[] args) {
    int events = 1_000_000;
    int runs = 5;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--events" -> events = Integer.parseInt(args[++i].replace("_", ""));
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        default ->
            throw new IllegalArgumentException(
                "unknown option " + args[i] + "; use --events N, --runs N");
      }
    }
    Result result = measure(BenchmarkData.create(), events, runs);
    print(result, System.out);
  }

  static void print(Result r, PrintStream out) {
    out.printf(
        Locale.ROOT, "In memory, %,d events (stored in %.1f s):%n", r.events(), r.loadSeconds());
    out.printf(
        Locale.ROOT,
        "  heap, plain ArrayList of the events : %,13d bytes = %,7.0f bytes/event%n",
        r.listBytes(),
        r.listBytesPerEvent());
    out.printf(
        Locale.ROOT,
        "  heap, MemoryStorage holding them    : %,13d bytes = %,7.0f bytes/event%n",
        r.storeBytes(),
        r.storeBytesPerEvent());
    out.printf(Locale.ROOT, "  store / list                        : %.2f x%n", r.ratio());
    Stats p = r.firstPageMicros();
    out.printf(
        Locale.ROOT,
        "  selective first page (1 country, %d days, %d per page), p50 per run: median %.2f us, "
            + "min %.2f, max %.2f (%d runs of %,d queries)%n",
        BenchmarkData.WINDOW_DAYS,
        BenchmarkData.PAGE_SIZE,
        p.median(),
        p.min(),
        p.max(),
        p.runs(),
        QUERIES_PER_RUN);
  }

  /** Measures heap and the selective first page with {@code count} events of {@code data}. */
  static Result measure(BenchmarkData data, int count, int runs) {
    Coopkit coopkit = Coopkit.builder().storage(MemoryStorage.create()).build();
    ReferenceData.store(coopkit, data);
    // Make and store a few events first, so that class metadata and caches (countries, zones,
    // the day keys of the store) exist before the first reading: then it counts events only.
    Coopkit warm = Coopkit.builder().storage(MemoryStorage.create()).build();
    ReferenceData.store(warm, data);
    ReferenceData.storeEvents(warm, data.events(), 1_000, e -> {});
    warm.close();
    List<EventQuery> queries = BenchmarkData.selectiveQueries(QUERIES, data.seed());

    long before = usedHeapAfterGc();
    List<Event> list = data.events(count);
    long withList = usedHeapAfterGc();
    long start = System.nanoTime();
    ReferenceData.storeEvents(coopkit, list.iterator(), count, e -> {});
    double loadSeconds = (System.nanoTime() - start) / 1e9;
    Reference.reachabilityFence(list);
    list = null;
    long withStore = usedHeapAfterGc();
    Reference.reachabilityFence(coopkit);

    Stats firstPage = firstPageMedians(coopkit, queries, runs);
    coopkit.close();
    return new Result(count, withList - before, withStore - before, firstPage, loadSeconds);
  }

  /** The median time of the first page of the selective queries, per run, in microseconds. */
  static Stats firstPageMedians(Coopkit coopkit, List<EventQuery> queries, int runs) {
    EventQuery[] all = queries.toArray(new EventQuery[0]);
    long sink = 0;
    for (int i = 0; i < WARMUP_QUERIES; i++) {
      sink += coopkit.events().search(all[i % all.length]).items().size();
    }
    List<Double> medians = new ArrayList<>();
    long[] nanos = new long[QUERIES_PER_RUN];
    for (int run = 0; run < runs; run++) {
      for (int i = 0; i < QUERIES_PER_RUN; i++) {
        EventQuery query = all[i % all.length];
        long t0 = System.nanoTime();
        int size = coopkit.events().search(query).items().size();
        nanos[i] = System.nanoTime() - t0;
        sink += size;
      }
      medians.add(Stats.medianMicros(nanos));
    }
    // Keeps the results alive, so that the JIT cannot drop the searches.
    blackhole = sink;
    return Stats.of(medians);
  }

  /** The used heap once collections free nothing more. */
  static long usedHeapAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long previous = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      System.gc();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
      long used = memory.getHeapMemoryUsage().getUsed();
      if (i >= 3 && Math.abs(previous - used) < used / 1_000) {
        return used;
      }
      previous = used;
    }
    return previous;
  }
}
