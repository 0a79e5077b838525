package org.coopkit.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.coopkit.Coopkit;
import org.coopkit.history.ChangeKind;
import org.coopkit.storage.memory.MemoryStorage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Files far longer than any batch: read from a {@link GeneratedRows} reader, which makes each row
 * when it is reached, so neither the test nor a String holds the file.
 */
class LargeImportTest {
  private static final long ROWS = 100_000;
  private static final String HEADER = "title,type,date,city,country,participants,projects";

  private final Coopkit coopkit = Coopkit.builder().storage(MemoryStorage.create()).build();

  @AfterEach
  void close() {
    coopkit.close();
  }

  private static String row(long i) {
    return "Training "
        + i
        + ",training,2018-"
        + pad(1 + i % 12)
        + "-"
        + pad(1 + i % 28)
        + ",Tbilisi,Georgia,about "
        + (i % 300)
        + ",cyber-east";
  }

  private static String pad(long n) {
    return n < 10 ? "0" + n : Long.toString(n);
  }

  @Test
  void aHundredThousandRowsImportAllOrNothingIntoMemory() {
    // given
    Stores.project(coopkit, "cyber-east");
    GeneratedRows file = new GeneratedRows(HEADER, ROWS, LargeImportTest::row);

    // when
    CsvImportReport report =
        CsvImporter.create().importEvents(coopkit, file, CsvMapping.forEvents().build());

    // then
    assertThat(report.isSuccess()).as("%s", report).isTrue();
    assertThat(report.read()).isEqualTo(ROWS);
    assertThat(report.stored()).isEqualTo(ROWS);
    assertThat(Stores.countEvents(coopkit)).isEqualTo(ROWS);
  }

  @Test
  void theImporterHoldsNoMoreThanABatchOfRowsAtATime() {
    // given: a row-by-row import in batches of 100, and the count of events committed so far
    Stores.project(coopkit, "cyber-east");
    int batch = 100;
    long rows = 10_000;
    AtomicLong committed = new AtomicLong();
    coopkit
        .changes()
        .addListener(
            changes ->
                committed.addAndGet(
                    changes.stream().filter(c -> c.kind() == ChangeKind.CREATED).count()));
    long[] mostAhead = {0};
    GeneratedRows file =
        new GeneratedRows(
            HEADER,
            rows,
            i -> {
              // How far reading has run ahead of writing when row i is made
              mostAhead[0] = Math.max(mostAhead[0], i - committed.get());
              return row(i);
            });

    // when
    CsvImportReport report =
        CsvImporter.create()
            .importEvents(
                coopkit,
                file,
                CsvMapping.forEvents().build(),
                CsvImportOptions.DEFAULT.withMode(CsvImportMode.ROW_BY_ROW).withBatchSize(batch));

    // then: every row stored, and no row made before all but the last batch and the row being
    // parsed were written; a reader that read the whole file first would be 9,999 rows ahead
    assertThat(report.isSuccess()).as("%s", report).isTrue();
    assertThat(committed.get()).isEqualTo(rows);
    assertThat(mostAhead[0]).isLessThanOrEqualTo(batch + 1);
  }
}
