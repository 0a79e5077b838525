package org.coopkit.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coopkit.Coopkit;
import org.coopkit.csv.CsvDialect;
import org.coopkit.csv.CsvExporter;
import org.coopkit.query.EventQuery;
import org.coopkit.storage.memory.MemoryStorage;

/** Task: hand a project's events to a spreadsheet, as a CSV file it opens by double-click. */
public final class EventsAsSpreadsheet {
  private EventsAsSpreadsheet() {}

  /** Writes the example project's events to {@code file}; returns the number of rows. */
  public static long run(Coopkit coopkit, Path file) {
    SeedProject.Stored seed = SeedProject.store(coopkit);
    try (OutputStream out = Files.newOutputStream(file)) {
      return CsvExporter.create()
          .withDialect(CsvDialect.SPREADSHEET)
          .events(coopkit, EventQuery.builder().project(seed.project().id()).build(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes {@code cybercrime-eap-ii-events.csv} in the working directory, or the file named.
   *
   * @param args the file to write, optionally
   */
  public static void main(String[] args) {
    Path file = Path.of(args.length > 0 ? args[0] : "cybercrime-eap-ii-events.csv");
    try (Coopkit coopkit = Coopkit.builder().storage(MemoryStorage.create()).build()) {
      System.out.println("wrote " + run(coopkit, file) + " events to " + file);
    }
  }
}
