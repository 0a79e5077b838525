package org.coopkit.spring.boot;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link SpringTransactionsTestSuite} on an in-memory H2 database of its own. */
class H2SpringTransactionsTest extends SpringTransactionsTestSuite {
  private static final TestSchema DATABASE = TestSchema.h2();

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", DATABASE::url);
    registry.add("spring.datasource.username", DATABASE::user);
    registry.add("spring.datasource.password", DATABASE::password);
  }
}
