package org.coopkit.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.coopkit.Coopkit;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventId;
import org.coopkit.query.EventQuery;
import org.coopkit.query.Page;
import org.coopkit.report.ProjectDashboard;
import org.coopkit.report.ReportFilter;
import org.coopkit.report.ReportScope;
import org.coopkit.storage.memory.MemoryStorage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading the in-memory store through coopkit's services, with {@link #events} events stored (one
 * million by default; made and stored once per fork in {@link #load}, about a minute):
 *
 * <ul>
 *   <li>{@link #getById}: an event by id, over 4,096 ids spread over the store;
 *   <li>{@link #selectiveFirstPage}: the first page (20 events) of one country and a 90-day period,
 *       over 1,024 such queries ({@link BenchmarkData#selectiveQueries});
 *   <li>{@link #projectDashboard}: the dashboard of one project (one in 32 events), all time.
 * </ul>
 *
 * <p>The events are stored through the storage SPI in transactions of 10,000 ({@link
 * ReferenceData#storeEvents}). Sampled times: the JMH output gives the median ({@code p0.50}) and
 * other percentiles.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx10g")
public class MemoryStoreBenchmark {
  private static final int IDS = 4_096;
  private static final int QUERIES = 1_024;

  @Param("1000000")
  public int events;

  private Coopkit coopkit = Coopkit.builder().storage(MemoryStorage.create()).build();
  private EventId[] ids = new EventId[0];
  private EventQuery[] queries = new EventQuery[0];
  private ReportScope dashboard = ReportScope.EVERYTHING;

  @Setup(Level.Trial)
  public void load() {
    BenchmarkData data = BenchmarkData.create();
    coopkit = Coopkit.builder().storage(MemoryStorage.create()).build();
    ReferenceData.store(coopkit, data);
    ids = new EventId[IDS];
    int every = Math.max(1, events / IDS);
    int[] stored = {0};
    ReferenceData.storeEvents(
        coopkit,
        data.events(),
        events,
        event -> {
          int i = stored[0]++;
          if (i % every == 0 && i / every < IDS) {
            ids[i / every] = event.id();
          }
        });
    for (int i = 0; i < IDS; i++) {
      if (ids[i] == null) {
        ids[i] = ids[i % Math.min(events, IDS)];
      }
    }
    List<EventQuery> selective = BenchmarkData.selectiveQueries(QUERIES, data.seed());
    queries = selective.toArray(new EventQuery[0]);
    dashboard = ReportScope.project(data.dashboardProject().id());
  }

  @TearDown(Level.Trial)
  public void close() {
    coopkit.close();
  }

  /** Which sample a thread takes next. */
  @State(Scope.Thread)
  public static class Turn {
    int next;
  }

  @Benchmark
  public Event getById(Turn turn) {
    return coopkit.events().get(ids[turn.next++ & (IDS - 1)]);
  }

  @Benchmark
  public Page<Event> selectiveFirstPage(Turn turn) {
    return coopkit.events().search(queries[turn.next++ & (QUERIES - 1)]);
  }

  @Benchmark
  public ProjectDashboard projectDashboard() {
    return coopkit.reports().dashboard(dashboard, ReportFilter.ALL);
  }
}
