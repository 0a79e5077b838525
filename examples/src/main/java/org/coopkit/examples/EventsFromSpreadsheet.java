package org.coopkit.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.coopkit.Coopkit;
import org.coopkit.csv.CsvImportMode;
import org.coopkit.csv.CsvImportOptions;
import org.coopkit.csv.CsvImportReport;
import org.coopkit.csv.CsvImporter;
import org.coopkit.csv.CsvMapping;
import org.coopkit.csv.EventField;
import org.coopkit.model.CountryCode;
import org.coopkit.model.project.Project;
import org.coopkit.storage.memory.MemoryStorage;

/**
 * Task: take a programme office's spreadsheet of events into coopkit: its own column names in
 * French, its own words for types and statuses, its own date form, country names as written, one of
 * them by a former name. A dry run first, then the import, all or nothing.
 */
public final class EventsFromSpreadsheet {
  /** The office's file, saved from its spreadsheet as CSV with semicolons. */
  static final String FILE = "cybercrime-eap-ii-events.csv";

  /** How the office's columns and words read as coopkit's. */
  static final CsvMapping<EventField> MAPPING =
      CsvMapping.forEvents()
          .column(EventField.TITLE, "Titre")
          .column(EventField.TYPE, "Type")
          .column(EventField.START, "Du")
          .column(EventField.END, "Au")
          .column(EventField.CITY, "Ville")
          .column(EventField.COUNTRY, "Pays")
          .column(EventField.PARTICIPANTS, "Participants")
          .column(EventField.PARTICIPANT_COUNTRIES, "Pays des participants")
          .column(EventField.STATUS, "Statut")
          .value(EventField.TYPE, "Conférence", "conference")
          .value(EventField.TYPE, "Atelier", "workshop")
          .value(EventField.STATUS, "Tenu", "held")
          .value(EventField.STATUS, "Prévu", "scheduled")
          .value(EventField.COUNTRY, "Azerbaïdjan", "AZ")
          .defaultValue(EventField.PROJECTS, SeedProject.CODE)
          .dateFormats("dd/MM/yyyy", "MM/yyyy")
          .separator(';')
          .build();

  private EventsFromSpreadsheet() {}

  /**
   * Stores the project the file's events belong to, checks the file, and imports it if the check
   * found nothing wrong; returns the dry run's report if it did, else the import's.
   */
  public static CsvImportReport run(Coopkit coopkit) {
    coopkit
        .projects()
        .create(
            Project.builder()
                .id(coopkit.ids().newProjectId())
                .code(SeedProject.CODE)
                .title("Cybercrime EAP II")
                .addCountry(CountryCode.of("AZ"))
                .build());
    CsvImporter importer = CsvImporter.create();
    CsvImportReport check;
    try (Reader in = open()) {
      check =
          importer.importEvents(
              coopkit, in, MAPPING, CsvImportOptions.DEFAULT.withMode(CsvImportMode.DRY_RUN));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!check.isSuccess()) {
      return check;
    }
    try (Reader in = open()) {
      return importer.importEvents(coopkit, in, MAPPING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Reader open() {
    InputStream file =
        Objects.requireNonNull(
            EventsFromSpreadsheet.class.getResourceAsStream(FILE), FILE + " is on the class path");
    return new InputStreamReader(file, StandardCharsets.UTF_8);
  }

  /**
   * Imports the office's file into an in-memory store and prints the report.
   *
   * @param args none
   */
  public static void main(String[] args) {
    try (Coopkit coopkit = Coopkit.builder().storage(MemoryStorage.create()).build()) {
      System.out.println(run(coopkit));
    }
  }
}
