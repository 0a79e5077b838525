package org.coopkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.util.ArrayList;
import java.util.List;
import org.coopkit.UnitOfWork;
import org.coopkit.model.project.ProjectFixture;
import org.coopkit.spi.TransactionMode;
import org.coopkit.spi.TransactionalWork;
import org.junit.jupiter.api.Test;

/**
 * How a unit of work meets its storage: one transaction for all its calls, and a fresh unit each
 * time a store runs the work again. Only a mocked storage can count transactions and stage a
 * re-run.
 */
class UnitOfWorkRunTest {

  @Test
  void aUnitOpensOneTransactionForAllItsCalls() {
    StorageMocks m = new StorageMocks();

    m.coopkit.useTransaction(
        tx -> {
          tx.projects().get(m.project.id());
          tx.projects().create(ProjectFixture.aProject().code("one-of-many").build());
          m.coopkit.organisations().get(m.organisation.id());
          m.coopkit.inTransaction(inner -> inner.events().get(m.event.id()));
        });

    verify(m.storage, times(1)).inTransaction(eq(TransactionMode.READ_WRITE), any());
    verify(m.storage, times(1)).inTransaction(any(), any());
  }

  @Test
  void aReadOnlyUnitRunsInOneReadOnlyTransaction() {
    StorageMocks m = new StorageMocks();

    m.coopkit.inReadOnlyTransaction(tx -> tx.projects().get(m.project.id()));

    verify(m.storage, times(1)).inTransaction(eq(TransactionMode.READ_ONLY), any());
    verify(m.storage, times(1)).inTransaction(any(), any());
  }

  @Test
  void aWorkRunAgainByTheStoreGetsAFreshUnitEachTime() {
    StorageMocks m = new StorageMocks();
    // As a store does after a lost connection: the first run is rolled back, the work runs again.
    doAnswer(
            call -> {
              TransactionalWork<?> work = call.getArgument(1);
              work.run(m.session);
              return work.run(m.session);
            })
        .when(m.storage)
        .inTransaction(any(), any());
    List<UnitOfWork> units = new ArrayList<>();

    m.coopkit.useTransaction(
        tx -> {
          units.add(tx);
          tx.projects().get(m.project.id());
        });

    assertThat(units).hasSize(2);
    assertThat(units.get(0)).isNotSameAs(units.get(1));
    assertThatThrownBy(() -> units.get(0).projects().get(m.project.id()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ended");
  }
}
