package org.coopkit.model.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopkit.internal.ValidationAssertions.invalid;
import static org.coopkit.internal.ValidationAssertions.violation;
import static org.coopkit.model.organisation.OrganisationFixture.anOrganisation;
import static org.coopkit.model.organisation.OrganisationFixture.antiCorruptionDirectorate;
import static org.coopkit.model.organisation.OrganisationFixture.anyOrganisationId;

import com.google.common.testing.EqualsTester;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.coopkit.error.ValidationException;
import org.coopkit.model.CountryCode;
import org.coopkit.model.ExternalId;
import org.coopkit.model.Limits;
import org.coopkit.model.Link;
import org.coopkit.model.LocalizedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OrganisationTest {

  @Test
  void buildsAnOrganisationFromAnIdAndANameWithDefaultsForTheRest() {
    Organisation organisation = anOrganisation().build();

    assertThat(organisation.type()).isEqualTo(OrganisationType.OTHER);
    assertThat(organisation.parent()).isNull();
    assertThat(organisation.links()).isEmpty();
    assertThat(organisation.version()).isZero();
    assertThat(organisation.createdAt()).isEqualTo(Instant.EPOCH);
  }

  @Test
  void requiresAnIdAndAName() {
    ValidationException e = invalid(() -> Organisation.builder().build());

    assertThat(e.paths()).containsExactly("id", "name");
  }

  @Test
  void acceptsANameAtTheLengthLimitInEveryLanguageAndRejectsOneBeyond() {
    LocalizedText atLimit =
        LocalizedText.builder()
            .put("en", "n".repeat(Limits.NAME))
            .put("az", "ə".repeat(Limits.NAME))
            .build();
    assertThat(anOrganisation().name(atLimit).build().name()).isEqualTo(atLimit);

    violation(
        () -> anOrganisation().name(atLimit.with("ru", "н".repeat(Limits.NAME + 1))).build(),
        "name",
        "must be at most " + Limits.NAME + " characters long");
  }

  @Test
  void stripsTheAcronymAndChecksIt() {
    assertThat(anOrganisation().acronym(" IAP ").build().acronym()).isEqualTo("IAP");
    assertThat(anOrganisation().acronym("A".repeat(Limits.CODE)).build().acronym())
        .hasSize(Limits.CODE);
    violation(
        () -> anOrganisation().acronym("A".repeat(Limits.CODE + 1)).build(),
        "acronym",
        "must be at most " + Limits.CODE);
    violation(() -> anOrganisation().acronym("\t").build(), "acronym", "must not be blank");
  }

  @Test
  void rejectsAnOrganisationThatIsItsOwnParent() {
    OrganisationId id = anyOrganisationId();

    violation(
        () -> anOrganisation().id(id).parent(id).build(),
        "parent",
        "must not be the organisation itself");
  }

  @Test
  void rejectsAnExternalIdGivenTwice() {
    violation(
        () ->
            anOrganisation()
                .addExternalId(ExternalId.of("iati", "XM-DAC-47066"))
                .addExternalId(ExternalId.of("iati", "XM-DAC-41114"))
                .addExternalId(ExternalId.of("IATI", " XM-DAC-47066"))
                .build(),
        "externalIds[2]",
        "must not repeat the identifier");
  }

  @Test
  void acceptsLinksAndExternalIdsUpToTheListLimitAndRejectsOneMore() {
    Organisation.Builder links = anOrganisation();
    IntStream.range(0, Limits.LIST)
        .forEach(i -> links.addLink(Link.of("https://example.org/" + i, Link.Kind.WEB_PAGE)));
    Organisation.Builder ids = anOrganisation();
    IntStream.range(0, Limits.LIST).forEach(i -> ids.addExternalId(ExternalId.of("crs", "" + i)));
    assertThat(links.build().links()).hasSize(Limits.LIST);
    assertThat(ids.build().externalIds()).hasSize(Limits.LIST);

    links.addLink(Link.of("https://example.org/more", Link.Kind.WEB_PAGE));
    ids.addExternalId(ExternalId.of("crs", "more"));
    violation(links::build, "links", "must hold at most " + Limits.LIST + " entries");
    violation(ids::build, "externalIds", "must hold at most " + Limits.LIST + " entries");
  }

  @Test
  void rejectsANegativeVersionAndAnUpdateBeforeTheCreation() {
    violation(() -> anOrganisation().version(-1).build(), "version", "must not be negative");
    violation(
        () ->
            anOrganisation()
                .createdAt(Instant.parse("2020-01-01T00:00:01Z"))
                .updatedAt(Instant.parse("2020-01-01T00:00:00Z"))
                .build(),
        "updatedAt",
        "must not be before createdAt");
  }

  @Test
  void reportsEveryBrokenRuleOfOneOrganisationTogether() {
    OrganisationId id = anyOrganisationId();

    ValidationException e =
        invalid(
            () ->
                anOrganisation()
                    .id(id)
                    .acronym(" ")
                    .parent(id)
                    .addExternalId(ExternalId.of("iati", "1"))
                    .addExternalId(ExternalId.of("iati", "1"))
                    .version(-1)
                    .createdAt(Instant.ofEpochSecond(10))
                    .updatedAt(Instant.ofEpochSecond(9))
                    .build());

    assertThat(e.paths())
        .containsExactly("acronym", "parent", "externalIds[1]", "version", "updatedAt");
  }

  @Test
  void survivesACopyThroughItsBuilder() {
    Organisation organisation = antiCorruptionDirectorate();

    assertThat(organisation.toBuilder().build())
        .isEqualTo(organisation)
        .hasSameHashCodeAs(organisation);
  }

  @Test
  void equalsAnotherOrganisationExactlyWhenEveryValueIsEqual() {
    Organisation base = antiCorruptionDirectorate();
    List<Consumer<Organisation.Builder>> changes =
        List.of(
            b -> b.id(anyOrganisationId()),
            b -> b.name("Anti-Corruption Directorate"),
            b -> b.acronym(null),
            b -> b.type(OrganisationType.GOVERNMENT),
            b -> b.country(CountryCode.of("GE")),
            b -> b.parent(null),
            b -> b.links(List.of()),
            b -> b.externalIds(List.of()),
            b -> b.version(8),
            b -> b.createdAt(Instant.parse("2016-01-01T00:00:00.000001Z")),
            b -> b.updatedAt(Instant.parse("2017-10-01T12:00:00Z")));
    EqualsTester tester =
        new EqualsTester()
            .addEqualityGroup(
                base,
                base.toBuilder().build(),
                base.toBuilder().acronym(" ACD ").name(base.name().toBuilder().build()).build());
    for (Consumer<Organisation.Builder> change : changes) {
      Organisation.Builder builder = base.toBuilder();
      change.accept(builder);
      tester.addEqualityGroup(builder.build());
    }

    tester.testEquals();
  }

  @Test
  void letsABuilderBeReusedWithoutChangingWhatItBuiltBefore() {
    Organisation.Builder builder = anOrganisation();
    Organisation first = builder.build();

    Organisation second = builder.type(OrganisationType.NGO).country(CountryCode.of("NL")).build();

    assertThat(first.type()).isEqualTo(OrganisationType.OTHER);
    assertThat(first.country()).isNull();
    assertThat(builder.build()).isEqualTo(second);
  }

  static Stream<Arguments> nullSetters() {
    return Stream.of(
        Arguments.of("id", (Executable) () -> anOrganisation().id(null)),
        Arguments.of("name", (Executable) () -> anOrganisation().name((LocalizedText) null)),
        Arguments.of("type", (Executable) () -> anOrganisation().type(null)),
        Arguments.of("link", (Executable) () -> anOrganisation().addLink(null)),
        Arguments.of("externalId", (Executable) () -> anOrganisation().addExternalId(null)),
        Arguments.of("createdAt", (Executable) () -> anOrganisation().createdAt(null)),
        Arguments.of("updatedAt", (Executable) () -> anOrganisation().updatedAt(null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nullSetters")
  void rejectsNullInASetterNamingTheField(String field, Executable setter) {
    assertThatNullPointerException().isThrownBy(setter::execute).withMessage(field);
  }

  static Stream<Arguments> nullListSetters() {
    return Stream.of(
        Arguments.of("links", (Executable) () -> anOrganisation().links(null)),
        Arguments.of("externalIds", (Executable) () -> anOrganisation().externalIds(null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nullListSetters")
  void rejectsANullListInASetterNamingTheField(String field, Executable setter) {
    assertThatNullPointerException().isThrownBy(setter::execute).withMessage(field);
  }

  @Test
  void copiesTheListsItIsGivenAndReturnsThemUnmodifiable() {
    List<Link> links =
        new ArrayList<>(List.of(Link.of("https://iap.example/", Link.Kind.WEB_PAGE)));
    Organisation organisation = anOrganisation().links(links).build();
    links.clear();

    assertThat(organisation.links()).hasSize(1);
    assertThatThrownBy(() -> organisation.links().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> antiCorruptionDirectorate().externalIds().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
