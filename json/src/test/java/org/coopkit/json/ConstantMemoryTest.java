package org.coopkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * Proves that export and import stream in constant memory: a million events go through {@link
 * CoopkitJson#export} and {@link CoopkitJson#importInto} at once, in a JVM of its own whose heap
 * ({@value #HEAP}) could not hold even their ids, let alone the 580 MB document. Takes about half a
 * minute of CPU; {@code -Dcoopkit.json.skipMillion=true} skips it.
 */
@DisabledIfSystemProperty(named = "coopkit.json.skipMillion", matches = "true")
class ConstantMemoryTest {
  private static final String HEAP = "-Xmx64m";
  private static final long EVENTS = 1_000_000;

  /**
   * Heap growth from about 10% to about 90% of the stream (the least of three samples at each end)
   * that would still pass; a leak of 17 bytes an event fails, at least 720,000 events apart.
   */
  private static final long MAX_GROWTH = 12L * 1024 * 1024;

  @Test
  void aMillionEventsExportAndImportStreamingThroughA64MegabyteHeap() throws Exception {
    // given: a JVM with a small heap, running export and import of a million events at once
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    HEAP,
                    "-XX:+UseSerialGC",
                    "-cp",
                    System.getProperty("java.class.path"),
                    MillionEvents.class.getName(),
                    Long.toString(EVENTS)))
            .redirectErrorStream(true);

    // when
    Process process = builder.start();
    boolean finished = process.waitFor(15, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }
    String output = read(process);

    // then: it finished without running out of memory, every event arrived once, the heap stayed
    assertThat(finished).as("finished in time: %s", output).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    String[] result =
        output
            .lines()
            .filter(l -> l.startsWith("events "))
            .findFirst()
            .orElseThrow(() -> new AssertionError(output))
            .split(" ");
    assertThat(Long.parseLong(result[1])).as("exported").isEqualTo(EVENTS);
    assertThat(Long.parseLong(result[2])).as("imported").isEqualTo(EVENTS);
    assertThat(result[3]).as("each event imported once").isEqualTo("true");
    assertThat(Long.parseLong(result[4])).as("heap growth in bytes").isLessThan(MAX_GROWTH);
  }

  private static String read(Process process) throws IOException {
    return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }
}
