package org.coopkit.examples;

import org.coopkit.Coopkit;
import org.coopkit.model.CountryCode;
import org.coopkit.report.CountryProfile;
import org.coopkit.report.PortfolioMatrix;
import org.coopkit.report.ProjectDashboard;
import org.coopkit.report.ReportFilter;
import org.coopkit.report.ReportScope;
import org.coopkit.storage.memory.MemoryStorage;

/**
 * Task: a project's dashboard, a country profile and the portfolio matrix, each with its CSV. The
 * totals are ranges that never claim more than the figures say.
 */
public final class ProgrammeReports {
  private ProgrammeReports() {}

  /** The three reports over the example project. */
  public record Reports(
      ProjectDashboard dashboard, CountryProfile azerbaijan, PortfolioMatrix matrix) {}

  /** Stores the example project and makes the three reports. */
  public static Reports run(Coopkit coopkit) {
    SeedProject.Stored seed = SeedProject.store(coopkit);
    ReportScope project = ReportScope.project(seed.project().id());
    return new Reports(
        coopkit.reports().dashboard(project, ReportFilter.ALL),
        coopkit.reports().countryProfile(CountryCode.of("AZ"), ReportFilter.ALL),
        coopkit.reports().portfolio(ReportScope.framework("pcf-eap"), ReportFilter.ALL));
  }

  /**
   * Prints the dashboard's total and the three CSVs.
   *
   * @param args none
   */
  public static void main(String[] args) {
    try (Coopkit coopkit = Coopkit.builder().storage(MemoryStorage.create()).build()) {
      Reports reports = run(coopkit);
      System.out.println("Total: " + reports.dashboard().total().participants());
      System.out.println(reports.dashboard().toCsv());
      System.out.println(reports.azerbaijan().toCsv());
      System.out.println(reports.matrix().toCsv());
    }
  }
}
