package org.coopkit.model.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopkit.internal.ValidationAssertions.violation;

import java.util.ArrayList;
import java.util.List;
import org.coopkit.internal.RandomModelValues;
import org.coopkit.internal.SeedOnFailure;
import org.coopkit.model.ExternalId;
import org.coopkit.model.Limits;
import org.instancio.junit.Given;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Properties of random organisations. Each repetition draws from Instancio's seeded random; a
 * failing repetition names its seed in the failure message, and {@code @Seed(n)} on the method
 * replays it.
 */
@ExtendWith({InstancioExtension.class, SeedOnFailure.class})
class OrganisationPropertiesTest {

  @RepeatedTest(100)
  void aValidOrganisationSurvivesACopyThroughItsBuilderAndItsConstructor(
      @Given(OrganisationFixture.RandomOrganisation.class) Organisation organisation) {
    Organisation constructed =
        Organisation.builder()
            .id(organisation.id())
            .name(organisation.name())
            .acronym(organisation.acronym())
            .type(organisation.type())
            .country(organisation.country())
            .parent(organisation.parent())
            .links(organisation.links())
            .externalIds(organisation.externalIds())
            .version(organisation.version())
            .createdAt(organisation.createdAt())
            .updatedAt(organisation.updatedAt())
            .build();

    assertThat(organisation.toBuilder().build())
        .isEqualTo(organisation)
        .hasSameHashCodeAs(organisation);
    assertThat(constructed).isEqualTo(organisation);
  }

  @RepeatedTest(30)
  void aNameLongerThanTheLimitInAnyLanguageIsRejected(
      @Given(RandomModelValues.Provider.class) RandomModelValues random) {
    Organisation organisation = OrganisationFixture.randomOrganisation(random);

    violation(
        () ->
            organisation.toBuilder()
                .name(
                    organisation
                        .name()
                        .with(
                            random.oneOf("en", "hy", "ka"),
                            random.text(Limits.NAME + 1, Limits.NAME + 300)))
                .build(),
        "name",
        "must be at most " + Limits.NAME + " characters long");
  }

  @RepeatedTest(30)
  void anExternalIdRepeatedAnywhereIsRejectedAtItsSecondPlace(
      @Given(RandomModelValues.Provider.class) RandomModelValues random) {
    Organisation organisation = OrganisationFixture.randomOrganisation(random);
    List<ExternalId> ids = new ArrayList<>(random.externalIds(random.between(1, 5)));
    int first = random.between(0, ids.size() - 1);
    int at = random.between(0, ids.size());
    ids.add(at, ids.get(first));
    int second = at <= first ? first + 1 : at;

    violation(
        () -> organisation.toBuilder().externalIds(ids).build(),
        "externalIds[" + second + "]",
        "must not repeat the identifier");
  }
}
