package org.coopkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.coopkit.Coopkit;
import org.coopkit.model.ParticipantCount;
import org.coopkit.model.source.Fact;
import org.coopkit.model.source.FactPath;
import org.coopkit.model.source.FactProvenance;
import org.coopkit.model.source.ReportedValue;
import org.coopkit.model.source.Source;
import org.coopkit.query.FactQuery;
import org.coopkit.storage.memory.MemoryStorage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The seed records where its facts come from: the project page, and a conflicting news item. */
class SeedSourcesTest {
  private Coopkit coopkit;
  private SeedProject.Stored seed;

  @BeforeEach
  void storeTheSeedProject() {
    coopkit = Coopkit.builder().storage(MemoryStorage.create()).build();
    seed = SeedProject.store(coopkit);
  }

  @Test
  void theProjectPageIsASourceThatTheProjectsAndTheConferencesFactsCite() {
    List<Source> pages = coopkit.sources().findByLink(SeedSources.PAGE);

    assertThat(pages).hasSize(1);
    List<FactProvenance> supported =
        coopkit
            .provenance()
            .search(FactQuery.builder().source(pages.get(0).id()).limit(100).build())
            .items();
    assertThat(supported)
        .extracting(FactProvenance::fact)
        .contains(
            Fact.of(seed.project().id(), FactPath.of("countries")),
            Fact.of(seed.conference().id(), FactPath.PARTICIPATION_TOTAL));
  }

  @Test
  void theConferenceKeepsTheNewsItemsFigureBesideThe93ItAdopted() {
    Fact total = Fact.of(seed.conference().id(), FactPath.PARTICIPATION_TOTAL);

    FactProvenance provenance = coopkit.provenance().find(total).orElseThrow();

    assertThat(provenance.reported()).extracting(ReportedValue::value).containsExactly("90", "93");
    assertThat(provenance.adopted().orElseThrow().value()).isEqualTo("93");
    assertThat(provenance.adoption().actor()).isEqualTo(SeedSources.EDITOR);
    assertThat(provenance.isContested()).isFalse();
    assertThat(coopkit.events().get(seed.conference().id()).participation().total())
        .isEqualTo(ParticipantCount.exactly(93));
  }
}
