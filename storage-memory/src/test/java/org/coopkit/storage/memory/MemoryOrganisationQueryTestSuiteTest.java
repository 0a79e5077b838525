package org.coopkit.storage.memory;

import org.coopkit.spi.Storage;
import org.coopkit.storage.tck.OrganisationQueryTestSuite;

/** The in-memory storage against the contract kit's suite for organisation searches. */
class MemoryOrganisationQueryTestSuiteTest extends OrganisationQueryTestSuite {
  @Override
  protected Storage createStorage() {
    return MemoryStorage.create();
  }
}
