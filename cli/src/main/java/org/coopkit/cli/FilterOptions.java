package org.coopkit.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.coopkit.model.event.EventStatus;
import org.coopkit.model.event.EventType;
import org.coopkit.report.ReportFilter;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** Which events a report counts. */
final class FilterOptions {
  @Option(names = "--from", paramLabel = "DATE", description = "Events from this day (YYYY-MM-DD).")
  @Nullable LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Events up to this day (YYYY-MM-DD).")
  @Nullable LocalDate to;

  @Option(
      names = "--type",
      paramLabel = "TYPE",
      description = "Only events of this type (repeat for several): ${COMPLETION-CANDIDATES}.")
  List<EventType> types = new ArrayList<>();

  @Option(
      names = "--status",
      paramLabel = "STATUS",
      description = "Only events in this status (repeat for several): ${COMPLETION-CANDIDATES}.")
  List<EventStatus> statuses = new ArrayList<>();

  ReportFilter filter() {
    return ReportFilter.builder()
        .from(from)
        .to(to)
        .types(Set.copyOf(types))
        .statuses(Set.copyOf(statuses))
        .build();
  }

  /** Says in words which events the report counts, for its heading; empty for all. */
  String describe() {
    List<String> parts = new ArrayList<>();
    if (from != null || to != null) {
      parts.add(
          "events "
              + (from == null ? "up to " + to : to == null ? "from " + from : from + " to " + to));
    }
    if (!types.isEmpty()) {
      parts.add("types " + types.stream().map(Words::of).toList());
    }
    if (!statuses.isEmpty()) {
      parts.add("statuses " + statuses.stream().map(Words::of).toList());
    }
    return parts.isEmpty() ? "all events" : String.join("; ", parts);
  }
}
