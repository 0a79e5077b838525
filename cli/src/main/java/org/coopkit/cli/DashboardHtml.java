package org.coopkit.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.coopkit.model.CountryCode;
import org.coopkit.report.EventTally;
import org.coopkit.report.ProjectDashboard;
import org.coopkit.report.Tally;

/**
 * A dashboard as one HTML page: the total in words, bar charts of events by year and by type, and a
 * table by country of the events held there and the participants who came from there.
 */
final class DashboardHtml {
  private DashboardHtml() {}

  static String render(ProjectDashboard d, String covers) {
    StringBuilder body = new StringBuilder();
    String title = "Dashboard: " + covers;
    if (d.total().events() == 0) {
      body.append(Html.paragraph("total", "No events recorded."));
      return Html.page(title, body.toString());
    }
    body.append(Html.paragraph("total", DashboardText.total(d)));
    body.append(
        Html.paragraph(
            "reach",
            Words.count(d.countriesReached().size(), "country", "countries")
                + " reached; "
                + Words.count(d.keyMessagesAdopted(), "key message", "key messages")
                + " adopted"));
    body.append(Html.heading("Events by year"));
    body.append(Html.barChart("Events by year", bars(d.byYear(), String::valueOf)));
    body.append(Html.heading("Events by type"));
    body.append(Html.barChart("Events by type", bars(d.byType(), Words::of)));
    body.append(Html.heading("By country"));
    body.append(countryTable(d));
    return Html.page(title, body.toString());
  }

  private static <K> List<Html.Bar> bars(Map<K, EventTally> groups, Function<K, String> name) {
    List<Html.Bar> bars = new ArrayList<>();
    groups.forEach(
        (key, t) ->
            bars.add(
                new Html.Bar(
                    name.apply(key),
                    t.events(),
                    Words.count(t.events(), "event", "events") + ", " + participants(t))));
    return bars;
  }

  /** {@code 93 participants}, {@code at least 51 participants}, or {@code not counted}. */
  private static String participants(EventTally t) {
    return t.participants().isCounted()
        ? t.participants().range() + " participants"
        : t.participants().range();
  }

  private static String countryTable(ProjectDashboard d) {
    List<CountryCode> countries = new ArrayList<>(d.countriesReached());
    d.eventsHeldByCountry().keySet().stream()
        .filter(c -> !countries.contains(c))
        .forEach(countries::add);
    countries.sort(null);
    List<List<String>> rows = new ArrayList<>();
    for (CountryCode c : countries) {
      EventTally held = d.eventsHeldByCountry().getOrDefault(c, EventTally.NONE);
      Tally from = d.participantsByCountry().get(c);
      rows.add(
          List.of(
              c.englishName(),
              c.alpha2(),
              String.valueOf(held.events()),
              from == null ? "0" : String.valueOf(from.events()),
              from == null ? "" : from.range()));
    }
    return Html.table(
        List.of("Country", "Code", "Events held", "Events attended", "Participants from it"),
        rows,
        new boolean[] {false, false, true, true, false});
  }
}
