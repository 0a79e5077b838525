package org.coopkit.storage.memory;

import org.coopkit.spi.Storage;
import org.coopkit.storage.tck.SourceTestSuite;

class MemorySourceTestSuiteTest extends SourceTestSuite {
  @Override
  protected Storage createStorage() {
    return MemoryStorage.create();
  }
}
