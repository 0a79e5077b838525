package org.coopkit.storage.memory;

import org.coopkit.spi.Storage;
import org.coopkit.storage.tck.ProvenanceTestSuite;

class MemoryProvenanceTestSuiteTest extends ProvenanceTestSuite {
  @Override
  protected Storage createStorage() {
    return MemoryStorage.create();
  }
}
