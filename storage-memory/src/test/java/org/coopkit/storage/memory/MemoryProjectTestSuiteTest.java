package org.coopkit.storage.memory;

import org.coopkit.spi.Storage;
import org.coopkit.storage.tck.ProjectTestSuite;

/** The in-memory storage against the contract kit's suite for projects. */
class MemoryProjectTestSuiteTest extends ProjectTestSuite {
  @Override
  protected Storage createStorage() {
    return MemoryStorage.create();
  }
}
