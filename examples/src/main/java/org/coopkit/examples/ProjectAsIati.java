package org.coopkit.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.coopkit.Coopkit;
import org.coopkit.iati.IatiExporter;
import org.coopkit.iati.IatiReport;
import org.coopkit.iati.ReportingOrg;
import org.coopkit.model.ExternalId;
import org.coopkit.model.PartialDate;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectDates;
import org.coopkit.model.project.Sector;
import org.coopkit.query.ProjectQuery;
import org.coopkit.storage.memory.MemoryStorage;

/**
 * Task: publish a project to IATI, as an Activity Standard 2.03 file for the donors' registry.
 *
 * <p>IATI needs three things the seed page does not give, added here and all of them
 * <strong>illustrative</strong>, not facts: the activity identifier {@value #ACTIVITY_ID} under the
 * made-up reporting organisation {@value #REPORTER_REF} (a real office uses its registered IATI
 * organisation identifier), a start known only to the year 2017 (the page reports the project's
 * conference of October 2017), and the DAC purpose code 15130 (legal and judicial development). The
 * project's results come from the example's illustrative logframe ({@link SeedResults}); its impact
 * has no indicator, which IATI requires, so it is left out and counted.
 */
public final class ProjectAsIati {
  /** The illustrative reporting organisation's identifier: not a registered one. */
  public static final String REPORTER_REF = "XI-IATI-EXAMPLE";

  /** The illustrative activity identifier. */
  public static final String ACTIVITY_ID = REPORTER_REF + "-cybercrime-eap-ii";

  private ProjectAsIati() {}

  /** Stores the example project, completes it for IATI and writes it to {@code file}. */
  public static IatiReport run(Coopkit coopkit, Path file) {
    SeedProject.Stored stored = SeedProject.store(coopkit);
    SeedResults.store(coopkit, stored);
    Project seed = coopkit.projects().get(stored.project().id());
    coopkit
        .projects()
        .update(
            seed.toBuilder()
                .addExternalId(ExternalId.of("iati", ACTIVITY_ID))
                .dates(ProjectDates.builder().actualStart(PartialDate.ofYear(2017)).build())
                .addSector(Sector.dacPurpose("15130", null))
                .build());
    IatiExporter exporter =
        IatiExporter.create(
            ReportingOrg.of(REPORTER_REF, "40", "Council of Europe (illustrative identifier)"));
    // A refused project leaves an unfinished file: write beside it, move it in place when done.
    try {
      Path partial = Files.createTempFile(file.toAbsolutePath().getParent(), "iati-", ".part");
      try {
        IatiReport report;
        try (OutputStream out = Files.newOutputStream(partial)) {
          report = exporter.write(coopkit, ProjectQuery.builder().build(), out);
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        return report;
      } finally {
        Files.deleteIfExists(partial);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes {@code cybercrime-eap-ii.iati.xml} in the working directory, or the file named.
   *
   * @param args the file to write, optionally
   */
  public static void main(String[] args) {
    Path file = Path.of(args.length > 0 ? args[0] : "cybercrime-eap-ii.iati.xml");
    try (Coopkit coopkit = Coopkit.builder().storage(MemoryStorage.create()).build()) {
      IatiReport report = run(coopkit, file);
      System.out.println("wrote " + report.activities() + " IATI activity to " + file);
    }
  }
}
