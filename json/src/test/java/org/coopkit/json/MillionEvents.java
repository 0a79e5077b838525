package org.coopkit.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.concurrent.CompletableFuture;
import org.coopkit.Coopkit;

/**
 * Streams events from a synthetic source through {@link CoopkitJson#export} into a pipe, and from
 * the pipe through {@link CoopkitJson#importInto} into a counting sink, both at once. Run in a JVM
 * with a small heap by {@link ConstantMemoryTest}: if either side kept what it streamed, the heap
 * would run out. Prints one line: {@code events <exported> <imported> <checksum-ok> <heap growth in
 * bytes> <milliseconds>}.
 */
public final class MillionEvents {
  private MillionEvents() {}

  public static void main(String[] args) throws Exception {
    long count = Long.parseLong(args[0]);
    CoopkitJson json = CoopkitJson.create();
    SyntheticStorage source = SyntheticStorage.source(count);
    SyntheticStorage sink = SyntheticStorage.sink();
    Coopkit from = Coopkit.builder().storage(source).build();
    Coopkit to = Coopkit.builder().storage(sink).build();

    long start = System.nanoTime();
    ChunkPipe pipe = new ChunkPipe();
    InputStream in = pipe.in();
    CompletableFuture<ExportReport> export =
        CompletableFuture.supplyAsync(
            () -> {
              try (OutputStream out = pipe.out()) {
                return json.export(from, out);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    // Heap in use after a full collection, once the streams run and again near their end. What
    // is in flight (a page being exported, a record being read) adds to one sample or another
    // with the threads' timing, so each end takes the least of three samples: a leak grows every
    // sample, in-flight data does not.
    long[] heap = new long[2];
    Thread watcher =
        new Thread(
            () -> {
              try {
                heap[0] = leastUsed(sink, count / 10, count / 50);
                heap[1] = leastUsed(sink, count * 86 / 100, count / 50);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    watcher.setDaemon(true);
    watcher.start();

    ImportReport report = json.importInto(to, in);
    ExportReport exported = export.get();
    watcher.join(10_000);
    long millis = (System.nanoTime() - start) / 1_000_000;

    long expectedChecksum = count * (count - 1) / 2;
    System.out.println(
        "events "
            + exported.events()
            + " "
            + report.events().stored()
            + " "
            + (sink.checksum() == expectedChecksum)
            + " "
            + (heap[1] - heap[0])
            + " "
            + millis);
    if (!report.isSuccess()) {
      System.out.println(report);
    }
  }

  /** The least heap in use after a collection, sampled at three points from {@code from} on. */
  private static long leastUsed(SyntheticStorage sink, long from, long step)
      throws InterruptedException {
    long least = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      while (sink.inserted() < from + i * step) {
        Thread.sleep(20);
      }
      least = Math.min(least, usedAfterGc());
    }
    return least;
  }

  private static long usedAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
