package org.coopkit.iati;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.coopkit.Coopkit;
import org.coopkit.model.CountryCode;
import org.coopkit.model.ExternalId;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.PartialDate;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.organisation.OrganisationType;
import org.coopkit.model.project.CooperationFramework;
import org.coopkit.model.project.OrganisationRole;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectDates;
import org.coopkit.model.project.ProjectOrganisation;
import org.coopkit.model.project.ProjectStatus;
import org.coopkit.model.project.Sector;
import org.coopkit.model.result.Actual;
import org.coopkit.model.result.Baseline;
import org.coopkit.model.result.Breakdown;
import org.coopkit.model.result.Direction;
import org.coopkit.model.result.Indicator;
import org.coopkit.model.result.Logframe;
import org.coopkit.model.result.Measure;
import org.coopkit.model.result.Period;
import org.coopkit.model.result.Result;
import org.coopkit.model.result.ResultLevel;
import org.coopkit.model.result.Target;

/**
 * The Cybercrime EAP II project as the seed page describes it (the examples module's {@code
 * SeedProject} stores the same facts), with the three things IATI needs that the page does not
 * give, all of them <strong>illustrative</strong>, not facts: the activity identifier {@link
 * #ACTIVITY_ID} under the made-up reporting organisation {@link #REPORTER}, a start known only to
 * the year 2017 (the page reports the project's conference of October 2017), and the DAC purpose
 * code 15130 (legal and judicial development). Its logframe ({@link #storeLogframe}) is
 * <strong>illustrative</strong> too: the page publishes none.
 */
final class SeedFixture {
  /** An illustrative reporting organisation: not a registered IATI identifier. */
  static final ReportingOrg REPORTER =
      ReportingOrg.of("XI-IATI-EXAMPLE", "40", "Council of Europe (illustrative identifier)");

  /** An illustrative activity identifier under {@link #REPORTER}. */
  static final String ACTIVITY_ID = "XI-IATI-EXAMPLE-cybercrime-eap-ii";

  private SeedFixture() {}

  /** Stores the organisations and the project; returns the project. */
  static Project store(Coopkit coopkit) {
    Organisation coe =
        coopkit
            .organisations()
            .register(
                Organisation.builder()
                    .id(coopkit.ids().newOrganisationId())
                    .name("Council of Europe")
                    .acronym("CoE")
                    .type(OrganisationType.INTERNATIONAL_ORGANISATION)
                    .build());
    Organisation eu =
        coopkit
            .organisations()
            .register(
                Organisation.builder()
                    .id(coopkit.ids().newOrganisationId())
                    .name("European Union")
                    .acronym("EU")
                    .type(OrganisationType.INTERNATIONAL_ORGANISATION)
                    .build());
    return coopkit
        .projects()
        .create(
            Project.builder()
                .id(coopkit.ids().newProjectId())
                .code("cybercrime-eap-ii")
                .title("Cybercrime EAP II")
                .acronym("EAP II")
                .aims(
                    LocalizedText.of(
                        "Make regional and international cooperation against cybercrime,"
                            + " and on electronic evidence, work better."))
                .summary(
                    LocalizedText.of(
                        "A joint EU and Council of Europe project with the six Eastern"
                            + " Partnership countries on cooperation against cybercrime."))
                .status(ProjectStatus.CLOSED)
                .framework(CooperationFramework.of("pcf-eap", "PCF EaP", "PCF"))
                .addCountry(CountryCode.of("AM"))
                .addCountry(CountryCode.of("AZ"))
                .addCountry(CountryCode.of("BY"))
                .addCountry(CountryCode.of("GE"))
                .addCountry(CountryCode.of("MD"))
                .addCountry(CountryCode.of("UA"))
                .addOrganisation(ProjectOrganisation.of(eu.id(), OrganisationRole.FUNDING))
                .addOrganisation(ProjectOrganisation.of(coe.id(), OrganisationRole.FUNDING))
                .addOrganisation(ProjectOrganisation.of(coe.id(), OrganisationRole.IMPLEMENTING))
                // illustrative: what IATI requires and the page does not give
                .addExternalId(ExternalId.of("iati", ACTIVITY_ID))
                .dates(ProjectDates.builder().actualStart(PartialDate.ofYear(2017)).build())
                .addSector(Sector.dacPurpose("15130", (BigDecimal) null))
                .build());
  }

  /**
   * Stores an illustrative logframe for {@code project}: an outcome measured in days (lower is
   * better) for Georgia, and an output without indicators, which IATI cannot take.
   */
  static Logframe storeLogframe(Coopkit coopkit, Project project) {
    CountryCode georgia = CountryCode.of("GE");
    return coopkit
        .results()
        .define(
            Logframe.builder()
                .project(project.id())
                .addResult(
                    Result.builder()
                        .id(coopkit.ids().newResultId())
                        .level(ResultLevel.OUTCOME)
                        .statement("Requests for mutual legal assistance are answered faster")
                        .addIndicator(
                            Indicator.builder()
                                .id(coopkit.ids().newIndicatorId())
                                .statement("Median days to answer a request")
                                .measure(Measure.number("days"))
                                .direction(Direction.LOWER_IS_BETTER)
                                .addBaseline(
                                    Baseline.of(
                                        Breakdown.of(georgia),
                                        new BigDecimal("180"),
                                        PartialDate.ofYear(2015)))
                                .addTarget(
                                    Target.of(
                                        Period.of(
                                            LocalDate.of(2015, 3, 1), LocalDate.of(2017, 12, 31)),
                                        Breakdown.of(georgia),
                                        new BigDecimal("90")))
                                .addActual(
                                    Actual.of(
                                        Period.ofYear(2016),
                                        Breakdown.of(georgia),
                                        new BigDecimal("120")))
                                .build())
                        .build())
                .addResult(
                    Result.builder()
                        .id(coopkit.ids().newResultId())
                        .level(ResultLevel.OUTPUT)
                        .statement("Prosecutors and officials meet to agree on practice")
                        .build())
                .build());
  }
}
