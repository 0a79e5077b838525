package org.coopkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.coopkit.model.Link;
import org.coopkit.model.ParticipantCount;
import org.coopkit.model.contact.RoleType;
import org.coopkit.model.contact.Visibility;
import org.coopkit.model.event.EventFormat;
import org.coopkit.model.event.EventStatus;
import org.coopkit.model.event.EventType;
import org.coopkit.model.event.OrganiserRole;
import org.coopkit.model.organisation.OrganisationType;
import org.coopkit.model.project.CountryRole;
import org.coopkit.model.project.OrganisationRole;
import org.coopkit.model.project.ProjectStatus;
import org.coopkit.model.project.RelationType;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class SchemaTest {
  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  private final CoopkitJson json = CoopkitJson.create();
  private final JsonNode schemaNode = readSchema();
  private final Schema schema =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaNode);

  @Test
  void theExportOfAFullyPopulatedDataSetConformsToTheSchema() {
    JsonNode document = PLAIN.readTree(DataSets.export(json, DataSets.fullyPopulated()));

    assertThat(schema.validate(document)).extracting(Error::toString).isEmpty();
  }

  @Test
  void theExportOfARandomDataSetConformsToTheSchema() {
    JsonNode document = PLAIN.readTree(DataSets.export(json, DataSets.random(42, 60)));

    assertThat(schema.validate(document)).extracting(Error::toString).isEmpty();
  }

  @Test
  void theSchemaRejectsAFieldTheFormatDoesNotHave() {
    // given: a valid export with one field added deep inside
    JsonNode document = PLAIN.readTree(DataSets.export(json, DataSets.fullyPopulated()));
    ((ObjectNode) document.get("events").get(0).get("dates")).put("startTime", "09:00");

    // then
    assertThat(schema.validate(document))
        .extracting(Error::toString)
        .anySatisfy(e -> assertThat(e).contains("/events/0/dates").contains("startTime"));
  }

  @Test
  void theSchemaDeclaresExactlyTheFieldsTheReadersAccept() {
    Map<String, ShapedObjectReader.Shape> shapes = new LinkedHashMap<>();
    shapes.put("Organisation", OrganisationJson.SHAPE);
    shapes.put("Project", ProjectJson.SHAPE);
    shapes.put("ProjectDates", ProjectJson.DATES);
    shapes.put("CooperationFramework", ProjectJson.FRAMEWORK);
    shapes.put("ParticipatingCountry", ProjectJson.COUNTRY);
    shapes.put("ProjectOrganisation", ProjectJson.ORGANISATION);
    shapes.put("ProjectRelation", ProjectJson.RELATION);
    shapes.put("Component", ProjectJson.COMPONENT);
    shapes.put("Event", EventJson.SHAPE);
    shapes.put("EventDates", EventJson.DATES);
    shapes.put("Venue", EventJson.VENUE);
    shapes.put("Organiser", EventJson.ORGANISER);
    shapes.put("Participation", EventJson.PARTICIPATION);
    shapes.put("KeyMessage", EventJson.KEY_MESSAGE);
    shapes.put("Contact", ContactJson.SHAPE);
    shapes.put("RoleAssignment", ContactJson.ROLE);
    shapes.put("Money", ValueJson.MONEY);
    shapes.put("Link", ValueJson.LINK);
    shapes.put("ExternalId", ValueJson.EXTERNAL_ID);
    shapes.put("ParticipantCount", ValueJson.PARTICIPANT_COUNT);
    shapes.put("Source", SourceJson.SHAPE);
    shapes.put("FactProvenance", ProvenanceJson.SHAPE);
    shapes.put("ReportedValue", ProvenanceJson.VALUE);
    shapes.put("Adoption", ProvenanceJson.ADOPTION);

    shapes.forEach(
        (name, shape) ->
            assertThat(propertyNames(definition(name)))
                .as(name)
                .isEqualTo(new TreeSet<>(shape.names())));
    // And no object in the schema is open to fields it does not name.
    List<String> open = new ArrayList<>();
    definitions()
        .properties()
        .forEach(
            e -> {
              JsonNode def = e.getValue();
              if (def.has("properties") && !def.path("additionalProperties").isBoolean()) {
                open.add(e.getKey());
              }
            });
    assertThat(open).isEmpty();
    assertThat(schemaNode.get("additionalProperties").asBoolean(true)).isFalse();
  }

  @Test
  void theSchemaListsExactlyTheCodesOfEachEnum() {
    assertCodes("Organisation", "type", OrganisationType.class);
    assertCodes("Project", "status", ProjectStatus.class);
    assertCodes("ParticipatingCountry", "role", CountryRole.class);
    assertCodes("ProjectOrganisation", "role", OrganisationRole.class);
    assertCodes("ProjectRelation", "type", RelationType.class);
    assertCodes("Event", "type", EventType.class);
    assertCodes("Event", "status", EventStatus.class);
    assertCodes("Event", "format", EventFormat.class);
    assertCodes("Organiser", "role", OrganiserRole.class);
    assertCodes("Contact", "visibility", Visibility.class);
    assertCodes("RoleAssignment", "type", RoleType.class);
    assertCodes("Link", "kind", Link.Kind.class);
    assertCodes("ParticipantCount", "qualifier", ParticipantCount.Qualifier.class);
    assertCodes("Source", "kind", org.coopkit.model.source.SourceKind.class);
    assertCodes("FactProvenance", "kind", org.coopkit.model.source.AggregateKind.class);
    assertCodes("Adoption", "rule", org.coopkit.model.source.AdoptionRule.class);
  }

  private void assertCodes(String definition, String property, Class<? extends Enum<?>> type) {
    List<String> listed = new ArrayList<>();
    definition(definition)
        .get("properties")
        .get(property)
        .get("enum")
        .forEach(code -> listed.add(code.asString()));
    List<String> codes = new ArrayList<>();
    EnumJson.codes(type).forEach(codes::add);
    assertThat(listed).as(definition + "." + property).isEqualTo(codes);
  }

  private JsonNode definitions() {
    return schemaNode.get("$defs");
  }

  private JsonNode definition(String name) {
    return definitions().get(name);
  }

  private static Set<String> propertyNames(JsonNode definition) {
    Set<String> names = new TreeSet<>();
    definition.get("properties").propertyNames().forEach(names::add);
    return names;
  }

  private static JsonNode readSchema() {
    try (InputStream in = CoopkitJson.class.getResourceAsStream(CoopkitJson.SCHEMA_RESOURCE)) {
      assertThat(in).as(CoopkitJson.SCHEMA_RESOURCE).isNotNull();
      return PLAIN.readTree(in);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
