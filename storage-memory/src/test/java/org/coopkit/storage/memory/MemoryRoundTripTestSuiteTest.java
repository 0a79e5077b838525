package org.coopkit.storage.memory;

import org.coopkit.spi.Storage;
import org.coopkit.storage.tck.RoundTripTestSuite;

/**
 * The in-memory storage against the contract kit's suite for round trips of random and boundary
 * aggregates.
 */
class MemoryRoundTripTestSuiteTest extends RoundTripTestSuite {
  @Override
  protected Storage createStorage() {
    return MemoryStorage.create();
  }
}
