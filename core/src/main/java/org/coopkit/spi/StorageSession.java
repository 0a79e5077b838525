package org.coopkit.spi;

import java.util.Optional;

/**
 * The stores of one transaction. Valid only inside the {@link TransactionalWork} it was handed to.
 *
 * @since 0.1.0
 */
public interface StorageSession {
  /**
   * The projects of this transaction.
   *
   * @return the project store, valid until the work returns
   */
  ProjectStore projects();

  /**
   * The events of this transaction.
   *
   * @return the event store, valid until the work returns
   */
  EventStore events();

  /**
   * The contacts of this transaction.
   *
   * @return the contact store, valid until the work returns
   */
  ContactStore contacts();

  /**
   * The organisations of this transaction.
   *
   * @return the organisation store, valid until the work returns
   */
  OrganisationStore organisations();

  /**
   * Aggregates for reports.
   *
   * @return the report store, valid until the work returns
   */
  ReportStore reports();

  /**
   * The logframes (results chains) of this transaction. The default, for an adapter written before
   * 0.2.0, keeps none.
   *
   * @return the logframe store, valid until the work returns
   * @throws UnsupportedOperationException if the storage keeps no logframes
   * @since 0.2.0
   */
  default LogframeStore results() {
    throw new UnsupportedOperationException(
        getClass().getName() + " keeps no results: it implements no LogframeStore");
  }

  /**
   * The history of changes of this transaction's store, if it keeps one. Coopkit's services write
   * the changes they make to it in the same transaction, and read the history and the change feed
   * from it. The default keeps none (an adapter written before 0.2.0): the services then record no
   * history, and the history and feed services fail with {@link UnsupportedOperationException}.
   *
   * @return the history store, valid until the work returns; empty if the storage keeps no history
   * @since 0.2.0
   */
  default Optional<HistoryStore> history() {
    return Optional.empty();
  }

  /**
   * The sources of this transaction: documents and web pages that facts cite. The default (an
   * adapter written before 0.2.0) keeps none: the source service then fails with {@link
   * UnsupportedOperationException}.
   *
   * @return the source store, valid until the work returns
   * @throws UnsupportedOperationException if the storage keeps no sources
   * @since 0.2.0
   */
  default SourceStore sources() {
    throw new UnsupportedOperationException("This storage keeps no sources");
  }

  /**
   * Where the facts of this transaction's aggregates come from, if the storage keeps it. The
   * default keeps none (an adapter written before 0.2.0): the provenance service then fails with
   * {@link UnsupportedOperationException}, and the other services have nothing to clean up.
   *
   * @return the provenance store, valid until the work returns; empty if the storage keeps none
   * @since 0.2.0
   */
  default Optional<ProvenanceStore> provenance() {
    return Optional.empty();
  }

  /**
   * Whether this transaction is committed when the work of {@link Storage#inTransaction} returns:
   * true for a transaction the storage owns (the default). False when the storage runs the work in
   * a transaction someone else commits later (a host application's, joined by the storage): coopkit
   * then hands what must wait for the commit to {@link #afterCommit}.
   *
   * @return {@code true} if returning from the work commits the transaction
   * @since 0.2.0
   */
  default boolean commitsOnReturn() {
    return true;
  }

  /**
   * Runs {@code action} once this transaction has committed, never if it rolls back; called only
   * when {@link #commitsOnReturn()} is false. The default drops the action: a storage that joins
   * transactions it cannot watch does not tell their commits (coopkit's listeners are then not
   * called for them; the durable feed still holds their changes).
   *
   * @param action what to run after the commit
   * @since 0.2.0
   */
  default void afterCommit(Runnable action) {}
}
