package org.coopkit.spi;

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
}
