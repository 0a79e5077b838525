package org.coopkit.storage.memory;

import org.coopkit.spi.Storage;
import org.coopkit.storage.tck.ModelRangeTestSuite;

/** The in-memory storage against the contract kit's {@link ModelRangeTestSuite}. */
class MemoryModelRangeTestSuiteTest extends ModelRangeTestSuite {
  @Override
  protected Storage createStorage() {
    return MemoryStorage.create();
  }
}
