package org.coopkit.json;

import static java.util.Objects.requireNonNull;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.coopkit.Coopkit;
import tools.jackson.core.ErrorReportConfiguration;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exports a whole data set from a {@link Coopkit} as one JSON document, and imports such a document
 * into another, both streaming in bounded memory.
 *
 * <pre>{@code
 * CoopkitJson json = CoopkitJson.create();
 * try (OutputStream out = Files.newOutputStream(file)) {
 *   json.export(source, out);
 * }
 * try (InputStream in = Files.newInputStream(file)) {
 *   ImportReport report = json.importInto(target, in, ImportOptions.DEFAULT);
 *   if (!report.isSuccess()) {
 *     report.problems().forEach(p -> log.warn("{}", p)); // "/events/41/dates/start (12:20): …"
 *   }
 * }
 * }</pre>
 *
 * <h2>The document</h2>
 *
 * <pre>{@code
 * {"format": "coopkit/1",
 *  "organisations": [...], "projects": [...], "events": [...], "contacts": [...],
 *  "logframes": [...], "sources": [...], "provenance": [...]}
 * }</pre>
 *
 * <p>{@code format} comes first; the sections follow in this order, each optional. Records are
 * written by {@link CoopkitJsonModule}'s rules; the module's {@code README.md} describes every
 * field and the JSON Schema at {@value #SCHEMA_RESOURCE} (on the class path) checks them.
 *
 * <h2>Order</h2>
 *
 * <p>A record may refer to records of earlier sections and of the store: projects to organisations;
 * events to organisations, projects and their components; contacts to organisations and projects;
 * logframes (since 0.2.0) to projects, their components and events; the provenance of a fact to its
 * aggregate and to sources (added in 0.2.0: a document without these sections reads as before).
 * Within its own section a reference may point anywhere: an organisation's parent, or a project's
 * relation, may name a record further down the section. The exporter writes organisations parents
 * first, so its documents need no such wait.
 *
 * <h2>Import modes: through the services</h2>
 *
 * <p>Each record is stored by its service's {@code restore} (e.g. {@link
 * org.coopkit.service.ProjectService#restore}), which checks every rule of {@code create}: ids and
 * project codes not taken, references existing, components belonging to the event's projects, no
 * parent loop. A refusal becomes a problem at the field it names.
 *
 * <ul>
 *   <li>{@link ImportMode#ALL_OR_NOTHING} (the default) reads and restores the whole document in
 *       <em>one</em> unit of work ({@link Coopkit#useTransaction}), and rolls it back if anything
 *       was wrong. References forward within a section wait in the unit, which checks them when the
 *       document has been read, before it commits. After the first problem it stores nothing more
 *       but keeps reading, to report the JSON and model problems of the rest (up to {@link
 *       ImportOptions#maxProblems()}); the references that waited are then not checked. The price:
 *       the transaction lasts as long as the reading, so a slow stream holds the store's locks (all
 *       of them, for the in-memory store) as long, and a database keeps a large transaction open.
 *   <li>{@link ImportMode#RECORD_BY_RECORD} restores each valid record in a unit of its own and
 *       reports and skips each invalid one. A record whose parent or related project is not stored
 *       yet waits for the end of its section, and is then stored as soon as what it names is;
 *       records that name each other are stored together. A reference that never turns up, or a
 *       parent that would loop, is reported and left out, and the record stored without it. Input
 *       that cannot be read further (malformed or hostile) stops the import; what was stored before
 *       stays.
 * </ul>
 *
 * <h2>Versions and timestamps</h2>
 *
 * <p>The export writes each aggregate's {@code version}, {@code createdAt} and {@code updatedAt};
 * the import keeps them, so a data set moves between stores unchanged and round trips compare
 * equal. A record without them (version 0, as a hand-written one) is stamped as the services stamp
 * a new aggregate: version 1 and the instant it is stored, from {@link Coopkit#clock()}. Timestamps
 * are kept to the microsecond, as every store keeps them.
 *
 * <h2>Problems and hostile input</h2>
 *
 * <p>Every problem comes with its JSON Pointer and line and column ({@link ImportProblem}); a
 * broken model rule with the model's path, rule and value, personal values redacted. The mapper
 * refuses, stopping the import: nesting deeper than {@value #MAX_NESTING_DEPTH}, strings longer
 * than {@value #MAX_STRING_LENGTH} characters (the longest model text is 20,000), numbers longer
 * than {@value #MAX_NUMBER_LENGTH} characters, field names longer than {@value #MAX_NAME_LENGTH},
 * duplicate keys, malformed JSON, a record larger than {@link ImportOptions#maxRecordBytes()}, and
 * a missing or other {@code format}. Unknown fields, wrong types, records breaking a model rule and
 * ids repeated within the document or taken in the store are problems of their record. No
 * polymorphic typing is ever enabled: no JSON names a Java class.
 *
 * <p>Memory: one page (export) or one record (import) at a time, plus the organisations and
 * projects whose references point forward within their section, held until the section (record by
 * record) or the import (all or nothing) ends; events and contacts stream in constant memory.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class CoopkitJson {
  /** The document format this version writes and reads: {@value}. */
  public static final String FORMAT = Exporter.FORMAT;

  /** Where the JSON Schema (draft 2020-12) of the document is on the class path: {@value}. */
  public static final String SCHEMA_RESOURCE = "/org/coopkit/json/coopkit-1.schema.json";

  /** The deepest nesting the mapper reads: {@value}; the format itself needs 7. */
  public static final int MAX_NESTING_DEPTH = 32;

  /** The longest string the mapper reads, in characters: {@value}. */
  public static final int MAX_STRING_LENGTH = 32_768;

  /** The longest number the mapper reads, in characters: {@value}, enough for any {@code long}. */
  public static final int MAX_NUMBER_LENGTH = 20;

  /** The longest field name the mapper reads, in characters: {@value}. */
  public static final int MAX_NAME_LENGTH = 256;

  private final JsonMapper mapper;
  private final boolean prettyPrinting;

  private CoopkitJson(JsonMapper mapper, boolean prettyPrinting) {
    this.mapper = mapper;
    this.prettyPrinting = prettyPrinting;
  }

  /**
   * Returns an instance that writes compact JSON.
   *
   * @return a new instance with a hardened mapper
   */
  public static CoopkitJson create() {
    return new CoopkitJson(hardenedMapper(), false);
  }

  /**
   * Returns a copy that exports indented JSON, easier to read and to find problems in.
   *
   * @return a new instance sharing this one's mapper
   */
  public CoopkitJson withPrettyPrinting() {
    return new CoopkitJson(mapper, true);
  }

  /**
   * Returns the mapper this instance uses: {@link CoopkitJsonModule} registered, and the limits
   * above set on its parser. A host may use it for its own JSON holding coopkit's types.
   *
   * @return the mapper, shared by every copy made with {@link #withPrettyPrinting()}
   */
  public JsonMapper mapper() {
    return mapper;
  }

  /**
   * Writes every organisation, project, event and contact of {@code coopkit} to {@code out} as one
   * document, walking the services' pages: memory holds a page at a time. The stream is flushed,
   * not closed.
   *
   * <p>The export is not a snapshot: the services read page by page, each in its own transaction,
   * so changes made meanwhile may or may not be in it. Export while no one writes for an exact
   * copy. An export that fails leaves what it wrote unfinished, never a document that looks whole.
   *
   * @param coopkit the data set to export
   * @param out where the document goes; flushed, not closed
   * @return how many aggregates of each kind were written
   * @throws UncheckedIOException if writing to {@code out} fails
   * @throws org.coopkit.error.StorageUnavailableException if the store fails
   */
  public ExportReport export(Coopkit coopkit, OutputStream out) {
    requireNonNull(coopkit, "coopkit");
    requireNonNull(out, "out");
    try (JsonGenerator g =
        prettyPrinting
            ? mapper.writerWithDefaultPrettyPrinter().createGenerator(out, JsonEncoding.UTF8)
            : mapper.createGenerator(out, JsonEncoding.UTF8)) {
      return Exporter.export(coopkit, g);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }

  /**
   * Imports a document with the {@linkplain ImportOptions#DEFAULT default options}: all or nothing.
   *
   * @param coopkit where to store the records
   * @param in the document; not closed
   * @return what was read, stored and skipped, and the problems
   * @see #importInto(Coopkit, InputStream, ImportOptions)
   */
  public ImportReport importInto(Coopkit coopkit, InputStream in) {
    return importInto(coopkit, in, ImportOptions.DEFAULT);
  }

  /**
   * Reads a document from {@code in}, record by record, and stores its records through {@code
   * coopkit}'s services, as the class description says. Problems with the document never throw: the
   * report lists them. The stream is not closed.
   *
   * @param coopkit where to store the records: its services, and its clock for stamping records
   *     that have no stamps
   * @param in the document; not closed
   * @param options the mode and limits
   * @return what was read, stored and skipped, and the problems
   * @throws UncheckedIOException if reading {@code in} fails; nothing is stored in {@link
   *     ImportMode#ALL_OR_NOTHING}
   * @throws org.coopkit.error.StorageUnavailableException if the store fails; likewise
   * @throws IllegalStateException if called inside a unit of work of {@code coopkit} ({@link
   *     Coopkit#isInUnitOfWork()}): an import runs its own transactions, and joining the caller's
   *     would make its report say what the caller's commit or rollback later undoes
   */
  public ImportReport importInto(Coopkit coopkit, InputStream in, ImportOptions options) {
    requireNonNull(coopkit, "coopkit");
    requireNonNull(in, "in");
    requireNonNull(options, "options");
    if (coopkit.isInUnitOfWork()) {
      throw new IllegalStateException(
          "importInto runs its own transactions and cannot run inside a unit of work: call it"
              + " outside coopkit.inTransaction");
    }
    try {
      return Importer.run(coopkit, mapper, in, options);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }

  private static JsonMapper hardenedMapper() {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxNameLength(MAX_NAME_LENGTH)
                    .build())
            // Parser messages quote no input: a malformed token may be anyone's e-mail address.
            .errorReportConfiguration(
                ErrorReportConfiguration.builder()
                    .maxErrorTokenLength(0)
                    .maxRawContentLength(0)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            // An export that fails half-way must leave a document no importer accepts, not one that
            // Jackson completes with closing brackets and that looks whole.
            .disable(StreamWriteFeature.AUTO_CLOSE_CONTENT)
            .build();
    return JsonMapper.builder(factory)
        .addModule(CoopkitJsonModule.create())
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
  }
}
