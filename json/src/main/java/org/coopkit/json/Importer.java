package org.coopkit.json;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.coopkit.Coopkit;
import org.coopkit.UnitOfWork;
import org.coopkit.error.BrokenReferenceException;
import org.coopkit.error.CoopkitException;
import org.coopkit.error.StorageUnavailableException;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.event.Event;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectRelation;
import org.coopkit.model.result.Logframe;
import org.coopkit.model.source.FactProvenance;
import org.coopkit.model.source.Source;
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
      List.of(
          "organisations", "projects", "events", "contacts", "logframes", "sources", "provenance");
  private static final int ORGANISATIONS = 0;
  private static final int PROJECTS = 1;
  private static final int EVENTS = 2;
  private static final int CONTACTS = 3;
  private static final int LOGFRAMES = 4;
  private static final int SOURCES = 5;
  private static final int PROVENANCE = 6;

  /** The record readers, by section. */
  private static final List<Function<JsonParser, Object>> READERS =
      List.of(
          OrganisationJson::read,
          ProjectJson::read,
          EventJson::read,
          ContactJson::read,
          LogframeJson::read,
          SourceJson::read,
          ProvenanceJson::read);

  private static final Pattern TOKEN = Pattern.compile("Unrecognized token '[^']*'");
  private static final Pattern CHARACTER =
      Pattern.compile("Unexpected character \\('.*?' \\(code \\d+\\)\\)");
  private static final Pattern JACKSON_SOURCE = Pattern.compile(", from `[^`]*`");
  private static final Pattern START_MARKER = Pattern.compile(" \\(start marker at \\[[^]]*]\\)");

  private final Coopkit coopkit;
  private final ImportOptions options;
  private final Problems problems;
  private final WaitingRecords waiting = new WaitingRecords();
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
  }

  static ImportReport run(
      Coopkit coopkit, JsonMapper mapper, InputStream in, ImportOptions options) {
    return new Importer(coopkit, options).run(mapper, in);
  }

  private ImportReport run(JsonMapper mapper, InputStream in) {
    RecordBudget budget = new RecordBudget(in, options.maxRecordBytes());
    try (JsonParser p = mapper.createParser(budget)) {
      if (options.mode() == ImportMode.ALL_OR_NOTHING) {
        allOrNothing(p, budget);
      } else {
        RecordByRecord restorer = new RecordByRecord();
        read(p, budget, restorer);
        restorer.endOpenSection();
      }
    }
    return ImportReport.builder()
        .mode(options.mode())
        .readCompletely(readCompletely)
        .organisations(counts(ORGANISATIONS))
        .projects(counts(PROJECTS))
        .events(counts(EVENTS))
        .contacts(counts(CONTACTS))
        .problems(problems.kept())
        .problemCount(problems.count())
        .logframes(counts(LOGFRAMES))
        .sources(counts(SOURCES))
        .provenance(counts(PROVENANCE))
        .build();
  }

  /**
   * Reads and restores the whole document in one unit of work, which the services check as any
   * other: references forward within a section wait in the unit and are checked when its work
   * returns, before it commits.
   */
  private void allOrNothing(JsonParser p, RecordBudget budget) {
    boolean[] begun = {false};
    try {
      coopkit.useTransaction(
          tx -> {
            // A store runs the work again after a lost connection; the stream it reads cannot be
            // read twice, so a second run fails rather than blame the document.
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
            read(p, budget, new InOneUnit(tx));
            if (problems.count() > 0 || !readCompletely) {
              throw new Rollback();
            }
          });
    } catch (Rollback rollback) {
      Arrays.fill(stored, 0);
    } catch (StorageUnavailableException e) {
      throw e;
    } catch (CoopkitException e) {
      // Refused when the work had returned: a reference forward that still points nowhere, or a
      // parent chain that loops. The refusal names the reference, the waiting records say where.
      Arrays.fill(stored, 0);
      List<WaitingRecords.Entry> named = waiting.named(e);
      if (named.isEmpty()) {
        problems.add(new ImportProblem("", -1, -1, e.getMessage()));
      }
      named.forEach(entry -> problems.add(entry.problem(e)));
    }
  }

  private ImportReport.Counts counts(int section) {
    return new ImportReport.Counts(read[section], stored[section], skipped[section]);
  }

  /** Reads the document; stops, with a problem, at the first thing it cannot read past. */
  private void read(JsonParser p, RecordBudget budget, Restorer restorer) {
    try {
      document(p, budget, restorer);
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

  private void document(JsonParser p, RecordBudget budget, Restorer restorer) {
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
      records(p, budget, restorer, section);
    }
    if (p.nextToken() != null) {
      stop(p, "nothing may follow the document's closing brace");
    }
  }

  private void records(JsonParser p, RecordBudget budget, Restorer restorer, int section) {
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
        restorer.restore(section, record, where);
      }
    }
    if (writing) {
      restorer.endSection(section);
    }
  }

  /** A record refused by the services: a problem of the record, which is skipped. */
  private void refused(int section, CoopkitException refusal, Object record, RecordLocation where) {
    skipped[section]++;
    problem(List.of(Refusals.of(refusal, record, where)));
  }

  /** Stores {@code record} through the service of its kind, with every rule of that service. */
  private static void restore(UnitOfWork tx, Object record) {
    if (record instanceof Organisation o) {
      tx.organisations().restore(o);
    } else if (record instanceof Project p) {
      tx.projects().restore(p);
    } else if (record instanceof Event e) {
      tx.events().restore(e);
    } else if (record instanceof Contact c) {
      tx.contacts().restore(c);
    } else if (record instanceof Logframe l) {
      tx.results().restore(l);
    } else if (record instanceof Source s) {
      tx.sources().restore(s);
    } else if (record instanceof FactProvenance f) {
      tx.provenance().restore(f);
    } else {
      throw new IllegalArgumentException("not a record of the document: " + record.getClass());
    }
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

  /** Where the records read go: the import's one unit of work, or a unit each. */
  private interface Restorer {
    void restore(int section, Object record, RecordLocation where);

    /** Called when a section has been read, if nothing stopped the writing. */
    void endSection(int section);
  }

  /**
   * All or nothing: every record restored in the import's one unit of work. The first refusal ends
   * the writing (the unit will not commit), so no rule is checked after it.
   */
  private final class InOneUnit implements Restorer {
    private final UnitOfWork tx;

    InOneUnit(UnitOfWork tx) {
      this.tx = tx;
    }

    @Override
    public void restore(int section, Object record, RecordLocation where) {
      try {
        if (pointsForward(record)) {
          waiting.add(record, where);
        }
        Importer.restore(tx, record);
        stored[section]++;
      } catch (StorageUnavailableException e) {
        throw e;
      } catch (CoopkitException e) {
        refused(section, e, record, where);
      }
    }

    /**
     * Whether the record's parent or a related project is not stored yet: then the unit holds the
     * reference until its work returns, and a refusal then must find the record.
     */
    private boolean pointsForward(Object record) {
      if (record instanceof Organisation o) {
        return o.parent() != null && tx.organisations().find(o.parent()).isEmpty();
      }
      if (record instanceof Project p) {
        for (ProjectRelation relation : p.relations()) {
          if (tx.projects().find(relation.project()).isEmpty()) {
            return true;
          }
        }
      }
      return false;
    }

    @Override
    public void endSection(int section) {
      // The unit checks the references that waited when its work returns.
    }
  }

  /**
   * Record by record: each record restored in a unit of work of its own. A record whose parent or
   * related project is not stored yet waits for the end of its section; see {@link #endSection}.
   */
  private final class RecordByRecord implements Restorer {
    /** The section whose records were restored last and whose end was not reached, or -1. */
    private int openSection = -1;

    @Override
    public void restore(int section, Object record, RecordLocation where) {
      openSection = section;
      try {
        coopkit.useTransaction(tx -> Importer.restore(tx, record));
        stored[section]++;
      } catch (StorageUnavailableException e) {
        throw e;
      } catch (CoopkitException e) {
        if (WaitingRecords.refusesForwardReference(e, record)) {
          waiting.add(record, where);
        } else {
          refused(section, e, record, where);
        }
      }
    }

    /**
     * Stores the records that waited: each as soon as what it refers to is stored; without a
     * reference that points nowhere, reported; and those that refer to each other together, in one
     * unit, or, if that unit is refused (a parent chain that loops), without the reference it
     * names, reported, until none is left.
     */
    @Override
    public void endSection(int section) {
      openSection = -1;
      while (!waiting.isEmpty()) {
        eachAlone(section);
        withoutReferencesToNothing(section);
        eachAlone(section);
        if (!waiting.isEmpty()) {
          together(section);
        }
      }
    }

    /**
     * Ends the section the document stopped in, when reading stopped before its end: the records
     * that wait in it are stored or reported as at the section's end, never dropped unsaid.
     */
    void endOpenSection() {
      if (openSection >= 0) {
        endSection(openSection);
      }
    }

    /** Stores every waiting record that can be stored on its own now, until none can. */
    private void eachAlone(int section) {
      boolean progress = true;
      while (progress) {
        progress = false;
        for (Iterator<WaitingRecords.Entry> it = waiting.entries().iterator(); it.hasNext(); ) {
          WaitingRecords.Entry entry = it.next();
          try {
            coopkit.useTransaction(tx -> Importer.restore(tx, entry.record()));
            stored[section]++;
            it.remove();
            progress = true;
          } catch (StorageUnavailableException e) {
            throw e;
          } catch (CoopkitException e) {
            if (!WaitingRecords.refusesForwardReference(e, entry.record())) {
              refused(section, e, entry.record(), entry.where());
              it.remove();
            }
          }
        }
      }
    }

    /** Leaves out, reported, each reference to what neither is stored nor waits. */
    private void withoutReferencesToNothing(int section) {
      Set<String> waitingIds = waiting.ids();
      for (Iterator<WaitingRecords.Entry> it = waiting.entries().iterator(); it.hasNext(); ) {
        WaitingRecords.Entry entry = it.next();
        while (true) {
          try {
            coopkit.useTransaction(tx -> Importer.restore(tx, entry.record()));
            stored[section]++;
            it.remove();
            break;
          } catch (StorageUnavailableException e) {
            throw e;
          } catch (CoopkitException e) {
            if (!WaitingRecords.refusesForwardReference(e, entry.record())
                || waitingIds.contains(((BrokenReferenceException) e).targetId())) {
              break; // refused for good, which eachAlone reports, or waiting for another record
            }
            ImportProblem found = entry.problem(e);
            if (!entry.drop(e)) {
              // Not expected: a refusal of a reference that is not the record's. Skip the record
              // rather than try it again and again.
              refused(section, e, entry.record(), entry.where());
              it.remove();
              break;
            }
            problem(List.of(found));
          }
        }
      }
    }

    /** Stores the records that wait for each other in one unit. */
    private void together(int section) {
      WaitingRecords.Entry[] current = {null};
      try {
        coopkit.useTransaction(
            tx -> {
              for (WaitingRecords.Entry entry : waiting.entries()) {
                current[0] = entry;
                Importer.restore(tx, entry.record());
              }
              current[0] = null;
            });
        stored[section] += waiting.entries().size();
        waiting.entries().clear();
      } catch (StorageUnavailableException e) {
        throw e;
      } catch (CoopkitException e) {
        WaitingRecords.Entry failed = current[0];
        if (failed != null) {
          refused(section, e, failed.record(), failed.where());
          waiting.entries().remove(failed);
          return;
        }
        List<WaitingRecords.Entry> named = waiting.named(e);
        if (named.isEmpty()) {
          // Not expected: every record that waits is reported, and none is stored.
          for (WaitingRecords.Entry entry : waiting.entries()) {
            refused(section, e, entry.record(), entry.where());
          }
          waiting.entries().clear();
          return;
        }
        for (WaitingRecords.Entry entry : named) {
          problem(List.of(entry.problem(e)));
          entry.drop(e);
        }
      }
    }
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
