package org.coopkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.coopkit.Coopkit;
import org.coopkit.json.CoopkitJson;
import org.coopkit.json.ImportMode;
import org.coopkit.json.ImportOptions;
import org.coopkit.json.ImportReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code coopkit import FILE}: loads a {@code coopkit/1} JSON document, or events or contacts from
 * a spreadsheet's {@code .csv} file.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Loads a coopkit/1 JSON document (as 'export' writes it), or events or contacts from a"
          + " spreadsheet's .csv file.",
      "All or nothing by default: a document with any problem stores nothing.",
      "A .csv file is read by the columns coopkit's CSV export writes, or as --mapping says."
    })
final class ImportCommand implements Callable<Integer> {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The document to load: .json or .csv.")
  Path file;

  @Option(
      names = "--record-by-record",
      description =
          "Store every record (every row of a .csv) that has no problem, and list the others.")
  boolean recordByRecord;

  @Option(
      names = "--mapping",
      paramLabel = "MAPPING",
      description =
          "For a .csv: a properties file naming its columns, defaults, value maps and date"
              + " formats (column.TITLE = Titre, default.PROJECTS = my-project,"
              + " value.TYPE.Conférence = conference, date-formats = dd/MM/yyyy | MM/yyyy,"
              + " separator = ;).")
  @org.jspecify.annotations.Nullable
  Path mapping;

  @Option(names = "--contacts", description = "For a .csv: it holds contacts, not events.")
  boolean contacts;

  @Option(
      names = "--dry-run",
      description = "For a .csv: check every row and list the problems; store nothing.")
  boolean dryRun;

  @Override
  public Integer call() {
    CoopkitCli cli = CoopkitCli.of(spec);
    StoreOptions store = cli.store;
    PrintWriter out = cli.out();
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
      return CsvImport.run(this, store, out, cli.err());
    }
    if (mapping != null || contacts || dryRun) {
      throw new CommandFailure(
          ExitCode.USAGE, "--mapping, --contacts and --dry-run are for a .csv file only.");
    }
    ImportOptions options =
        ImportOptions.DEFAULT.withMode(
            recordByRecord ? ImportMode.RECORD_BY_RECORD : ImportMode.ALL_OR_NOTHING);
    ImportReport report;
    try (Coopkit coopkit = store.open();
        InputStream in = Files.newInputStream(file)) {
      Progress progress = new Progress(cli.err(), "importing", Files.size(file));
      try {
        report = CoopkitJson.create().importInto(coopkit, progress.counting(in), options);
      } finally {
        progress.finish();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println(summary(report));
    report.problems().forEach(p -> out.println("  " + p));
    if (report.problemCount() > report.problems().size()) {
      out.println("  ... and " + (report.problemCount() - report.problems().size()) + " more");
    }
    return report.isSuccess() ? ExitCode.OK : ExitCode.DATA_REFUSED;
  }

  static String summary(ImportReport report) {
    String counts =
        String.format(
            Locale.ROOT,
            "%d organisations, %d projects, %d events, %d contacts",
            report.organisations().stored(),
            report.projects().stored(),
            report.events().stored(),
            report.contacts().stored());
    if (report.isSuccess()) {
      return "Imported " + counts + ".";
    }
    String stored =
        report.stored() == 0 ? "Nothing was stored" : "Stored " + counts + ", but not all";
    return stored
        + ": "
        + report.problemCount()
        + (report.problemCount() == 1 ? " problem" : " problems")
        + (report.readCompletely() ? "" : " (the document was not read to its end)")
        + ":";
  }
}
