package org.coopkit.storage.memory;

import org.coopkit.spi.Storage;
import org.coopkit.storage.tck.EventTestSuite;

/** The in-memory storage against the contract kit's suite for events. */
class MemoryEventTestSuiteTest extends EventTestSuite {
  @Override
  protected Storage createStorage() {
    return MemoryStorage.create();
  }
}
