package org.coopkit.csv;

import static java.util.Objects.requireNonNull;

import java.io.Reader;
import java.io.UncheckedIOException;
import org.coopkit.Coopkit;

/**
 * Reads events or contacts from a spreadsheet's CSV file and stores them through coopkit's
 * services, row by row in constant memory, as a {@link CsvMapping} says.
 *
 * <pre>{@code
 * CsvMapping<EventField> mapping = CsvMapping.forEvents()
 *     .column(EventField.TITLE, "Event")
 *     .column(EventField.DATE, "When")
 *     .dateFormats("dd/MM/yyyy", "MM/yyyy")
 *     .build();
 * CsvImportReport check = CsvImporter.create()
 *     .importEvents(coopkit, reader, mapping, CsvImportOptions.DEFAULT.withMode(CsvImportMode.DRY_RUN));
 * }</pre>
 *
 * <p>Each row is a new record with a new id (or, with an {@code EXTERNAL_ID} column, the stored
 * record carrying that id, changed). Every rule of the model and of the services applies, as when
 * the record is made by hand; a row that breaks one is reported with its row and column and not
 * stored. How the rest of the file fares is the {@link CsvImportMode}'s choice: a dry run stores
 * nothing, all or nothing stores the whole file or nothing, row by row every good row.
 *
 * <p>The file is read with Jackson's CSV parser a row at a time, and rows are written in batches of
 * {@link CsvImportOptions#batchSize()}: the importer holds one batch, so a file of any length is
 * read in constant memory. (An all-or-nothing import's one transaction still holds what the store
 * keeps until commit.) Rows whose cells are all blank are passed over. Problems never throw: the
 * report lists them; nothing in a message shows a personal value.
 *
 * <p>Instances are immutable and thread-safe; each import reads its own file.
 *
 * @since 0.2.0
 */
public final class CsvImporter {
  private static final CsvImporter INSTANCE = new CsvImporter();

  private CsvImporter() {}

  /**
   * The importer.
   *
   * @return the importer
   */
  public static CsvImporter create() {
    return INSTANCE;
  }

  /**
   * Imports events with the {@linkplain CsvImportOptions#DEFAULT default options}: all or nothing.
   *
   * @param coopkit where to store the events
   * @param in the file; read to its end, not closed
   * @param mapping which columns fill which fields
   * @return what was read, stored and skipped, and the problems
   * @see #importEvents(Coopkit, Reader, CsvMapping, CsvImportOptions)
   */
  public CsvImportReport importEvents(Coopkit coopkit, Reader in, CsvMapping<EventField> mapping) {
    return importEvents(coopkit, in, mapping, CsvImportOptions.DEFAULT);
  }

  /**
   * Reads events from {@code in}, a row at a time, and stores them through {@code coopkit}'s event
   * service as the class description says. A file saved by a spreadsheet program as UTF-8 with a
   * byte order mark reads as one without.
   *
   * @param coopkit where to store the events, and where the projects they name are found
   * @param in the file; read to its end, not closed
   * @param mapping which columns fill which fields
   * @param options the mode and limits
   * @return what was read, stored and skipped, and the problems
   * @throws UncheckedIOException if reading {@code in} fails; nothing is stored unless {@link
   *     CsvImportMode#ROW_BY_ROW}
   * @throws org.coopkit.error.StorageUnavailableException if the store fails; likewise
   * @throws IllegalStateException if called inside a unit of work of {@code coopkit}: an import
   *     runs its own transactions
   */
  public CsvImportReport importEvents(
      Coopkit coopkit, Reader in, CsvMapping<EventField> mapping, CsvImportOptions options) {
    check(coopkit, in, mapping, options);
    return new ImportRun<>(coopkit, mapping, new EventRows(coopkit.ids(), mapping), options)
        .run(in);
  }

  /**
   * Imports contacts with the {@linkplain CsvImportOptions#DEFAULT default options}: all or
   * nothing.
   *
   * @param coopkit where to store the contacts
   * @param in the file; read to its end, not closed
   * @param mapping which columns fill which fields
   * @return what was read, stored and skipped, and the problems
   * @see #importContacts(Coopkit, Reader, CsvMapping, CsvImportOptions)
   */
  public CsvImportReport importContacts(
      Coopkit coopkit, Reader in, CsvMapping<ContactField> mapping) {
    return importContacts(coopkit, in, mapping, CsvImportOptions.DEFAULT);
  }

  /**
   * Reads contacts from {@code in}, a row at a time, and stores them through {@code coopkit}'s
   * contact service as the class description says. Problems name the row and column of a personal
   * value (a name, an e-mail address, a phone number) without showing it.
   *
   * @param coopkit where to store the contacts, and where the organisations they name are found
   * @param in the file; read to its end, not closed
   * @param mapping which columns fill which fields
   * @param options the mode and limits
   * @return what was read, stored and skipped, and the problems
   * @throws UncheckedIOException if reading {@code in} fails; nothing is stored unless {@link
   *     CsvImportMode#ROW_BY_ROW}
   * @throws org.coopkit.error.StorageUnavailableException if the store fails; likewise
   * @throws IllegalStateException if called inside a unit of work of {@code coopkit}
   */
  public CsvImportReport importContacts(
      Coopkit coopkit, Reader in, CsvMapping<ContactField> mapping, CsvImportOptions options) {
    check(coopkit, in, mapping, options);
    return new ImportRun<>(coopkit, mapping, new ContactRows(coopkit.ids()), options).run(in);
  }

  private static void check(
      Coopkit coopkit, Reader in, CsvMapping<?> mapping, CsvImportOptions options) {
    requireNonNull(coopkit, "coopkit");
    requireNonNull(in, "in");
    requireNonNull(mapping, "mapping");
    requireNonNull(options, "options");
    if (coopkit.isInUnitOfWork()) {
      throw new IllegalStateException(
          "a CSV import runs its own transactions and cannot run inside a unit of work: call it"
              + " outside coopkit.inTransaction");
    }
  }
}
