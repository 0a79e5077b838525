package org.coopkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.UUID;
import javax.sql.DataSource;
import org.coopkit.Coopkit;
import org.coopkit.error.StorageUnavailableException;
import org.coopkit.json.CoopkitJsonModule;
import org.coopkit.model.project.Project;
import org.coopkit.service.ContactService;
import org.coopkit.service.EventService;
import org.coopkit.service.OrganisationService;
import org.coopkit.service.ProjectService;
import org.coopkit.service.ReportService;
import org.coopkit.spi.Storage;
import org.coopkit.storage.jdbc.JdbcStorage;
import org.coopkit.storage.jdbc.JdbcStorageOptions;
import org.coopkit.storage.memory.MemoryStorage;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the auto-configuration makes of an application: which store, what it does with the schema,
 * which beans, JSON, health, and what a misconfiguration says. Each case starts an application
 * context of its own, with the auto-configurations it names.
 */
class CoopkitAutoConfigurationTest {
  private final ApplicationContextRunner coopkitOnly =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(CoopkitAutoConfiguration.class));

  private final ApplicationContextRunner withDatabase =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  DataSourceAutoConfiguration.class,
                  DataSourceTransactionManagerAutoConfiguration.class,
                  CoopkitAutoConfiguration.class))
          .withPropertyValues("spring.datasource.url=" + freshH2());

  private static String freshH2() {
    return "jdbc:h2:mem:coopkit_boot_" + UUID.randomUUID().toString().replace("-", "");
  }

  private static Project newProject(Coopkit coopkit) {
    String token = UUID.randomUUID().toString().substring(0, 8);
    return Project.builder()
        .id(coopkit.ids().newProjectId())
        .code("boot-" + token)
        .title("Project " + token)
        .build();
  }

  private static boolean hasHistoryTable(AssertableApplicationContext context) {
    Integer tables =
        new JdbcTemplate(context.getBean(DataSource.class))
            .queryForObject(
                "SELECT COUNT(*) FROM information_schema.tables"
                    + " WHERE LOWER(table_name) = 'coopkit_schema_history'",
                Integer.class);
    return tables != null && tables > 0;
  }

  private static Throwable rootCause(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause;
  }

  @Test
  void withoutADataSourceCoopkitRunsInMemoryWithItsFiveServicesAsBeans() {
    coopkitOnly.run(
        context -> {
          assertThat(context).hasNotFailed();
          Coopkit coopkit = context.getBean(Coopkit.class);
          assertThat(coopkit.storage()).isInstanceOf(MemoryStorage.class);
          assertThat(context)
              .hasSingleBean(ProjectService.class)
              .hasSingleBean(EventService.class)
              .hasSingleBean(ContactService.class)
              .hasSingleBean(OrganisationService.class)
              .hasSingleBean(ReportService.class);
          Project created = context.getBean(ProjectService.class).create(newProject(coopkit));
          assertThat(coopkit.projects().get(created.id())).isEqualTo(created);
        });
  }

  @Test
  void withADataSourceCoopkitMigratesItsTablesThereAndUsesThem() {
    withDatabase.run(
        context -> {
          assertThat(context).hasNotFailed().hasSingleBean(JdbcStorage.class);
          JdbcStorage storage = context.getBean(JdbcStorage.class);
          assertThat(context.getBean(Coopkit.class).storage()).isSameAs(storage);
          assertThat(storage.schemaVersion()).isEqualTo("15.1");
          assertThat(hasHistoryTable(context)).isTrue();
        });
  }

  @Test
  void thePropertiesReachTheStoragesOptions() {
    withDatabase
        .withPropertyValues("coopkit.jdbc.max-retries=5", "coopkit.jdbc.bulk-chunk-size=10")
        .run(
            context ->
                assertThat(context.getBean(JdbcStorage.class).options())
                    .isEqualTo(JdbcStorageOptions.DEFAULT.withMaxRetries(5).withBulkChunkSize(10)));
  }

  @Test
  void storageMemoryLeavesTheApplicationsDatabaseAlone() {
    withDatabase
        .withPropertyValues("coopkit.storage=memory")
        .run(
            context -> {
              assertThat(context.getBean(Coopkit.class).storage())
                  .isInstanceOf(MemoryStorage.class);
              assertThat(hasHistoryTable(context)).isFalse();
            });
  }

  @Test
  void storageJdbcWithoutADataSourceStopsTheStartSayingWhatToDo() {
    coopkitOnly
        .withPropertyValues("coopkit.storage=jdbc")
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(rootCause(context.getStartupFailure()))
                  .isInstanceOf(IllegalStateException.class)
                  .hasMessageContaining("coopkit.storage is jdbc")
                  .hasMessageContaining("add spring-boot-starter-jdbc and a JDBC driver");
            });
  }

  @Test
  void validateRefusesAnUnmigratedSchemaNamingTheFirstMigrationMissing() {
    withDatabase
        .withPropertyValues("coopkit.schema.mode=validate")
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(rootCause(context.getStartupFailure()))
                  .isInstanceOf(StorageUnavailableException.class)
                  .hasMessageContaining("not up to date")
                  .hasMessageContaining("migration 1 (schema)");
            });
  }

  @Test
  void validateStartsOnAMigratedSchemaAndNoneNeitherMigratesNorChecks() {
    String url = freshH2() + ";DB_CLOSE_DELAY=-1";
    ApplicationContextRunner onOneDatabase =
        withDatabase.withPropertyValues("spring.datasource.url=" + url);
    onOneDatabase
        .withPropertyValues("coopkit.schema.mode=none")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(hasHistoryTable(context)).isFalse();
            });
    onOneDatabase.run(context -> assertThat(context).hasNotFailed());
    onOneDatabase
        .withPropertyValues("coopkit.schema.mode=validate")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context.getBean(JdbcStorage.class).options().migrate()).isFalse();
              new JdbcTemplate(context.getBean(DataSource.class)).execute("SHUTDOWN");
            });
  }

  @Test
  void aPropertyOutOfRangeStopsTheStartNamingPropertyRuleAndValue() {
    coopkitOnly
        .withPropertyValues("coopkit.jdbc.max-retries=-1")
        .run(
            context -> {
              assertThat(context).hasFailed();
              assertThat(rootCause(context.getStartupFailure()))
                  .hasMessage("coopkit.jdbc.max-retries must be 0 or more, but was -1");
            });
  }

  @Test
  void aCallInASpringTransactionRollsBackWithItUnlessJoiningIsOff() {
    withDatabase.run(
        context -> {
          Coopkit coopkit = context.getBean(Coopkit.class);
          Project project = newProject(coopkit);
          inTransactionThenRollBack(context, () -> coopkit.projects().create(project));
          assertThat(coopkit.projects().find(project.id())).isEmpty();
        });
    withDatabase
        .withPropertyValues("coopkit.jdbc.join-spring-transactions=false")
        .run(
            context -> {
              Coopkit coopkit = context.getBean(Coopkit.class);
              Project project = newProject(coopkit);
              inTransactionThenRollBack(context, () -> coopkit.projects().create(project));
              assertThat(coopkit.projects().find(project.id())).isPresent();
            });
  }

  private static void inTransactionThenRollBack(
      AssertableApplicationContext context, Runnable body) {
    new TransactionTemplate(context.getBean(PlatformTransactionManager.class))
        .executeWithoutResult(
            status -> {
              body.run();
              status.setRollbackOnly();
            });
  }

  @Test
  void withoutSpringJdbcTheJdbcStoreRunsItsOwnTransactions() {
    // A pool of the application's own, made without Spring.
    try (HikariDataSource pool = new HikariDataSource()) {
      pool.setJdbcUrl(freshH2());
      coopkitOnly
          .withClassLoader(new FilteredClassLoader("org.springframework.jdbc"))
          .withBean(DataSource.class, () -> pool)
          .run(
              context -> {
                assertThat(context).hasNotFailed();
                Coopkit coopkit = context.getBean(Coopkit.class);
                assertThat(coopkit.storage()).isInstanceOf(JdbcStorage.class);
                Project created = coopkit.projects().create(newProject(coopkit));
                assertThat(coopkit.projects().get(created.id())).isEqualTo(created);
              });
    }
  }

  @Test
  void theApplicationsOwnStorageAndCoopkitBeansWin() {
    MemoryStorage own = MemoryStorage.create();
    withDatabase
        .withBean(Storage.class, () -> own)
        .run(
            context -> {
              assertThat(context.getBean(Coopkit.class).storage()).isSameAs(own);
              assertThat(hasHistoryTable(context)).isFalse();
            });
    Coopkit ownCoopkit = Coopkit.builder().storage(MemoryStorage.create()).build();
    coopkitOnly
        .withBean(Coopkit.class, () -> ownCoopkit)
        .run(
            context -> {
              assertThat(context).getBean(Coopkit.class).isSameAs(ownCoopkit);
              Project created =
                  context.getBean(ProjectService.class).create(newProject(ownCoopkit));
              assertThat(ownCoopkit.projects().find(created.id())).isPresent();
            });
  }

  @Test
  void bootsJsonMapperWritesAndReadsTheModelWithCoopkitsModule() {
    coopkitOnly
        .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
        .run(
            context -> {
              assertThat(context).hasSingleBean(CoopkitJsonModule.class);
              JsonMapper mapper = context.getBean(JsonMapper.class);
              Project project = newProject(context.getBean(Coopkit.class));
              String json = mapper.writeValueAsString(project);
              assertThat(json)
                  .contains("\"id\":\"" + project.id() + "\"")
                  .contains("\"code\":\"" + project.code() + "\"");
              assertThat(mapper.readValue(json, Project.class)).isEqualTo(project);
            });
  }

  @Test
  void withoutJacksonThereIsNoModuleAndCoopkitStillStarts() {
    coopkitOnly
        .withClassLoader(new FilteredClassLoader("tools.jackson"))
        .run(
            context -> {
              assertThat(context).hasNotFailed().hasSingleBean(Coopkit.class);
              assertThat(context).doesNotHaveBean(CoopkitJsonModule.class);
            });
  }

  @Test
  void theHealthIsUpWithTheSchemaVersionAndDownOnceTheDatabaseIsGone() {
    withDatabase.run(
        context -> {
          HealthIndicator indicator =
              context.getBean("coopkitHealthIndicator", HealthIndicator.class);
          Health up = indicator.health();
          assertThat(up.getStatus()).isEqualTo(Status.UP);
          assertThat(up.getDetails())
              .containsEntry("storage", "jdbc")
              .containsEntry("schemaVersion", "15.1")
              .containsKey("database");

          context.getBean(HikariDataSource.class).close();
          Health down = indicator.health();

          assertThat(down.getStatus()).isEqualTo(Status.DOWN);
          assertThat(String.valueOf(down.getDetails().get("error")))
              .contains(StorageUnavailableException.class.getName());
        });
  }

  @Test
  void theHealthOfTheMemoryStoreIsUpAndTheIndicatorCanBeTurnedOff() {
    coopkitOnly.run(
        context ->
            assertThat(
                    context
                        .getBean("coopkitHealthIndicator", HealthIndicator.class)
                        .health()
                        .getDetails())
                .containsEntry("storage", "memory"));
    coopkitOnly
        .withPropertyValues("management.health.coopkit.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean("coopkitHealthIndicator"));
    coopkitOnly
        .withClassLoader(new FilteredClassLoader(HealthIndicator.class))
        .run(
            context -> {
              assertThat(context).hasNotFailed().hasSingleBean(Coopkit.class);
              assertThat(context).doesNotHaveBean("coopkitHealthIndicator");
            });
  }
}
