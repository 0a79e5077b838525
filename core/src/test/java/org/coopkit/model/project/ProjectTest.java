package org.coopkit.model.project;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopkit.internal.ValidationAssertions.invalid;
import static org.coopkit.internal.ValidationAssertions.violation;
import static org.coopkit.internal.ValidationAssertions.violationAmongOthers;
import static org.coopkit.model.project.ProjectFixture.aComponent;
import static org.coopkit.model.project.ProjectFixture.aProject;
import static org.coopkit.model.project.ProjectFixture.anyComponentId;
import static org.coopkit.model.project.ProjectFixture.anyProjectId;
import static org.coopkit.model.project.ProjectFixture.cybercrimeEapIi;

import com.google.common.collect.Lists;
import com.google.common.testing.EqualsTester;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.coopkit.error.ValidationException;
import org.coopkit.error.Violation;
import org.coopkit.model.CountryCode;
import org.coopkit.model.ExternalId;
import org.coopkit.model.Limits;
import org.coopkit.model.Link;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.Money;
import org.coopkit.model.PartialDate;
import org.coopkit.model.organisation.OrganisationId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectTest {
  private static final CountryCode ARMENIA = CountryCode.of("AM");
  private static final CountryCode AZERBAIJAN = CountryCode.of("AZ");

  @Test
  void buildsAProjectFromTheRequiredValuesWithDefaultsForTheRest() {
    Project project = aProject().build();

    assertThat(project.code()).isEqualTo("cybercrime-eap-ii");
    assertThat(project.title().english()).isEqualTo("Cybercrime EAP II");
    assertThat(project.status()).isEqualTo(ProjectStatus.PIPELINE);
    assertThat(project.dates()).isEqualTo(ProjectDates.UNKNOWN);
    assertThat(project.countries()).isEmpty();
    assertThat(project.components()).isEmpty();
    assertThat(project.version()).isZero();
    assertThat(project.createdAt()).isEqualTo(Instant.EPOCH);
    assertThat(project.updatedAt()).isEqualTo(Instant.EPOCH);
  }

  @Test
  void buildsAFullyDescribedProject() {
    Project project = cybercrimeEapIi();

    assertThat(project.countryCodes())
        .extracting(CountryCode::alpha2)
        .containsExactly("AM", "AZ", "BY", "GE", "MD", "UA");
    assertThat(project.components()).extracting(Component::code).containsExactly("1", "2");
    assertThat(project.component(project.components().get(1).id()))
        .contains(project.components().get(1));
    assertThat(project.component(anyComponentId())).isEmpty();
  }

  @Test
  void requiresAnIdACodeAndATitle() {
    ValidationException e = invalid(() -> Project.builder().build());

    assertThat(e.paths()).containsExactly("id", "code", "title");
    assertThat(e.violations()).allSatisfy(v -> assertThat(v.rule()).isEqualTo("is required"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Cybercrime-EAP-II", "  cybercrime-eap-ii ", "CYBERCRIME-EAP-II\t"})
  void normalisesTheCodeToStrippedLowerCase(String given) {
    assertThat(aProject().code(given).build().code()).isEqualTo("cybercrime-eap-ii");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t"})
  void rejectsABlankCode(String code) {
    violation(() -> aProject().code(code).build(), "code", "must not be blank");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-eap", "eap-", "eap ii", "eap_ii", "éap", "eap/ii", "eap.ii", "-"})
  void rejectsACodeWithOtherThanLowerCaseLettersDigitsAndInnerHyphens(String code) {
    violation(
        () -> aProject().code(code).build(),
        "code",
        "must be lower-case letters, digits and inner hyphens");
  }

  @Test
  void acceptsACodeAtTheLengthLimitAndRejectsOneBeyond() {
    assertThat(aProject().code("a".repeat(Limits.CODE)).build().code()).hasSize(Limits.CODE);
    violation(
        () -> aProject().code("a".repeat(Limits.CODE + 1)).build(),
        "code",
        "must be at most " + Limits.CODE + " characters long");
  }

  @Test
  void acceptsATitleAtTheLengthLimitInEveryLanguageAndRejectsOneBeyondInAnyLanguage() {
    LocalizedText atLimit =
        LocalizedText.builder()
            .put("en", "a".repeat(Limits.TITLE))
            .put("hy", "ա".repeat(Limits.TITLE))
            .build();
    assertThat(aProject().title(atLimit).build().title()).isEqualTo(atLimit);

    LocalizedText beyond = atLimit.with("fr", "b".repeat(Limits.TITLE + 1));
    violation(
        () -> aProject().title(beyond).build(),
        "title",
        "must be at most " + Limits.TITLE + " characters long");
  }

  @Test
  void stripsTheAcronymAndRejectsABlankOrTooLongOne() {
    assertThat(aProject().acronym("  EAP II ").build().acronym()).isEqualTo("EAP II");
    assertThat(aProject().acronym("A".repeat(Limits.CODE)).build().acronym()).hasSize(Limits.CODE);
    violation(() -> aProject().acronym(" ").build(), "acronym", "must not be blank");
    violation(
        () -> aProject().acronym("A".repeat(Limits.CODE + 1)).build(),
        "acronym",
        "must be at most " + Limits.CODE);
  }

  @Test
  void rejectsACountryGivenTwiceEvenInAnotherRoleNamingItsIndex() {
    Violation v =
        violation(
            () ->
                aProject()
                    .addCountry(ARMENIA)
                    .addCountry(AZERBAIJAN)
                    .addCountry(ParticipatingCountry.of(ARMENIA, CountryRole.OBSERVER))
                    .build(),
            "countries[2]",
            "must not repeat the country");

    assertThat(v.value()).isEqualTo("'AM'");
  }

  @Test
  void acceptsAnOrganisationInTwoRolesButNotTwiceInTheSameRole() {
    OrganisationId coe = OrganisationId.of(UUID.randomUUID());
    ProjectOrganisation funder = ProjectOrganisation.of(coe, OrganisationRole.FUNDING);
    ProjectOrganisation implementer = ProjectOrganisation.of(coe, OrganisationRole.IMPLEMENTING);

    assertThat(
            aProject().addOrganisation(funder).addOrganisation(implementer).build().organisations())
        .containsExactly(funder, implementer);
    violation(
        () ->
            aProject()
                .addOrganisation(funder)
                .addOrganisation(implementer)
                .addOrganisation(funder)
                .build(),
        "organisations[2]",
        "must not repeat the organisation and role");
  }

  @Test
  void rejectsARelationToItself() {
    ProjectId id = anyProjectId();

    violation(
        () ->
            aProject().id(id).addRelation(ProjectRelation.of(id, RelationType.PREDECESSOR)).build(),
        "relations[0].project",
        "must not be the project itself");
  }

  @Test
  void rejectsTwoRelationsToTheSameProject() {
    ProjectId other = anyProjectId();

    violation(
        () ->
            aProject()
                .addRelation(ProjectRelation.of(other, RelationType.PREDECESSOR))
                .addRelation(ProjectRelation.of(other, RelationType.RELATED))
                .build(),
        "relations[1]",
        "must not repeat the project");
  }

  @Test
  void rejectsAComponentIdGivenTwice() {
    Component first = aComponent().code("1").build();
    Component sameId = aComponent().id(first.id()).code("2").build();

    violation(
        () -> aProject().addComponent(first).addComponent(sameId).build(),
        "components[1]",
        "must not repeat the id");
  }

  @Test
  void rejectsAComponentCodeGivenTwiceNamingItsIndexInTheComponents() {
    // The first component has no code: the path must still name the third component.
    Project.Builder builder =
        aProject()
            .addComponent(aComponent().build())
            .addComponent(aComponent().code("1").build())
            .addComponent(aComponent().code("1").build());

    violation(builder::build, "components[2]", "must not repeat the code");
  }

  @Test
  void acceptsComponentsWithoutCodes() {
    assertThat(
            aProject()
                .addComponent(aComponent().build())
                .addComponent(aComponent().build())
                .build()
                .components())
        .hasSize(2);
  }

  @Test
  void rejectsAnExternalIdGivenTwice() {
    violation(
        () ->
            aProject()
                .addExternalId(ExternalId.of("iati", "XM-DAC-47066-1"))
                .addExternalId(ExternalId.of("IATI", "XM-DAC-47066-1"))
                .build(),
        "externalIds[1]",
        "must not repeat the identifier");
  }

  @Test
  void rejectsANegativeVersionAndAnUpdateBeforeTheCreation() {
    violation(() -> aProject().version(-1).build(), "version", "must not be negative");
    violation(
        () ->
            aProject()
                .createdAt(Instant.parse("2020-01-02T00:00:00Z"))
                .updatedAt(Instant.parse("2020-01-01T23:59:59.999999Z"))
                .build(),
        "updatedAt",
        "must not be before createdAt");
  }

  static Stream<Arguments> listLimits() {
    return Stream.of(
        Arguments.of(
            "components",
            Limits.COMPONENTS,
            (ListFiller)
                (b, n) -> IntStream.range(0, n).forEach(i -> b.addComponent(aComponent().build()))),
        Arguments.of(
            "organisations",
            Limits.LIST,
            (ListFiller)
                (b, n) ->
                    IntStream.range(0, n)
                        .forEach(
                            i ->
                                b.addOrganisation(
                                    ProjectOrganisation.of(
                                        OrganisationId.of(UUID.randomUUID()),
                                        OrganisationRole.FUNDING)))),
        Arguments.of(
            "relations",
            Limits.LIST,
            (ListFiller)
                (b, n) ->
                    IntStream.range(0, n)
                        .forEach(
                            i ->
                                b.addRelation(
                                    ProjectRelation.of(anyProjectId(), RelationType.RELATED)))),
        Arguments.of(
            "links",
            Limits.LIST,
            (ListFiller)
                (b, n) ->
                    IntStream.range(0, n)
                        .forEach(
                            i ->
                                b.addLink(
                                    Link.of("https://example.org/" + i, Link.Kind.DOCUMENT)))),
        Arguments.of(
            "externalIds",
            Limits.LIST,
            (ListFiller)
                (b, n) ->
                    IntStream.range(0, n)
                        .forEach(i -> b.addExternalId(ExternalId.of("iati", "XM-" + i)))));
  }

  interface ListFiller {
    void fill(Project.Builder builder, int entries);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("listLimits")
  void acceptsAListAtItsLimitAndRejectsOneEntryMore(String path, int limit, ListFiller filler) {
    Project.Builder atLimit = aProject();
    filler.fill(atLimit, limit);
    assertThat(atLimit.build())
        .as("the %s kept whole", path)
        .extracting(path, as(InstanceOfAssertFactories.COLLECTION))
        .hasSize(limit);

    Project.Builder beyond = aProject();
    filler.fill(beyond, limit + 1);
    violation(beyond::build, path, "must hold at most " + limit + " entries");
  }

  @Test
  void rejectsMoreCountriesThanTheListLimit() {
    // There are fewer countries than the limit, so going past it repeats some.
    Project.Builder builder = aProject();
    List<CountryCode> all = new ArrayList<>(CountryCode.all());
    IntStream.range(0, Limits.LIST + 1).forEach(i -> builder.addCountry(all.get(i % all.size())));

    violationAmongOthers(builder::build, "countries", "must hold at most " + Limits.LIST);
  }

  @Test
  void reportsEveryBrokenRuleOfOneProjectTogether() {
    ProjectId id = anyProjectId();

    ValidationException e =
        invalid(
            () ->
                Project.builder()
                    .id(id)
                    .code("eap ii")
                    .title("Cybercrime EAP II")
                    .acronym(" ")
                    .addCountry(ARMENIA)
                    .addCountry(ARMENIA)
                    .addRelation(ProjectRelation.of(id, RelationType.RELATED))
                    .version(-1)
                    .createdAt(Instant.parse("2020-01-02T00:00:00Z"))
                    .updatedAt(Instant.parse("2020-01-01T00:00:00Z"))
                    .build());

    assertThat(e.paths())
        .containsExactly(
            "code", "acronym", "countries[1]", "relations[0].project", "version", "updatedAt");
    assertThat(e.getMessage())
        .startsWith(
            "Invalid Project: code: must be lower-case letters,"
                + " digits and inner hyphens ('eap ii'); acronym: must not be blank");
  }

  @Test
  void reportsDatesWithTheEndBeforeTheStartByTheirPath() {
    ValidationException e =
        invalid(
            () ->
                aProject()
                    .dates(
                        ProjectDates.planned(null, null)
                            .withActual(PartialDate.ofYear(2012), PartialDate.ofYear(2011)))
                    .build());

    assertThat(e.getMessage())
        .contains("dates.actualEnd: must not be before dates.actualStart ('2011 < 2012')");
  }

  @Test
  void survivesACopyThroughItsBuilder() {
    Project project = cybercrimeEapIi();

    assertThat(project.toBuilder().build()).isEqualTo(project).hasSameHashCodeAs(project);
  }

  @Test
  void equalsAnotherProjectExactlyWhenEveryValueIsEqual() {
    Project base = cybercrimeEapIi();
    List<Consumer<Project.Builder>> changes =
        List.of(
            b -> b.id(anyProjectId()),
            b -> b.code("cybercrime-eap-iii"),
            b -> b.title("Cybercrime EAP III"),
            b -> b.acronym("EAP III"),
            b -> b.acronym(null),
            b -> b.summary(null),
            b -> b.aims(LocalizedText.of("Other aims")),
            b -> b.status(ProjectStatus.IMPLEMENTATION),
            b -> b.dates(ProjectDates.UNKNOWN),
            b -> b.framework(null),
            b -> b.countries(base.countries().subList(0, 5)),
            b -> b.countries(Lists.reverse(base.countries())),
            b -> b.organisations(List.of()),
            b -> b.relations(List.of()),
            b -> b.budget(Money.of("800000.01", "EUR")),
            b -> b.components(base.components().subList(1, 2)),
            b -> b.links(List.of()),
            b -> b.externalIds(List.of()),
            b -> b.version(4),
            b -> b.createdAt(Instant.parse("2015-03-01T09:00:00Z")),
            b -> b.updatedAt(Instant.parse("2018-01-15T16:30:00.000001Z")));
    EqualsTester tester =
        new EqualsTester()
            .addEqualityGroup(
                base,
                base.toBuilder().build(),
                base.toBuilder().code(" CYBERCRIME-EAP-II ").acronym(" EAP II").build());
    for (Consumer<Project.Builder> change : changes) {
      Project.Builder builder = base.toBuilder();
      change.accept(builder);
      tester.addEqualityGroup(builder.build());
    }

    tester.testEquals();
  }

  @Test
  void letsABuilderBeReusedWithoutChangingWhatItBuiltBefore() {
    Project.Builder builder = aProject();
    Project first = builder.build();

    Project second = builder.addCountry(ARMENIA).status(ProjectStatus.IMPLEMENTATION).build();
    Project third = builder.build();

    assertThat(first.countries()).isEmpty();
    assertThat(first.status()).isEqualTo(ProjectStatus.PIPELINE);
    assertThat(second.countryCodes()).containsExactly(ARMENIA);
    assertThat(third).isEqualTo(second);
  }

  @Test
  void leavesTheOriginalAloneWhenItsCopyIsChanged() {
    Project project = cybercrimeEapIi();
    Project.Builder copy = project.toBuilder();

    Project changed =
        copy.addCountry(CountryCode.of("RS"))
            .addComponent(aComponent().build())
            .code("other")
            .build();

    assertThat(project.countries()).hasSize(6);
    assertThat(project.components()).hasSize(2);
    assertThat(project.code()).isEqualTo("cybercrime-eap-ii");
    assertThat(changed.countries()).hasSize(7);
  }

  static Stream<Arguments> nullSetters() {
    return Stream.of(
        Arguments.of("id", (Executable) () -> aProject().id(null)),
        Arguments.of("code", (Executable) () -> aProject().code(null)),
        Arguments.of("title", (Executable) () -> aProject().title((LocalizedText) null)),
        Arguments.of("status", (Executable) () -> aProject().status(null)),
        Arguments.of("dates", (Executable) () -> aProject().dates(null)),
        Arguments.of("country", (Executable) () -> aProject().addCountry((CountryCode) null)),
        Arguments.of(
            "country", (Executable) () -> aProject().addCountry((ParticipatingCountry) null)),
        Arguments.of("organisation", (Executable) () -> aProject().addOrganisation(null)),
        Arguments.of("relation", (Executable) () -> aProject().addRelation(null)),
        Arguments.of("component", (Executable) () -> aProject().addComponent(null)),
        Arguments.of("link", (Executable) () -> aProject().addLink(null)),
        Arguments.of("externalId", (Executable) () -> aProject().addExternalId(null)),
        Arguments.of("createdAt", (Executable) () -> aProject().createdAt(null)),
        Arguments.of("updatedAt", (Executable) () -> aProject().updatedAt(null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nullSetters")
  void rejectsNullInASetterNamingTheField(String field, Executable setter) {
    assertThatNullPointerException().isThrownBy(setter::execute).withMessage(field);
  }

  static Stream<Arguments> nullListSetters() {
    return Stream.of(
        Arguments.of("countries", (Executable) () -> aProject().countries(null)),
        Arguments.of("organisations", (Executable) () -> aProject().organisations(null)),
        Arguments.of("relations", (Executable) () -> aProject().relations(null)),
        Arguments.of("components", (Executable) () -> aProject().components(null)),
        Arguments.of("links", (Executable) () -> aProject().links(null)),
        Arguments.of("externalIds", (Executable) () -> aProject().externalIds(null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nullListSetters")
  void rejectsANullListInASetterNamingTheField(String field, Executable setter) {
    // Like the single-value setters, so that the failure points at the caller.
    assertThatNullPointerException().isThrownBy(setter::execute).withMessage(field);
  }

  @Test
  void copiesTheListsItIsGivenAndReturnsThemUnmodifiable() {
    List<ParticipatingCountry> countries =
        new ArrayList<>(List.of(ParticipatingCountry.beneficiary(ARMENIA)));
    Project project =
        Project.builder()
            .id(anyProjectId())
            .code("eap")
            .title(LocalizedText.of("EAP"))
            .countries(countries)
            .build();
    countries.add(ParticipatingCountry.beneficiary(AZERBAIJAN));

    assertThat(project.countries()).hasSize(1);
    Project full = cybercrimeEapIi();
    assertThatThrownBy(() -> full.countries().add(ParticipatingCountry.beneficiary(AZERBAIJAN)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> full.organisations().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> full.relations().remove(0))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> full.components().set(0, aComponent().build()))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> full.links().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> full.externalIds().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
