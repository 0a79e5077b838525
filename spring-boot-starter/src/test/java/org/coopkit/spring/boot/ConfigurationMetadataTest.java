package org.coopkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The metadata IDEs read to complete and explain {@code coopkit.*} in {@code
 * application.properties}: every property with its type, description and default.
 */
class ConfigurationMetadataTest {
  private static Map<String, JsonNode> properties() throws IOException {
    try (InputStream in =
        ConfigurationMetadataTest.class
            .getClassLoader()
            .getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
      assertThat(in).as("the metadata generated at build time").isNotNull();
      Map<String, JsonNode> byName = new HashMap<>();
      for (JsonNode property : JsonMapper.builder().build().readTree(in).get("properties")) {
        byName.put(property.get("name").asString(), property);
      }
      return byName;
    }
  }

  @Test
  void everyPropertyHasItsTypeDescriptionAndDefault() throws IOException {
    Map<String, JsonNode> properties = properties();

    assertThat(properties)
        .containsOnlyKeys(
            "coopkit.storage",
            "coopkit.schema.mode",
            "coopkit.schema.name",
            "coopkit.jdbc.max-retries",
            "coopkit.jdbc.bulk-chunk-size",
            "coopkit.jdbc.join-spring-transactions",
            "management.health.coopkit.enabled");
    properties.forEach(
        (name, property) -> {
          assertThat(property.path("type").asString()).as("type of %s", name).isNotEmpty();
          assertThat(property.path("description").asString())
              .as("description of %s", name)
              .hasSizeGreaterThan(20);
        });
    assertThat(properties.get("coopkit.storage").get("defaultValue").asString()).isEqualTo("auto");
    assertThat(properties.get("coopkit.schema.mode").get("defaultValue").asString())
        .isEqualTo("migrate");
    assertThat(properties.get("coopkit.jdbc.max-retries").get("defaultValue").asInt()).isEqualTo(3);
    assertThat(properties.get("coopkit.jdbc.bulk-chunk-size").get("defaultValue").asInt())
        .isEqualTo(1000);
    assertThat(
            properties.get("coopkit.jdbc.join-spring-transactions").get("defaultValue").asBoolean())
        .isTrue();
  }
}
