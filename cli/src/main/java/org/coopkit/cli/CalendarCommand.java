package org.coopkit.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.coopkit.Coopkit;
import org.coopkit.ical.IcsExporter;
import org.coopkit.ical.IcsReport;
import org.coopkit.model.CountryCode;
import org.coopkit.model.project.Project;
import org.coopkit.query.EventQuery;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code coopkit calendar}: events as an iCalendar feed. */
@Command(
    name = "calendar",
    mixinStandardHelpOptions = true,
    description = {
      "Writes events as an iCalendar (.ics) feed that calendar programs subscribe to.",
      "Events whose dates are known only to the month or year are left out, and counted."
    })
final class CalendarCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--project", paramLabel = "CODE", description = "Events of this project.")
  @Nullable String project;

  @Option(
      names = "--country",
      paramLabel = "CODE",
      description = "Events held in or attended from this country.")
  @Nullable String country;

  @Option(names = "--name", paramLabel = "NAME", description = "The calendar's name.")
  @Nullable String name;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Where to write the feed (default: standard output).")
  @Nullable Path output;

  @Override
  public Integer call() {
    CoopkitCli cli = CoopkitCli.of(spec);
    IcsReport report;
    try (Coopkit coopkit = cli.store.open()) {
      EventQuery.Builder query = EventQuery.builder();
      if (project != null) {
        Project p = ProjectCodes.require(coopkit, project);
        query.project(p.id());
      }
      if (country != null) {
        query.country(CountryCode.of(country));
      }
      IcsExporter exporter =
          name == null ? IcsExporter.create() : IcsExporter.create().withCalendarName(name);
      if (output == null) {
        cli.out().flush();
        report = exporter.write(coopkit, query.build(), cli.stdout());
      } else {
        try (OutputStream out = Files.newOutputStream(output)) {
          report = exporter.write(coopkit, query.build(), out);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    cli.err()
        .println(
            "coopkit: wrote "
                + Words.count(report.events(), "event", "events")
                + (report.withoutDays() == 0
                    ? ""
                    : "; left out " + report.withoutDays() + " whose days are not known"));
    return ExitCode.OK;
  }
}
