package org.coopkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.coopkit.Coopkit;
import org.coopkit.model.Topic;
import org.coopkit.model.event.Event;
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

  @Test
  void bothReportsCountTheSourcesAndTheFactsProvenance() {
    // given: two sources, and the provenance of three facts
    Coopkit source = DataSets.fullyPopulated();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

    // when
    ExportReport exported = json.export(source, out);
    ImportReport imported =
        DataSets.importInto(
            json,
            DataSets.empty(),
            out.toString(java.nio.charset.StandardCharsets.UTF_8),
            ImportOptions.DEFAULT);

    // then
    assertThat(exported.sources()).isEqualTo(2);
    assertThat(exported.provenance()).isEqualTo(3);
    assertThat(imported.sources()).isEqualTo(new ImportReport.Counts(2, 2, 0));
    assertThat(imported.provenance()).isEqualTo(new ImportReport.Counts(3, 3, 0));
    assertThat(imported.stored()).isEqualTo(exported.total());
  }

  @Test
  void topicsRoundTripInTheCaseTheyWereWritten() {
    // given: topics compare ignoring case, so equal events could still have lost the case written
    Coopkit source = DataSets.fullyPopulated();
    Event event = (Event) DataSets.contents(source).get("events").values().iterator().next();
    source.events().update(event.toBuilder().addTopic(Topic.of("GLACY+ Cybercrime@EAP")).build());
    Coopkit target = DataSets.empty();

    // when
    String document = DataSets.export(json, source);
    DataSets.importInto(json, target, document, ImportOptions.DEFAULT);

    // then
    assertThat(target.events().get(event.id()).topics())
        .extracting(Topic::label)
        .containsExactlyElementsOf(
            source.events().get(event.id()).topics().stream().map(Topic::label).toList())
        .contains("GLACY+ Cybercrime@EAP");
  }
}
