package org.coopkit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.coopkit.Coopkit;
import org.coopkit.model.CountryCode;
import org.coopkit.report.CountryProfile;
import org.coopkit.report.PortfolioMatrix;
import org.coopkit.report.ProjectDashboard;
import org.coopkit.report.ReportScope;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code coopkit report dashboard|country|portfolio}. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "Reports on the events recorded, as text, CSV or a self-contained HTML page.",
    subcommands = {
      ReportCommand.Dashboard.class,
      ReportCommand.Country.class,
      ReportCommand.Portfolio.class
    })
final class ReportCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(CoopkitCli.of(spec).out());
  }

  /** Options every report shares: where and how it is written. */
  static final class Output {
    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        description = "text, csv or html (default: ${DEFAULT-VALUE}).",
        defaultValue = "text",
        converter = FormatConverter.class)
    Format format = Format.TEXT;

    @Option(
        names = {"-o", "--output"},
        paramLabel = "FILE",
        description = "Where to write the report (default: standard output).")
    @Nullable Path file;

    /**
     * Opens the store, makes the report in the chosen format while it is open, closes it, then
     * writes the report.
     */
    int render(
        picocli.CommandLine.Model.CommandSpec spec,
        java.util.function.Function<Coopkit, String> report) {
      CoopkitCli cli = CoopkitCli.of(spec);
      String text;
      try (Coopkit coopkit = cli.store.open()) {
        text = report.apply(coopkit);
      }
      write(cli, text);
      return ExitCode.OK;
    }

    void write(CoopkitCli cli, String report) {
      if (file == null) {
        cli.out().print(report);
        cli.out().flush();
        return;
      }
      try {
        Files.writeString(file, report, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      cli.err().println("coopkit: wrote " + file);
    }
  }

  /** Accepts the format in any case. */
  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      try {
        return Format.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "'" + value + "' is not a format: use text, csv or html");
      }
    }
  }

  @Command(
      name = "dashboard",
      mixinStandardHelpOptions = true,
      description = "Events and participants by year, type, status, component and country.")
  static final class Dashboard implements Callable<Integer> {
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Mixin ScopeOptions scope;
    @Mixin FilterOptions events;
    @Mixin Output output;

    @Override
    public Integer call() {
      return output.render(
          spec,
          coopkit -> {
            ReportScope reportScope = scope.scope(coopkit);
            ProjectDashboard dashboard = coopkit.reports().dashboard(reportScope, events.filter());
            return switch (output.format) {
              case TEXT ->
                  DashboardText.render(
                      dashboard,
                      scope.describe() + "; " + events.describe(),
                      ComponentNames.of(coopkit, reportScope, dashboard.byComponent().keySet()));
              case CSV -> dashboard.toCsv();
              case HTML ->
                  DashboardHtml.render(dashboard, scope.describe() + "; " + events.describe());
            };
          });
    }
  }

  @Command(
      name = "country",
      mixinStandardHelpOptions = true,
      description = "What a country hosted and attended, and the projects it takes part in.")
  static final class Country implements Callable<Integer> {
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Mixin FilterOptions events;
    @Mixin Output output;

    @Parameters(paramLabel = "COUNTRY", description = "The country's ISO 3166 code, e.g. GE.")
    String country;

    @Override
    public Integer call() {
      CountryCode code = CountryCode.of(country);
      return output.render(
          spec,
          coopkit -> {
            CountryProfile profile = coopkit.reports().countryProfile(code, events.filter());
            return switch (output.format) {
              case TEXT -> CountryProfileText.render(profile);
              case CSV -> profile.toCsv();
              case HTML ->
                  Html.page(Words.of(code), Html.preformatted(CountryProfileText.render(profile)));
            };
          });
    }
  }

  @Command(
      name = "portfolio",
      mixinStandardHelpOptions = true,
      description = "Events per country and year across projects.")
  static final class Portfolio implements Callable<Integer> {
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Mixin ScopeOptions scope;
    @Mixin FilterOptions events;
    @Mixin Output output;

    @Override
    public Integer call() {
      return output.render(
          spec,
          coopkit -> {
            PortfolioMatrix matrix =
                coopkit.reports().portfolio(scope.scope(coopkit), events.filter());
            return switch (output.format) {
              case TEXT ->
                  PortfolioText.render(matrix, scope.describe() + "; " + events.describe());
              case CSV -> matrix.toCsv();
              case HTML ->
                  PortfolioHtml.render(matrix, scope.describe() + "; " + events.describe());
            };
          });
    }
  }
}
