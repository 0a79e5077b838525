package org.coopkit.cli;

import java.util.ArrayList;
import java.util.List;
import org.coopkit.model.CountryCode;
import org.coopkit.report.PortfolioMatrix;

/** A portfolio as one HTML page: a table of events held per country and year. */
final class PortfolioHtml {
  private PortfolioHtml() {}

  static String render(PortfolioMatrix m, String covers) {
    StringBuilder body = new StringBuilder();
    List<String> header = new ArrayList<>(List.of("Country"));
    m.years().forEach(y -> header.add(String.valueOf(y)));
    boolean[] numeric = new boolean[header.size()];
    java.util.Arrays.fill(numeric, true);
    numeric[0] = false;
    List<List<String>> rows = new ArrayList<>();
    for (CountryCode c : m.countries()) {
      List<String> row = new ArrayList<>(List.of(Words.of(c)));
      for (int year : m.years()) {
        long n = m.cell(c, year).events();
        row.add(n == 0 ? "" : String.valueOf(n));
      }
      rows.add(row);
    }
    body.append(Html.heading("Events held, by country and year"));
    body.append(Html.table(header, rows, numeric));
    return Html.page("Portfolio: " + covers, body.toString());
  }
}
