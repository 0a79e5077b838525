package org.coopkit.storage.memory;

import org.coopkit.spi.Storage;
import org.coopkit.storage.tck.TransactionTestSuite;

/** The in-memory storage against the contract kit's suite for transactions. */
class MemoryTransactionTestSuiteTest extends TransactionTestSuite {
  @Override
  protected Storage createStorage() {
    return MemoryStorage.create();
  }
}
