package org.coopkit.storage.memory;

import org.coopkit.spi.Storage;
import org.coopkit.storage.tck.UnicodeTestSuite;

/** The in-memory storage against the contract kit's {@link UnicodeTestSuite}. */
class MemoryUnicodeTestSuiteTest extends UnicodeTestSuite {
  @Override
  protected Storage createStorage() {
    return MemoryStorage.create();
  }
}
