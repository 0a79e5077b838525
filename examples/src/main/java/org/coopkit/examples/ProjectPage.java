package org.coopkit.examples;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.coopkit.Coopkit;
import org.coopkit.model.CountryCode;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.Topic;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.RoleType;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventDates;
import org.coopkit.model.event.KeyMessage;
import org.coopkit.model.event.Organiser;
import org.coopkit.model.event.Venue;
import org.coopkit.model.project.Component;
import org.coopkit.model.project.Project;
import org.coopkit.query.ContactQuery;
import org.coopkit.query.EventQuery;
import org.coopkit.query.Page;

/** Renders a project as a person reads its page: what it is, where, what it did, who runs it. */
public final class ProjectPage {
  private final Coopkit coopkit;
  private final Locale locale;

  public ProjectPage(Coopkit coopkit, Locale locale) {
    this.coopkit = coopkit;
    this.locale = locale;
  }

  /** The page of the project with this code, read from the store. */
  public String render(String code) {
    Project project =
        coopkit
            .projects()
            .findByCode(code)
            .orElseThrow(() -> new IllegalArgumentException("no project with code " + code));
    StringBuilder out = new StringBuilder();
    out.append(text(project.title()));
    if (project.acronym() != null) {
      out.append(" (").append(project.acronym()).append(')');
    }
    out.append('\n');
    if (!project.frameworks().isEmpty()) {
      out.append("Part of: ")
          .append(
              project.frameworks().stream()
                  .map(f -> text(f.name()) + (f.acronym() == null ? "" : " (" + f.acronym() + ")"))
                  .collect(Collectors.joining("; ")))
          .append('\n');
    }
    out.append("Status: ").append(label(project.status().name())).append('\n');
    out.append("Countries: ").append(countries(project.countryCodes())).append('\n');
    if (project.aims() != null) {
      out.append("Aim: ").append(text(project.aims())).append('\n');
    }
    out.append("\nComponents\n");
    for (Component c : project.components()) {
      out.append("  ")
          .append(c.code() == null ? "-" : c.code())
          .append(". ")
          .append(text(c.title()))
          .append('\n');
    }
    out.append("\nActivities\n");
    for (Event e : allEvents(project)) {
      event(out, e);
    }
    out.append("\nSecretariat\n");
    for (Contact c : secretariat(project)) {
      out.append("  ").append(c.displayName());
      if (c.jobTitle() != null) {
        out.append(", ").append(c.jobTitle());
      }
      if (c.unit() != null) {
        out.append(" (").append(c.unit()).append(')');
      }
      out.append('\n');
    }
    return out.toString();
  }

  private void event(StringBuilder out, Event e) {
    out.append("  ").append(text(e.title())).append('\n');
    out.append("    ").append(DateRanges.of(e.dates()));
    Venue venue = e.venue();
    if (venue != null) {
      out.append(", ")
          .append(venue.city() == null ? "" : venue.city())
          .append(venue.country() == null ? "" : ", " + venue.country().englishName());
    }
    out.append(" · ")
        .append(label(e.type().name()))
        .append(", ")
        .append(label(e.status().name()))
        .append('\n');
    List<String> organisers = new ArrayList<>();
    for (Organiser o : e.organisers()) {
      var org = coopkit.organisations().get(o.organisation());
      // The name in full, then the acronym a reader will meet elsewhere on the page.
      organisers.add(
          text(org.name())
              + (org.acronym() != null ? " (" + org.acronym() + ")" : "")
              + ", "
              + label(o.role().name()));
    }
    if (!organisers.isEmpty()) {
      // Names may hold commas of their own: organisers are set apart by semicolons.
      out.append("    Organisers: ").append(String.join("; ", organisers)).append('\n');
    }
    if (e.participation().total() != null) {
      out.append("    Participants: ")
          .append(e.participation().total())
          .append(" from ")
          .append(e.participation().countries().size())
          .append(" countries (")
          .append(countriesAsOf(e.participation().countries(), e.dates()))
          .append(")\n");
    }
    if (!e.topics().isEmpty()) {
      out.append("    Topics: ")
          .append(e.topics().stream().map(Topic::label).collect(Collectors.joining(", ")))
          .append('\n');
    }
    if (!e.keyMessages().isEmpty()) {
      out.append("    Key messages:\n");
      for (KeyMessage m : e.keyMessages()) {
        out.append("    - ")
            .append(text(m.text()))
            .append(m.adopted() ? " [adopted]" : "")
            .append('\n');
      }
    }
  }

  private List<Event> allEvents(Project project) {
    List<Event> events = new ArrayList<>();
    EventQuery query = EventQuery.builder().project(project.id()).build();
    while (true) {
      Page<Event> page = coopkit.events().search(query);
      events.addAll(page.items());
      if (page.nextCursor() == null) {
        return events;
      }
      query = query.after(page.nextCursor());
    }
  }

  /** The project's public contacts, highest function first (the order {@link RoleType} lists). */
  private List<Contact> secretariat(Project project) {
    List<Contact> contacts =
        new ArrayList<>(
            coopkit
                .contacts()
                .search(
                    ContactQuery.builder()
                        .project(project.id())
                        .publicOnly(true)
                        .limit(100)
                        .build())
                .items());
    contacts.sort(Comparator.comparingInt(c -> rank(c, project)));
    return contacts;
  }

  private static int rank(Contact contact, Project project) {
    return contact.roles().stream()
        .filter(r -> project.id().equals(r.project()))
        .mapToInt(r -> r.type().ordinal())
        .min()
        .orElse(RoleType.values().length);
  }

  private String text(LocalizedText text) {
    return text.get(locale);
  }

  /**
   * The countries as they were called when the event took place ("the former Yugoslav Republic of
   * Macedonia" in 2017), or today's names when its date is not known.
   */
  private static String countriesAsOf(java.util.Collection<CountryCode> codes, EventDates dates) {
    if (dates.start() == null) {
      return countries(codes);
    }
    java.time.LocalDate day = dates.start().earliest();
    return codes.stream().map(c -> c.englishNameOn(day)).sorted().collect(Collectors.joining(", "));
  }

  private static String countries(java.util.Collection<CountryCode> codes) {
    return codes.stream().map(CountryCode::englishName).sorted().collect(Collectors.joining(", "));
  }

  private static String label(String enumName) {
    return enumName.toLowerCase(Locale.ROOT).replace("co_", "co-").replace('_', ' ');
  }
}
