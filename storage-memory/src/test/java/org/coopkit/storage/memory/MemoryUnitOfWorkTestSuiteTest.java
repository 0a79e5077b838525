package org.coopkit.storage.memory;

import org.coopkit.spi.Storage;
import org.coopkit.storage.tck.UnitOfWorkTestSuite;

/** The in-memory storage against the contract kit's {@link UnitOfWorkTestSuite}. */
class MemoryUnitOfWorkTestSuiteTest extends UnitOfWorkTestSuite {
  @Override
  protected Storage createStorage() {
    return MemoryStorage.create();
  }
}
