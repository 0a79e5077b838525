package org.coopkit.csv;

import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.coopkit.Coopkit;
import org.coopkit.UnitOfWork;
import org.coopkit.error.CoopkitException;
import org.coopkit.error.StorageUnavailableException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * One import: reads the file a row at a time with Jackson's {@link MappingIterator} and writes the
 * rows {@link CsvImportOptions#batchSize()} at a time. What it holds is the batch being written,
 * never more, whatever the length of the file. One run reads one file.
 */
final class ImportRun<F extends Enum<F> & CsvField, T> {
  private static final CsvMapper MAPPER = CsvMapper.shared();

  private final Coopkit coopkit;
  private final CsvMapping<F> mapping;
  private final RecordKind<F, T> kind;
  private final CsvImportOptions options;
  private final List<CsvImportProblem> problems = new ArrayList<>();
  private long problemCount;
  private long read;
  private long stored;
  private long skipped;
  private boolean readCompletely;

  /** The number of the last row read; the header is row 1. */
  private long rowNumber;

  /** False once an all-or-nothing import or a dry run has found a problem: it then only checks. */
  private boolean writing = true;

  /** True once malformed CSV has stopped the reading. */
  private boolean stopped;

  ImportRun(
      Coopkit coopkit, CsvMapping<F> mapping, RecordKind<F, T> kind, CsvImportOptions options) {
    this.coopkit = coopkit;
    this.mapping = mapping;
    this.kind = kind;
    this.options = options;
  }

  CsvImportReport run(Reader in) {
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(mapping.separator());
    try (MappingIterator<List<String>> rows =
        MAPPER
            .readerForListOf(String.class)
            .with(CsvReadFeature.WRAP_AS_ARRAY)
            .without(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .with(schema)
            .readValues(in)) {
      Header<F> header = header(rows);
      if (header != null) {
        if (options.mode() == CsvImportMode.ROW_BY_ROW) {
          rowByRow(rows, header);
        } else {
          inOneUnit(rows, header);
        }
      }
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
    return new CsvImportReport(
        options.mode(), readCompletely, read, stored, skipped, problems, problemCount);
  }

  private Header<F> header(MappingIterator<List<String>> rows) {
    List<CsvImportProblem> found = new ArrayList<>();
    List<String> cells;
    try {
      cells = rows.hasNextValue() ? rows.nextValue() : null;
    } catch (JacksonIOException e) {
      throw e;
    } catch (JacksonException e) {
      malformed(e);
      return null;
    }
    rowNumber = 1;
    if (cells == null) {
      add(new CsvImportProblem(1, "", "the file is empty: it must start with a header row"));
      return null;
    }
    Header<F> header = Header.read(mapping, cells, found);
    found.forEach(this::add);
    return found.isEmpty() ? header : null;
  }

  /**
   * A dry run or an all-or-nothing import: every row in one unit of work, which commits only if
   * this is no dry run and nothing was wrong.
   */
  private void inOneUnit(MappingIterator<List<String>> rows, Header<F> header) {
    boolean dryRun = options.mode() == CsvImportMode.DRY_RUN;
    boolean[] begun = {false};
    try {
      coopkit.useTransaction(
          tx -> {
            // A store runs the work again after a lost connection; the file cannot be read twice.
            if (begun[0]) {
              throw new StorageUnavailableException(
                  "The import's transaction was lost and rolled back, and it cannot be run again:"
                      + " its file was read once already. Nothing was stored; import the file"
                      + " again",
                  true,
                  null);
            }
            begun[0] = true;
            reading:
            for (List<RawRow> batch = batch(rows); !batch.isEmpty(); batch = batch(rows)) {
              for (RawRow raw : batch) {
                Row<F> row = new Row<>(raw.number(), raw.cells(), header);
                if (write(tx, row)) {
                  stored++;
                } else {
                  skipped++;
                  row.problems().forEach(this::add);
                  writing = false;
                }
              }
              if (!dryRun && problemCount >= options.maxProblems()) {
                // All or nothing gives up here; the unit rolls back as the file was not read.
                readCompletely = false;
                break reading;
              }
            }
            if (dryRun || problemCount > 0 || !readCompletely) {
              throw new Rollback();
            }
          });
    } catch (Rollback rollback) {
      stored = 0;
    }
    if (problemCount > 0) {
      stored = 0;
    }
  }

  /**
   * Row by row: each batch in a unit of work; a batch the store refuses a row of is rolled back and
   * written again, a row per unit.
   */
  private void rowByRow(MappingIterator<List<String>> rows, Header<F> header) {
    for (List<RawRow> next = batch(rows); !next.isEmpty(); next = batch(rows)) {
      List<RawRow> batch = next;
      List<Row<F>> done;
      try {
        done =
            coopkit.inTransaction(
                tx -> {
                  List<Row<F>> outcome = new ArrayList<>(batch.size());
                  for (RawRow raw : batch) {
                    Row<F> row = new Row<>(raw.number(), raw.cells(), header);
                    T record = read(tx, row);
                    if (record != null) {
                      try {
                        kind.store(tx, record);
                      } catch (StorageUnavailableException e) {
                        throw e;
                      } catch (CoopkitException e) {
                        throw new Rollback();
                      }
                    }
                    outcome.add(row);
                  }
                  return outcome;
                });
      } catch (Rollback refused) {
        done = new ArrayList<>(batch.size());
        for (RawRow raw : batch) {
          done.add(
              coopkit.inTransaction(
                  tx -> {
                    Row<F> row = new Row<>(raw.number(), raw.cells(), header);
                    write(tx, row);
                    return row;
                  }));
        }
      }
      for (Row<F> row : done) {
        if (row.hasProblems()) {
          skipped++;
          row.problems().forEach(this::add);
        } else {
          stored++;
        }
      }
    }
  }

  /**
   * Reads the row as a record and, while writing, stores it. Returns whether the row is good: read
   * and, if written, accepted; its problems are in the row otherwise.
   */
  private boolean write(UnitOfWork tx, Row<F> row) {
    T record = read(tx, row);
    if (record == null) {
      return false;
    }
    if (writing) {
      try {
        kind.store(tx, record);
      } catch (StorageUnavailableException e) {
        throw e;
      } catch (CoopkitException e) {
        kind.refused(row, e);
        return false;
      }
    }
    return true;
  }

  /**
   * Reads the row as a record; a refusal the record kind did not foresee (a rule checked by a
   * setter, a lookup the service refuses) is a problem of the row too, not the end of the import.
   */
  private @Nullable T read(UnitOfWork tx, Row<F> row) {
    try {
      return kind.read(row, tx);
    } catch (StorageUnavailableException e) {
      throw e;
    } catch (CoopkitException e) {
      kind.refused(row, e);
      return null;
    }
  }

  /**
   * The next rows, at most a batch; empty at the end of the file, or when malformed CSV stops the
   * reading (its problem recorded). Rows whose cells are all blank are passed over.
   */
  private List<RawRow> batch(MappingIterator<List<String>> rows) {
    List<RawRow> batch = new ArrayList<>(Math.min(options.batchSize(), 64));
    if (stopped) {
      return batch;
    }
    try {
      while (batch.size() < options.batchSize()) {
        if (!rows.hasNextValue()) {
          readCompletely = true;
          break;
        }
        List<String> cells = rows.nextValue();
        rowNumber++;
        if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
          continue;
        }
        read++;
        batch.add(new RawRow(rowNumber, cells));
      }
    } catch (JacksonIOException e) {
      throw e;
    } catch (JacksonException e) {
      malformed(e);
    }
    return batch;
  }

  private void malformed(JacksonException e) {
    stopped = true;
    TokenStreamLocation at = e.getLocation();
    // Jackson's message may quote the cell, which may be anyone's e-mail address: only the place.
    add(
        new CsvImportProblem(
            rowNumber + 1,
            "",
            "the file is not valid CSV here"
                + (at == null || at.getLineNr() < 0 ? "" : " (line " + at.getLineNr() + ")")
                + "; reading stopped"));
  }

  private void add(CsvImportProblem problem) {
    problemCount++;
    if (problems.size() < options.maxProblems()) {
      problems.add(problem);
    }
  }

  /** A row as read: its number and its cells. */
  private record RawRow(long number, List<String> cells) {}

  /** Rolls a unit of work back. */
  private static final class Rollback extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Rollback() {
      super(null, null, false, false);
    }
  }
}
