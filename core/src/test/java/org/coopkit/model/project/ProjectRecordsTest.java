package org.coopkit.model.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopkit.internal.ValidationAssertions.invalid;
import static org.coopkit.internal.ValidationAssertions.violation;
import static org.coopkit.model.project.ProjectFixture.aProject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.UUID;
import org.coopkit.model.ExchangeRates;
import org.coopkit.model.Money;
import org.coopkit.model.PartialDate;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.query.ProjectQuery;
import org.coopkit.query.internal.ProjectSearch;
import org.junit.jupiter.api.Test;

/** Dates, money, sectors and policy markers of projects as real programme records give them. */
class ProjectRecordsTest {
  private static final PartialDate DEC_2021 = PartialDate.ofMonth(2021, 12);
  private static final PartialDate JUN_2022 = PartialDate.ofMonth(2022, 6);
  private static final OrganisationId EU = OrganisationId.of(UUID.randomUUID());
  private static final OrganisationId COE = OrganisationId.of(UUID.randomUUID());

  @Test
  void keepsTheHistoryOfAnEndDatesExtensions() {
    ProjectDates dates =
        ProjectDates.builder()
            .plannedStart(PartialDate.ofMonth(2019, 1))
            .plannedEnd(DEC_2021)
            .addExtension(
                new EndDateExtension(DEC_2021, JUN_2022, PartialDate.ofMonth(2021, 10), "SC 5"))
            .addExtension(EndDateExtension.of(JUN_2022, PartialDate.ofMonth(2022, 12)))
            .signed(PartialDate.of(2018, 12, 3))
            .launched(PartialDate.ofMonth(2019, 3))
            .build();

    assertThat(dates.plannedEnd()).isEqualTo(DEC_2021);
    assertThat(dates.agreedEnd()).isEqualTo(PartialDate.ofMonth(2022, 12));
    assertThat(dates.end()).isEqualTo(PartialDate.ofMonth(2022, 12));
    assertThat(dates.isEndDerived()).isFalse();
    assertThat(dates.toBuilder().build()).isEqualTo(dates);
  }

  @Test
  void refusesAnExtensionThatDoesNotExtendThePlannedEnd() {
    violation(
        () ->
            ProjectDates.builder()
                .plannedEnd(DEC_2021)
                .addExtension(EndDateExtension.of(PartialDate.ofMonth(2021, 11), JUN_2022))
                .build(),
        "dates.extensions[0].previousEnd",
        "must be dates.plannedEnd (2021-12)");
  }

  @Test
  void refusesAnExtensionThatDoesNotFollowTheOneBefore() {
    violation(
        () ->
            ProjectDates.builder()
                .addExtension(EndDateExtension.of(DEC_2021, JUN_2022))
                .addExtension(EndDateExtension.of(DEC_2021, PartialDate.ofYear(2023)))
                .build(),
        "dates.extensions[1].previousEnd",
        "must be the new end of the extension before");
  }

  @Test
  void refusesAnExtensionToAnEarlierEnd() {
    violation(() -> EndDateExtension.of(JUN_2022, DEC_2021), "newEnd", "must end after");
  }

  @Test
  void refusesExtensionsDecidedOutOfOrder() {
    violation(
        () ->
            ProjectDates.builder()
                .addExtension(
                    new EndDateExtension(DEC_2021, JUN_2022, PartialDate.ofYear(2022), null))
                .addExtension(
                    new EndDateExtension(
                        JUN_2022, PartialDate.ofYear(2023), PartialDate.ofYear(2021), null))
                .build(),
        "dates.extensions[1].decided",
        "must not be before");
  }

  @Test
  void refusesAnActualEndAfterTheLastExtension() {
    violation(
        () ->
            ProjectDates.builder()
                .plannedEnd(DEC_2021)
                .addExtension(EndDateExtension.of(DEC_2021, JUN_2022))
                .actualEnd(PartialDate.ofMonth(2022, 7))
                .build(),
        "dates.actualEnd",
        "must not be after the last extension's new end");
  }

  @Test
  void derivesTheEndFromStartAndDurationAndSaysSo() {
    ProjectDates months =
        ProjectDates.builder()
            .plannedStart(PartialDate.ofMonth(2019, 6))
            .durationMonths(36)
            .build();
    ProjectDates days =
        ProjectDates.builder().actualStart(PartialDate.of(2019, 6, 15)).durationMonths(36).build();
    ProjectDates years =
        ProjectDates.builder().plannedStart(PartialDate.ofYear(2019)).durationMonths(36).build();

    assertThat(months.end()).isEqualTo(PartialDate.ofMonth(2022, 5));
    assertThat(days.end()).isEqualTo(PartialDate.of(2022, 6, 14));
    assertThat(years.end()).isEqualTo(PartialDate.ofYear(2022));
    assertThat(months.isEndDerived()).isTrue();
    assertThat(months.recordedEnd()).isNull();
    assertThat(months.isActiveOn(LocalDate.of(2022, 5, 31))).isTrue();
    assertThat(months.isActiveOn(LocalDate.of(2022, 6, 1))).isFalse();
  }

  @Test
  void prefersARecordedEndToADerivedOne() {
    ProjectDates dates =
        ProjectDates.builder()
            .plannedStart(PartialDate.ofMonth(2019, 6))
            .plannedEnd(DEC_2021)
            .durationMonths(36)
            .build();

    assertThat(dates.end()).isEqualTo(DEC_2021);
    assertThat(dates.isEndDerived()).isFalse();
  }

  @Test
  void refusesADurationOutsideOneToSixHundredMonths() {
    violation(
        () -> ProjectDates.builder().durationMonths(0).build(),
        "dates.durationMonths",
        "must be between 1 and 600");
    violation(
        () -> ProjectDates.builder().durationMonths(601).build(),
        "dates.durationMonths",
        "must be between 1 and 600");
  }

  @Test
  void refusesFundingSharesAbove100PercentInTotal() {
    violation(
        () -> aProject().addFunding(share(EU, "80")).addFunding(share(COE, "20.5")).build(),
        "funding",
        "must not have shares above 100");
  }

  @Test
  void acceptsSharesOf80And20() {
    Project p = aProject().addFunding(share(EU, "80")).addFunding(share(COE, "20.00")).build();

    assertThat(p.funding().get(1).share()).isEqualByComparingTo("20");
    assertThat(p.funding().get(0).share()).isEqualTo(new BigDecimal("80.00"));
  }

  @Test
  void refusesAFundingLineWithNeitherAmountNorShare() {
    violation(
        () -> new FundingLine(EU, null, null, FundingKind.GRANT, null, null),
        "amount",
        "is required when no share is given");
  }

  @Test
  void refusesAShareOfZeroOrWithThreeDecimals() {
    violation(() -> share(EU, "0"), "share", "must be more than 0");
    violation(() -> share(EU, "10.125"), "share", "at most 2 decimal places");
  }

  @Test
  void totalsFundingPerCurrencyWithoutAddingAcrossCurrencies() {
    Project p =
        aProject()
            .addFunding(FundingLine.of(EU, Money.of("4000000", "EUR"), FundingKind.GRANT))
            .addFunding(FundingLine.of(COE, Money.of("500000", "USD"), FundingKind.PLEDGE))
            .addFunding(
                FundingLine.of(COE, Money.of("1000000.50", "EUR"), FundingKind.CONTRIBUTION))
            .addFunding(share(EU, "10"))
            .build();

    assertThat(p.fundingTotals().values())
        .containsExactly(Money.of("5000000.50", "EUR"), Money.of("500000", "USD"));
  }

  @Test
  void refusesFundingWhoseTotalInACurrencyOutgrowsAnAmount() {
    Money most = Money.of("9".repeat(30), "EUR");

    violation(
        () ->
            aProject()
                .addFunding(FundingLine.of(EU, most, FundingKind.GRANT))
                .addFunding(FundingLine.of(COE, most, FundingKind.GRANT))
                .build(),
        "funding",
        "must total at most 30 digits before the decimal point in EUR");
  }

  @Test
  void convertsTotalsOnlyThroughTheRatesGiven() {
    Project p =
        aProject()
            .addFunding(FundingLine.of(EU, Money.of("100", "EUR"), FundingKind.GRANT))
            .addFunding(FundingLine.of(COE, Money.of("10.01", "USD"), FundingKind.GRANT))
            .build();
    ExchangeRates rates =
        ExchangeRates.builder(Currency.getInstance("EUR"), LocalDate.of(2024, 3, 1), "InforEuro")
            .rate("USD", "0.9")
            .build();

    assertThat(rates.total(p.fundingTotals().values())).isEqualTo(Money.of("109.01", "EUR"));
    assertThat(
            invalid(
                    () ->
                        ExchangeRates.builder(
                                Currency.getInstance("GBP"), LocalDate.of(2024, 3, 1), "ECB")
                            .build()
                            .total(p.fundingTotals().values()))
                .paths())
        .containsExactly("rates[EUR]", "rates[USD]");
  }

  @Test
  void refusesASectorCodeOfTheWrongLength() {
    violation(() -> Sector.dacPurpose("1513", null), "code", "must be 5 digits");
    violation(
        () -> new Sector(SectorVocabulary.OECD_DAC_3, "15130", null), "code", "must be 3 digits");
  }

  @Test
  void refusesSectorPercentagesThatDoNotAddUpTo100() {
    violation(
        () ->
            aProject()
                .addSector(Sector.dacPurpose("15130", new BigDecimal("60")))
                .addSector(Sector.dacPurpose("15210", new BigDecimal("30")))
                .build(),
        "sectors",
        "percentages that add up to 100");
  }

  @Test
  void refusesSectorsWithAndWithoutPercentagesInOneVocabulary() {
    violation(
        () ->
            aProject()
                .addSector(Sector.dacPurpose("15130", new BigDecimal("100")))
                .addSector(Sector.dacPurpose("15210", null))
                .build(),
        "sectors",
        "must give a percentage for every OECD_DAC_5 sector or for none");
  }

  @Test
  void addsUpPercentagesPerVocabulary() {
    Project p =
        aProject()
            .addSector(Sector.dacPurpose("15130", new BigDecimal("60")))
            .addSector(Sector.dacPurpose("15210", new BigDecimal("40")))
            .addSector(new Sector(SectorVocabulary.OECD_DAC_3, "151", new BigDecimal("100")))
            .build();

    assertThat(p.sectors()).hasSize(3);
    assertThat(p.sectors().get(0).vocabulary().iatiCode()).isEqualTo("1");
  }

  @Test
  void refusesAPolicyMarkerTwice() {
    violation(
        () ->
            aProject()
                .addPolicyMarker(
                    PolicyMarker.of(
                        PolicyMarkerCode.GENDER_EQUALITY, PolicySignificance.SIGNIFICANT_OBJECTIVE))
                .addPolicyMarker(
                    PolicyMarker.of(
                        PolicyMarkerCode.GENDER_EQUALITY, PolicySignificance.NOT_TARGETED))
                .build(),
        "policyMarkers[1]",
        "must not repeat the marker");
  }

  @Test
  void mapsCodesToIati() {
    assertThat(PolicyMarkerCode.GOOD_GOVERNANCE.iatiCode()).isEqualTo(3);
    assertThat(PolicySignificance.EXPLICIT_PRIMARY_OBJECTIVE.iatiCode()).isEqualTo(4);
    assertThat(BudgetType.REVISED.iatiCode()).isEqualTo(2);
    assertThat(BudgetStatus.INDICATIVE.iatiCode()).isEqualTo(1);
    assertThat(FundingKind.PLEDGE.iatiTransactionType()).isEqualTo(13);
    assertThat(FundingKind.GRANT.iatiFinanceType()).hasValue(110);
  }

  @Test
  void refusesTwoBudgetsForOneYearAndBasis() {
    Money eur = Money.of("100", "EUR");
    assertThat(
            invalid(
                    () ->
                        aProject()
                            .addBudget(
                                new BudgetLine(
                                    eur, 2022, BudgetType.ORIGINAL, BudgetStatus.COMMITTED))
                            .addBudget(
                                new BudgetLine(
                                    eur, 2022, BudgetType.REVISED, BudgetStatus.COMMITTED))
                            .addBudget(
                                new BudgetLine(
                                    eur, 2022, BudgetType.ORIGINAL, BudgetStatus.COMMITTED))
                            .build())
                .paths())
        .containsExactly("budgets[2]");
  }

  @Test
  void findsProjectsBySectorCodeAndByDonor() {
    Project p =
        aProject()
            .addSector(Sector.dacPurpose("15130", null))
            .addFunding(FundingLine.of(EU, Money.of("1", "EUR"), FundingKind.GRANT))
            .addOrganisation(ProjectOrganisation.of(COE, OrganisationRole.FUNDING))
            .build();

    assertThat(ProjectSearch.matches(ProjectQuery.builder().sector(" 15130 ").build(), p)).isTrue();
    assertThat(ProjectSearch.matches(ProjectQuery.builder().sector("15210").build(), p)).isFalse();
    assertThat(ProjectSearch.matches(ProjectQuery.builder().donor(EU).build(), p)).isTrue();
    assertThat(ProjectSearch.matches(ProjectQuery.builder().donor(COE).build(), p)).isFalse();
  }

  private static FundingLine share(OrganisationId donor, String percent) {
    return new FundingLine(
        donor, null, new BigDecimal(percent), FundingKind.CONTRIBUTION, null, null);
  }
}
