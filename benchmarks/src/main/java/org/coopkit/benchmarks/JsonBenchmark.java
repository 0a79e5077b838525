package org.coopkit.benchmarks;

import java.util.concurrent.TimeUnit;
import org.coopkit.json.CoopkitJson;
import org.coopkit.model.event.Event;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.json.JsonMapper;

/**
 * One event to JSON and back, with the json module's mapper ({@link CoopkitJson#mapper()}: the
 * coopkit module and the parser's limits), over 1,024 different events of the data set taken in
 * turn: {@link #writeEvent} to UTF-8 bytes, {@link #readEvent} from them (every model rule checked
 * on the way in).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class JsonBenchmark {
  private static final int SAMPLES = 1_024;

  private JsonMapper mapper = CoopkitJson.create().mapper();
  private Event[] events = new Event[0];
  private byte[][] json = new byte[0][];
  private int next;

  @Setup(Level.Trial)
  public void makeSamples() {
    mapper = CoopkitJson.create().mapper();
    events = BenchmarkData.create().events(SAMPLES).toArray(new Event[0]);
    json = new byte[SAMPLES][];
    for (int i = 0; i < SAMPLES; i++) {
      json[i] = mapper.writeValueAsBytes(events[i]);
      Event read = mapper.readValue(json[i], Event.class);
      if (!read.equals(events[i])) {
        throw new IllegalStateException("event " + i + " does not survive JSON: " + read);
      }
    }
  }

  @Benchmark
  public byte[] writeEvent() {
    return mapper.writeValueAsBytes(events[next++ & (SAMPLES - 1)]);
  }

  @Benchmark
  public Event readEvent() {
    return mapper.readValue(json[next++ & (SAMPLES - 1)], Event.class);
  }
}
