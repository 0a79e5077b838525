package org.coopkit.model.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopkit.internal.ValidationAssertions.violation;

import java.util.ArrayList;
import java.util.List;
import org.coopkit.internal.RandomModelValues;
import org.coopkit.internal.SeedOnFailure;
import org.coopkit.model.Limits;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.PartialDate;
import org.instancio.junit.Given;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Properties of random projects. Each repetition draws from Instancio's seeded random; a failing
 * repetition names its seed in the failure message, and {@code @Seed(n)} on the method replays it.
 */
@ExtendWith({InstancioExtension.class, SeedOnFailure.class})
class ProjectPropertiesTest {
  private static final String BAD_CODE_CHARACTERS = "_ ./!@#:;éßÄ€";

  @RepeatedTest(100)
  void aValidProjectSurvivesACopyThroughItsBuilderAndItsConstructor(
      @Given(ProjectFixture.RandomProject.class) Project project) {
    Project copied = project.toBuilder().build();
    Project constructed =
        Project.builder()
            .id(project.id())
            .code(project.code())
            .title(project.title())
            .acronym(project.acronym())
            .summary(project.summary())
            .aims(project.aims())
            .status(project.status())
            .dates(project.dates())
            .framework(project.framework())
            .countries(project.countries())
            .organisations(project.organisations())
            .relations(project.relations())
            .budget(project.budget())
            .components(project.components())
            .links(project.links())
            .externalIds(project.externalIds())
            .version(project.version())
            .createdAt(project.createdAt())
            .updatedAt(project.updatedAt())
            .build();

    assertThat(copied).isEqualTo(project).hasSameHashCodeAs(project);
    assertThat(constructed).isEqualTo(project);
    for (Component component : project.components()) {
      assertThat(component.toBuilder().build()).isEqualTo(component);
    }
  }

  @RepeatedTest(25)
  void aTitleLongerThanTheLimitInAnyLanguageIsRejected(
      @Given(RandomModelValues.Provider.class) RandomModelValues random) {
    Project project = ProjectFixture.randomProject(random);
    String language = random.oneOf("en", "fr", "hy", "ka");
    LocalizedText title =
        project.title().with(language, random.text(Limits.TITLE + 1, Limits.TITLE + 300));

    violation(
        () -> project.toBuilder().title(title).build(),
        "title",
        "must be at most " + Limits.TITLE + " characters long");
  }

  @RepeatedTest(40)
  void aCodeWithACharacterOutsideTheAlphabetIsRejected(
      @Given(RandomModelValues.Provider.class) RandomModelValues random) {
    Project project = ProjectFixture.randomProject(random);
    String code = random.code(Limits.CODE - 1);
    int at = random.between(1, code.length());
    char bad = BAD_CODE_CHARACTERS.charAt(random.between(0, BAD_CODE_CHARACTERS.length() - 1));
    String badCode =
        at == code.length() && bad == ' '
            ? code + "_" // a trailing space would be stripped away
            : code.substring(0, at) + bad + code.substring(at);

    violation(
        () -> project.toBuilder().code(badCode).build(),
        "code",
        "must be lower-case letters, digits and inner hyphens");
  }

  @RepeatedTest(20)
  void aCodeLongerThanTheLimitIsRejected(
      @Given(RandomModelValues.Provider.class) RandomModelValues random) {
    Project project = ProjectFixture.randomProject(random);
    int length = random.between(Limits.CODE + 1, Limits.CODE + 200);
    StringBuilder code = new StringBuilder();
    while (code.length() < length) {
      code.append(random.code(Limits.CODE));
    }
    code.setLength(length);
    code.setCharAt(length - 1, 'x');
    String tooLong = code.toString();

    violation(
        () -> project.toBuilder().code(tooLong).build(),
        "code",
        "must be at most " + Limits.CODE + " characters long");
  }

  @RepeatedTest(30)
  void anEndSomeDaysBeforeTheStartIsRejected(
      @Given(RandomModelValues.Provider.class) RandomModelValues random) {
    Project project = ProjectFixture.randomProject(random);
    PartialDate start = random.covering(random.date());
    PartialDate end = PartialDate.of(start.earliest().minusDays(random.between(1, 3_000)));
    boolean actual = random.chance(0.5);

    violation(
        () ->
            project.toBuilder()
                .dates(
                    actual
                        ? ProjectDates.UNKNOWN.withActual(start, end)
                        : ProjectDates.planned(start, end))
                .build(),
        actual ? "dates.actualEnd" : "dates.plannedEnd",
        actual ? "must not be before dates.actualStart" : "must not be before dates.plannedStart");
  }

  @RepeatedTest(30)
  void aCountryRepeatedAnywhereIsRejectedAtItsSecondPlace(
      @Given(RandomModelValues.Provider.class) RandomModelValues random) {
    Project project = ProjectFixture.randomProject(random);
    List<ParticipatingCountry> countries =
        new ArrayList<>(
            random.countries(random.between(1, 8)).stream()
                .map(ParticipatingCountry::beneficiary)
                .toList());
    ParticipatingCountry repeated = random.oneOf(countries);
    int first = countries.indexOf(repeated);
    int at = random.between(0, countries.size());
    countries.add(at, ParticipatingCountry.of(repeated.country(), CountryRole.OBSERVER));
    int second = at <= first ? first + 1 : at;

    violation(
        () -> project.toBuilder().countries(countries).build(),
        "countries[" + second + "]",
        "must not repeat the country");
  }

  @RepeatedTest(25)
  void aRelationToItselfIsRejectedWhereverItStands(
      @Given(RandomModelValues.Provider.class) RandomModelValues random) {
    Project project = ProjectFixture.randomProject(random);
    List<ProjectRelation> relations = new ArrayList<>(project.relations());
    int at = random.between(0, relations.size());
    relations.add(at, ProjectRelation.of(project.id(), random.anyOf(RelationType.class)));

    violation(
        () -> project.toBuilder().relations(relations).build(),
        "relations[" + at + "].project",
        "must not be the project itself");
  }
}
