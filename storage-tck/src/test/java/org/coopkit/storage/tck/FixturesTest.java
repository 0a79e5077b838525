package org.coopkit.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.Project;
import org.junit.jupiter.api.Test;

class FixturesTest {
  @Test
  void textHasExactlyTheLengthAskedForAndSurvivesTheModelUnchanged() {
    for (int length = 1; length <= 300; length++) {
      // when
      String text = Fixtures.text(length);

      // then
      assertThat(text).hasSize(length);
      assertThat(LocalizedText.of(text).english()).isEqualTo(text);
    }
  }

  @Test
  void uniqueCodesAndTokensDiffer() {
    assertThat(Fixtures.uniqueCode()).isNotEqualTo(Fixtures.uniqueCode());
    assertThat(Fixtures.uniqueToken()).isNotEqualTo(Fixtures.uniqueToken());
  }

  @Test
  void fullyPopulatedAggregatesBuild() {
    // given
    OrganisationId organisation = Fixtures.newOrganisationId();

    // when
    Project project =
        Fixtures.fullyPopulatedProject(
            organisation, Fixtures.newOrganisationId(), Fixtures.newProjectId());

    // then
    assertThat(project.components()).hasSize(3);
    assertThat(Fixtures.fullyPopulatedEvent(project, organisation).components()).hasSize(2);
    assertThat(Fixtures.fullyPopulatedContact(organisation, project.id()).roles()).hasSize(4);
    assertThat(Fixtures.fullyPopulatedOrganisation(organisation).parent()).isEqualTo(organisation);
  }

  @Test
  void theTestClockStandsStillUntilMovedAndKeepsMicroseconds() {
    // given
    TestClock clock = TestClock.at(Instant.parse("2025-06-15T23:30:00.123456789Z"));

    // when
    Instant first = clock.instant();
    Instant moved = clock.advance(Duration.ofMinutes(45));

    // then
    assertThat(first).isEqualTo(Instant.parse("2025-06-15T23:30:00.123456Z"));
    assertThat(clock.instant()).isEqualTo(moved).isEqualTo(first.plusSeconds(45 * 60));
    assertThat(clock.today()).isEqualTo(LocalDate.of(2025, 6, 16));
    assertThat(clock.withZone(ZoneId.of("Asia/Yerevan")).instant()).isEqualTo(moved);
  }
}
