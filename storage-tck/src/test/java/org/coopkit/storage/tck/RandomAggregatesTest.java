package org.coopkit.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectId;
import org.junit.jupiter.api.Test;

class RandomAggregatesTest {
  @Test
  void theSameSeedGivesTheSameAggregates() {
    // given
    RandomAggregates first = new RandomAggregates(42);
    RandomAggregates second = new RandomAggregates(42);

    // when
    List<Object> fromFirst = someOfEach(first);
    List<Object> fromSecond = someOfEach(second);

    // then
    assertThat(fromFirst).isEqualTo(fromSecond);
  }

  @Test
  void manySeedsGiveOnlyValidAggregates() {
    for (long seed = 0; seed < 150; seed++) {
      // given
      RandomAggregates random = new RandomAggregates(seed * 7_919 + 13);

      // when
      List<Object> aggregates = someOfEach(random);

      // then
      assertThat(aggregates).as("seed %d", random.seed()).hasSize(40);
    }
  }

  @Test
  void textsStayWithinTheirLengthAndNeverStartOrEndWithWhiteSpace() {
    // given
    RandomAggregates random = new RandomAggregates(7);

    for (int i = 0; i < 2_000; i++) {
      // when
      String text = random.text(1 + i % 50, i % 2 == 0);

      // then
      assertThat(text.length()).isBetween(1, 1 + i % 50);
      assertThat(text).isEqualTo(text.strip());
    }
  }

  private static List<Object> someOfEach(RandomAggregates random) {
    List<Object> all = new ArrayList<>();
    List<OrganisationId> organisations = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      var organisation = random.organisation(organisations);
      organisations.add(organisation.id());
      all.add(organisation);
    }
    List<Project> projects = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      Project project = random.project(organisations, projects.stream().map(Project::id).toList());
      projects.add(project);
      all.add(project);
    }
    List<ProjectId> projectIds = projects.stream().map(Project::id).toList();
    for (int i = 0; i < 10; i++) {
      all.add(random.event(projects, organisations));
      all.add(random.contact(organisations, projectIds));
    }
    return all;
  }
}
