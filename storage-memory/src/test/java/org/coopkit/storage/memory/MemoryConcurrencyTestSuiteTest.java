package org.coopkit.storage.memory;

import org.coopkit.spi.Storage;
import org.coopkit.storage.tck.ConcurrencyTestSuite;

/** The in-memory storage against the contract kit's suite for concurrent use. */
class MemoryConcurrencyTestSuiteTest extends ConcurrencyTestSuite {
  @Override
  protected Storage createStorage() {
    return MemoryStorage.create();
  }
}
