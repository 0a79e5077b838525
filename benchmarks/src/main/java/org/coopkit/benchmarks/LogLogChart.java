package org.coopkit.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A hand-written SVG of small log-log charts, one per panel, side by side in rows: a line per
 * series, both axes in powers of ten, the series named in one legend on top.
 */
final class LogLogChart {
  /** One measured point. */
  record Point(double x, double y) {}

  /** One line: a name from the legend and its points, in growing {@code x}. */
  record Series(String name, List<Point> points) {}

  /** One small chart. */
  record Panel(String title, String xLabel, String yLabel, List<Series> series) {}

  private static final String[] COLOURS = {
    "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#17becf", "#7f7f7f"
  };
  private static final int COLUMNS = 3;
  private static final int WIDTH = 380;
  private static final int HEIGHT = 260;
  private static final int LEFT = 62;
  private static final int RIGHT = 16;
  private static final int TOP = 30;
  private static final int BOTTOM = 44;
  private static final int LEGEND = 56;

  private LogLogChart() {}

  /** The document: {@code title}, the legend of {@code names} and the panels. */
  static String svg(String title, List<String> names, List<Panel> panels) {
    int rows = Math.max(1, (panels.size() + COLUMNS - 1) / COLUMNS);
    int width = COLUMNS * WIDTH;
    int height = LEGEND + rows * HEIGHT;
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"11\">%n",
            width,
            height,
            width,
            height));
    svg.append(
        String.format(
            Locale.ROOT, "<rect width=\"%d\" height=\"%d\" fill=\"white\"/>%n", width, height));
    text(svg, 12, 20, "start", 14, title);
    int x = 12;
    for (int i = 0; i < names.size(); i++) {
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"40\" x2=\"%d\" y2=\"40\" stroke=\"%s\" stroke-width=\"2.5\"/>%n",
              x,
              x + 24,
              colour(i)));
      text(svg, x + 30, 44, "start", 12, names.get(i));
      x += 40 + 8 * names.get(i).length();
    }
    for (int p = 0; p < panels.size(); p++) {
      panel(svg, panels.get(p), names, (p % COLUMNS) * WIDTH, LEGEND + (p / COLUMNS) * HEIGHT);
    }
    svg.append("</svg>\n");
    return svg.toString();
  }

  private static void panel(StringBuilder svg, Panel panel, List<String> names, int ox, int oy) {
    List<Point> all = new ArrayList<>();
    panel
        .series()
        .forEach(s -> s.points().stream().filter(LogLogChart::plottable).forEach(all::add));
    int plotLeft = ox + LEFT;
    int plotRight = ox + WIDTH - RIGHT;
    int plotTop = oy + TOP;
    int plotBottom = oy + HEIGHT - BOTTOM;
    text(svg, (plotLeft + plotRight) / 2.0, oy + 18, "middle", 12, panel.title());
    svg.append(
        String.format(
            Locale.ROOT,
            "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#999\"/>%n",
            plotLeft,
            plotTop,
            plotRight - plotLeft,
            plotBottom - plotTop));
    text(svg, (plotLeft + plotRight) / 2.0, plotBottom + 34, "middle", 11, panel.xLabel());
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"11\""
                + " transform=\"rotate(-90 %d %.1f)\">%s</text>%n",
            ox + 14,
            (plotTop + plotBottom) / 2.0,
            ox + 14,
            (plotTop + plotBottom) / 2.0,
            escape(panel.yLabel())));
    if (all.isEmpty()) {
      text(
          svg, (plotLeft + plotRight) / 2.0, (plotTop + plotBottom) / 2.0, "middle", 11, "no data");
      return;
    }
    Axis xAxis = Axis.over(all.stream().mapToDouble(Point::x).toArray(), plotLeft, plotRight);
    Axis yAxis = Axis.over(all.stream().mapToDouble(Point::y).toArray(), plotBottom, plotTop);
    for (double tick : xAxis.ticks()) {
      double px = xAxis.position(tick);
      gridLine(svg, px, plotTop, px, plotBottom);
      text(svg, px, plotBottom + 15, "middle", 10, compact(tick));
    }
    for (double tick : yAxis.ticks()) {
      double py = yAxis.position(tick);
      gridLine(svg, plotLeft, py, plotRight, py);
      text(svg, plotLeft - 4, py + 3.5, "end", 10, compact(tick));
    }
    for (Series series : panel.series()) {
      String colour = colour(names.indexOf(series.name()));
      StringBuilder path = new StringBuilder();
      for (Point point : series.points()) {
        if (!plottable(point)) {
          continue;
        }
        double px = xAxis.position(point.x());
        double py = yAxis.position(point.y());
        path.append(path.length() == 0 ? "M" : " L")
            .append(String.format(Locale.ROOT, "%.1f %.1f", px, py));
        svg.append(
            String.format(
                Locale.ROOT,
                "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>%n",
                px,
                py,
                colour));
      }
      if (path.length() > 0) {
        svg.append(
            String.format(
                Locale.ROOT,
                "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n",
                path,
                colour));
      }
    }
  }

  private static boolean plottable(Point point) {
    return point.x() > 0
        && point.y() > 0
        && Double.isFinite(point.x())
        && Double.isFinite(point.y());
  }

  /** A logarithmic axis from a power of ten to another, mapped onto pixels. */
  private record Axis(double lowLog, double highLog, double from, double to) {
    static Axis over(double[] values, double from, double to) {
      double low = Double.MAX_VALUE;
      double high = 0;
      for (double v : values) {
        low = Math.min(low, v);
        high = Math.max(high, v);
      }
      double lowLog = Math.floor(Math.log10(low));
      double highLog = Math.ceil(Math.log10(high));
      if (highLog <= lowLog) {
        highLog = lowLog + 1;
      }
      return new Axis(lowLog, highLog, from, to);
    }

    double position(double value) {
      return from + (Math.log10(value) - lowLog) / (highLog - lowLog) * (to - from);
    }

    /** Every power of ten; with two decades or fewer, 2 and 5 times them too. */
    List<Double> ticks() {
      List<Double> ticks = new ArrayList<>();
      boolean fine = highLog - lowLog <= 2;
      for (int e = (int) lowLog; e <= (int) highLog; e++) {
        double decade = Math.pow(10, e);
        ticks.add(decade);
        if (fine && e < highLog) {
          ticks.add(2 * decade);
          ticks.add(5 * decade);
        }
      }
      return ticks;
    }
  }

  /** 1, 20, 500, 2k, 10M, 0.5: a tick's label. */
  static String compact(double value) {
    if (value >= 1e6) {
      return trim(value / 1e6) + "M";
    }
    if (value >= 1e3) {
      return trim(value / 1e3) + "k";
    }
    return trim(value);
  }

  private static String trim(double value) {
    String s = String.format(Locale.ROOT, "%.3f", value);
    s = s.replaceAll("0+$", "");
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  private static void gridLine(StringBuilder svg, double x1, double y1, double x2, double y2) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#e4e4e4\"/>%n",
            x1,
            y1,
            x2,
            y2));
  }

  private static void text(
      StringBuilder svg, double x, double y, String anchor, int size, String content) {
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\">%s</text>%n",
            x,
            y,
            anchor,
            size,
            escape(content)));
  }

  private static String colour(int index) {
    return COLOURS[Math.max(0, index) % COLOURS.length];
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
