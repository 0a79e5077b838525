package org.coopkit.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The BOM lines up what a host adds beside this adapter: every optional dependency of the adapter,
 * at the version the adapter is built and tested with.
 */
class BomTest {
  private static final Path MODULE =
      Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
  private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

  @Test
  void theBomManagesEveryOptionalDependencyOfTheAdapter() throws Exception {
    // given
    Map<String, String> managed = managedByTheBom();
    List<String> optional = new ArrayList<>();
    Element pom = parse(MODULE.resolve("pom.xml")).getDocumentElement();
    for (Element dependency : dependencies(pom)) {
      if ("true".equals(text(dependency, "optional"))) {
        optional.add(text(dependency, "groupId") + ":" + text(dependency, "artifactId"));
      }
    }

    // then
    assertThat(optional)
        .contains("com.zaxxer:HikariCP", "com.h2database:h2", "org.flywaydb:flyway-mysql");
    assertThat(managed).containsKeys(optional.toArray(String[]::new));
  }

  @Test
  void theBomsVersionsAreThoseTheAdapterIsTestedWith() throws Exception {
    // given
    Map<String, String> managed = managedByTheBom();
    List<String> jars =
        HostJvm.testClassPath().stream()
            .map(entry -> Path.of(entry).getFileName().toString())
            .toList();

    // then: the jar of each artifact other than coopkit's on this class path is the BOM's version
    managed.forEach(
        (artifact, version) -> {
          if (!artifact.startsWith("org.coopkit:")) {
            String jar = artifact.substring(artifact.indexOf(':') + 1) + "-" + version + ".jar";
            assertThat(jars).as(artifact).contains(jar);
          }
        });
  }

  /** The BOM's managed dependencies, {@code groupId:artifactId} to version. */
  private static Map<String, String> managedByTheBom() throws Exception {
    Document bom = parse(MODULE.resolve("../bom/pom.xml"));
    Map<String, String> properties = new HashMap<>();
    properties.put("project.version", text(bom.getDocumentElement(), "version"));
    Element declared = child(bom.getDocumentElement(), "properties");
    if (declared != null) {
      NodeList children = declared.getChildNodes();
      for (int i = 0; i < children.getLength(); i++) {
        if (children.item(i) instanceof Element property) {
          properties.put(property.getTagName(), property.getTextContent().strip());
        }
      }
    }
    Element management = child(bom.getDocumentElement(), "dependencyManagement");
    assertThat(management).as("the BOM's dependencyManagement").isNotNull();
    Map<String, String> managed = new LinkedHashMap<>();
    for (Element dependency : dependencies(management)) {
      Matcher matcher = PROPERTY.matcher(text(dependency, "version"));
      String version =
          matcher.replaceAll(m -> Matcher.quoteReplacement(properties.get(m.group(1))));
      managed.put(text(dependency, "groupId") + ":" + text(dependency, "artifactId"), version);
    }
    return managed;
  }

  private static Document parse(Path pom) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(pom.toFile());
  }

  /** The {@code dependency} elements in the {@code dependencies} child of {@code parent}. */
  private static List<Element> dependencies(Element parent) {
    Element list = child(parent, "dependencies");
    List<Element> found = new ArrayList<>();
    if (list != null) {
      NodeList children = list.getChildNodes();
      for (int i = 0; i < children.getLength(); i++) {
        if (children.item(i) instanceof Element dependency
            && dependency.getTagName().equals("dependency")) {
          found.add(dependency);
        }
      }
    }
    return found;
  }

  private static @Nullable Element child(Element parent, String name) {
    NodeList children = parent.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element element && element.getTagName().equals(name)) {
        return element;
      }
    }
    return null;
  }

  private static String text(Element parent, String name) {
    Element element = child(parent, name);
    return element == null ? "" : element.getTextContent().strip();
  }
}
