package org.coopkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.coopkit.Coopkit;
import org.coopkit.storage.jdbc.JdbcStorage;
import org.coopkit.storage.memory.MemoryStorage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every example runs and shows what it promises. */
class ExamplesTest {

  @Test
  void theQuickStartFindsTheTrainingByCountryAndText() {
    assertThat(QuickStart.run().items())
        .extracting(e -> e.title().english())
        .containsExactly("Training on electronic evidence for judges");
  }

  @Test
  void aHostOwnedPoolStoresAndReadsBack() {
    String url = "jdbc:h2:mem:host-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    assertThat(HostOwnedDataSource.run(url).acronym()).isEqualTo("IAP");
  }

  @Test
  void theRunCommandStoresTheSeedInAnEmbeddedFileOnceAndPrintsItsPage(
      @TempDir java.nio.file.Path dir) {
    java.nio.file.Path file = dir.resolve("coopkit");
    String first;
    try (Coopkit coopkit = Coopkit.builder().storage(JdbcStorage.embedded(file)).build()) {
      first = RunExamples.run(coopkit);
    }
    // A second run finds the project in the file and does not store it twice.
    try (Coopkit coopkit = Coopkit.builder().storage(JdbcStorage.embedded(file)).build()) {
      assertThat(RunExamples.run(coopkit)).isEqualTo(first);
    }
    assertThat(first)
        .contains("Cybercrime EAP II (EAP II)")
        .contains("Participants: 93 from 12 countries")
        .contains("events: 1 event with 93 participants");
  }

  @Test
  void theCommandLineTakesAJdbcUrlAndCredentials() {
    RunExamples.Options options =
        RunExamples.Options.parse(
            new String[] {
              "--jdbc-url", "jdbc:postgresql://127.0.0.1:5432/test", "--user", "postgres"
            });

    assertThat(options.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/test");
    assertThat(options.user()).isEqualTo("postgres");
    assertThat(options.password()).isNull();
  }

  @Test
  void theDataFileHoldsTheSameProjectAsTheOneBuiltThroughTheApi() {
    Coopkit fromFile = Coopkit.builder().storage(MemoryStorage.create()).build();
    Coopkit fromApi = Coopkit.builder().storage(MemoryStorage.create()).build();
    RunExamples.load(fromFile);
    SeedProject.store(fromApi);

    assertThat(RunExamples.run(fromFile)).isEqualTo(RunExamples.run(fromApi));
  }

  @Test
  void exportAndImportCopyEveryAggregate() {
    Coopkit from = Coopkit.builder().storage(MemoryStorage.create()).build();
    SeedProject.Stored seed = SeedProject.store(from);
    Coopkit to = Coopkit.builder().storage(MemoryStorage.create()).build();

    var report = ExportImport.copy(from, to);

    assertThat(report.isSuccess()).isTrue();
    // 5 organisations, 1 project, 1 event, 3 contacts; 2 sources; the provenance of 9 facts
    assertThat(report.stored()).isEqualTo(5 + 1 + 1 + 3 + 2 + 9);
    assertThat(report.sources().stored()).isEqualTo(2);
    assertThat(report.provenance().stored()).isEqualTo(9);
    assertThat(to.events().get(seed.conference().id())).isEqualTo(seed.conference());
    assertThat(to.projects().get(seed.project().id())).isEqualTo(seed.project());
  }
}
