package org.coopkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.coopkit.model.CountryCode;
import org.coopkit.model.ExternalId;
import org.coopkit.model.PartialDate;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.ContactId;
import org.coopkit.model.contact.RoleAssignment;
import org.coopkit.model.contact.RoleId;
import org.coopkit.model.contact.RoleType;
import org.coopkit.model.project.CooperationFramework;
import org.coopkit.model.project.ParticipatingCountry;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OverTimeJsonTest {
  private static final String PROJECT = "0190a5b4-8f3e-7c1a-9b2d-4e5f6a7b8c9e";
  private final JsonMapper mapper =
      JsonMapper.builder().addModule(CoopkitJsonModule.create()).build();

  private static Project.Builder project() {
    return Project.builder().id(ProjectId.of(UUID.fromString(PROJECT))).code("p").title("P");
  }

  @Test
  void oneFrameworkIsWrittenAs01WroteItAndSeveralAsAList() {
    CooperationFramework pgg = CooperationFramework.of("pgg", "Partnership", "PGG");
    CooperationFramework eap = CooperationFramework.of("eap", "Eastern Partnership", null);
    Project one = project().framework(pgg).build();
    Project two = project().framework(pgg).addFramework(eap).build();

    JsonNode oneTree = mapper.valueToTree(one);
    JsonNode twoTree = mapper.valueToTree(two);

    assertThat(oneTree.has("framework")).isTrue();
    assertThat(oneTree.has("frameworks")).isFalse();
    assertThat(twoTree.has("framework")).isFalse();
    assertThat(twoTree.get("frameworks").size()).isEqualTo(2);
    assertThat(mapper.treeToValue(oneTree, Project.class)).isEqualTo(one);
    assertThat(mapper.treeToValue(twoTree, Project.class)).isEqualTo(two);
  }

  @Test
  void countryPeriodsAndNotesRoundTripAndA01CountryStillReads() {
    Project project =
        project()
            .addCountry(
                ParticipatingCountry.builder()
                    .country(CountryCode.of("XK"))
                    .validFrom(PartialDate.ofMonth(2020, 3))
                    .validUntil(PartialDate.ofYear(2023))
                    .note("a footnote")
                    .build())
            .build();

    String json = mapper.writeValueAsString(project);

    assertThat(json).contains("\"validFrom\":\"2020-03\"", "\"note\":\"a footnote\"");
    assertThat(mapper.readValue(json, Project.class)).isEqualTo(project);
    assertThat(
            mapper.readValue(
                "{\"country\":\"am\",\"role\":\"partner\"}", ParticipatingCountry.class))
        .isEqualTo(
            ParticipatingCountry.of(
                CountryCode.of("AM"), org.coopkit.model.project.CountryRole.PARTNER));
  }

  @Test
  void anUnnamedPositionItsIdsAndARoleSeenOnADateRoundTrip() {
    Contact position =
        Contact.builder()
            .id(ContactId.of(UUID.randomUUID()))
            .nameWithheld(true)
            .addExternalId(ExternalId.of("post", "P-1"))
            .addRole(
                RoleAssignment.builder()
                    .id(RoleId.of(UUID.randomUUID()))
                    .type(RoleType.PROGRAMME_MANAGER)
                    .project(ProjectId.of(UUID.fromString(PROJECT)))
                    .seenOn(LocalDate.of(2022, 3, 1))
                    .unit("Cybercrime Programme Office")
                    .build())
            .build();

    String json = mapper.writeValueAsString(position);

    assertThat(json).contains("\"nameWithheld\":true", "\"seenOn\":\"2022-03-01\"");
    assertThat(mapper.readValue(json, Contact.class)).isEqualTo(position);
  }
}
