package org.coopkit.examples;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.coopkit.Coopkit;
import org.coopkit.model.project.Project;
import org.coopkit.report.EventTally;
import org.coopkit.report.ProjectDashboard;
import org.coopkit.report.ReportFilter;
import org.coopkit.report.ReportScope;

/** Renders a project's dashboard as a programme office would read it in a report. */
public final class DashboardPage {
  private final Coopkit coopkit;

  public DashboardPage(Coopkit coopkit) {
    this.coopkit = coopkit;
  }

  /** The dashboard of the project with this code, over all its events. */
  public String render(String code) {
    Project project =
        coopkit
            .projects()
            .findByCode(code)
            .orElseThrow(() -> new IllegalArgumentException("no project with code " + code));
    ProjectDashboard d =
        coopkit.reports().dashboard(ReportScope.project(project.id()), ReportFilter.ALL);
    StringBuilder out = new StringBuilder("Dashboard: ").append(project.code()).append('\n');
    out.append("  events: ").append(figure(d.total())).append('\n');
    out.append("  by year: ").append(join(d.byYear())).append('\n');
    out.append("  by type: ").append(join(d.byType())).append('\n');
    out.append("  by status: ").append(join(d.byStatus())).append('\n');
    out.append("  by component: ")
        .append(
            d.byComponent().isEmpty()
                ? "none recorded"
                : d.byComponent().entrySet().stream()
                    .map(
                        e ->
                            componentCode(project, e.getKey())
                                + ": "
                                + events(e.getValue().events()))
                    .collect(Collectors.joining(", ")))
        .append('\n');
    // Events often record a country's presence without its head count: say so, not "0".
    String known =
        d.participantsByCountry().entrySet().stream()
            .filter(e -> e.getValue().isCounted())
            .map(e -> e.getKey().alpha2() + " " + e.getValue().range())
            .collect(Collectors.joining(", "));
    long unknown = d.participantsByCountry().values().stream().filter(t -> !t.isCounted()).count();
    out.append("  participants by country: ")
        .append(known.isEmpty() ? "" : known + "; ")
        .append(
            unknown == 0
                ? ""
                : unknown == d.participantsByCountry().size()
                    ? "the events give no count per country"
                    : unknown + (unknown == 1 ? " country" : " countries") + " without a count")
        .append('\n');
    out.append("  countries reached: ").append(d.countriesReached().size()).append('\n');
    out.append("  key messages adopted: ").append(d.keyMessagesAdopted()).append('\n');
    return out.toString();
  }

  private static String figure(EventTally t) {
    return events(t.events()) + " with " + t.participants();
  }

  private static String events(long n) {
    return n + (n == 1 ? " event" : " events");
  }

  private static String join(Map<?, EventTally> groups) {
    return groups.entrySet().stream()
        .map(
            e ->
                e.getKey().toString().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + ": "
                    + events(e.getValue().events()))
        .collect(Collectors.joining(", "));
  }

  private static String componentCode(Project project, org.coopkit.model.project.ComponentId id) {
    return project
        .component(id)
        .map(c -> c.code() == null ? c.id().toString() : "#" + c.code())
        .orElse(id.toString());
  }
}
