package org.coopkit.examples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.coopkit.Coopkit;
import org.coopkit.model.CountryCode;
import org.coopkit.model.Topic;
import org.coopkit.model.event.Event;
import org.coopkit.query.EventQuery;
import org.coopkit.query.Page;
import org.coopkit.storage.memory.MemoryStorage;

/**
 * Task: search events, page by page. Filters combine (all must match); a page ends with a cursor
 * that the next query continues from, so a long list is read without offsets that shift as others
 * write.
 */
public final class SearchEvents {
  private SearchEvents() {}

  /** Every event of 2017 reaching Georgia on electronic evidence, read in pages of 10. */
  public static List<Event> run(Coopkit coopkit) {
    SeedProject.store(coopkit);
    EventQuery query =
        EventQuery.builder()
            .country(CountryCode.of("GE"))
            .between(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31))
            .topic(Topic.of("electronic evidence"))
            .limit(10)
            .build();
    List<Event> found = new ArrayList<>();
    while (true) {
      Page<Event> page = coopkit.events().search(query);
      found.addAll(page.items());
      if (page.nextCursor() == null) {
        return found;
      }
      query = query.after(page.nextCursor());
    }
  }

  /**
   * Prints the titles found.
   *
   * @param args none
   */
  public static void main(String[] args) {
    try (Coopkit coopkit = Coopkit.builder().storage(MemoryStorage.create()).build()) {
      run(coopkit).forEach(e -> System.out.println(e.dates().start() + " " + e.title().english()));
    }
  }
}
