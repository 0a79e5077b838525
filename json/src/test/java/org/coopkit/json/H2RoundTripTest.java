package org.coopkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopkit.json.Documents.document;
import static org.coopkit.json.Documents.organisation;
import static org.coopkit.json.Documents.project;
import static org.coopkit.json.Documents.uuid;

import java.nio.file.Path;
import org.coopkit.Coopkit;
import org.coopkit.storage.jdbc.JdbcStorage;
import org.coopkit.storage.tck.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The document through embedded H2 databases, whose foreign keys check every reference. */
class H2RoundTripTest {
  private final CoopkitJson json = CoopkitJson.create();

  @TempDir Path folder;

  @Test
  void aRandomDataSetRoundTripsThroughTwoH2DatabasesUnchanged() {
    // given: a data set in memory, and two empty H2 databases
    Coopkit memory = DataSets.random(20250514L, 25);
    try (Coopkit first = h2("first");
        Coopkit second = h2("second")) {

      // when: memory -> document -> H2 (all or nothing) -> document -> H2 (record by record)
      String exported = DataSets.export(json, memory);
      ImportReport intoFirst = DataSets.importInto(json, first, exported, ImportOptions.DEFAULT);
      String reexported = DataSets.export(json, first);
      ImportReport intoSecond =
          DataSets.importInto(
              json,
              second,
              reexported,
              ImportOptions.DEFAULT.withMode(ImportMode.RECORD_BY_RECORD));

      // then
      assertThat(intoFirst.isSuccess()).as("%s", intoFirst).isTrue();
      assertThat(intoSecond.isSuccess()).as("%s", intoSecond).isTrue();
      assertThat(reexported).isEqualTo(exported);
      assertThat(DataSets.contents(second)).isEqualTo(DataSets.contents(memory));
    }
  }

  @Test
  void forwardReferencesAreSetAtTheEndOfTheirSectionDespiteImmediateForeignKeys() {
    try (Coopkit h2 = h2("forward")) {
      String document =
          document(
              "\"organisations\": ["
                  + organisation(2, ", \"parent\": \"" + uuid(1) + "\"")
                  + ", "
                  + organisation(1, "")
                  + "], \"projects\": ["
                  + project(
                      10,
                      ", \"relations\": [{\"project\": \""
                          + uuid(11)
                          + "\", \"type\": \"successor\"}]")
                  + ", "
                  + project(11, "")
                  + "]");

      ImportReport report = DataSets.importInto(json, h2, document, ImportOptions.DEFAULT);

      assertThat(report.isSuccess()).as("%s", report).isTrue();
      assertThat(report.stored()).isEqualTo(4);
    }
  }

  @Test
  void aDocumentWithABadRecordLeavesTheDatabaseEmpty() {
    try (Coopkit h2 = h2("rollback")) {
      String document =
          document(
              "\"organisations\": ["
                  + organisation(1, "")
                  + ", "
                  + organisation(2, "")
                  + "], \"projects\": ["
                  + project(10, "")
                  + ", "
                  + project(11, ", \"status\": \"dormant\"")
                  + "]");

      ImportReport report = DataSets.importInto(json, h2, document, ImportOptions.DEFAULT);

      assertThat(report.problems())
          .extracting(ImportProblem::pointer)
          .containsExactly("/projects/1/status");
      DataSets.assertEmpty(h2);
    }
  }

  private Coopkit h2(String name) {
    return Coopkit.builder()
        .storage(JdbcStorage.embedded(folder.resolve(name)))
        .clock(TestClock.at(DataSets.START))
        .build();
  }
}
