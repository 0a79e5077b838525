package org.coopkit.storage.memory;

import org.coopkit.spi.Storage;
import org.coopkit.storage.tck.ContactTestSuite;

/** The in-memory storage against the contract kit's suite for contacts. */
class MemoryContactTestSuiteTest extends ContactTestSuite {
  @Override
  protected Storage createStorage() {
    return MemoryStorage.create();
  }
}
