package org.coopkit.storage.memory;

import org.coopkit.spi.Storage;
import org.coopkit.storage.tck.ReportTestSuite;

class MemoryReportTestSuiteTest extends ReportTestSuite {
  @Override
  protected Storage createStorage() {
    return MemoryStorage.create();
  }
}
