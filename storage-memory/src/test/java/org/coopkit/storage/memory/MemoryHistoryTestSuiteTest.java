package org.coopkit.storage.memory;

import org.coopkit.spi.Storage;
import org.coopkit.storage.tck.HistoryTestSuite;

class MemoryHistoryTestSuiteTest extends HistoryTestSuite {
  @Override
  protected Storage createStorage() {
    return MemoryStorage.create();
  }
}
