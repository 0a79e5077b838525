package org.coopkit.storage.jdbc;

import org.coopkit.spi.OrganisationStore;
import org.coopkit.spi.ProjectStore;
import org.coopkit.spi.ReportStore;
import org.coopkit.spi.StorageSession;

/**
 * The stores of one transaction, all on its connection. Usable by the thread that runs the
 * transaction and only until its work returns; every store call checks both.
 */
final class JdbcSession implements StorageSession {
  private final TransactionContext transaction;
  private final JdbcProjectStore projects;
  private final JdbcEventStore events;
  private final JdbcContactStore contacts;
  private final JdbcOrganisationStore organisations;
  private final JdbcReportStore reports;

  JdbcSession(TransactionContext transaction) {
    this.transaction = transaction;
    this.projects = new JdbcProjectStore(transaction);
    this.events = new JdbcEventStore(transaction);
    this.contacts = new JdbcContactStore(transaction);
    this.organisations = new JdbcOrganisationStore(transaction);
    this.reports = new JdbcReportStore(transaction);
  }

  @Override
  public ProjectStore projects() {
    transaction.checkOpen();
    return projects;
  }

  @Override
  public JdbcEventStore events() {
    transaction.checkOpen();
    return events;
  }

  @Override
  public JdbcContactStore contacts() {
    transaction.checkOpen();
    return contacts;
  }

  @Override
  public OrganisationStore organisations() {
    transaction.checkOpen();
    return organisations;
  }

  @Override
  public ReportStore reports() {
    transaction.checkOpen();
    return reports;
  }

  /** The transaction's connection as the stores use it; for the storage's own statements. */
  TransactionContext transaction() {
    transaction.checkOpen();
    return transaction;
  }

  /** Ends the session. */
  void close() {
    transaction.close();
  }
}
