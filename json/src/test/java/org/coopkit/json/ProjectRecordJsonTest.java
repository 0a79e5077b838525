package org.coopkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.coopkit.model.PartialDate;
import org.coopkit.model.project.FundingLine;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectDates;
import org.coopkit.model.project.Sector;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/** The project records added to {@code coopkit/1} in 0.2, as a hand-written document has them. */
class ProjectRecordJsonTest {
  private static final String ID = "0190a5b4-8f3e-7c1a-9b2d-4e5f6a7b8c9d";
  private static final String DONOR = "0190a5b4-8f3e-7c1a-9b2d-4e5f6a7b8c9e";

  private final JsonMapper mapper =
      JsonMapper.builder().addModule(CoopkitJsonModule.create()).build();

  @Test
  void readsAProjectWithDatesMoneyAndSectorsWrittenByHand() {
    String json =
        """
        {"id": "%s", "code": "cybercrime-eap-ii", "title": {"en": "Cybercrime EAP II"},
         "dates": {"plannedStart": "2019-01", "plannedEnd": "2021-12", "durationMonths": 36,
                   "signed": "2018-12-03",
                   "extensions": [{"previousEnd": "2021-12", "newEnd": "2022-06",
                                   "decided": "2021-10", "note": "SC 5"}]},
         "funding": [{"donor": "%s", "share": "80", "kind": "grant"},
                     {"donor": "%s", "amount": {"amount": "1000", "currency": "EUR"},
                      "kind": "pledge", "from": "2019", "until": "2020"}],
         "budgets": [{"amount": {"amount": "5000000", "currency": "EUR"}, "year": 2020,
                      "type": "revised", "status": "indicative"}],
         "sectors": [{"vocabulary": "oecd_dac_5", "code": "15130", "percentage": "100"}],
         "policyMarkers": [{"marker": "good_governance",
                            "significance": "principal_objective"}]}
        """
            .formatted(ID, DONOR, DONOR);

    Project p = mapper.readValue(json, Project.class);

    assertThat(p.dates().agreedEnd()).isEqualTo(PartialDate.ofMonth(2022, 6));
    assertThat(p.dates().durationMonths()).isEqualTo(36);
    assertThat(p.funding().get(0).share()).isEqualTo(new BigDecimal("80.00"));
    assertThat(p.funding().get(1).until()).isEqualTo(PartialDate.ofYear(2020));
    assertThat(p.budgets().get(0).year()).isEqualTo(2020);
    assertThat(p.sectors()).containsExactly(Sector.dacPurpose("15130", new BigDecimal("100")));
    assertThat(p.policyMarkers().get(0).marker().iatiCode()).isEqualTo(3);
    assertThat(mapper.readValue(mapper.writeValueAsString(p), Project.class)).isEqualTo(p);
  }

  @Test
  void writesSharesAsDecimalStringsAndLeavesOutWhatIsAbsent() {
    FundingLine line =
        new FundingLine(
            org.coopkit.model.organisation.OrganisationId.parse(DONOR),
            null,
            new BigDecimal("19.5"),
            org.coopkit.model.project.FundingKind.CONTRIBUTION,
            null,
            null);

    assertThat(mapper.writeValueAsString(line))
        .isEqualTo("{\"donor\":\"" + DONOR + "\",\"share\":\"19.50\",\"kind\":\"contribution\"}");
    assertThat(mapper.writeValueAsString(ProjectDates.UNKNOWN)).isEqualTo("{}");
  }

  @Test
  void refusesAShareThatIsNotAPercentageString() {
    String json = "{\"donor\": \"" + DONOR + "\", \"share\": \"80%\", \"kind\": \"grant\"}";

    assertThatThrownBy(() -> mapper.readValue(json, FundingLine.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("share: must be a percentage such as 80 or 12.50");
  }

  @Test
  void refusesSharesAboveOneHundredPercentNamingTheRule() {
    String json =
        ("{\"id\": \"%s\", \"code\": \"p\", \"title\": {\"en\": \"P\"}, \"funding\": ["
                + "{\"donor\": \"%s\", \"share\": \"60\", \"kind\": \"grant\"},"
                + "{\"donor\": \"%s\", \"share\": \"41\", \"kind\": \"grant\"}]}")
            .formatted(ID, DONOR, DONOR);

    assertThatThrownBy(() -> mapper.readValue(json, Project.class))
        .isInstanceOf(DatabindException.class)
        .hasMessageContaining("must not have shares above 100 (percent) in total ('101.00')");
  }
}
