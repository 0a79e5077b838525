package org.coopkit.storage.memory;

import org.coopkit.spi.Storage;
import org.coopkit.storage.tck.PersonalDataTestSuite;

class MemoryPersonalDataTestSuiteTest extends PersonalDataTestSuite {
  @Override
  protected Storage createStorage() {
    return MemoryStorage.create();
  }
}
