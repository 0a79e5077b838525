package org.coopkit.cli;

import org.coopkit.model.project.Project;
import org.coopkit.report.CountryProfile;

/**
 * A country profile as lines to read. Contact points are counted, not named: a report printed or
 * mailed should not carry people's names without the office choosing to.
 */
final class CountryProfileText {
  private CountryProfileText() {}

  static String render(CountryProfile p) {
    StringBuilder out = new StringBuilder();
    out.append("Country profile: ").append(Words.of(p.country())).append('\n');
    out.append("Events held there: ")
        .append(p.eventsHeld().events() == 0 ? "none" : DashboardText.tally(p.eventsHeld()))
        .append('\n');
    out.append("Events its people attended: ")
        .append(Words.count(p.eventsAttended().events(), "event", "events"))
        .append('\n');
    out.append("Participants from the country: ").append(p.participantsFrom()).append('\n');
    out.append("Contact points: ").append(p.contactPoints().size()).append('\n');
    out.append("Projects:").append(p.projects().isEmpty() ? " none" : "").append('\n');
    for (Project project : p.projects()) {
      out.append("  ")
          .append(project.code())
          .append(" ")
          .append(project.title().english())
          .append(" (")
          .append(Words.of(project.status()))
          .append(")\n");
    }
    return out.toString();
  }
}
