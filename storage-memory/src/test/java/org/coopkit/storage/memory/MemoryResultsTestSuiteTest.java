package org.coopkit.storage.memory;

import org.coopkit.spi.Storage;
import org.coopkit.storage.tck.ResultsTestSuite;

class MemoryResultsTestSuiteTest extends ResultsTestSuite {
  @Override
  protected Storage createStorage() {
    return MemoryStorage.create();
  }
}
