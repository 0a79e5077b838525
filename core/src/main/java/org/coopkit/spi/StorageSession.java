package org.coopkit.spi;

/**
 * The stores of one transaction. Valid only inside the {@link TransactionalWork} it was handed to.
 *
 * @since 0.1.0
 */
public interface StorageSession {
  ProjectStore projects();

  EventStore events();

  ContactStore contacts();

  OrganisationStore organisations();

  /** Aggregates for reports. */
  ReportStore reports();
}
