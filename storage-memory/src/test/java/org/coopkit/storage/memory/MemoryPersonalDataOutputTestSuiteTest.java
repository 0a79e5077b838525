package org.coopkit.storage.memory;

import org.coopkit.spi.Storage;
import org.coopkit.storage.tck.PersonalDataOutputTestSuite;

/** The in-memory storage against the contract kit's {@link PersonalDataOutputTestSuite}. */
class MemoryPersonalDataOutputTestSuiteTest extends PersonalDataOutputTestSuite {
  @Override
  protected Storage createStorage() {
    return MemoryStorage.create();
  }
}
