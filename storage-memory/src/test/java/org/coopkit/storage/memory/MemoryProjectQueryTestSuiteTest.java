package org.coopkit.storage.memory;

import org.coopkit.spi.Storage;
import org.coopkit.storage.tck.ProjectQueryTestSuite;

/** The in-memory storage against the contract kit's suite for project searches. */
class MemoryProjectQueryTestSuiteTest extends ProjectQueryTestSuite {
  @Override
  protected Storage createStorage() {
    return MemoryStorage.create();
  }
}
