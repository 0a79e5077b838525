package org.coopkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.coopkit.Coopkit;
import org.coopkit.model.result.Logframe;
import org.coopkit.report.IndicatorProgress;
import org.coopkit.report.ProgressReport;
import org.coopkit.report.ProgressStatus;
import org.coopkit.storage.memory.MemoryStorage;
import org.junit.jupiter.api.Test;

class SeedResultsTest {
  @Test
  void theSeedProjectsIllustrativeLogframeShowsProgressAtTheEndOf2017() {
    // given
    Coopkit coopkit = Coopkit.builder().storage(MemoryStorage.create()).build();
    SeedProject.Stored seed = SeedProject.store(coopkit);

    // when
    Logframe logframe = SeedResults.store(coopkit, seed);
    ProgressReport report = coopkit.results().progress(logframe.id(), LocalDate.of(2017, 12, 31));

    // then
    assertThat(report.rows())
        .extracting(r -> r.indicator().measure().kind().name(), IndicatorProgress::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("NUMBER", ProgressStatus.ON_TRACK),
            org.assertj.core.groups.Tuple.tuple("NUMBER", ProgressStatus.OFF_TRACK),
            org.assertj.core.groups.Tuple.tuple("SCALE", ProgressStatus.OFF_TRACK));
    IndicatorProgress participants = report.rows().get(1);
    assertThat(participants.isComputed()).isTrue();
    assertThat(participants.actual()).isEqualByComparingTo("93");
    assertThat(report.outcomes()).hasSize(2);
    assertThat(report.toCsv()).contains(",PARTICIPANTS,false,");
  }
}
