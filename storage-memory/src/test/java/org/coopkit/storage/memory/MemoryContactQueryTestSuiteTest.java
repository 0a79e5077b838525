package org.coopkit.storage.memory;

import org.coopkit.spi.Storage;
import org.coopkit.storage.tck.ContactQueryTestSuite;

/** The in-memory storage against the contract kit's suite for contact searches. */
class MemoryContactQueryTestSuiteTest extends ContactQueryTestSuite {
  @Override
  protected Storage createStorage() {
    return MemoryStorage.create();
  }
}
