package org.coopkit.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.coopkit.Coopkit;
import org.coopkit.ical.IcsExporter;
import org.coopkit.ical.IcsReport;
import org.coopkit.query.EventQuery;
import org.coopkit.storage.memory.MemoryStorage;

/** Task: publish a project's events as an iCalendar file that partners subscribe to. */
public final class EventsAsCalendar {
  private EventsAsCalendar() {}

  /** Writes the example project's events to {@code file}. */
  public static IcsReport run(Coopkit coopkit, Path file) {
    SeedProject.Stored seed = SeedProject.store(coopkit);
    try (OutputStream out = Files.newOutputStream(file)) {
      return IcsExporter.create()
          .withCalendarName(seed.project().title().english())
          .write(coopkit, EventQuery.builder().project(seed.project().id()).build(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes {@code cybercrime-eap-ii.ics} in the working directory, or the file named.
   *
   * @param args the file to write, optionally
   */
  public static void main(String[] args) {
    Path file = Path.of(args.length > 0 ? args[0] : "cybercrime-eap-ii.ics");
    try (Coopkit coopkit = Coopkit.builder().storage(MemoryStorage.create()).build()) {
      IcsReport report = run(coopkit, file);
      System.out.println("wrote " + report.events() + " events to " + file);
    }
  }
}
