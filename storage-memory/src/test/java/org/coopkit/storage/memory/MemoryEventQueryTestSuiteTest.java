package org.coopkit.storage.memory;

import org.coopkit.spi.Storage;
import org.coopkit.storage.tck.EventQueryTestSuite;

/** The in-memory storage against the contract kit's suite for event searches. */
class MemoryEventQueryTestSuiteTest extends EventQueryTestSuite {
  @Override
  protected Storage createStorage() {
    return MemoryStorage.create();
  }
}
