package org.coopkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.coopkit.Coopkit;
import org.coopkit.error.StorageUnavailableException;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.storage.tck.Fixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ExportTest {
  private final CoopkitJson json = CoopkitJson.create();

  @Test
  void organisationsAreWrittenParentsFirstWhateverTheirNamesSortLike() {
    // given: four levels whose names sort deepest first, and a level of more parents than fit
    // one query
    Coopkit coopkit = DataSets.empty();
    OrganisationId parent = null;
    for (int depth = 0; depth < 4; depth++) {
      parent =
          coopkit
              .organisations()
              .register(
                  Organisation.builder()
                      .id(Fixtures.newOrganisationId())
                      .name((char) ('z' - depth) + " level " + depth)
                      .parent(parent)
                      .build())
              .id();
    }
    List<OrganisationId> roots = new ArrayList<>();
    for (int i = 0; i < 1_100; i++) {
      roots.add(
          coopkit
              .organisations()
              .register(
                  Organisation.builder().id(Fixtures.newOrganisationId()).name("root " + i).build())
              .id());
    }
    for (int i = 0; i < 1_100; i += 3) {
      coopkit
          .organisations()
          .register(
              Organisation.builder()
                  .id(Fixtures.newOrganisationId())
                  .name("a unit " + i)
                  .parent(roots.get(i))
                  .build());
    }

    // when
    JsonNode document = JsonMapper.shared().readTree(DataSets.export(json, coopkit));
    ExportReport report = json.export(coopkit, OutputStream.nullOutputStream());

    // then
    Set<String> seen = new HashSet<>();
    JsonNode organisations = document.get("organisations");
    for (JsonNode organisation : organisations) {
      if (organisation.has("parent")) {
        assertThat(seen)
            .as("parent of %s", organisation.get("name"))
            .contains(organisation.get("parent").asString());
      }
      assertThat(seen.add(organisation.get("id").asString())).isTrue();
    }
    assertThat(organisations.size()).isEqualTo(4 + 1_100 + 367);
    assertThat(report.organisations()).isEqualTo(4 + 1_100 + 367);
  }

  @Test
  void anOrganisationNoRootReachesIsStillExportedLast() {
    // given: a unit whose parent is gone, written past the services through the SPI
    Coopkit coopkit = DataSets.empty();
    Organisation root = coopkit.organisations().register(Fixtures.anyOrganisation());
    Organisation orphan =
        Fixtures.unitOf(Fixtures.newOrganisationId()).toBuilder()
            .version(1)
            .createdAt(Instant.EPOCH)
            .updatedAt(Instant.EPOCH)
            .build();
    coopkit
        .storage()
        .inTransaction(
            s -> {
              s.organisations().insert(orphan);
              return null;
            });

    // when
    JsonNode organisations =
        JsonMapper.shared().readTree(DataSets.export(json, coopkit)).get("organisations");

    // then
    assertThat(organisations)
        .extracting(o -> o.get("id").asString())
        .containsExactly(root.id().toString(), orphan.id().toString());
  }

  @Test
  void anEmptyStoreExportsADocumentWithEmptySections() {
    assertThat(DataSets.export(json, DataSets.empty()))
        .isEqualTo(
            "{\"format\":\"coopkit/1\","
                + "\"organisations\":[],\"projects\":[],\"events\":[],\"contacts\":[],"
                + "\"logframes\":[],\"sources\":[],\"provenance\":[]}");
  }

  @Test
  void theExportFlushesButDoesNotCloseTheStream() {
    boolean[] closed = {false};
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    OutputStream out =
        new OutputStream() {
          @Override
          public void write(int b) {
            bytes.write(b);
          }

          @Override
          public void close() {
            closed[0] = true;
          }
        };

    json.export(DataSets.empty(), out);

    assertThat(closed[0]).isFalse();
    assertThat(bytes.size()).isPositive();
  }

  @Test
  void anExportThatFailsHalfWayLeavesADocumentThatNoImportAccepts() {
    // given: a store that fails after two pages of events
    Coopkit failing =
        Coopkit.builder().storage(SyntheticStorage.failingSource(5_000, 2_000)).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    // when
    assertThatThrownBy(() -> json.export(failing, out))
        .isInstanceOf(StorageUnavailableException.class);
    ImportReport report =
        json.importInto(
            Coopkit.builder().storage(SyntheticStorage.sink()).build(),
            new ByteArrayInputStream(out.toByteArray()));

    // then: the half-written document is refused as a whole
    assertThat(out.size()).isPositive();
    assertThat(report.isSuccess()).isFalse();
    assertThat(report.stored()).isZero();
    assertThat(report.problems())
        .extracting(ImportProblem::message)
        .anySatisfy(m -> assertThat(m).startsWith("invalid JSON: Unexpected end-of-input"));
  }

  @Test
  void aFailingStreamFailsTheExportWithAnUncheckedIoException() {
    OutputStream failing =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("disk full");
          }
        };

    assertThatThrownBy(() -> json.export(DataSets.fullyPopulated(), failing))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("disk full");
  }
}
