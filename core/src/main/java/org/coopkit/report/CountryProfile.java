package org.coopkit.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.coopkit.model.CountryCode;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.project.Project;

/**
 * One country across projects: events held there, events its people attended, participants from it,
 * projects it takes part in, and its public 24/7 contact points.
 *
 * @param country the country
 * @param filter which events were counted
 * @param eventsHeld events whose venue is in the country (participants: their totals)
 * @param eventsAttended events with participants from the country (participants: those from it)
 * @param projects projects the country takes part in, by code
 * @param contactPoints the public 24/7 contact points for the country today
 * @since 0.1.0
 */
public record CountryProfile(
    CountryCode country,
    ReportFilter filter,
    EventTally eventsHeld,
    EventTally eventsAttended,
    List<Project> projects,
    List<Contact> contactPoints) {

  /**
   * Copies the lists into immutable ones.
   *
   * @param country the country
   * @param filter which events were counted
   * @param eventsHeld events whose venue is in the country (participants: their totals)
   * @param eventsAttended events with participants from the country (participants: those from it)
   * @param projects projects the country takes part in, by code
   * @param contactPoints the public 24/7 contact points for the country today
   * @throws NullPointerException if a required component is null
   */
  public CountryProfile {
    requireNonNull(country, "country");
    requireNonNull(filter, "filter");
    requireNonNull(eventsHeld, "eventsHeld");
    requireNonNull(eventsAttended, "eventsAttended");
    projects = ImmutableList.copyOf(projects);
    contactPoints = ImmutableList.copyOf(contactPoints);
  }

  /**
   * Participants from the country, across the events they attended.
   *
   * @return the participants tally of {@link #eventsAttended()}: exact, at least or about
   */
  public Tally participantsFrom() {
    return eventsAttended.participants();
  }

  /**
   * The profile as CSV: columns {@code section, key, events, participants, accuracy,
   * adopted_key_messages}; projects and contact points as rows with their code or role. Contact
   * points are listed by id only: a spreadsheet is no place for personal data.
   *
   * @return the CSV text, with a header row and CRLF line ends
   */
  public String toCsv() {
    Csv csv =
        new Csv("section", "key", "events", "participants", "accuracy", "adopted_key_messages");
    csv.tally("events_held", country.alpha2(), eventsHeld);
    csv.tally("events_attended", country.alpha2(), eventsAttended);
    projects.forEach(p -> csv.row("project", p.code(), "", "", "", ""));
    contactPoints.forEach(c -> csv.row("contact_point", c.id().toString(), "", "", "", ""));
    return csv.toString();
  }
}
