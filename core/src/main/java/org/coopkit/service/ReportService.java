package org.coopkit.service;

import org.coopkit.model.CountryCode;
import org.coopkit.report.CountryProfile;
import org.coopkit.report.PortfolioMatrix;
import org.coopkit.report.ProjectDashboard;
import org.coopkit.report.ReportFilter;
import org.coopkit.report.ReportScope;

/**
 * The reports programme offices and donors ask for. Each is computed by the store in one read-only
 * transaction, so its figures agree with each other.
 *
 * @since 0.1.0
 */
public interface ReportService {
  /**
   * The dashboard of a project, of several projects or of a framework.
   *
   * @param scope whose events to count
   * @param filter which of their events: period, types and statuses
   * @return the dashboard, with every participant figure marked exact, at least or about
   * @throws org.coopkit.error.NotFoundException if the scope names a project that does not exist
   */
  ProjectDashboard dashboard(ReportScope scope, ReportFilter filter);

  /**
   * One country's profile across all projects.
   *
   * @param country the country
   * @param filter which events: period, types and statuses
   * @return the profile: events held there, events attended from there, projects and contact points
   */
  CountryProfile countryProfile(CountryCode country, ReportFilter filter);

  /**
   * Countries by years, for the events in scope.
   *
   * @param scope whose events to count
   * @param filter which of their events: period, types and statuses
   * @return the matrix of events and participants by country and year
   */
  PortfolioMatrix portfolio(ReportScope scope, ReportFilter filter);
}
