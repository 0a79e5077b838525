package org.coopkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.coopkit.Coopkit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentRoundTripTest {
  private final CoopkitJson json = CoopkitJson.create();

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1L, 20250514L, -7L})
  void randomDataSetsExportedAndImportedIntoAFreshStoreReadBackEqualAggregateByAggregate(
      long seed) {
    // given
    Coopkit source = DataSets.random(seed, 150);
    Coopkit target = DataSets.empty();

    // when
    String document = DataSets.export(json, source);
    ImportReport report = DataSets.importInto(json, target, document, ImportOptions.DEFAULT);

    // then
    assertThat(report.isSuccess()).as("%s", report).isTrue();
    assertThat(report.stored()).isEqualTo(600);
    assertThat(DataSets.contents(target)).isEqualTo(DataSets.contents(source));
  }

  @Test
  void aFullyPopulatedDataSetRoundTripsWithVersionsAndTimestampsKept() {
    Coopkit source = DataSets.fullyPopulated();
    Coopkit target = DataSets.empty();

    String document = DataSets.export(json.withPrettyPrinting(), source);
    ImportReport report = DataSets.importInto(json, target, document, ImportOptions.DEFAULT);

    assertThat(report.isSuccess()).as("%s", report).isTrue();
    assertThat(DataSets.contents(target)).isEqualTo(DataSets.contents(source));
  }
}
