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
   * @throws org.coopkit.error.NotFoundException if the scope names a project that does not exist
   */
  ProjectDashboard dashboard(ReportScope scope, ReportFilter filter);

  /** One country's profile across all projects. */
  CountryProfile countryProfile(CountryCode country, ReportFilter filter);

  /** Countries by years, for the events in scope. */
  PortfolioMatrix portfolio(ReportScope scope, ReportFilter filter);
}
