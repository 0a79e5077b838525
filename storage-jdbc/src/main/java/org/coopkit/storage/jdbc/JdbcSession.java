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
  private final Sql sql;
  private final JdbcProjectStore projects;
  private final JdbcEventStore events;
  private final JdbcContactStore contacts;
  private final JdbcOrganisationStore organisations;
  private final JdbcReportStore reports;

  JdbcSession(Sql sql) {
    this.sql = sql;
    this.projects = new JdbcProjectStore(sql);
    this.events = new JdbcEventStore(sql);
    this.contacts = new JdbcContactStore(sql);
    this.organisations = new JdbcOrganisationStore(sql);
    this.reports = new JdbcReportStore(sql);
  }

  @Override
  public ProjectStore projects() {
    sql.checkOpen();
    return projects;
  }

  @Override
  public JdbcEventStore events() {
    sql.checkOpen();
    return events;
  }

  @Override
  public JdbcContactStore contacts() {
    sql.checkOpen();
    return contacts;
  }

  @Override
  public OrganisationStore organisations() {
    sql.checkOpen();
    return organisations;
  }

  @Override
  public ReportStore reports() {
    sql.checkOpen();
    return reports;
  }

  /** Ends the session. */
  void close() {
    sql.close();
  }
}
