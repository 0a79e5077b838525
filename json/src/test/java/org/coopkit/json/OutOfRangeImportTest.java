package org.coopkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopkit.json.Documents.contact;
import static org.coopkit.json.Documents.document;
import static org.coopkit.json.Documents.project;
import static org.coopkit.json.Documents.uuid;

import java.util.UUID;
import org.coopkit.Coopkit;
import org.coopkit.model.contact.ContactId;
import org.coopkit.model.project.ProjectId;
import org.junit.jupiter.api.Test;

/**
 * Values beyond what the model holds (a date past the year 2200, an amount of more digits than any
 * store keeps) are located problems of their own record: a record-by-record import reports them and
 * goes on with the next record, and an all-or-nothing import stores nothing.
 */
class OutOfRangeImportTest {
  private static final ImportOptions RECORD_BY_RECORD =
      ImportOptions.DEFAULT.withMode(ImportMode.RECORD_BY_RECORD);

  private static final String DOCUMENT =
      document(
          "\"projects\": [\n"
              + project(
                  10,
                  ", \"budget\": {\"amount\": \"1" + "0".repeat(40) + "\", \"currency\": \"EUR\"}")
              + ",\n"
              + project(11, "")
              + "],\n\"contacts\": [\n"
              + contact(
                  30,
                  ", \"version\": 1, \"createdAt\": \"+10000-01-01T00:00:00Z\","
                      + " \"updatedAt\": \"+10000-01-01T00:00:00Z\"")
              + ",\n"
              + contact(
                  31,
                  ", \"roles\": [{\"id\": \""
                      + uuid(40)
                      + "\", \"type\": \"programme_manager\", \"project\": \""
                      + uuid(11)
                      + "\", \"validFrom\": \"+20240-01-01\"}]")
              + ",\n"
              + contact(32, "")
              + "]");

  private final CoopkitJson json = CoopkitJson.create();

  @Test
  void aRecordByRecordImportReportsOutOfRangeValuesWhereTheyAreAndGoesOn() {
    Coopkit target = DataSets.empty();

    ImportReport report = DataSets.importInto(json, target, DOCUMENT, RECORD_BY_RECORD);

    assertThat(report.readCompletely()).isTrue();
    assertThat(report.projects()).isEqualTo(new ImportReport.Counts(2, 1, 1));
    assertThat(report.contacts()).isEqualTo(new ImportReport.Counts(3, 1, 2));
    assertThat(report.problems())
        .extracting(ImportProblem::pointer)
        .containsExactly(
            "/projects/0/budget/amount",
            "/contacts/0/createdAt",
            "/contacts/0/updatedAt",
            "/contacts/1/roles/0/validFrom");
    assertThat(report.problems()).allSatisfy(p -> assertThat(p.line()).isPositive());
    assertThat(target.projects().find(ProjectId.of(UUID.fromString(uuid(11))))).isPresent();
    assertThat(target.contacts().find(ContactId.of(UUID.fromString(uuid(32))))).isPresent();
    assertThat(target.contacts().find(ContactId.of(UUID.fromString(uuid(31))))).isEmpty();
  }

  @Test
  void anAllOrNothingImportWithAnOutOfRangeDateStoresNothing() {
    Coopkit target = DataSets.empty();

    ImportReport report = DataSets.importInto(json, target, DOCUMENT, ImportOptions.DEFAULT);

    assertThat(report.problems()).hasSize(4);
    assertThat(report.problems())
        .extracting(ImportProblem::message)
        .anySatisfy(m -> assertThat(m).contains("validFrom: must be between 1900-01-01"));
    assertThat(target.projects().find(ProjectId.of(UUID.fromString(uuid(11))))).isEmpty();
    assertThat(target.contacts().find(ContactId.of(UUID.fromString(uuid(32))))).isEmpty();
  }
}
