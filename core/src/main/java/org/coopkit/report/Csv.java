package org.coopkit.report;

import java.util.List;
import java.util.stream.Collectors;

/** Writes RFC 4180 CSV: fields with commas, quotes or line breaks are quoted. */
final class Csv {
  private final StringBuilder out = new StringBuilder();

  Csv(String... header) {
    row((Object[]) header);
  }

  Csv row(Object... fields) {
    out.append(
            List.of(fields).stream()
                .map(f -> quote(String.valueOf(f)))
                .collect(Collectors.joining(",")))
        .append("\r\n");
    return this;
  }

  Csv tally(String section, String key, EventTally t) {
    return row(
        section,
        key,
        t.events(),
        t.participants().value(),
        t.participants().accuracy().name().toLowerCase(java.util.Locale.ROOT),
        t.adoptedKeyMessages());
  }

  private static String quote(String field) {
    if (field.contains(",")
        || field.contains("\"")
        || field.contains("\n")
        || field.contains("\r")) {
      return "\"" + field.replace("\"", "\"\"") + "\"";
    }
    return field;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
