package org.coopkit.json;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.coopkit.Coopkit;
import org.coopkit.error.CoopkitException;
import org.coopkit.error.StorageUnavailableException;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.event.Event;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.project.Project;
import org.coopkit.spi.StorageSession;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a document record by record and stores each record as soon as it is read; see {@link
 * CoopkitJson#importInto} for the rules. One importer runs one import.
 */
final class Importer {
  private static final List<String> SECTIONS =
      List.of("organisations", "projects", "events", "contacts");
  private static final int ORGANISATIONS = 0;
  private static final int PROJECTS = 1;
  private static final int EVENTS = 2;
  private static final int CONTACTS = 3;

  /** The record readers, by section. */
  private static final List<Function<JsonParser, Object>> READERS =
      List.of(OrganisationJson::read, ProjectJson::read, EventJson::read, ContactJson::read);

  private static final Pattern TOKEN = Pattern.compile("Unrecognized token '[^']*'");
  private static final Pattern CHARACTER =
      Pattern.compile("Unexpected character \\('.*?' \\(code \\d+\\)\\)");
  private static final Pattern JACKSON_SOURCE = Pattern.compile(", from `[^`]*`");
  private static final Pattern START_MARKER = Pattern.compile(" \\(start marker at \\[[^]]*]\\)");

  private final Coopkit coopkit;
  private final ImportOptions options;
  private final Problems problems;
  private final StoreWriter writer;
  private final long[] read = new long[SECTIONS.size()];
  private final long[] stored = new long[SECTIONS.size()];
  private final long[] skipped = new long[SECTIONS.size()];
  private boolean readCompletely;

  /** False once an all-or-nothing import has found a problem: from then on it only checks. */
  private boolean writing = true;

  private Importer(Coopkit coopkit, ImportOptions options) {
    this.coopkit = coopkit;
    this.options = options;
    this.problems = new Problems(options.maxProblems());
    this.writer = new StoreWriter(coopkit.clock().instant().truncatedTo(ChronoUnit.MICROS));
  }

  static ImportReport run(
      Coopkit coopkit, JsonMapper mapper, InputStream in, ImportOptions options) {
    return new Importer(coopkit, options).run(mapper, in);
  }

  private ImportReport run(JsonMapper mapper, InputStream in) {
    RecordBudget budget = new RecordBudget(in, options.maxRecordBytes());
    try (JsonParser p = mapper.createParser(budget)) {
      if (options.mode() == ImportMode.ALL_OR_NOTHING) {
        boolean[] begun = {false};
        try {
          coopkit
              .storage()
              .inTransaction(
                  session -> {
                    // A store runs the work again after a lost connection; the stream it reads
                    // cannot be read twice, so a second run fails rather than blame the document.
                    if (begun[0]) {
                      throw new StorageUnavailableException(
                          "The all-or-nothing import's transaction was lost and rolled back, and it"
                              + " cannot be run again: its document was read once already and a"
                              + " stream is not read twice. Nothing was stored; import the"
                              + " document again",
                          true,
                          null);
                    }
                    begun[0] = true;
                    read(p, budget, work -> work.accept(session));
                    if (problems.count() > 0 || !readCompletely) {
                      throw new Rollback();
                    }
                    return null;
                  });
        } catch (Rollback rollback) {
          Arrays.fill(stored, 0);
        }
      } else {
        read(
            p,
            budget,
            work ->
                coopkit
                    .storage()
                    .inTransaction(
                        session -> {
                          work.accept(session);
                          return null;
                        }));
      }
    }
    return new ImportReport(
        options.mode(),
        readCompletely,
        counts(ORGANISATIONS),
        counts(PROJECTS),
        counts(EVENTS),
        counts(CONTACTS),
        problems.kept(),
        problems.count());
  }

  private ImportReport.Counts counts(int section) {
    return new ImportReport.Counts(read[section], stored[section], skipped[section]);
  }

  /** Reads the document; stops, with a problem, at the first thing it cannot read past. */
  private void read(JsonParser p, RecordBudget budget, Transactions transactions) {
    try {
      document(p, budget, transactions);
      readCompletely = true;
    } catch (Stop stop) {
      // The problem is recorded.
    } catch (StreamConstraintsException e) {
      fatal(p, e, "the document exceeds a limit: " + clean(e.getOriginalMessage()));
    } catch (StreamReadException e) {
      fatal(p, e, "invalid JSON: " + clean(e.getOriginalMessage()));
    } catch (JacksonIOException e) {
      if (e.getCause() instanceof RecordBudget.TooLarge tooLarge) {
        // The failure came from the stream, which knows no line: the record's last token does.
        problems.add(
            JsonDataException.problem(
                JsonDataException.pointer(p),
                p.currentTokenLocation(),
                "the document exceeds a limit: " + tooLarge.getMessage()));
      } else {
        throw new UncheckedIOException(e.getCause());
      }
    }
  }

  private void document(JsonParser p, RecordBudget budget, Transactions transactions) {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      stop(
          p,
          "the document must be a JSON object starting with \"format\": \""
              + Exporter.FORMAT
              + "\"");
    }
    if (p.nextToken() != JsonToken.PROPERTY_NAME || !"format".equals(p.currentName())) {
      stop(p, "the document's first field must be \"format\": \"" + Exporter.FORMAT + "\"");
    }
    p.nextToken();
    if (p.currentToken() != JsonToken.VALUE_STRING || !Exporter.FORMAT.equals(p.getString())) {
      stop(
          p,
          "unsupported format: this version reads \""
              + Exporter.FORMAT
              + "\""
              + (p.currentToken() == JsonToken.VALUE_STRING
                  ? ", not '" + TokenReader.shorten(p.getString()) + "'"
                  : ", not " + TokenReader.describe(p.currentToken())));
    }
    int last = -1;
    while (p.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      int section = SECTIONS.indexOf(name);
      if (section < 0) {
        problem(
            JsonDataException.at(
                    p,
                    "unknown section '"
                        + TokenReader.shorten(name)
                        + "'; the sections are "
                        + String.join(", ", SECTIONS))
                .problems());
        p.nextToken();
        p.skipChildren();
        continue;
      }
      if (section < last) {
        stop(
            p,
            "section '"
                + name
                + "' must come before '"
                + SECTIONS.get(last)
                + "': the sections are read in the order "
                + String.join(", ", SECTIONS));
      }
      last = section;
      p.nextToken();
      if (p.currentToken() != JsonToken.START_ARRAY) {
        problem(TokenReader.wrongType(p, "an array").problems());
        p.skipChildren();
        continue;
      }
      records(p, budget, transactions, section);
    }
    if (p.nextToken() != null) {
      stop(p, "nothing may follow the document's closing brace");
    }
  }

  private void records(JsonParser p, RecordBudget budget, Transactions transactions, int section) {
    TokenStreamContext array = p.streamReadContext();
    String name = SECTIONS.get(section);
    for (long index = 0; p.nextToken() != JsonToken.END_ARRAY; index++) {
      budget.startRecord();
      TokenStreamLocation start = p.currentTokenLocation();
      RecordLocation where =
          new RecordLocation(name, index, start.getLineNr(), start.getColumnNr());
      read[section]++;
      Object record;
      try {
        record = READERS.get(section).apply(p);
      } catch (JsonDataException e) {
        skipped[section]++;
        problem(e.problems());
        skipTo(p, array);
        continue;
      }
      if (writing) {
        store(transactions, section, record, where);
      }
    }
    resolveDeferred(transactions, section);
  }

  private void store(Transactions transactions, int section, Object record, RecordLocation where) {
    try {
      transactions.run(
          s -> {
            switch (section) {
              case ORGANISATIONS -> writer.organisation(s, (Organisation) record, where);
              case PROJECTS -> writer.project(s, (Project) record, where);
              case EVENTS -> writer.event(s, (Event) record, where);
              case CONTACTS -> writer.contact(s, (Contact) record, where);
              default -> throw new IllegalArgumentException("section " + section);
            }
          });
      stored[section]++;
    } catch (StoreWriter.Rejected e) {
      skipped[section]++;
      problem(e.problems());
    } catch (StorageUnavailableException e) {
      throw e;
    } catch (CoopkitException e) {
      // A rule only the store checks, e.g. a component id taken by another project. Its messages
      // carry ids and codes, never personal data.
      skipped[section]++;
      problem(List.of(where.problem("", e.getMessage())));
    }
  }

  /** Sets the references that pointed forward within the section just read. */
  private void resolveDeferred(Transactions transactions, int section) {
    if (section == ORGANISATIONS) {
      for (StoreWriter.DeferredParent d : writer.deferredParents()) {
        resolve(transactions, s -> writer.resolveParent(s, d));
      }
      writer.deferredParents().clear();
    } else if (section == PROJECTS) {
      for (StoreWriter.DeferredRelations d : writer.deferredRelations()) {
        resolve(transactions, s -> writer.resolveRelations(s, d));
      }
      writer.deferredRelations().clear();
    }
  }

  private void resolve(
      Transactions transactions, Function<StorageSession, List<ImportProblem>> resolution) {
    if (!writing) {
      return;
    }
    List<ImportProblem> found = new ArrayList<>();
    transactions.run(s -> found.addAll(resolution.apply(s)));
    problem(found);
  }

  /** Skips what is left of a record that could not be read, up to its end. */
  private static void skipTo(JsonParser p, TokenStreamContext array) {
    while (p.streamReadContext() != array) {
      if (p.nextToken() == null) {
        return;
      }
    }
  }

  private void problem(List<ImportProblem> found) {
    if (found.isEmpty()) {
      return;
    }
    problems.addAll(found);
    if (options.mode() == ImportMode.ALL_OR_NOTHING) {
      writing = false;
      if (problems.full()) {
        throw new Stop();
      }
    }
  }

  private void stop(JsonParser p, String message) {
    problems.addAll(JsonDataException.at(p, message).problems());
    throw new Stop();
  }

  private void fatal(JsonParser p, JacksonException e, String message) {
    TokenStreamLocation location = e.getLocation() != null ? e.getLocation() : p.currentLocation();
    problems.add(JsonDataException.problem(JsonDataException.pointer(p), location, message));
  }

  /** Keeps the parser's words but not the input's: a bad token could be anyone's e-mail. */
  private static String clean(String message) {
    String cleaned = TOKEN.matcher(message).replaceAll("Unrecognized token");
    cleaned = CHARACTER.matcher(cleaned).replaceAll("Unexpected character");
    cleaned = START_MARKER.matcher(cleaned).replaceAll("");
    return JACKSON_SOURCE.matcher(cleaned).replaceAll("");
  }

  /** Runs work in the one transaction of the import, or in a transaction of its own. */
  @FunctionalInterface
  private interface Transactions {
    void run(Consumer<StorageSession> work);
  }

  /** Stops reading; the reason is recorded as a problem. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  /** Rolls the all-or-nothing transaction back. */
  private static final class Rollback extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Rollback() {
      super(null, null, false, false);
    }
  }
}
