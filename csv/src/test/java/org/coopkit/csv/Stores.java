package org.coopkit.csv;

import java.util.ArrayList;
import java.util.List;
import org.coopkit.Coopkit;
import org.coopkit.model.CountryCode;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.event.Event;
import org.coopkit.model.project.Project;
import org.coopkit.query.ContactQuery;
import org.coopkit.query.EventQuery;
import org.coopkit.query.Page;

/** What tests put in a store and read back from it. */
final class Stores {
  private Stores() {}

  static Project project(Coopkit coopkit, String code) {
    return coopkit
        .projects()
        .create(
            Project.builder()
                .id(coopkit.ids().newProjectId())
                .code(code)
                .title("Project " + code)
                .addCountry(CountryCode.of("GE"))
                .build());
  }

  /** Every event, page by page, in the store's order. */
  static List<Event> events(Coopkit coopkit) {
    List<Event> all = new ArrayList<>();
    EventQuery query = EventQuery.builder().limit(1000).build();
    while (true) {
      Page<Event> page = coopkit.events().search(query);
      all.addAll(page.items());
      if (page.nextCursor() == null) {
        return all;
      }
      query = query.toBuilder().after(page.nextCursor()).build();
    }
  }

  /** How many events there are, without holding them. */
  static long countEvents(Coopkit coopkit) {
    long count = 0;
    EventQuery query = EventQuery.builder().limit(1000).build();
    while (true) {
      Page<Event> page = coopkit.events().search(query);
      count += page.items().size();
      if (page.nextCursor() == null) {
        return count;
      }
      query = query.toBuilder().after(page.nextCursor()).build();
    }
  }

  static List<Contact> contacts(Coopkit coopkit) {
    return coopkit.contacts().search(ContactQuery.builder().limit(1000).build()).items();
  }
}
