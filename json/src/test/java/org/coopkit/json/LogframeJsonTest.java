package org.coopkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.coopkit.Coopkit;
import org.coopkit.model.event.Event;
import org.coopkit.model.project.Project;
import org.coopkit.model.result.Direction;
import org.coopkit.model.result.Disaggregation;
import org.coopkit.model.result.EventCount;
import org.coopkit.model.result.Logframe;
import org.coopkit.model.result.MeasureKind;
import org.coopkit.model.result.ResultLevel;
import org.coopkit.model.result.Sex;
import org.coopkit.storage.tck.Fixtures;
import org.coopkit.storage.tck.ResultFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Logframes in the document: a section of their own, after contacts, read back equal. */
class LogframeJsonTest {
  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  private final CoopkitJson json = CoopkitJson.create();

  @ParameterizedTest(name = "{0}")
  @EnumSource(ImportMode.class)
  void aFullyPopulatedLogframeRoundTripsWithItsVersionAndTimestamps(ImportMode mode) {
    // given
    Coopkit source = DataSets.empty();
    Logframe logframe = storedLogframe(source);
    Coopkit target = DataSets.empty();

    // when
    String document = DataSets.export(json.withPrettyPrinting(), source);
    ImportReport report =
        DataSets.importInto(json, target, document, ImportOptions.DEFAULT.withMode(mode));

    // then
    assertThat(report.isSuccess()).as("%s", report).isTrue();
    assertThat(report.logframes()).isEqualTo(new ImportReport.Counts(1, 1, 0));
    assertThat(target.results().get(logframe.id())).isEqualTo(logframe);
    assertThat(target.results().progress(logframe.id(), Fixtures.SOME_DAY))
        .isEqualTo(source.results().progress(logframe.id(), Fixtures.SOME_DAY));
  }

  @Test
  void theExportHoldsALogframesSectionThatConformsToTheSchema() {
    // given
    Coopkit source = DataSets.empty();
    storedLogframe(source);

    // when
    JsonNode document = PLAIN.readTree(DataSets.export(json, source));

    // then
    assertThat(document.get("logframes")).hasSize(1);
    assertThat(schema().validate(document)).extracting(Error::toString).isEmpty();
  }

  @Test
  void theSchemaDeclaresExactlyTheFieldsAndCodesTheReaderAccepts() {
    JsonNode defs = readSchema().get("$defs");
    Map<String, ShapedObjectReader.Shape> shapes =
        Map.of(
            "Logframe", LogframeJson.SHAPE,
            "Result", LogframeJson.RESULT,
            "Indicator", LogframeJson.INDICATOR,
            "IndicatorValue", LogframeJson.VALUE);
    shapes.forEach(
        (name, shape) -> {
          Set<String> names = new TreeSet<>();
          defs.get(name).get("properties").propertyNames().forEach(names::add);
          assertThat(names).as(name).isEqualTo(new TreeSet<>(shape.names()));
        });
    assertCodes(defs.get("Result").get("properties").get("level"), ResultLevel.class);
    assertCodes(defs.get("Indicator").get("properties").get("measure"), MeasureKind.class);
    assertCodes(defs.get("Indicator").get("properties").get("direction"), Direction.class);
    assertCodes(defs.get("Indicator").get("properties").get("computedFrom"), EventCount.class);
    assertCodes(
        defs.get("Indicator").get("properties").get("disaggregations").get("items"),
        Disaggregation.class);
    assertCodes(defs.get("IndicatorValue").get("properties").get("sex"), Sex.class);
  }

  private static void assertCodes(JsonNode property, Class<? extends Enum<?>> type) {
    List<String> listed = property.get("enum").valueStream().map(JsonNode::asString).toList();
    List<String> codes = new java.util.ArrayList<>();
    EnumJson.codes(type).forEach(codes::add);
    assertThat(listed).as(type.getSimpleName()).isEqualTo(codes);
  }

  private static Logframe storedLogframe(Coopkit coopkit) {
    Project project = coopkit.projects().create(Fixtures.projectWithComponents(2));
    Event event = coopkit.events().create(Fixtures.eventOf(project.id()));
    return coopkit
        .results()
        .define(ResultFixtures.fullyPopulatedLogframe(project, List.of(event.id())));
  }

  private static Schema schema() {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(readSchema());
  }

  private static JsonNode readSchema() {
    try (InputStream in = CoopkitJson.class.getResourceAsStream(CoopkitJson.SCHEMA_RESOURCE)) {
      return PLAIN.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
