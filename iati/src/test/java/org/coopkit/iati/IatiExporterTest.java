package org.coopkit.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.coopkit.Coopkit;
import org.coopkit.error.ValidationException;
import org.coopkit.model.CountryCode;
import org.coopkit.model.ExternalId;
import org.coopkit.model.Link;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.Money;
import org.coopkit.model.PartialDate;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.organisation.OrganisationType;
import org.coopkit.model.project.BudgetLine;
import org.coopkit.model.project.BudgetStatus;
import org.coopkit.model.project.BudgetType;
import org.coopkit.model.project.CountryRole;
import org.coopkit.model.project.EndDateExtension;
import org.coopkit.model.project.FundingKind;
import org.coopkit.model.project.FundingLine;
import org.coopkit.model.project.OrganisationRole;
import org.coopkit.model.project.ParticipatingCountry;
import org.coopkit.model.project.PolicyMarker;
import org.coopkit.model.project.PolicyMarkerCode;
import org.coopkit.model.project.PolicySignificance;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectDates;
import org.coopkit.model.project.ProjectOrganisation;
import org.coopkit.model.project.ProjectRelation;
import org.coopkit.model.project.ProjectStatus;
import org.coopkit.model.project.RelationType;
import org.coopkit.model.project.Sector;
import org.coopkit.model.project.SectorVocabulary;
import org.coopkit.model.result.Actual;
import org.coopkit.model.result.Baseline;
import org.coopkit.model.result.Breakdown;
import org.coopkit.model.result.Direction;
import org.coopkit.model.result.Disaggregation;
import org.coopkit.model.result.EventCount;
import org.coopkit.model.result.Indicator;
import org.coopkit.model.result.Logframe;
import org.coopkit.model.result.Measure;
import org.coopkit.model.result.Period;
import org.coopkit.model.result.Result;
import org.coopkit.model.result.ResultLevel;
import org.coopkit.model.result.Sex;
import org.coopkit.model.result.Target;
import org.coopkit.query.ProjectQuery;
import org.coopkit.storage.memory.MemoryStorage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class IatiExporterTest {
  private static final ReportingOrg REPORTER = ReportingOrg.of("XM-TEST-1", "40", "Test Office");
  private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

  private final Coopkit coopkit = Coopkit.builder().storage(MemoryStorage.create()).build();
  private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

  @AfterEach
  void close() {
    coopkit.close();
  }

  @Test
  void theSeedProjectExportsAsAValidActivity() throws Exception {
    // given
    Project seed = SeedFixture.store(coopkit);
    SeedFixture.storeLogframe(coopkit, seed);

    // when
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    IatiReport report =
        IatiExporter.create(SeedFixture.REPORTER)
            .write(coopkit, ProjectQuery.builder().build(), out);

    // then
    IatiXml file = IatiXml.parse(out.toByteArray());
    assertThat(IatiRules.problems(file, today)).isEmpty();
    assertThat(report.activities()).isEqualTo(1);
    assertThat(file.string("/iati-activities/iati-activity/iati-identifier"))
        .isEqualTo(SeedFixture.ACTIVITY_ID);
    assertThat(file.string("//iati-activity/title/narrative")).isEqualTo("Cybercrime EAP II");
    assertThat(file.strings("//recipient-country/@code"))
        .containsExactly("AM", "AZ", "BY", "GE", "MD", "UA");
    assertThat(file.strings("//recipient-country/@percentage"))
        .containsExactly("16.66", "16.66", "16.66", "16.66", "16.66", "16.7");
    assertThat(file.strings("//participating-org/@role")).containsExactly("1", "1", "4");
    assertThat(file.strings("//participating-org/narrative"))
        .containsExactly("European Union", "Council of Europe", "Council of Europe");
    assertThat(file.strings("//participating-org/@type")).containsOnly("40");
    assertThat(file.string("//activity-status/@code")).isEqualTo("4");
    assertThat(file.string("//activity-date[@type='2']/@iso-date")).isEqualTo("2017-01-01");
    assertThat(file.string("//activity-date[@type='2']/narrative")).isEqualTo("2017");
    assertThat(file.string("//iati-activity/@last-updated-datetime"))
        .isEqualTo(ActivityWriter.dateTime(seed.updatedAt()));
    assertThat(file.strings("//result/@type")).containsExactly("2");
    assertThat(file.string("//result/indicator/@ascending")).isEqualTo("0");
    assertThat(file.string("//result/indicator/baseline/@year")).isEqualTo("2015");
    assertThat(file.strings("//result/indicator/period/target/@value")).containsExactly("90");
    assertThat(file.strings("//result/indicator/period/actual/@value")).containsExactly("120");
  }

  @Test
  void aResultWithoutIndicatorsIsLeftOutAndCounted() throws Exception {
    // given the seed's logframe, whose output has no indicator
    Project seed = SeedFixture.store(coopkit);
    SeedFixture.storeLogframe(coopkit, seed);

    // when
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    IatiReport report =
        IatiExporter.create(SeedFixture.REPORTER).write(coopkit, List.of(seed), out);

    // then
    IatiXml file = IatiXml.parse(out.toByteArray());
    assertThat(file.strings("//result/title/narrative"))
        .containsExactly("Requests for mutual legal assistance are answered faster");
    assertThat(report.resultsLeftOut()).isEqualTo(1);
  }

  @Test
  void aProjectWithoutALogframeHasNoResult() throws Exception {
    // given
    Project p = coopkit.projects().create(publishable("A", "XM-TEST-1-A").build());

    // when
    IatiXml file = export(List.of(p));

    // then
    assertThat(file.strings("//result")).isEmpty();
  }

  @Test
  void resultsFollowTheSchemasOrderWithIatiCodesAndDates() throws Exception {
    // given a logframe with every measure, a dated baseline, notes and breakdowns
    Project p = coopkit.projects().create(publishable("A", "XM-TEST-1-A").build());
    coopkit.results().define(everyMeasure(p));

    // when
    IatiXml file = export(List.of(p));

    // then
    assertThat(IatiRules.problems(file, today)).isEmpty();
    assertThat(file.strings("//result/@type")).containsExactly("3", "2", "1");
    assertThat(file.elements("//result/title/narrative | //indicator/title/narrative"))
        .hasSize(7)
        .allSatisfy(n -> assertThat(n.getAttributeNS(XML_NS, "lang")).isEqualTo("en"));
    assertThat(file.strings("//indicator/@measure")).containsExactly("2", "3", "4", "1");
    assertThat(file.strings("//indicator/@ascending")).containsExactly("0", "1", "1", "1");
    Element percentage = IatiXml.elements(file.document, "//indicator").get(0);
    assertThat(IatiXml.childNames(percentage))
        .containsExactly("title", "baseline", "baseline", "period", "period");
    assertThat(IatiXml.string(percentage, "baseline[1]/@year")).isEqualTo("2016");
    assertThat(IatiXml.string(percentage, "baseline[1]/@iso-date")).isEqualTo("2016-05-10");
    assertThat(IatiXml.string(percentage, "baseline[1]/@value")).isEqualTo("40.5");
    assertThat(IatiXml.string(percentage, "baseline[1]/comment/narrative"))
        .isEqualTo("court survey");
    assertThat(IatiXml.elements(percentage, "baseline[2]").get(0).hasAttribute("iso-date"))
        .isFalse();
    assertThat(IatiXml.string(percentage, "baseline[2]/@year")).isEqualTo("2016");
    assertThat(IatiXml.string(percentage, "period[1]/period-start/@iso-date"))
        .isEqualTo("2018-01-01");
    assertThat(IatiXml.string(percentage, "period[1]/period-end/@iso-date"))
        .isEqualTo("2018-12-31");
    assertThat(IatiXml.childNames(IatiXml.elements(percentage, "period[1]").get(0)))
        .containsExactly("period-start", "period-end", "target", "target", "actual");
    assertThat(IatiXml.string(percentage, "period[1]/target[2]/dimension[@name='country']/@value"))
        .isEqualTo("GE");
    assertThat(IatiXml.string(percentage, "period[1]/target[2]/dimension[@name='sex']/@value"))
        .isEqualTo("female");
    assertThat(IatiXml.string(percentage, "period[1]/actual/comment/narrative"))
        .isEqualTo("from the ministry's statistics");
    assertThat(IatiXml.childNames(IatiXml.elements(percentage, "period[1]/actual").get(0)))
        .containsExactly("dimension", "comment");
    assertThat(IatiXml.string(percentage, "period[2]/period-end/@iso-date"))
        .isEqualTo("2019-12-31");
    assertThat(file.strings("//indicator[@measure='4']//actual/comment/narrative"))
        .containsExactly("adopted");
    assertThat(file.elements("//indicator[@measure='4']//actual/comment/narrative"))
        .extracting(n -> n.getAttributeNS(XML_NS, "lang"))
        .containsExactly("en");
  }

  @Test
  void anIndicatorComputedFromEventsWritesItsStoredValuesOnly() throws Exception {
    // given an output whose participants are counted from events
    Project p = coopkit.projects().create(publishable("A", "XM-TEST-1-A").build());
    coopkit.results().define(everyMeasure(p));

    // when
    IatiXml file = export(List.of(p));

    // then its baseline and target are written, and no actual value
    Element computed = IatiXml.elements(file.document, "//indicator[@measure='1']").get(0);
    assertThat(IatiXml.string(computed, "baseline/@value")).isEqualTo("0");
    assertThat(IatiXml.string(computed, "period/target/@value")).isEqualTo("150");
    assertThat(IatiXml.elements(computed, ".//actual")).isEmpty();
  }

  @Test
  void childrenOfAnActivityFollowTheSchemasSequence() throws Exception {
    // given a project that fills every element coopkit can write
    Project parent = publishable("parent-project", "XM-TEST-1-P").build();
    coopkit.projects().create(parent);
    Project full = everything("full-project", parent);

    // when
    IatiXml file = export(List.of(full));

    // then
    Element activity = file.elements("//iati-activity").get(0);
    List<String> names = IatiXml.childNames(activity);
    assertThat(names)
        .containsSubsequence(
            "iati-identifier",
            "reporting-org",
            "title",
            "description",
            "participating-org",
            "activity-status",
            "activity-date",
            "recipient-country",
            "sector",
            "policy-marker",
            "budget",
            "transaction",
            "document-link",
            "related-activity");
    List<String> problems = new ArrayList<>();
    IatiRules.order(problems, names, IatiRules.ACTIVITY_ORDER, "iati-activity");
    assertThat(problems).isEmpty();
    assertThat(IatiRules.problems(file, today)).isEmpty();
  }

  @Test
  void theWritersOrderOfElementsIsTheSchemas() {
    assertThat(List.of(ActivityElement.values()))
        .extracting(ActivityElement::xmlName)
        .containsExactlyElementsOf(IatiRules.ACTIVITY_ORDER);
  }

  @Test
  void aProjectWithoutAnIatiIdentifierIsRefusedByName() {
    // given
    Project project = publishable("no-iati-id", "XM-TEST-1-X").externalIds(List.of()).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    // when / then
    assertThatThrownBy(() -> IatiExporter.create(REPORTER).write(coopkit, List.of(project), out))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("no-iati-id")
        .hasMessageContaining("externalIds: must hold an IATI activity identifier");
    assertThat(out.size()).as("nothing written before the first activity is ready").isZero();
  }

  @Test
  void aRefusedProjectLeavesAnUnfinishedFileThatNoParserAccepts() {
    // given a publishable project, then one without an identifier
    Project first = publishable("first", "XM-TEST-1-1").build();
    Project second = publishable("second", "XM-TEST-1-2").externalIds(List.of()).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    // when
    assertThatThrownBy(
            () -> IatiExporter.create(REPORTER).write(coopkit, List.of(first, second), out))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("second");

    // then the first activity is there, the second has no fragment, the root is not closed
    String written = out.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(written).contains("XM-TEST-1-1").doesNotContain("second");
    assertThat(written).doesNotContain("</iati-activities>");
    assertThatThrownBy(() -> IatiXml.parse(out.toByteArray()))
        .isInstanceOf(org.xml.sax.SAXParseException.class);
  }

  @Test
  void everyRuleAProjectBreaksIsNamedAtOnce() {
    // given
    Project project =
        Project.builder()
            .id(coopkit.ids().newProjectId())
            .code("bare")
            .title("Bare")
            .status(ProjectStatus.UNKNOWN)
            .build();

    // when / then
    assertThatThrownBy(
            () ->
                IatiExporter.create(REPORTER)
                    .write(coopkit, List.of(project), new ByteArrayOutputStream()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.paths())
                    .containsExactly(
                        "externalIds",
                        "summary",
                        "organisations",
                        "status",
                        "dates",
                        "countries",
                        "sectors"))
        .hasMessageStartingWith("Invalid IATI activity of project bare: ");
  }

  @Test
  void anIdentifierOutsideTheReportingOrganisationsIsRefused() {
    Project project = publishable("foreign", "XM-OTHER-1").build();

    assertThatThrownBy(
            () ->
                IatiExporter.create(REPORTER)
                    .write(coopkit, List.of(project), new ByteArrayOutputStream()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("must start with the reporting organisation's identifier");
  }

  @Test
  void noProjectWritesNothingAndSaysSo() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    assertThatThrownBy(
            () -> IatiExporter.create(REPORTER).write(coopkit, ProjectQuery.builder().build(), out))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("at least one project");
    assertThat(out.size()).isZero();
  }

  @Test
  void rolesAndOrganisationTypesAreIatiCodes() throws Exception {
    // given
    Organisation ministry = organisation("Ministry", OrganisationType.GOVERNMENT, "AM", null);
    Organisation ngo = organisation("Local NGO", OrganisationType.NGO, "AM", null);
    Organisation network = organisation("Network", OrganisationType.NGO, null, null);
    Organisation fund =
        organisation("Fund", OrganisationType.INTERNATIONAL_ORGANISATION, null, "XM-FUND");
    Organisation police = organisation("Police", OrganisationType.LAW_ENFORCEMENT, "AM", null);
    Project project =
        publishable("roles", "XM-TEST-1-R")
            .organisations(
                List.of(
                    ProjectOrganisation.of(fund.id(), OrganisationRole.FUNDING),
                    ProjectOrganisation.of(ministry.id(), OrganisationRole.ACCOUNTABLE),
                    ProjectOrganisation.of(network.id(), OrganisationRole.EXTENDING),
                    ProjectOrganisation.of(ngo.id(), OrganisationRole.IMPLEMENTING),
                    ProjectOrganisation.of(ngo.id(), OrganisationRole.MENTOR),
                    ProjectOrganisation.of(police.id(), OrganisationRole.NATIONAL_COUNTERPART)))
            .build();

    // when
    IatiXml file = export(List.of(project));

    // then
    assertThat(file.strings("//participating-org/narrative"))
        .containsExactly("Fund", "Ministry", "Network", "Local NGO", "Police");
    assertThat(file.strings("//participating-org/@role")).containsExactly("1", "2", "3", "4", "2");
    assertThat(file.strings("//participating-org/@type"))
        .containsExactly("40", "10", "21", "22", "10");
    assertThat(file.strings("//participating-org/@ref")).containsExactly("XM-FUND");
  }

  @Test
  void datesKnownToTheMonthAreTheirFirstOrLastDayWithTheDateAsCoopkitKnowsIt() throws Exception {
    // given
    Project project =
        publishable("months", "XM-TEST-1-M")
            .dates(
                ProjectDates.builder()
                    .plannedStart(PartialDate.ofMonth(2017, 7))
                    .plannedEnd(PartialDate.ofMonth(2019, 6))
                    .addExtension(
                        EndDateExtension.of(
                            PartialDate.ofMonth(2019, 6), PartialDate.ofMonth(2020, 2)))
                    .actualStart(PartialDate.of(2017, 9, 4))
                    .actualEnd(PartialDate.ofYear(2020))
                    .build())
            .build();

    // when
    IatiXml file = export(List.of(project));

    // then
    assertThat(file.strings("//activity-date/@type")).containsExactly("1", "2", "3", "4");
    assertThat(file.strings("//activity-date/@iso-date"))
        .containsExactly("2017-07-01", "2017-09-04", "2020-02-29", "2020-12-31");
    assertThat(file.strings("//activity-date/narrative"))
        .containsExactly("2017-07", "2020-02", "2020");
    assertThat(file.elements("//activity-date[@type='2']/narrative")).isEmpty();
    assertThat(IatiRules.problems(file, today)).isEmpty();
  }

  @Test
  void anActualEndKnownToTheCurrentYearEndsNoLaterThanTheExportDay() throws Exception {
    // given an export on 15 March 2026 of a project that ended "in 2026"
    Clock clock = Clock.fixed(Instant.parse("2026-03-15T10:00:00Z"), ZoneOffset.UTC);
    Project project =
        publishable("ended-this-year", "XM-TEST-1-E")
            .dates(
                ProjectDates.builder()
                    .actualStart(PartialDate.ofYear(2024))
                    .actualEnd(PartialDate.ofYear(2026))
                    .build())
            .build();

    // when
    IatiXml file = export(IatiExporter.create(REPORTER).withClock(clock), List.of(project));

    // then
    assertThat(file.string("//activity-date[@type='4']/@iso-date")).isEqualTo("2026-03-15");
    assertThat(file.string("/iati-activities/@generated-datetime"))
        .isEqualTo("2026-03-15T10:00:00Z");
  }

  @Test
  void anActualDateAfterTheExportDayIsRefused() {
    Clock clock = Clock.fixed(Instant.parse("2016-01-01T00:00:00Z"), ZoneOffset.UTC);
    Project project = publishable("early", "XM-TEST-1-F").build();

    assertThatThrownBy(
            () ->
                IatiExporter.create(REPORTER)
                    .withClock(clock)
                    .write(coopkit, List.of(project), new ByteArrayOutputStream()))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.paths()).containsExactly("dates.actualStart"));
  }

  @Test
  void sectorPercentagesAddUpToHundredPerVocabulary() throws Exception {
    // given three purpose codes without percentages and two sector codes with them
    Project project =
        publishable("sectors", "XM-TEST-1-S")
            .sectors(
                List.of(
                    Sector.dacPurpose("15130", null),
                    Sector.dacPurpose("15210", null),
                    Sector.dacPurpose("15113", null),
                    new Sector(SectorVocabulary.OECD_DAC_3, "151", new BigDecimal("70")),
                    new Sector(SectorVocabulary.OECD_DAC_3, "152", new BigDecimal("30"))))
            .build();

    // when
    IatiXml file = export(List.of(project));

    // then
    assertThat(file.strings("//sector[@vocabulary='1']/@percentage"))
        .containsExactly("33.33", "33.33", "33.34");
    assertThat(file.strings("//sector[@vocabulary='2']/@percentage")).containsExactly("70", "30");
    assertThat(IatiRules.problems(file, today)).isEmpty();
  }

  @Test
  void onlyBeneficiaryCountriesAreRecipients() throws Exception {
    Project project =
        publishable("countries", "XM-TEST-1-C")
            .countries(
                List.of(
                    ParticipatingCountry.beneficiary(CountryCode.of("UA")),
                    ParticipatingCountry.of(CountryCode.of("FR"), CountryRole.PARTNER),
                    ParticipatingCountry.beneficiary(CountryCode.of("MD"))))
            .build();

    IatiXml file = export(List.of(project));

    assertThat(file.strings("//recipient-country/@code")).containsExactly("UA", "MD");
    assertThat(file.strings("//recipient-country/@percentage")).containsExactly("50", "50");
  }

  @Test
  void aProjectWithoutCountriesHasTheRegionTheExporterNames() throws Exception {
    Project project = publishable("regional", "XM-TEST-1-G").countries(List.of()).build();

    IatiXml file =
        export(IatiExporter.create(REPORTER).withRegionWhenNoCountry("89"), List.of(project));

    assertThat(file.elements("//recipient-country")).isEmpty();
    assertThat(file.string("//recipient-region/@code")).isEqualTo("89");
    assertThat(file.string("//recipient-region/@vocabulary")).isEqualTo("1");
    assertThat(file.string("//recipient-region/@percentage")).isEqualTo("100");
    assertThat(IatiRules.problems(file, today)).isEmpty();
  }

  @Test
  void aRegionOutsideTheCodeListIsRefused() {
    assertThatThrownBy(() -> IatiExporter.create(REPORTER).withRegionWhenNoCountry("123"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("regionWhenNoCountry");
  }

  @Test
  void budgetsAndFundingLinesCarryCurrencyAndValueDate() throws Exception {
    // given
    Organisation donor =
        organisation("Donor", OrganisationType.INTERNATIONAL_ORGANISATION, null, "XM-DONOR");
    Project project =
        publishable("money", "XM-TEST-1-B")
            .addBudget(
                new BudgetLine(
                    Money.of("100000", "EUR"), 2018, BudgetType.ORIGINAL, BudgetStatus.COMMITTED))
            .addBudget(
                new BudgetLine(
                    Money.of("90000", "EUR"), 2019, BudgetType.REVISED, BudgetStatus.INDICATIVE))
            .addBudget(BudgetLine.wholePeriod(Money.of("500000", "EUR")))
            .addFunding(
                new FundingLine(
                    donor.id(),
                    Money.of("250000.50", "EUR"),
                    null,
                    FundingKind.GRANT,
                    PartialDate.ofMonth(2018, 3),
                    null))
            .addFunding(FundingLine.of(donor.id(), Money.of("40000", "USD"), FundingKind.PLEDGE))
            .addFunding(
                new FundingLine(
                    donor.id(), null, new BigDecimal("10"), FundingKind.OTHER, null, null))
            .build();

    // when
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    IatiReport report = IatiExporter.create(REPORTER).write(coopkit, List.of(project), out);
    IatiXml file = IatiXml.parse(out.toByteArray());

    // then
    assertThat(file.strings("//budget/@type")).containsExactly("1", "2");
    assertThat(file.strings("//budget/@status")).containsExactly("2", "1");
    assertThat(file.strings("//budget/period-start/@iso-date"))
        .containsExactly("2018-01-01", "2019-01-01");
    assertThat(file.strings("//budget/period-end/@iso-date"))
        .containsExactly("2018-12-31", "2019-12-31");
    assertThat(file.strings("//budget/value/@value-date"))
        .containsExactly("2018-01-01", "2019-01-01");
    assertThat(file.strings("//budget/value")).containsExactly("100000.00", "90000.00");
    assertThat(file.strings("//transaction/transaction-type/@code")).containsExactly("11", "13");
    assertThat(file.strings("//transaction/transaction-date/@iso-date"))
        .containsExactly("2018-03-01", "2017-09-04");
    assertThat(file.strings("//transaction/value/@currency")).containsExactly("EUR", "USD");
    assertThat(file.strings("//transaction/value")).containsExactly("250000.50", "40000.00");
    assertThat(file.strings("//transaction/provider-org/@ref")).containsOnly("XM-DONOR");
    assertThat(file.strings("//transaction/finance-type/@code")).containsExactly("110");
    assertThat(file.strings("//participating-org[@role='1']/@ref")).contains("XM-DONOR");
    assertThat(report.budgetsLeftOut()).as("the whole period is longer than a year").isEqualTo(1);
    assertThat(report.fundingLinesLeftOut()).as("a share without an amount").isEqualTo(1);
    assertThat(IatiRules.problems(file, today)).isEmpty();
  }

  @Test
  void relatedProjectsAreReferencedByTheirIatiIdentifier() throws Exception {
    // given
    Project parent = publishable("programme", "XM-TEST-1-PARENT").build();
    Project predecessor = publishable("phase-one", "XM-TEST-1-ONE").build();
    Project sibling = publishable("no-id", "XM-TEST-1-Z").externalIds(List.of()).build();
    coopkit.projects().create(parent);
    coopkit.projects().create(predecessor);
    coopkit.projects().create(sibling);
    Project project =
        publishable("phase-two", "XM-TEST-1-TWO")
            .addRelation(ProjectRelation.of(parent.id(), RelationType.PARENT))
            .addRelation(ProjectRelation.of(predecessor.id(), RelationType.PREDECESSOR))
            .addRelation(ProjectRelation.of(sibling.id(), RelationType.SIBLING))
            .build();

    // when
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    IatiReport report = IatiExporter.create(REPORTER).write(coopkit, List.of(project), out);
    IatiXml file = IatiXml.parse(out.toByteArray());

    // then
    assertThat(file.strings("//related-activity/@ref")).containsExactly("XM-TEST-1-PARENT");
    assertThat(file.strings("//related-activity/@type")).containsExactly("1");
    assertThat(report.relationsLeftOut()).isEqualTo(2);
  }

  @Test
  void everyNarrativeNamesItsLanguage() throws Exception {
    // given
    Project project =
        publishable("languages", "XM-TEST-1-L")
            .title(
                LocalizedText.builder()
                    .put("en", "Justice reform")
                    .put("fr", "Réforme de la justice")
                    .build())
            .build();

    // when
    IatiXml file = export(IatiExporter.create(REPORTER).withLanguage("fr"), List.of(project));

    // then
    Element activity = file.elements("//iati-activity").get(0);
    assertThat(activity.getAttributeNS(XML_NS, "lang")).isEqualTo("fr");
    List<Element> titles = file.elements("//iati-activity/title/narrative");
    assertThat(titles)
        .extracting(e -> e.getAttributeNS(XML_NS, "lang"), Element::getTextContent)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("en", "Justice reform"),
            org.assertj.core.groups.Tuple.tuple("fr", "Réforme de la justice"));
    assertThat(
            file.elements(
                "//title/narrative | //description/narrative | //participating-org/narrative | //reporting-org/narrative"))
        .allSatisfy(n -> assertThat(n.hasAttributeNS(XML_NS, "lang")).isTrue());
  }

  @Test
  void linksBecomeDocumentLinksWithCategoryAndFormat() throws Exception {
    Project project =
        publishable("links", "XM-TEST-1-D")
            .addLink(Link.of("https://example.org/project", "Project page", Link.Kind.WEB_PAGE))
            .addLink(Link.of("https://example.org/files/report-2018.PDF", Link.Kind.REPORT))
            .build();

    IatiXml file = export(List.of(project));

    assertThat(file.strings("//document-link/@format"))
        .containsExactly("text/html", "application/pdf");
    assertThat(file.strings("//document-link/category/@code")).containsExactly("A12", "A07");
    assertThat(file.strings("//document-link/title/narrative"))
        .containsExactly("Project page", "https://example.org/files/report-2018.PDF");
  }

  @Test
  void aQueryIsReadPageByPage() throws Exception {
    // given more projects than one page holds
    int count = IatiExporter.PAGE_SIZE + 3;
    for (int i = 0; i < count; i++) {
      coopkit.projects().create(publishable("p" + i, "XM-TEST-1-" + i).build());
    }

    // when
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    IatiReport report =
        IatiExporter.create(REPORTER).write(coopkit, ProjectQuery.builder().build(), out);

    // then
    IatiXml file = IatiXml.parse(out.toByteArray());
    assertThat(report.activities()).isEqualTo(count);
    assertThat(file.elements("//iati-activity")).hasSize(count);
    assertThat(file.strings("//iati-identifier")).doesNotHaveDuplicates();
  }

  @Test
  void aReportingOrganisationNeedsAnIdentifierAndATypeFromTheCodeList() {
    assertThatThrownBy(() -> ReportingOrg.of("XM/1", "41", "Office"))
        .isInstanceOfSatisfying(
            ValidationException.class, e -> assertThat(e.paths()).containsExactly("ref", "type"));
  }

  @Test
  void theRulesCatchAnActivityThatBreaksThem() throws Exception {
    // given a hand-written activity: sector before recipient-country, shares of 99, no start
    String xml =
        "<iati-activities version='2.03' generated-datetime='2020-01-01T00:00:00Z'>"
            + "<iati-activity xml:lang='en'><iati-identifier>XM-TEST-1-A</iati-identifier>"
            + "<reporting-org ref='XM-TEST-1' type='40'><narrative>R</narrative></reporting-org>"
            + "<title><narrative>T</narrative></title>"
            + "<description><narrative>D</narrative></description>"
            + "<participating-org role='5'><narrative>P</narrative></participating-org>"
            + "<activity-status code='2'/><activity-date type='3' iso-date='2020-01-01'/>"
            + "<sector code='15130'/>"
            + "<recipient-country code='AM' percentage='50'/>"
            + "<recipient-country code='GE' percentage='49'/>"
            + "</iati-activity></iati-activities>";

    // when
    List<String> problems =
        IatiRules.problems(
            IatiXml.parse(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)), today);

    // then
    assertThat(problems)
        .anyMatch(p -> p.contains("recipient-country comes after sector"))
        .anyMatch(p -> p.contains("participating-org/@role"))
        .anyMatch(p -> p.contains("a start activity-date"))
        .anyMatch(p -> p.contains("recipients add up to 100, not 99"));
  }

  @Test
  void theRulesCatchResultsThatBreakThem() throws Exception {
    // given a result with an unknown type, an indicator without measure, a baseline without year,
    // a period ending before it starts and a target comment before its dimension
    String xml =
        "<iati-activities version='2.03' generated-datetime='2020-01-01T00:00:00Z'>"
            + "<iati-activity xml:lang='en'><iati-identifier>XM-TEST-1-A</iati-identifier>"
            + "<reporting-org ref='XM-TEST-1' type='40'><narrative>R</narrative></reporting-org>"
            + "<title><narrative>T</narrative></title>"
            + "<description><narrative>D</narrative></description>"
            + "<participating-org role='4'><narrative>P</narrative></participating-org>"
            + "<activity-status code='2'/><activity-date type='1' iso-date='2020-01-01'/>"
            + "<recipient-country code='AM'/><sector code='15130'/>"
            + "<result type='7'><title><narrative>R</narrative></title>"
            + "<indicator><title><narrative>I</narrative></title>"
            + "<period><period-start iso-date='2021-01-01'/><period-end iso-date='2020-12-31'/>"
            + "<target value='1'><comment><narrative>c</narrative></comment>"
            + "<dimension name='country' value='AM'/></target></period>"
            + "<baseline value='x'/></indicator></result>"
            + "</iati-activity></iati-activities>";

    // when
    List<String> problems =
        IatiRules.problems(
            IatiXml.parse(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)), today);

    // then
    assertThat(problems)
        .anyMatch(p -> p.contains("result/@type"))
        .anyMatch(p -> p.contains("indicator/@measure"))
        .anyMatch(p -> p.contains("indicator: baseline comes after period"))
        .anyMatch(p -> p.contains("baseline/@year"))
        .anyMatch(p -> p.contains("baseline/@value is a decimal"))
        .anyMatch(p -> p.contains("period-start before period-end"))
        .anyMatch(p -> p.contains("target: dimension comes after comment"));
  }

  // --- fixtures

  /**
   * An impact with a percentage (lower is better) by country and sex, an outcome with a yes-or-no
   * and a scale indicator, and an output whose participants are computed from events.
   */
  private Logframe everyMeasure(Project p) {
    CountryCode georgia = CountryCode.of("GE");
    Breakdown women = new Breakdown(georgia, Sex.FEMALE, null);
    Period y2018 = Period.ofYear(2018);
    return Logframe.builder()
        .project(p.id())
        .addResult(
            Result.builder()
                .id(coopkit.ids().newResultId())
                .level(ResultLevel.IMPACT)
                .statement("Courts decide cybercrime cases sooner")
                .addIndicator(
                    Indicator.builder()
                        .id(coopkit.ids().newIndicatorId())
                        .statement("Share of cases pending over a year")
                        .measure(Measure.percentage())
                        .direction(Direction.LOWER_IS_BETTER)
                        .disaggregations(EnumSet.of(Disaggregation.SEX))
                        .addBaseline(
                            new Baseline(
                                Breakdown.TOTAL,
                                new BigDecimal("40.50"),
                                PartialDate.of(2016, 5, 10),
                                "court survey"))
                        .addBaseline(
                            Baseline.of(
                                Breakdown.of(georgia),
                                new BigDecimal("35"),
                                PartialDate.ofMonth(2016, 6)))
                        .addTarget(Target.of(y2018, women, new BigDecimal("20")))
                        .addTarget(Target.of(y2018, Breakdown.TOTAL, new BigDecimal("30")))
                        .addTarget(
                            Target.of(Period.ofYear(2019), Breakdown.TOTAL, new BigDecimal("25")))
                        .addActual(
                            new Actual(
                                y2018,
                                Breakdown.of(georgia),
                                new BigDecimal("33"),
                                List.of(),
                                "from the ministry's statistics"))
                        .build())
                .build())
        .addResult(
            Result.builder()
                .id(coopkit.ids().newResultId())
                .level(ResultLevel.OUTCOME)
                .statement("Legislation on electronic evidence is in force")
                .addIndicator(
                    Indicator.builder()
                        .id(coopkit.ids().newIndicatorId())
                        .statement("Law adopted")
                        .measure(Measure.yesNo())
                        .addTarget(Target.of(y2018, Breakdown.of(georgia), BigDecimal.ONE))
                        .build())
                .addIndicator(
                    Indicator.builder()
                        .id(coopkit.ids().newIndicatorId())
                        .statement("Stage of the law")
                        .measure(Measure.scale("draft", "in parliament", "adopted"))
                        .addActual(Actual.of(y2018, Breakdown.of(georgia), new BigDecimal("2")))
                        .build())
                .build())
        .addResult(
            Result.builder()
                .id(coopkit.ids().newResultId())
                .level(ResultLevel.OUTPUT)
                .statement("Judges are trained")
                .addIndicator(
                    Indicator.builder()
                        .id(coopkit.ids().newIndicatorId())
                        .statement("People trained")
                        .measure(Measure.number("people"))
                        .computedFrom(EventCount.PARTICIPANTS)
                        .addBaseline(
                            Baseline.of(Breakdown.TOTAL, BigDecimal.ZERO, PartialDate.ofYear(2017)))
                        .addTarget(Target.of(y2018, Breakdown.TOTAL, new BigDecimal("150")))
                        .build())
                .build())
        .build();
  }

  private IatiXml export(List<Project> projects) throws Exception {
    return export(IatiExporter.create(REPORTER), projects);
  }

  private IatiXml export(IatiExporter exporter, List<Project> projects) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter.write(coopkit, projects, out);
    return IatiXml.parse(out.toByteArray());
  }

  /** A project with what IATI requires, the given code and IATI identifier. */
  private Project.Builder publishable(String code, String iatiId) {
    Organisation office =
        organisation("Office " + code, OrganisationType.INTERNATIONAL_ORGANISATION, null, null);
    return Project.builder()
        .id(coopkit.ids().newProjectId())
        .code(code)
        .title("Project " + code)
        .summary(LocalizedText.of("What " + code + " does."))
        .status(ProjectStatus.IMPLEMENTATION)
        .dates(
            ProjectDates.builder()
                .plannedStart(PartialDate.of(2017, 9, 1))
                .actualStart(PartialDate.of(2017, 9, 4))
                .build())
        .addCountry(CountryCode.of("AM"))
        .addOrganisation(ProjectOrganisation.of(office.id(), OrganisationRole.IMPLEMENTING))
        .addSector(Sector.dacPurpose("15130", null))
        .addExternalId(ExternalId.of("iati", iatiId));
  }

  private Project everything(String code, Project parent) {
    Organisation donor =
        organisation("Donor " + code, OrganisationType.INTERNATIONAL_ORGANISATION, null, null);
    return publishable(code, "XM-TEST-1-" + code)
        .aims(LocalizedText.of("Why " + code + " is done."))
        .addPolicyMarker(
            PolicyMarker.of(PolicyMarkerCode.values()[2], PolicySignificance.SIGNIFICANT_OBJECTIVE))
        .addBudget(
            new BudgetLine(
                Money.of("1000", "EUR"), 2018, BudgetType.ORIGINAL, BudgetStatus.COMMITTED))
        .addFunding(FundingLine.of(donor.id(), Money.of("5000", "EUR"), FundingKind.CONTRIBUTION))
        .addLink(Link.of("https://example.org/" + code, Link.Kind.WEB_PAGE))
        .addRelation(ProjectRelation.of(parent.id(), RelationType.PARENT))
        .build();
  }

  private Organisation organisation(
      String name, OrganisationType type, String country, String iatiRef) {
    Organisation.Builder b =
        Organisation.builder().id(coopkit.ids().newOrganisationId()).name(name).type(type);
    if (country != null) {
      b.country(CountryCode.of(country));
    }
    if (iatiRef != null) {
      b.addExternalId(ExternalId.of("iati", iatiRef));
    }
    return coopkit.organisations().register(b.build());
  }
}
