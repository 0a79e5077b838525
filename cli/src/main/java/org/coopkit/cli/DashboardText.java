package org.coopkit.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.coopkit.model.CountryCode;
import org.coopkit.report.EventTally;
import org.coopkit.report.ProjectDashboard;
import org.coopkit.report.Tally;

/** A dashboard as lines to read on a terminal, every total in words. */
final class DashboardText {
  private DashboardText() {}

  static String render(ProjectDashboard d, String covers, ComponentNames components) {
    StringBuilder out = new StringBuilder();
    out.append("Dashboard: ").append(covers).append('\n');
    if (d.total().events() == 0) {
      return out.append("No events recorded.\n").toString();
    }
    out.append("Events: ").append(total(d)).append('\n');
    out.append("Countries reached: ")
        .append(d.countriesReached().size())
        .append(d.countriesReached().isEmpty() ? "" : " (" + codes(d.countriesReached()) + ")")
        .append('\n');
    out.append("Key messages adopted: ").append(d.keyMessagesAdopted()).append('\n');
    section(out, "By year", d.byYear(), String::valueOf);
    section(out, "By type", d.byType(), Words::of);
    section(out, "By status", d.byStatus(), Words::of);
    section(out, "By component", d.byComponent(), components::name);
    section(out, "Events held by country", d.eventsHeldByCountry(), Words::of);
    if (!d.participantsByCountry().isEmpty()) {
      out.append("\nParticipants by country\n");
      for (Map.Entry<CountryCode, Tally> e : d.participantsByCountry().entrySet()) {
        out.append("  ")
            .append(Words.of(e.getKey()))
            .append(": ")
            .append(e.getValue())
            .append('\n');
      }
    }
    return out.toString();
  }

  /**
   * Countries with a count one per line; those whose events gave no count together on one line, so
   * that twelve "not counted" lines do not bury the figures.
   */
  private static void participantsByCountry(StringBuilder out, Map<CountryCode, Tally> byCountry) {
    if (byCountry.isEmpty()) {
      return;
    }
    out.append("\nParticipants by country\n");
    List<String> notCounted = new ArrayList<>();
    byCountry.forEach(
        (country, tally) -> {
          if (tally.isCounted()) {
            out.append("  ").append(Words.of(country)).append(": ").append(tally).append('\n');
          } else {
            notCounted.add(country.englishName());
          }
        });
    if (!notCounted.isEmpty()) {
      out.append("  not counted: ").append(String.join(", ", notCounted)).append('\n');
    }
  }

  /**
   * The total with the countries reached inside its first clause: {@code 1 event with 93
   * participants from 12 countries}, or {@code 12 events with at least 593 participants from 6
   * countries; 3 of 12 events have no count}.
   */
  static String total(ProjectDashboard d) {
    String participants = d.total().participants().toString();
    if (d.countriesReached().isEmpty() || !d.total().participants().isCounted()) {
      return Words.count(d.total().events(), "event", "events") + " with " + participants;
    }
    String from = " from " + Words.count(d.countriesReached().size(), "country", "countries");
    int clauseEnd = participants.indexOf(';');
    return Words.count(d.total().events(), "event", "events")
        + " with "
        + (clauseEnd < 0
            ? participants + from
            : participants.substring(0, clauseEnd) + from + participants.substring(clauseEnd));
  }

  /** {@code 12 events with at least 593 participants; 3 of 12 events have no count}. */
  static String tally(EventTally t) {
    return Words.count(t.events(), "event", "events") + " with " + t.participants();
  }

  private static <K> void section(
      StringBuilder out, String title, Map<K, EventTally> groups, Function<K, String> name) {
    if (groups.isEmpty()) {
      return;
    }
    out.append('\n').append(title).append('\n');
    groups.forEach(
        (key, t) ->
            out.append("  ").append(name.apply(key)).append(": ").append(tally(t)).append('\n'));
  }

  private static String codes(Iterable<CountryCode> countries) {
    StringBuilder s = new StringBuilder();
    for (CountryCode c : countries) {
      s.append(s.length() == 0 ? "" : ", ").append(c.alpha2());
    }
    return s.toString();
  }
}
