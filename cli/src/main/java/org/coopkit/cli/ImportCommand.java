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

/** {@code coopkit import FILE}: loads a {@code coopkit/1} JSON document. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Loads a coopkit/1 JSON document (as 'export' writes it).",
      "All or nothing by default: a document with any problem stores nothing."
    })
final class ImportCommand implements Callable<Integer> {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The document to load.")
  Path file;

  @Option(
      names = "--record-by-record",
      description = "Store every record that has no problem, and list the others.")
  boolean recordByRecord;

  @Override
  public Integer call() {
    CoopkitCli cli = CoopkitCli.of(spec);
    StoreOptions store = cli.store;
    PrintWriter out = cli.out();
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
