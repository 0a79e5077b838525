package org.coopkit.spring.boot;

import java.util.Locale;
import javax.sql.DataSource;
import org.coopkit.Coopkit;
import org.coopkit.json.CoopkitJsonModule;
import org.coopkit.service.ContactService;
import org.coopkit.service.EventService;
import org.coopkit.service.OrganisationService;
import org.coopkit.service.ProjectService;
import org.coopkit.service.ReportService;
import org.coopkit.spi.Storage;
import org.coopkit.spring.boot.CoopkitProperties.SchemaMode;
import org.coopkit.storage.jdbc.JdbcStorage;
import org.coopkit.storage.jdbc.JdbcStorageOptions;
import org.coopkit.storage.memory.MemoryStorage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.condition.NoneNestedConditions;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.ClassUtils;
import tools.jackson.databind.JacksonModule;

/**
 * Auto-configures coopkit in a Spring Boot 4 application: a {@link Coopkit} over the application's
 * {@link DataSource} (or the in-memory store when there is none), its five services as beans,
 * coopkit's Jackson module for Boot's {@code JsonMapper}, and a health indicator.
 *
 * <ul>
 *   <li><b>Storage</b> ({@link Storage} bean, unless the application defines one): a {@link
 *       JdbcStorage} over the application's single (or primary) DataSource, which coopkit borrows
 *       and never closes, with coopkit's tables migrated, validated or left alone as {@code
 *       coopkit.schema.mode} says, after the application's own Flyway, Liquibase or SQL scripts
 *       have run. Without a DataSource, or with {@code coopkit.storage=memory}, a {@link
 *       MemoryStorage}.
 *   <li><b>Transactions</b>: with the JDBC store, a coopkit call made inside a Spring-managed
 *       transaction on that DataSource ({@code @Transactional}, {@code TransactionTemplate}) is
 *       part of it: it commits and rolls back with the application's own writes, is read-only in a
 *       read-only transaction, and is never retried by coopkit. Outside one, coopkit runs its own
 *       transactions. {@code coopkit.jdbc.join-spring-transactions=false} turns the joining off.
 *   <li><b>Beans</b>: {@link Coopkit} and its {@link ProjectService}, {@link EventService}, {@link
 *       ContactService}, {@link OrganisationService} and {@link ReportService}, each unless the
 *       application defines its own. To build {@code Coopkit} differently (another clock, say),
 *       define a {@code Coopkit} bean over the {@code Storage} bean.
 *   <li><b>JSON</b>: a {@link CoopkitJsonModule} bean, which Boot registers with its {@code
 *       JsonMapper}, so that controllers read and write coopkit's model.
 *   <li><b>Health</b>: {@code coopkit}, with the actuator; {@code management.health.coopkit.enabled
 *       =false} turns it off.
 * </ul>
 *
 * <p>Exclude it ({@code @SpringBootApplication(exclude = CoopkitAutoConfiguration.class)}) to
 * configure coopkit entirely by hand.
 *
 * @since 0.1.0
 */
@AutoConfiguration(
    afterName = {
      "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
      "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration"
    })
@EnableConfigurationProperties(CoopkitProperties.class)
public final class CoopkitAutoConfiguration {
  /** Made by Spring, from the auto-configuration's imports. */
  public CoopkitAutoConfiguration() {}

  /**
   * The entry point over the storage bean. Not closed by Spring: the storage bean is, and it closes
   * only what coopkit opened (never the application's DataSource).
   *
   * @param storage the storage bean
   * @param properties coopkit's properties, for the message when there is no storage
   * @return coopkit
   * @throws IllegalStateException if no storage was configured: {@code coopkit.storage=jdbc}
   *     without a single DataSource
   */
  @Bean(destroyMethod = "")
  @ConditionalOnMissingBean
  public Coopkit coopkit(ObjectProvider<Storage> storage, CoopkitProperties properties) {
    Storage chosen = storage.getIfUnique();
    if (chosen == null) {
      throw new IllegalStateException(
          "coopkit.storage is "
              + properties.getStorage().name().toLowerCase(Locale.ROOT)
              + ", but the application has no single DataSource bean (none, or several and none"
              + " primary): add spring-boot-starter-jdbc and a JDBC driver, mark one DataSource"
              + " @Primary, or set coopkit.storage=memory");
    }
    return Coopkit.builder().storage(chosen).build();
  }

  /**
   * Projects, their components, dates and relations.
   *
   * @param coopkit the entry point
   * @return {@link Coopkit#projects()}
   */
  @Bean
  @ConditionalOnMissingBean
  public ProjectService projectService(Coopkit coopkit) {
    return coopkit.projects();
  }

  /**
   * Events with their dates, venues, organisers and participants.
   *
   * @param coopkit the entry point
   * @return {@link Coopkit#events()}
   */
  @Bean
  @ConditionalOnMissingBean
  public EventService eventService(Coopkit coopkit) {
    return coopkit.events();
  }

  /**
   * People, their roles and their personal data requests.
   *
   * @param coopkit the entry point
   * @return {@link Coopkit#contacts()}
   */
  @Bean
  @ConditionalOnMissingBean
  public ContactService contactService(Coopkit coopkit) {
    return coopkit.contacts();
  }

  /**
   * Partner and beneficiary organisations.
   *
   * @param coopkit the entry point
   * @return {@link Coopkit#organisations()}
   */
  @Bean
  @ConditionalOnMissingBean
  public OrganisationService organisationService(Coopkit coopkit) {
    return coopkit.organisations();
  }

  /**
   * Dashboards, country profiles and the portfolio matrix.
   *
   * @param coopkit the entry point
   * @return {@link Coopkit#reports()}
   */
  @Bean
  @ConditionalOnMissingBean
  public ReportService reportService(Coopkit coopkit) {
    return coopkit.reports();
  }

  /** The JDBC store over the application's DataSource. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass({DataSource.class, JdbcStorage.class})
  @ConditionalOnSingleCandidate(DataSource.class)
  @Conditional(NotMemory.class)
  static class JdbcStorageConfiguration {
    @Bean
    @ConditionalOnMissingBean(Storage.class)
    @DependsOnDatabaseInitialization
    JdbcStorage coopkitStorage(
        DataSource dataSource, CoopkitProperties properties, ResourceLoader resources) {
      CoopkitProperties.Schema schema = properties.getSchema();
      CoopkitProperties.Jdbc jdbc = properties.getJdbc();
      JdbcStorageOptions options =
          JdbcStorageOptions.DEFAULT
              .withMigrate(schema.getMode() == SchemaMode.MIGRATE)
              .withSchema(schema.getName())
              .withMaxRetries(jdbc.getMaxRetries())
              .withBulkChunkSize(jdbc.getBulkChunkSize());
      // Without spring-jdbc there is no Spring transaction on a DataSource to join.
      boolean join =
          jdbc.isJoinSpringTransactions()
              && ClassUtils.isPresent(SpringTransactions.SPRING_JDBC, resources.getClassLoader());
      JdbcStorage storage =
          join
              ? JdbcStorage.create(dataSource, options, SpringTransactions.over(dataSource))
              : JdbcStorage.create(dataSource, options);
      if (schema.getMode() == SchemaMode.VALIDATE) {
        try {
          storage.validateSchema();
        } catch (RuntimeException e) {
          storage.close();
          throw e;
        }
      }
      return storage;
    }
  }

  /** The in-memory store: asked for, or no DataSource to use. */
  @Configuration(proxyBeanMethods = false)
  @Conditional(UseMemory.class)
  static class MemoryStorageConfiguration {
    @Bean
    @ConditionalOnMissingBean(Storage.class)
    MemoryStorage coopkitStorage() {
      return MemoryStorage.create();
    }
  }

  /** coopkit's Jackson module, which Boot adds to its JsonMapper. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass({JacksonModule.class, CoopkitJsonModule.class})
  static class JsonConfiguration {
    @Bean
    @ConditionalOnMissingBean
    CoopkitJsonModule coopkitJsonModule() {
      return CoopkitJsonModule.create();
    }
  }

  /** coopkit's health, with the actuator. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(HealthIndicator.class)
  @ConditionalOnEnabledHealthIndicator("coopkit")
  static class HealthConfiguration {
    @Bean
    @ConditionalOnMissingBean(name = "coopkitHealthIndicator")
    HealthIndicator coopkitHealthIndicator(Coopkit coopkit) {
      return new CoopkitHealthIndicator(coopkit.storage());
    }
  }

  /** {@code coopkit.storage=memory}, or {@code auto} (the default) without a DataSource. */
  static final class UseMemory extends AnyNestedCondition {
    UseMemory() {
      super(ConfigurationPhase.REGISTER_BEAN);
    }

    @ConditionalOnProperty(name = "coopkit.storage", havingValue = "memory")
    static final class Asked {}

    @ConditionalOnProperty(name = "coopkit.storage", havingValue = "auto", matchIfMissing = true)
    @ConditionalOnMissingBean(DataSource.class)
    static final class NoDataSource {}
  }

  /** Any {@code coopkit.storage} but {@code memory}. */
  static final class NotMemory extends NoneNestedConditions {
    NotMemory() {
      super(ConfigurationPhase.REGISTER_BEAN);
    }

    @ConditionalOnProperty(name = "coopkit.storage", havingValue = "memory")
    static final class Memory {}
  }
}
