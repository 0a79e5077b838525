package org.coopkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.coopkit.Coopkit;
import org.coopkit.error.StorageUnavailableException;
import org.coopkit.spi.Storage;
import org.coopkit.spi.TransactionMode;
import org.coopkit.spi.TransactionalWork;
import org.coopkit.storage.memory.MemoryStorage;
import org.coopkit.storage.tck.TestClock;
import org.junit.jupiter.api.Test;

/**
 * An import whose transaction the store runs again, as a database store does after a lost
 * connection: the document's stream cannot be read twice.
 */
class RetriedImportTest {
  private final CoopkitJson json = CoopkitJson.create();

  @Test
  void anAllOrNothingImportRunAgainFailsRetryablyAndStoresNothing() {
    // given: a valid document and a store that loses the first run of each transaction
    String document = DataSets.export(json, DataSets.random(7, 3));
    MemoryStorage memory = MemoryStorage.create();
    Coopkit target =
        Coopkit.builder()
            .storage(new LosesTheFirstRun(memory))
            .clock(TestClock.at(DataSets.START))
            .build();

    // when
    StorageUnavailableException failure =
        catchThrowableOfType(
            StorageUnavailableException.class,
            () -> DataSets.importInto(json, target, document, ImportOptions.DEFAULT));

    // then
    assertThat(failure).as("the import's failure").isNotNull();
    assertThat(failure.isRetryable()).isTrue();
    assertThat(failure.getMessage()).contains("cannot be run again", "import the document again");
    DataSets.assertEmpty(Coopkit.builder().storage(memory).build());
  }

  @Test
  void aRecordByRecordImportRunAgainStoresEveryRecord() {
    // given
    Coopkit source = DataSets.random(7, 3);
    String document = DataSets.export(json, source);
    MemoryStorage memory = MemoryStorage.create();
    Coopkit target =
        Coopkit.builder()
            .storage(new LosesTheFirstRun(memory))
            .clock(TestClock.at(DataSets.START))
            .build();

    // when
    ImportReport report =
        DataSets.importInto(
            json, target, document, ImportOptions.DEFAULT.withMode(ImportMode.RECORD_BY_RECORD));

    // then
    assertThat(report.problems()).isEmpty();
    assertThat(DataSets.contents(Coopkit.builder().storage(memory).build()))
        .isEqualTo(DataSets.contents(source));
  }

  /** Runs each read-write transaction's work once, rolls it back as lost, and runs it again. */
  private static final class LosesTheFirstRun implements Storage {
    private final Storage delegate;

    LosesTheFirstRun(Storage delegate) {
      this.delegate = delegate;
    }

    @Override
    public <T> T inTransaction(TransactionMode mode, TransactionalWork<T> work) {
      if (mode == TransactionMode.READ_WRITE) {
        try {
          delegate.inTransaction(
              mode,
              session -> {
                work.run(session);
                throw new Lost();
              });
        } catch (Lost lost) {
          // rolled back, as a connection lost before the commit is
        }
      }
      return delegate.inTransaction(mode, work);
    }

    @Override
    public void close() {
      delegate.close();
    }
  }

  private static final class Lost extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }
}
