package org.coopkit.storage.memory;

import org.coopkit.spi.Storage;
import org.coopkit.storage.tck.ChangeFeedTestSuite;

class MemoryChangeFeedTestSuiteTest extends ChangeFeedTestSuite {
  @Override
  protected Storage createStorage() {
    return MemoryStorage.create();
  }
}
