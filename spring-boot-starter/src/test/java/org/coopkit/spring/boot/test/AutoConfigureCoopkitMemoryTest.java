package org.coopkit.spring.boot.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import javax.sql.DataSource;
import org.coopkit.Coopkit;
import org.coopkit.model.project.Project;
import org.coopkit.service.ProjectService;
import org.coopkit.storage.memory.MemoryStorage;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link AutoConfigureCoopkitMemory} on a real application with a database, and on a test whose
 * configuration has no auto-configuration at all (as in a test slice).
 */
class AutoConfigureCoopkitMemoryTest {
  /** An application with a DataSource (H2 in memory), as a host has in production. */
  @SpringBootConfiguration
  @EnableAutoConfiguration
  static class ApplicationWithADatabase {}

  /** A configuration that auto-configures nothing, like the slices that leave coopkit out. */
  @Configuration(proxyBeanMethods = false)
  static class NothingAutoConfigured {}

  private static Project newProject(Coopkit coopkit) {
    String token = UUID.randomUUID().toString().substring(0, 8);
    return Project.builder()
        .id(coopkit.ids().newProjectId())
        .code("memory-" + token)
        .title("Project " + token)
        .build();
  }

  @Nested
  @SpringBootTest(
      classes = ApplicationWithADatabase.class,
      properties = "spring.datasource.url=jdbc:h2:mem:coopkit_boot_memory_annotation")
  @AutoConfigureCoopkitMemory
  class OnAnApplicationWithADatabase {
    @Autowired Coopkit coopkit;
    @Autowired ProjectService projects;
    @Autowired DataSource dataSource;

    @Test
    void coopkitRunsInMemoryAndLeavesTheDatabaseAlone() {
      // when
      Project created = projects.create(newProject(coopkit));

      // then
      assertThat(coopkit.storage()).isInstanceOf(MemoryStorage.class);
      assertThat(coopkit.projects().get(created.id())).isEqualTo(created);
      Integer coopkitTables =
          new JdbcTemplate(dataSource)
              .queryForObject(
                  "SELECT COUNT(*) FROM information_schema.tables"
                      + " WHERE LOWER(table_name) IN ('coopkit_schema_history', 'project')",
                  Integer.class);
      assertThat(coopkitTables).isZero();
    }
  }

  @Nested
  @SpringBootTest(classes = NothingAutoConfigured.class)
  @AutoConfigureCoopkitMemory
  class WhereNothingIsAutoConfigured {
    @Autowired ProjectService projects;
    @Autowired Coopkit coopkit;

    @Test
    void theAnnotationBringsCoopkitAndItsServices() {
      assertThat(coopkit.storage()).isInstanceOf(MemoryStorage.class);
      Project created = projects.create(newProject(coopkit));
      assertThat(projects.find(created.id())).isPresent();
    }
  }

  @Nested
  @SpringBootTest(classes = NothingAutoConfigured.class)
  class WhereNothingIsAutoConfiguredAndTheAnnotationIsMissing {
    @Autowired ApplicationContext context;

    @Test
    void thereIsNoCoopkit() {
      assertThat(context.getBeanNamesForType(Coopkit.class)).isEmpty();
    }
  }
}
