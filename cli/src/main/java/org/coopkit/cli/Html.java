package org.coopkit.cli;

import java.util.List;
import java.util.Locale;

/**
 * The pieces of the program's HTML pages: one self-contained file each, with its style inline and
 * charts as inline SVG, so that it opens anywhere, is mailed as one attachment and needs no script.
 */
final class Html {
  private static final String STYLE =
      "body{font-family:system-ui,sans-serif;margin:2rem;max-width:60rem;color:#1d2330}"
          + "h1{font-size:1.5rem}h2{font-size:1.1rem;margin-top:2rem}"
          + "table{border-collapse:collapse}td,th{padding:.3rem .8rem;border-bottom:1px solid #d5d9e0;"
          + "text-align:left;vertical-align:top}td.n{text-align:right}"
          + "p.total{font-size:1.1rem}svg text{font-size:12px;fill:#1d2330}";

  /** The width of the widest bar, in pixels. */
  private static final int BAR_WIDTH = 360;

  private static final int LABEL_WIDTH = 170;
  private static final int ROW_HEIGHT = 22;

  private Html() {}

  /** A whole page with its title as heading. */
  static String page(String title, String body) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>"
        + escape(title)
        + "</title>\n<style>"
        + STYLE
        + "</style>\n</head>\n<body>\n<h1>"
        + escape(title)
        + "</h1>\n"
        + body
        + "</body>\n</html>\n";
  }

  /** Text kept as it is, line by line. */
  static String preformatted(String text) {
    return "<pre>" + escape(text) + "</pre>\n";
  }

  /** A heading of a section. */
  static String heading(String text) {
    return "<h2>" + escape(text) + "</h2>\n";
  }

  /** A paragraph. */
  static String paragraph(String cssClass, String text) {
    return "<p class=\"" + cssClass + "\">" + escape(text) + "</p>\n";
  }

  /** One bar of a chart: its label, its length and the words written after it. */
  record Bar(String label, long value, String caption) {}

  /**
   * A horizontal bar chart as inline SVG, bars scaled to the largest value.
   *
   * @param title what the chart shows, for screen readers
   */
  static String barChart(String title, List<Bar> bars) {
    long max = bars.stream().mapToLong(Bar::value).max().orElse(0);
    int height = bars.size() * ROW_HEIGHT + 4;
    int width = LABEL_WIDTH + BAR_WIDTH + 260;
    StringBuilder svg =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"%d\" height=\"%d\""
                    + " viewBox=\"0 0 %d %d\"><title>%s</title>\n",
                width,
                height,
                width,
                height,
                escape(title)));
    int y = 2;
    for (Bar bar : bars) {
      long length = max == 0 ? 0 : Math.max(1, Math.round((double) bar.value() * BAR_WIDTH / max));
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>"
                  + "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#3b6fb6\"/>"
                  + "<text x=\"%d\" y=\"%d\">%s</text>\n",
              LABEL_WIDTH - 8,
              y + 15,
              escape(bar.label()),
              LABEL_WIDTH,
              y + 3,
              length,
              ROW_HEIGHT - 6,
              LABEL_WIDTH + length + 6,
              y + 15,
              escape(bar.caption())));
      y += ROW_HEIGHT;
    }
    return svg.append("</svg>\n").toString();
  }

  /** A table with a header row; cells given as text, numbers right-aligned by the caller's flag. */
  static String table(List<String> header, List<List<String>> rows, boolean[] numeric) {
    StringBuilder t = new StringBuilder("<table>\n<thead><tr>");
    header.forEach(h -> t.append("<th>").append(escape(h)).append("</th>"));
    t.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : rows) {
      t.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        t.append(i < numeric.length && numeric[i] ? "<td class=\"n\">" : "<td>")
            .append(escape(row.get(i)))
            .append("</td>");
      }
      t.append("</tr>\n");
    }
    return t.append("</tbody>\n</table>\n").toString();
  }

  /** Escapes text for an element's content or a quoted attribute. */
  static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '&' -> s.append("&amp;");
        case '"' -> s.append("&quot;");
        case '\'' -> s.append("&#39;");
        default -> s.append(c);
      }
    }
    return s.toString();
  }
}
