package org.coopkit.storage.jdbc;

import java.util.Optional;
import org.coopkit.spi.HistoryStore;
import org.coopkit.spi.LogframeStore;
import org.coopkit.spi.OrganisationStore;
import org.coopkit.spi.ProjectStore;
import org.coopkit.spi.ProvenanceStore;
import org.coopkit.spi.ReportStore;
import org.coopkit.spi.SourceStore;
import org.coopkit.spi.StorageSession;
import org.jspecify.annotations.Nullable;

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
  private final JdbcHistoryStore history;
  private final JdbcSourceStore sources;
  private final JdbcProvenanceStore provenance;
  private final JdbcLogframeStore results;
  private final @Nullable HostTransactions host;

  JdbcSession(TransactionContext transaction) {
    this(transaction, null);
  }

  /**
   * @param host the host whose transaction this session joined, or {@code null} for a transaction
   *     of the storage's own
   */
  JdbcSession(TransactionContext transaction, @Nullable HostTransactions host) {
    this.transaction = transaction;
    this.host = host;
    this.history = new JdbcHistoryStore(transaction);
    this.sources = new JdbcSourceStore(transaction);
    this.provenance = new JdbcProvenanceStore(transaction);
    this.projects = new JdbcProjectStore(transaction);
    this.events = new JdbcEventStore(transaction);
    this.contacts = new JdbcContactStore(transaction);
    this.organisations = new JdbcOrganisationStore(transaction);
    this.reports = new JdbcReportStore(transaction);
    this.results = new JdbcLogframeStore(transaction);
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

  @Override
  public LogframeStore results() {
    transaction.checkOpen();
    return results;
  }

  @Override
  public Optional<HistoryStore> history() {
    transaction.checkOpen();
    return Optional.of(history);
  }

  @Override
  public SourceStore sources() {
    transaction.checkOpen();
    return sources;
  }

  @Override
  public Optional<ProvenanceStore> provenance() {
    transaction.checkOpen();
    return Optional.of(provenance);
  }

  /** A joined host transaction is committed by the host, after the work returns. */
  @Override
  public boolean commitsOnReturn() {
    return host == null;
  }

  @Override
  public void afterCommit(Runnable action) {
    if (host != null) {
      host.afterCommit(action);
    }
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

  /**
   * What {@code failure} becomes once the ended session's transaction is rolled back ({@link
   * TransactionContext#resolveAfterRollback}).
   */
  Throwable resolveAfterRollback(Throwable failure) {
    return transaction.resolveAfterRollback(failure);
  }
}
