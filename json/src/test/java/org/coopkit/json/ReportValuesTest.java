package org.coopkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.coopkit.json.ImportReport.Counts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reports can gain sections without breaking their users, and behave as values. */
class ReportValuesTest {
  private static final ImportProblem PROBLEM =
      new ImportProblem("/events/0/title", 3, 7, "title is required");

  @ParameterizedTest
  @ValueSource(classes = {ExportReport.class, ImportReport.class})
  void aReportIsAFinalClassWithoutAPublicConstructor(Class<?> type) {
    assertThat(type.isRecord()).as("a record").isFalse();
    assertThat(Modifier.isFinal(type.getModifiers())).as("final").isTrue();
    assertThat(type.getConstructors()).as("public constructors").isEmpty();
  }

  @Test
  void anExportReportAddsUpEverySection() {
    ExportReport report =
        ExportReport.builder()
            .organisations(1)
            .projects(2)
            .events(3)
            .contacts(4)
            .logframes(5)
            .sources(6)
            .provenance(7)
            .build();

    assertThat(report.total()).isEqualTo(28);
    assertThat(report.toString())
        .isEqualTo(
            "ExportReport[organisations=1, projects=2, events=3, contacts=4, logframes=5,"
                + " sources=6, provenance=7]");
  }

  @Test
  void exportReportsAreEqualExactlyWhenEveryCountIs() {
    ExportReport report = ExportReport.builder().events(3).sources(1).build();

    assertThat(report)
        .isEqualTo(report.toBuilder().build())
        .hasSameHashCodeAs(report.toBuilder().build());
    List<ExportReport> others = new ArrayList<>();
    others.add(report.toBuilder().organisations(1).build());
    others.add(report.toBuilder().projects(1).build());
    others.add(report.toBuilder().events(4).build());
    others.add(report.toBuilder().contacts(1).build());
    others.add(report.toBuilder().logframes(1).build());
    others.add(report.toBuilder().sources(2).build());
    others.add(report.toBuilder().provenance(1).build());
    assertThat(others).allSatisfy(other -> assertThat(other).isNotEqualTo(report));
  }

  @Test
  void anImportReportIsASuccessOnlyWhenReadCompletelyWithoutProblems() {
    ImportReport clean =
        ImportReport.builder().events(new Counts(2, 2, 0)).sources(new Counts(1, 1, 0)).build();

    assertThat(clean.isSuccess()).isTrue();
    assertThat(clean.stored()).isEqualTo(3);
    assertThat(clean.toBuilder().readCompletely(false).build().isSuccess()).isFalse();
    assertThat(clean.toBuilder().problems(List.of(PROBLEM)).problemCount(1).build().isSuccess())
        .isFalse();
  }

  @Test
  void importReportsAreEqualExactlyWhenEveryValueIs() {
    ImportReport report =
        ImportReport.builder()
            .mode(ImportMode.RECORD_BY_RECORD)
            .contacts(new Counts(2, 1, 1))
            .problems(List.of(PROBLEM))
            .problemCount(1)
            .build();
    Counts one = new Counts(1, 1, 0);

    assertThat(report)
        .isEqualTo(report.toBuilder().build())
        .hasSameHashCodeAs(report.toBuilder().build());
    List<ImportReport> others =
        List.of(
            report.toBuilder().mode(ImportMode.ALL_OR_NOTHING).build(),
            report.toBuilder().readCompletely(false).build(),
            report.toBuilder().organisations(one).build(),
            report.toBuilder().projects(one).build(),
            report.toBuilder().events(one).build(),
            report.toBuilder().contacts(one).build(),
            report.toBuilder().problems(List.of()).build(),
            report.toBuilder().problemCount(2).build(),
            report.toBuilder().logframes(one).build(),
            report.toBuilder().sources(one).build(),
            report.toBuilder().provenance(one).build());
    assertThat(others).allSatisfy(other -> assertThat(other).isNotEqualTo(report));
  }

  @Test
  void anImportReportListsItsCountsAndProblemsOnePerLine() {
    ImportReport report =
        ImportReport.builder()
            .readCompletely(false)
            .events(new Counts(2, 0, 1))
            .sources(new Counts(1, 0, 0))
            .problems(List.of(PROBLEM))
            .problemCount(4)
            .build();

    assertThat(report.toString())
        .isEqualTo(
            "ImportReport[ALL_OR_NOTHING, stopped early, organisations 0 read, 0 stored, 0 skipped,"
                + " projects 0 read, 0 stored, 0 skipped, events 2 read, 0 stored, 1 skipped,"
                + " contacts 0 read, 0 stored, 0 skipped, sources 1 read, 0 stored, 0 skipped,"
                + " 4 problem(s)]\n  "
                + PROBLEM);
  }

  @Test
  void refusesFewerProblemsCountedThanListed() {
    ImportReport.Builder builder = ImportReport.builder().problems(List.of(PROBLEM, PROBLEM));

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("problemCount must be at least the number of problems listed, 2, but was 0");
  }

  @Test
  void refusesAMissingSection() {
    assertThatThrownBy(() -> ImportReport.builder().sources(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("sources");
  }
}
