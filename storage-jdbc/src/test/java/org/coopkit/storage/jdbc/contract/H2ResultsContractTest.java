package org.coopkit.storage.jdbc.contract;

import org.coopkit.spi.Storage;
import org.coopkit.storage.jdbc.Database;
import org.coopkit.storage.tck.ResultsTestSuite;

class H2ResultsContractTest extends ResultsTestSuite {
  private final ContractStorage storage = new ContractStorage(Database.H2);

  @Override
  protected Storage createStorage() {
    return storage.open();
  }

  @Override
  protected void disposeStorage(Storage ignored) {
    storage.close();
  }
}
