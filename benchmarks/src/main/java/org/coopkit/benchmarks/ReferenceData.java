package org.coopkit.benchmarks;

import java.util.Iterator;
import java.util.function.Consumer;
import org.coopkit.Coopkit;
import org.coopkit.model.event.Event;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.project.Project;
import org.coopkit.spi.TransactionMode;

/** Stores a data set: what events refer to through the services, events in bulk. */
final class ReferenceData {
  /** Events stored per transaction by {@link #storeEvents}. */
  static final int EVENTS_PER_TRANSACTION = 10_000;

  private ReferenceData() {}

  /** Registers the organisations and creates the projects of {@code data} through the services. */
  static void store(Coopkit coopkit, BenchmarkData data) {
    for (Organisation organisation : data.organisations()) {
      coopkit.organisations().register(organisation);
    }
    for (Project project : data.projects()) {
      coopkit.projects().create(project);
    }
  }

  /**
   * Stores {@code count} events as they are (version 1 and timestamps set), through the storage SPI
   * in transactions of {@value #EVENTS_PER_TRANSACTION}, as a bulk import does: the store keeps the
   * very objects given. Each stored event goes to {@code stored} too.
   */
  static void storeEvents(
      Coopkit coopkit, Iterator<Event> events, int count, Consumer<Event> stored) {
    int done = 0;
    while (done < count) {
      int chunk = Math.min(EVENTS_PER_TRANSACTION, count - done);
      coopkit
          .storage()
          .inTransaction(
              TransactionMode.READ_WRITE,
              session -> {
                for (int i = 0; i < chunk; i++) {
                  Event event = events.next();
                  session.events().insert(event);
                  stored.accept(event);
                }
                return null;
              });
      done += chunk;
    }
  }
}
