package org.coopkit.storage.memory;

import org.coopkit.spi.Storage;
import org.coopkit.storage.tck.StressTestSuite;

/** The in-memory storage against the contract kit's {@link StressTestSuite}. */
class MemoryStressTestSuiteTest extends StressTestSuite {
  @Override
  protected Storage createStorage() {
    return MemoryStorage.create();
  }
}
