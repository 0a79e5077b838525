package org.coopkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import org.coopkit.Coopkit;
import org.coopkit.model.Topic;
import org.coopkit.model.event.Event;
import org.coopkit.query.EventQuery;
import org.coopkit.storage.jdbc.JdbcStorage;
import org.coopkit.storage.memory.MemoryStorage;
import org.coopkit.storage.tck.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@code coopkit/1} document as coopkit 0.1 wrote it ({@link Release01DataSet#DOCUMENT}) still
 * loads: it conforms to the schema, and imports into memory and into H2 with every record the model
 * value it stood for, stamps included, its lower-case topics kept as written and found in any case.
 */
class Release01DocumentTest {
  private final CoopkitJson json = CoopkitJson.create();

  @TempDir Path folder;

  @Test
  void aDocumentOf01ConformsToTheSchema() {
    Schema schema;
    JsonNode document;
    JsonMapper plain = JsonMapper.builder().build();
    try (InputStream schemaText = resource(CoopkitJson.SCHEMA_RESOURCE);
        InputStream documentText = resource(Release01DataSet.DOCUMENT)) {
      schema =
          SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
              .getSchema(plain.readTree(schemaText));
      document = plain.readTree(documentText);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }

    assertThat(schema.validate(document)).extracting(Error::toString).isEmpty();
  }

  @Test
  void aDocumentOf01ImportsIntoMemoryWithEveryRecordAsItWasWritten() {
    try (Coopkit memory =
        Coopkit.builder()
            .storage(MemoryStorage.create())
            .clock(TestClock.at(DataSets.START))
            .build()) {
      assertImportsTheDataSet(memory);
    }
  }

  @Test
  void aDocumentOf01ImportsIntoH2WithEveryRecordAsItWasWritten() {
    try (Coopkit h2 =
        Coopkit.builder()
            .storage(JdbcStorage.embedded(folder.resolve("release-0.1")))
            .clock(TestClock.at(DataSets.START))
            .build()) {
      assertImportsTheDataSet(h2);
    }
  }

  private void assertImportsTheDataSet(Coopkit coopkit) {
    // when
    ImportReport report;
    try (InputStream in = resource(Release01DataSet.DOCUMENT)) {
      report = json.importInto(coopkit, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }

    // then
    assertThat(report.isSuccess()).as("%s", report).isTrue();
    assertThat(report.organisations().stored()).isEqualTo(2);
    assertThat(report.projects().stored()).isEqualTo(2);
    assertThat(report.events().stored()).isEqualTo(1);
    assertThat(report.contacts().stored()).isEqualTo(1);
    assertThat(coopkit.organisations().get(Release01DataSet.COUNCIL))
        .isEqualTo(Release01DataSet.council());
    assertThat(coopkit.organisations().get(Release01DataSet.OFFICE))
        .isEqualTo(Release01DataSet.office());
    assertThat(coopkit.projects().get(Release01DataSet.PREDECESSOR))
        .isEqualTo(Release01DataSet.predecessor());
    assertThat(coopkit.projects().get(Release01DataSet.PROJECT))
        .isEqualTo(Release01DataSet.project());
    Event event = coopkit.events().get(Release01DataSet.CONFERENCE);
    assertThat(event).isEqualTo(Release01DataSet.conference());
    // Topics equal by their lower-case key: compare the labels as written too.
    assertThat(event.topics())
        .extracting(Topic::label)
        .containsExactlyElementsOf(Release01DataSet.TOPIC_LABELS);
    assertThat(
            coopkit
                .events()
                .search(EventQuery.builder().topic(Topic.of("Virtual Currencies")).build())
                .items())
        .extracting(Event::id)
        .containsExactly(Release01DataSet.CONFERENCE);
    assertThat(coopkit.contacts().get(Release01DataSet.MANAGER))
        .isEqualTo(Release01DataSet.manager());
  }

  private static InputStream resource(String name) {
    return Objects.requireNonNull(Release01DocumentTest.class.getResourceAsStream(name), name);
  }
}
