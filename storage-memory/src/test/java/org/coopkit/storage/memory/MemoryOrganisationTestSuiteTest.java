package org.coopkit.storage.memory;

import org.coopkit.spi.Storage;
import org.coopkit.storage.tck.OrganisationTestSuite;

/** The in-memory storage against the contract kit's suite for organisations. */
class MemoryOrganisationTestSuiteTest extends OrganisationTestSuite {
  @Override
  protected Storage createStorage() {
    return MemoryStorage.create();
  }
}
