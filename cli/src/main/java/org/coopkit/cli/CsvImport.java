package org.coopkit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.coopkit.Coopkit;
import org.coopkit.csv.ContactField;
import org.coopkit.csv.CsvImportMode;
import org.coopkit.csv.CsvImportOptions;
import org.coopkit.csv.CsvImportReport;
import org.coopkit.csv.CsvImporter;
import org.coopkit.csv.CsvMapping;
import org.coopkit.csv.EventField;

/** The {@code .csv} side of {@code coopkit import}: events or contacts from a spreadsheet. */
final class CsvImport {
  private CsvImport() {}

  static int run(ImportCommand command, StoreOptions store, PrintWriter out, PrintWriter err) {
    CsvImportOptions options =
        CsvImportOptions.DEFAULT.withMode(
            command.dryRun
                ? CsvImportMode.DRY_RUN
                : command.recordByRecord ? CsvImportMode.ROW_BY_ROW : CsvImportMode.ALL_OR_NOTHING);
    CsvImporter importer = CsvImporter.create();
    CsvImportReport report;
    // The mapping is read before the store is opened: a wrong mapping needs no database.
    CsvMapping<ContactField> contactMapping =
        command.contacts
            ? command.mapping == null
                ? CsvMapping.forContacts().build()
                : CsvMappingFile.read(command.mapping, CsvMapping.forContacts(), ContactField.class)
            : null;
    CsvMapping<EventField> eventMapping =
        command.contacts
            ? null
            : command.mapping == null
                ? CsvMapping.forEvents().build()
                : CsvMappingFile.read(command.mapping, CsvMapping.forEvents(), EventField.class);
    try (Coopkit coopkit = store.open();
        InputStream in = Files.newInputStream(command.file)) {
      Progress progress = new Progress(err, "importing", Files.size(command.file));
      try (Reader text = new InputStreamReader(progress.counting(in), StandardCharsets.UTF_8)) {
        report =
            contactMapping != null
                ? importer.importContacts(coopkit, text, contactMapping, options)
                : importer.importEvents(coopkit, text, eventMapping, options);
      } finally {
        progress.finish();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println(summary(report, command.contacts ? "contacts" : "events"));
    report.problems().forEach(p -> out.println("  " + p));
    if (report.problemCount() > report.problems().size()) {
      out.println("  ... and " + (report.problemCount() - report.problems().size()) + " more");
    }
    return report.isSuccess() ? ExitCode.OK : ExitCode.DATA_REFUSED;
  }

  static String summary(CsvImportReport report, String records) {
    if (report.mode() == CsvImportMode.DRY_RUN) {
      return "Checked "
          + report.read()
          + " rows of "
          + records
          + ", stored nothing (a dry run): "
          + (report.isSuccess()
              ? "no problems."
              : report.problemCount()
                  + (report.problemCount() == 1 ? " problem" : " problems")
                  + (report.readCompletely() ? "" : " (the file was not read to its end)")
                  + ":");
    }
    if (report.isSuccess()) {
      return "Imported " + report.stored() + " " + records + ".";
    }
    String stored =
        report.stored() == 0
            ? "Nothing was stored"
            : "Stored " + report.stored() + " " + records + ", but not all";
    return stored
        + ": "
        + report.problemCount()
        + (report.problemCount() == 1 ? " problem" : " problems")
        + (report.readCompletely() ? "" : " (the file was not read to its end)")
        + ":";
  }
}
