package org.coopkit.cli;

import java.util.Locale;
import org.coopkit.model.CountryCode;
import org.coopkit.report.PortfolioMatrix;

/** A portfolio as a table of event counts, countries down and years across. */
final class PortfolioText {
  private PortfolioText() {}

  static String render(PortfolioMatrix m, String covers) {
    StringBuilder out = new StringBuilder("Portfolio: ").append(covers).append('\n');
    if (m.countries().isEmpty()) {
      return out.append("No events recorded.\n").toString();
    }
    out.append("Events held, by country and year\n");
    out.append(String.format(Locale.ROOT, "  %-28s", "country"));
    m.years().forEach(y -> out.append(String.format(Locale.ROOT, "%6d", y)));
    out.append('\n');
    for (CountryCode c : m.countries()) {
      out.append(String.format(Locale.ROOT, "  %-28s", Words.of(c)));
      for (int year : m.years()) {
        long n = m.cell(c, year).events();
        out.append(String.format(Locale.ROOT, "%6s", n == 0 ? "-" : String.valueOf(n)));
      }
      out.append('\n');
    }
    out.append("\nBy year\n");
    m.byYear()
        .forEach(
            (y, t) ->
                out.append("  ")
                    .append(y)
                    .append(": ")
                    .append(DashboardText.tally(t))
                    .append('\n'));
    return out.toString();
  }
}
