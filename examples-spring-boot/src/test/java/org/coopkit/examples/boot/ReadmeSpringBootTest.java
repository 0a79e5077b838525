package org.coopkit.examples.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The root README's "Spring Boot" section holds what compiles and runs here: its Java bean is this
 * module's {@link ProjectDirectory} (compiled, and used by the tested controller), its parent is
 * the Spring Boot version the starter is built on, and its properties are ones Boot or the starter
 * knows.
 */
class ReadmeSpringBootTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Path BEAN =
      Path.of("src", "main", "java", "org", "coopkit", "examples", "boot", "ProjectDirectory.java");

  private static String section() throws IOException {
    String readme = Files.readString(README);
    int start = readme.indexOf("\n## Spring Boot\n");
    assertThat(start).as("README has a Spring Boot section").isNotNegative();
    int end = readme.indexOf("\n## ", start + 1);
    return readme.substring(start, end < 0 ? readme.length() : end);
  }

  private static List<String> blocks(String text, String language) {
    List<String> blocks = new ArrayList<>();
    Matcher m = Pattern.compile("```" + language + "\n(.*?)```", Pattern.DOTALL).matcher(text);
    while (m.find()) {
      blocks.add(m.group(1));
    }
    return blocks;
  }

  @Test
  void theJavaSnippetIsTheSamplesCompiledBean() throws IOException {
    String source = Files.readString(BEAN);
    String withoutPackage = source.substring(source.indexOf("\n\n") + 2);

    assertThat(blocks(section(), "java")).containsExactly(withoutPackage);
  }

  @Test
  void theSnippetsParentIsTheSpringBootTheStarterIsBuiltOn() throws IOException {
    String xml = blocks(section(), "xml").get(0);

    assertThat(xml)
        .contains("<artifactId>spring-boot-starter-parent</artifactId>")
        .contains("<version>" + SpringBootVersion.getVersion() + "</version>")
        .contains("<artifactId>coopkit-spring-boot-starter</artifactId>");
  }

  @Test
  void everyCoopkitPropertyOfTheSnippetIsOneTheStarterKnows() throws IOException {
    Set<String> known = new HashSet<>();
    try (InputStream in =
        getClass()
            .getClassLoader()
            .getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
      assertThat(in).isNotNull();
      for (JsonNode property : JsonMapper.builder().build().readTree(in).get("properties")) {
        known.add(property.get("name").asString());
      }
    }

    List<String> coopkitKeys =
        blocks(section(), "properties")
            .get(0)
            .lines()
            .filter(line -> line.startsWith("coopkit."))
            .map(line -> line.substring(0, line.indexOf('=')))
            .toList();

    assertThat(coopkitKeys).isNotEmpty();
    assertThat(known).containsAll(coopkitKeys);
  }
}
