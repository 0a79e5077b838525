package org.coopkit.storage.memory;

import org.coopkit.spi.Storage;
import org.coopkit.storage.tck.EventRecordsTestSuite;

class MemoryEventRecordsTestSuiteTest extends EventRecordsTestSuite {
  @Override
  protected Storage createStorage() {
    return MemoryStorage.create();
  }
}
