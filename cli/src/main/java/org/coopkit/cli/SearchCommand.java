package org.coopkit.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.coopkit.Coopkit;
import org.coopkit.model.CountryCode;
import org.coopkit.model.Topic;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventStatus;
import org.coopkit.model.event.EventType;
import org.coopkit.model.project.Project;
import org.coopkit.query.EventQuery;
import org.coopkit.query.Page;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code coopkit search events ...}. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = "Finds records.",
    subcommands = {SearchCommand.Events.class})
final class SearchCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(CoopkitCli.of(spec).out());
  }

  @Command(
      name = "events",
      mixinStandardHelpOptions = true,
      description = "Events that match every filter given, earliest first.")
  static final class Events implements Callable<Integer> {
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--project", paramLabel = "CODE", description = "Events of this project.")
    @Nullable String project;

    @Option(
        names = "--country",
        paramLabel = "CODE",
        description = "Events held in or attended from this country (ISO 3166 code).")
    @Nullable String country;

    @Option(names = "--from", paramLabel = "DATE", description = "Events from this day.")
    @Nullable LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Events up to this day.")
    @Nullable LocalDate to;

    @Option(names = "--type", paramLabel = "TYPE", description = "${COMPLETION-CANDIDATES}.")
    @Nullable EventType type;

    @Option(names = "--status", paramLabel = "STATUS", description = "${COMPLETION-CANDIDATES}.")
    @Nullable EventStatus status;

    @Option(names = "--topic", paramLabel = "TOPIC", description = "Events on this topic.")
    @Nullable String topic;

    @Option(
        names = "--text",
        paramLabel = "WORDS",
        description = "Words in the title or description.")
    @Nullable String text;

    @Option(
        names = "--limit",
        paramLabel = "N",
        description = "At most this many events (default: ${DEFAULT-VALUE}).",
        defaultValue = "50")
    int limit = 50;

    @Option(names = "--csv", description = "Write CSV, one event per row, for spreadsheets.")
    boolean csv;

    @Override
    public Integer call() {
      CoopkitCli cli = CoopkitCli.of(spec);
      StoreOptions store = cli.store;
      if (limit < 1) {
        throw new CommandFailure(ExitCode.USAGE, "--limit must be at least 1: " + limit);
      }
      List<Event> found = new ArrayList<>();
      boolean more;
      try (Coopkit coopkit = store.open()) {
        EventQuery.Builder query = EventQuery.builder().between(from, to).text(text);
        if (project != null) {
          Project p = ProjectCodes.require(coopkit, project);
          query.project(p.id());
        }
        if (country != null) {
          query.country(CountryCode.of(country));
        }
        if (type != null) {
          query.type(type);
        }
        if (status != null) {
          query.status(status);
        }
        if (topic != null) {
          query.topic(Topic.of(topic));
        }
        String cursor = null;
        do {
          Page<Event> page =
              coopkit
                  .events()
                  .search(query.limit(Math.min(100, limit - found.size())).after(cursor).build());
          found.addAll(page.items());
          cursor = page.nextCursor();
        } while (cursor != null && found.size() < limit);
        more = cursor != null;
      }
      if (csv) {
        cli.out().print(EventLines.csv(found));
      } else {
        found.forEach(e -> cli.out().println(EventLines.line(e)));
        cli.err()
            .println(
                "coopkit: "
                    + Words.count(found.size(), "event", "events")
                    + (more ? " (more match: raise --limit)" : ""));
      }
      return ExitCode.OK;
    }
  }

  /** Writes found events as lines or CSV. */
  static final class EventLines {
    private EventLines() {}

    static String line(Event e) {
      return String.join(
          "  ",
          e.dates().start()
              + (e.dates().end().equals(e.dates().start()) ? "" : ".." + e.dates().end()),
          Words.of(e.type()),
          Words.of(e.status()),
          e.title().english(),
          place(e),
          e.participation().total() == null ? "" : e.participation().total() + " participants");
    }

    /** {@code 2017-10-09..2017-10-11}, {@code 2018-05}, or {@code date not known}. */
    private static String when(Event e) {
      Object start = e.dates().start();
      Object end = e.dates().end();
      if (start == null) {
        return e.dates().onOrBefore() == null
            ? "date not known"
            : "on or before " + e.dates().onOrBefore();
      }
      return end == null || end.equals(start) ? start.toString() : start + ".." + end;
    }

    /** {@code Tbilisi, GE}, or what the venue has of it: an imported row may give only one. */
    private static String place(Event e) {
      if (e.venue() == null) {
        return "";
      }
      List<String> parts = new java.util.ArrayList<>();
      if (e.venue().city() != null) {
        parts.add(e.venue().city());
      }
      if (e.venue().country() != null) {
        parts.add(e.venue().country().alpha2());
      }
      return String.join(", ", parts);
    }

    private static String orEmpty(@Nullable Object value) {
      return value == null ? "" : value.toString();
    }

    static String csv(List<Event> events) {
      StringBuilder out =
          new StringBuilder("id,start,end,type,status,title,city,country,participants\n");
      for (Event e : events) {
        out.append(
                List.of(
                        e.id().toString(),
                        orEmpty(e.dates().start()),
                        orEmpty(e.dates().end()),
                        Words.of(e.type()),
                        Words.of(e.status()),
                        e.title().english(),
                        e.venue() == null ? "" : orEmpty(e.venue().city()),
                        e.venue() == null || e.venue().country() == null
                            ? ""
                            : e.venue().country().alpha2(),
                        e.participation().total() == null
                            ? ""
                            : e.participation().total().toString())
                    .stream()
                    .map(EventLines::quote)
                    .collect(Collectors.joining(",")))
            .append('\n');
      }
      return out.toString();
    }

    private static String quote(String field) {
      return field.contains(",")
              || field.contains("\"")
              || field.contains("\n")
              || field.contains("\r")
          ? "\"" + field.replace("\"", "\"\"") + "\""
          : field;
    }
  }
}
