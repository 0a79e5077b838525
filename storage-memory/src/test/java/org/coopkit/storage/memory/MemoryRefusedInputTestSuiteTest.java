package org.coopkit.storage.memory;

import org.coopkit.spi.Storage;
import org.coopkit.storage.tck.RefusedInputTestSuite;

/** The in-memory storage against the contract kit's {@link RefusedInputTestSuite}. */
class MemoryRefusedInputTestSuiteTest extends RefusedInputTestSuite {
  @Override
  protected Storage createStorage() {
    return MemoryStorage.create();
  }
}
