package org.coopkit.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

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
 * on the way in). The baseline, {@link #plainWriteEvent} and {@link #plainReadEvent}, does the same
 * with plain Jackson over {@link PlainEvent} records holding the same values: no module, no check.
 * The setup proves that both sides write the same document.
 *
 * <p>Warm-up is long and there are two forks: reading an event runs through many methods, and on a
 * small or shared machine the JIT takes several seconds to compile them all; with less, the first
 * measured iterations were still falling and one fork could settle on slower code than another.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class JsonBenchmark {
  private static final int SAMPLES = 1_024;

  private JsonMapper mapper = CoopkitJson.create().mapper();
  private Event[] events = new Event[0];
  private byte[][] json = new byte[0][];
  private JsonMapper plainMapper = JsonMapper.builder().build();
  private PlainEvent[] plainEvents = new PlainEvent[0];
  private byte[][] plainJson = new byte[0][];
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
    plainMapper = JsonMapper.builder().build();
    plainEvents = new PlainEvent[SAMPLES];
    plainJson = new byte[SAMPLES][];
    for (int i = 0; i < SAMPLES; i++) {
      plainEvents[i] = PlainEvent.of(events[i]);
      plainJson[i] = plainMapper.writeValueAsBytes(plainEvents[i]);
      if (!plainMapper.readTree(plainJson[i]).equals(mapper.readTree(json[i]))) {
        throw new IllegalStateException(
            "the baseline writes event "
                + i
                + " differently:\n"
                + new String(plainJson[i], UTF_8)
                + "\ncoopkit:\n"
                + new String(json[i], UTF_8));
      }
      if (!plainMapper.readValue(plainJson[i], PlainEvent.class).equals(plainEvents[i])) {
        throw new IllegalStateException("the baseline does not read event " + i + " back");
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

  @Benchmark
  public byte[] plainWriteEvent() {
    return plainMapper.writeValueAsBytes(plainEvents[next++ & (SAMPLES - 1)]);
  }

  @Benchmark
  public PlainEvent plainReadEvent() {
    return plainMapper.readValue(plainJson[next++ & (SAMPLES - 1)], PlainEvent.class);
  }
}
