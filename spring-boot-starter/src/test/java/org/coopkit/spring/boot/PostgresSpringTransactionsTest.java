package org.coopkit.spring.boot;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@link SpringTransactionsTestSuite} on PostgreSQL, in a schema of its own made before the
 * application starts and dropped after the class.
 */
class PostgresSpringTransactionsTest extends SpringTransactionsTestSuite {
  private static @Nullable TestSchema schema;

  @BeforeAll
  static void makeSchema() {
    // Before the application context: a server that does not answer skips the class here.
    schema = TestSchema.postgresql();
  }

  @AfterAll
  static void dropSchema() {
    if (schema != null) {
      schema.drop();
    }
  }

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> made().url());
    registry.add("spring.datasource.username", () -> made().user());
    registry.add("spring.datasource.password", () -> made().password());
  }

  private static TestSchema made() {
    if (schema == null) {
      throw new IllegalStateException("The schema is made before the application starts");
    }
    return schema;
  }
}
