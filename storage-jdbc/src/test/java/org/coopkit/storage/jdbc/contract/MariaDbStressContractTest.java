package org.coopkit.storage.jdbc.contract;

import org.coopkit.spi.Storage;
import org.coopkit.storage.jdbc.Database;
import org.coopkit.storage.tck.StressTestSuite;

class MariaDbStressContractTest extends StressTestSuite {
  private final ContractStorage storage = new ContractStorage(Database.MARIADB);

  @Override
  protected Storage createStorage() {
    return storage.open();
  }

  @Override
  protected void disposeStorage(Storage ignored) {
    storage.close();
  }

  /** Databases take more time per write; an eighth of the operations still races hard. */
  @Override
  protected int operationsPerThread() {
    return 120;
  }
}
