package org.coopkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.coopkit.model.CountryCode;
import org.coopkit.model.Money;
import org.coopkit.model.ParticipantCount;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventDates;
import org.coopkit.model.event.EventFormat;
import org.coopkit.model.event.EventId;
import org.coopkit.model.event.EventType;
import org.coopkit.model.event.KeyMessage;
import org.coopkit.model.event.Participation;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.FundingKind;
import org.coopkit.model.project.FundingLine;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectFixture;
import org.coopkit.model.project.ProjectId;
import org.junit.jupiter.api.Test;

class TalliesTest {
  private static final ProjectId P = ProjectId.of(UUID.randomUUID());
  private static final ProjectId Q = ProjectId.of(UUID.randomUUID());
  private static final CountryCode AZ = CountryCode.of("AZ");
  private static final CountryCode GE = CountryCode.of("GE");

  private static Event event(
      int year, List<ProjectId> projects, Participation participation, int adopted) {
    Event.Builder b =
        Event.builder()
            .id(EventId.of(UUID.randomUUID()))
            .projects(projects)
            .title("Event")
            .type(EventType.WORKSHOP)
            .format(EventFormat.ONLINE)
            .dates(EventDates.of(LocalDate.of(year, 5, 1), LocalDate.of(year, 5, 2), null))
            .participation(participation);
    for (int i = 0; i < adopted; i++) {
      b.addKeyMessage(KeyMessage.adopted("Message " + i));
    }
    return b.build();
  }

  @Test
  void aJointEventCountsOnceInTheTotalAndUnderEachOfItsProjects() {
    Event joint = event(2017, List.of(P, Q), Participation.UNKNOWN, 2);

    assertThat(Tallies.tally(List.of(joint), Dimension.TOTAL).get("").events()).isEqualTo(1);
    Map<String, RawTally> byProject = Tallies.tally(List.of(joint), Dimension.PROJECT);
    assertThat(byProject).containsOnlyKeys(P.toString(), Q.toString());
    assertThat(byProject.get(P.toString()).adoptedKeyMessages()).isEqualTo(2);
  }

  @Test
  void participantCountriesUseTheirOwnCountsAndMarkMissingOnes() {
    Event e =
        event(
            2018,
            List.of(P),
            Participation.builder()
                .total(ParticipantCount.exactly(30))
                .countries(Set.of(AZ, GE))
                .byCountry(Map.of(AZ, ParticipantCount.exactly(12)))
                .build(),
            0);

    Map<String, RawTally> byCountry = Tallies.tally(List.of(e), Dimension.PARTICIPANT_COUNTRY);

    assertThat(EventTally.of(byCountry.get("AZ")).participants().range()).isEqualTo("12");
    assertThat(EventTally.of(byCountry.get("GE")).participants().range()).isEqualTo("not counted");
    assertThat(byCountry.get("GE").eventsWithoutCount()).isEqualTo(1);
    assertThat(Tallies.tally(List.of(e), Dimension.YEAR_AND_PARTICIPANT_COUNTRY))
        .containsOnlyKeys("2018/AZ", "2018/GE");
  }

  @Test
  void fundingTotalsAddEachCurrencysAmountsAcrossProjectsAndLeaveSharesOut() {
    OrganisationId donor = OrganisationId.of(UUID.randomUUID());
    Project first =
        ProjectFixture.aProject()
            .addFunding(FundingLine.of(donor, Money.of("4000000", "EUR"), FundingKind.GRANT))
            .addFunding(FundingLine.of(donor, Money.of("250000", "USD"), FundingKind.PLEDGE))
            .addFunding(
                new FundingLine(
                    donor, null, new BigDecimal("20"), FundingKind.CONTRIBUTION, null, null))
            .build();
    Project second =
        ProjectFixture.aProject()
            .addFunding(FundingLine.of(donor, Money.of("1000000.5", "EUR"), FundingKind.GRANT))
            .build();

    Map<Currency, Money> totals = Tallies.fundingTotals(List.of(second, first));

    assertThat(totals.values())
        .containsExactly(Money.of("5000000.50", "EUR"), Money.of("250000", "USD"));
    assertThat(Tallies.fundingTotals(List.of())).isEmpty();
  }

  @Test
  void yearsGroupByTheFirstDay() {
    Map<String, RawTally> byYear =
        Tallies.tally(
            List.of(
                event(2017, List.of(P), Participation.UNKNOWN, 0),
                event(2017, List.of(P), Participation.UNKNOWN, 0),
                event(2019, List.of(P), Participation.UNKNOWN, 0)),
            Dimension.YEAR);

    assertThat(byYear).containsOnlyKeys("2017", "2019");
    assertThat(byYear.get("2017").events()).isEqualTo(2);
  }
}
