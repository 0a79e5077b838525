package org.coopkit.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.coopkit.model.ParticipantCount.Qualifier;

/**
 * Writes the reports' RFC 4180 CSV: fields with commas, quotes or line breaks are quoted. Every
 * participant figure is written with the same columns, so a spreadsheet sees the whole make-up of a
 * {@link Tally}: {@code participants} (its range in words), {@code participants_min}, {@code
 * participants_max} (empty when there is no upper bound), {@code estimated}, the events counted
 * {@code exact}, {@code more_than}, {@code up_to}, {@code approximately}, with a planned figure
 * only, without a count, and {@code planned_participants}.
 */
final class Csv {
  private static final List<String> PARTICIPANT_COLUMNS =
      List.of(
          "participants",
          "participants_min",
          "participants_max",
          "estimated",
          "events_exact",
          "events_more_than",
          "events_up_to",
          "events_approximately",
          "events_planned_only",
          "events_without_count",
          "planned_participants");

  private final StringBuilder out = new StringBuilder();
  private final int width;

  /**
   * Starts a CSV whose header is {@code leading}, the participant columns, then {@code trailing}.
   */
  Csv(List<String> leading, String... trailing) {
    List<String> header = new ArrayList<>(leading);
    header.addAll(PARTICIPANT_COLUMNS);
    header.addAll(List.of(trailing));
    width = header.size();
    row(header);
  }

  /** Writes {@code fields}, then empty fields up to the header's width. */
  Csv row(List<?> fields) {
    List<Object> padded = new ArrayList<>(fields);
    padded.addAll(Collections.nCopies(Math.max(0, width - fields.size()), ""));
    out.append(padded.stream().map(f -> quote(String.valueOf(f))).collect(Collectors.joining(",")))
        .append("\r\n");
    return this;
  }

  /** Writes a row of {@code section, key, events}, the participant columns, adopted messages. */
  Csv tally(String section, String key, EventTally t) {
    return participantRow(
        t.participants(), List.of(section, key, t.events()), t.adoptedKeyMessages());
  }

  /**
   * Writes a row of {@code leading}, the participant columns of {@code t}, then {@code trailing}.
   */
  Csv participantRow(Tally t, List<?> leading, Object... trailing) {
    List<Object> fields = new ArrayList<>(leading);
    fields.addAll(participants(t));
    fields.addAll(List.of(trailing));
    return row(fields);
  }

  /** The participant columns of {@code t}. */
  private static List<Object> participants(Tally t) {
    return List.of(
        t.range(),
        t.lowerBound(),
        t.upperBound().isPresent() ? t.upperBound().getAsLong() : "",
        t.hasEstimates(),
        t.eventsCounted(Qualifier.EXACT),
        t.eventsCounted(Qualifier.MORE_THAN),
        t.eventsCounted(Qualifier.UP_TO),
        t.eventsCounted(Qualifier.APPROXIMATELY),
        t.eventsCounted(Qualifier.PLANNED),
        t.eventsWithoutCount(),
        t.planned());
  }

  static String quote(String field) {
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
