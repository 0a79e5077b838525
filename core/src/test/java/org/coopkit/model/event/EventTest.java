package org.coopkit.model.event;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopkit.internal.ValidationAssertions.invalid;
import static org.coopkit.internal.ValidationAssertions.violation;
import static org.coopkit.model.event.EventFixture.anEvent;
import static org.coopkit.model.event.EventFixture.anyEventId;
import static org.coopkit.model.event.EventFixture.october2017;
import static org.coopkit.model.event.EventFixture.regionalCybercrimeConference;

import com.google.common.testing.EqualsTester;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.coopkit.error.ValidationException;
import org.coopkit.model.CountryCode;
import org.coopkit.model.Limits;
import org.coopkit.model.Link;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.ParticipantCount;
import org.coopkit.model.Topic;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.ComponentId;
import org.coopkit.model.project.ProjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class EventTest {
  private static final CountryCode AZERBAIJAN = CountryCode.of("AZ");

  @Test
  void buildsAnEventFromTheRequiredValuesWithDefaultsForTheRest() {
    Event event = anEvent().build();

    assertThat(event.type()).isEqualTo(EventType.OTHER);
    assertThat(event.status()).isEqualTo(EventStatus.SCHEDULED);
    assertThat(event.format()).isEqualTo(EventFormat.IN_PERSON);
    assertThat(event.venue()).isNull();
    assertThat(event.participation()).isEqualTo(Participation.UNKNOWN);
    assertThat(event.isJoint()).isFalse();
    assertThat(event.version()).isZero();
    assertThat(event.createdAt()).isEqualTo(Instant.EPOCH);
  }

  @Test
  void buildsAJointEventHeldInPerson() {
    Event event = regionalCybercrimeConference();

    assertThat(event.isJoint()).isTrue();
    assertThat(event.venue().city()).isEqualTo("Baku");
    assertThat(event.topics())
        .containsExactly(
            Topic.of("electronic evidence"),
            Topic.of("darknet"),
            Topic.of("online money laundering"));
  }

  @Test
  void requiresAnIdATitleAndDates() {
    ValidationException e = invalid(() -> Event.builder().build());

    assertThat(e.paths()).containsExactly("id", "title", "dates");
  }

  @Test
  void rejectsAnEventWithoutProjects() {
    violation(
        () -> anEvent().projects(List.of()).build(), "projects", "must name at least one project");
  }

  @Test
  void rejectsAProjectNamedTwice() {
    ProjectId project = ProjectId.of(UUID.randomUUID());

    violation(
        () -> anEvent().projects(List.of(project, project)).build(),
        "projects[1]",
        "must not repeat the project");
  }

  @Test
  void rejectsAComponentNamedTwice() {
    ComponentId component = ComponentId.of(UUID.randomUUID());

    violation(
        () -> anEvent().addComponent(component).addComponent(component).build(),
        "components[1]",
        "must not repeat the component");
  }

  @Test
  void acceptsAnOrganisationInTwoRolesButNotTwiceInTheSameRole() {
    OrganisationId iap = OrganisationId.of(UUID.randomUUID());

    assertThat(
            anEvent()
                .addOrganiser(Organiser.of(iap, OrganiserRole.ORGANISER))
                .addOrganiser(Organiser.of(iap, OrganiserRole.FUNDER))
                .build()
                .organisers())
        .hasSize(2);
    violation(
        () ->
            anEvent()
                .addOrganiser(Organiser.of(iap, OrganiserRole.ORGANISER))
                .addOrganiser(Organiser.of(iap, OrganiserRole.FUNDER))
                .addOrganiser(Organiser.of(iap, OrganiserRole.ORGANISER))
                .build(),
        "organisers[2]",
        "must not repeat the organisation and role");
  }

  @ParameterizedTest
  @EnumSource(
      value = EventFormat.class,
      names = {"IN_PERSON", "HYBRID"})
  void acceptsAnEventHeldWithPeopleInTheRoomWhoseVenueNoSourceGives(EventFormat format) {
    assertThat(anEvent().status(EventStatus.HELD).format(format).venue(null).build().venue())
        .isNull();
  }

  @ParameterizedTest
  @EnumSource(value = EventStatus.class, names = "HELD", mode = EnumSource.Mode.EXCLUDE)
  void acceptsAnInPersonEventWithoutAVenueUntilItIsHeld(EventStatus status) {
    assertThat(anEvent().status(status).build().venue()).isNull();
  }

  @Test
  void acceptsAnOnlineEventHeldWithoutAVenue() {
    assertThat(anEvent().format(EventFormat.ONLINE).status(EventStatus.HELD).build().venue())
        .isNull();
  }

  @Test
  void acceptsATitleAtTheLengthLimitInEveryLanguageAndRejectsOneBeyond() {
    LocalizedText atLimit =
        LocalizedText.builder()
            .put("en", "a".repeat(Limits.TITLE))
            .put("az", "ə".repeat(Limits.TITLE))
            .build();
    assertThat(anEvent().title(atLimit).build().title()).isEqualTo(atLimit);

    violation(
        () -> anEvent().title(atLimit.with("ru", "ж".repeat(Limits.TITLE + 1))).build(),
        "title",
        "must be at most " + Limits.TITLE + " characters long");
  }

  @Test
  void acceptsADescriptionAtTheTextLimit() {
    LocalizedText description = LocalizedText.of("d".repeat(Limits.TEXT));

    assertThat(anEvent().description(description).build().description()).isEqualTo(description);
  }

  interface ListFiller {
    void fill(Event.Builder builder, int entries);
  }

  static Stream<Arguments> listLimits() {
    return Stream.of(
        Arguments.of(
            "projects",
            (ListFiller)
                (b, n) ->
                    b.projects(
                        IntStream.range(0, n)
                            .mapToObj(i -> ProjectId.of(UUID.randomUUID()))
                            .toList())),
        Arguments.of(
            "components",
            (ListFiller)
                (b, n) ->
                    IntStream.range(0, n)
                        .forEach(i -> b.addComponent(ComponentId.of(UUID.randomUUID())))),
        Arguments.of(
            "organisers",
            (ListFiller)
                (b, n) ->
                    IntStream.range(0, n)
                        .forEach(
                            i ->
                                b.addOrganiser(
                                    Organiser.of(
                                        OrganisationId.of(UUID.randomUUID()),
                                        OrganiserRole.HOST)))),
        Arguments.of(
            "topics",
            (ListFiller)
                (b, n) -> IntStream.range(0, n).forEach(i -> b.addTopic(Topic.of("topic " + i)))),
        Arguments.of(
            "keyMessages",
            (ListFiller)
                (b, n) ->
                    IntStream.range(0, n)
                        .forEach(i -> b.addKeyMessage(KeyMessage.outcome("Message " + i)))),
        Arguments.of(
            "links",
            (ListFiller)
                (b, n) ->
                    IntStream.range(0, n)
                        .forEach(
                            i -> b.addLink(Link.of("https://example.org/" + i, Link.Kind.MEDIA)))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("listLimits")
  void acceptsAListAtTheLimitAndRejectsOneEntryMore(String path, ListFiller filler) {
    Event.Builder atLimit = anEvent();
    filler.fill(atLimit, Limits.LIST);
    assertThat(atLimit.build())
        .as("the %s kept whole", path)
        .extracting(path, as(InstanceOfAssertFactories.COLLECTION))
        .hasSize(Limits.LIST);

    Event.Builder beyond = anEvent();
    filler.fill(beyond, Limits.LIST + 1);
    violation(beyond::build, path, "must hold at most " + Limits.LIST + " entries");
  }

  @Test
  void rejectsANegativeVersionAndAnUpdateBeforeTheCreation() {
    violation(() -> anEvent().version(-1).build(), "version", "must not be negative");
    violation(
        () ->
            anEvent()
                .createdAt(Instant.parse("2017-10-12T00:00:00Z"))
                .updatedAt(Instant.parse("2017-10-11T00:00:00Z"))
                .build(),
        "updatedAt",
        "must not be before createdAt");
  }

  @Test
  void reportsEveryBrokenRuleOfOneEventTogether() {
    ComponentId component = ComponentId.of(UUID.randomUUID());

    ValidationException e =
        invalid(
            () ->
                anEvent()
                    .projects(List.of())
                    .addComponent(component)
                    .addComponent(component)
                    .status(EventStatus.HELD)
                    .version(-2)
                    .build());

    assertThat(e.paths()).containsExactly("projects", "components[1]", "version");
    assertThat(e.getMessage())
        .startsWith(
            "Invalid Event: projects: must name at least one project ('none'); components[1]:");
  }

  @Test
  void mergesTopicsThatNormaliseAlikeKeepingTheFirstOrder() {
    Event event =
        anEvent()
            .addTopic(Topic.of("Digital Forensics"))
            .addTopic(Topic.of("Darknet"))
            .addTopic(Topic.of("digital  forensics"))
            .build();

    assertThat(event.topics()).containsExactly(Topic.of("digital forensics"), Topic.of("darknet"));
  }

  @Test
  void survivesACopyThroughItsBuilder() {
    Event event = regionalCybercrimeConference();

    assertThat(event.toBuilder().build()).isEqualTo(event).hasSameHashCodeAs(event);
  }

  @Test
  void equalsAnotherEventExactlyWhenEveryValueIsEqual() {
    Event base = regionalCybercrimeConference();
    List<Consumer<Event.Builder>> changes =
        List.of(
            b -> b.id(anyEventId()),
            b -> b.projects(base.projects().subList(0, 1)),
            b -> b.projects(List.of(base.projects().get(1), base.projects().get(0))),
            b -> b.components(List.of()),
            b -> b.title("Regional Cybercrime Conference 2017"),
            b -> b.type(EventType.MEETING),
            b -> b.status(EventStatus.CANCELLED),
            b ->
                b.dates(EventDates.of(LocalDate.of(2017, 10, 9), LocalDate.of(2017, 10, 11), null)),
            b -> b.format(EventFormat.HYBRID),
            b -> b.venue(new Venue("Hilton", "Baku", AZERBAIJAN)),
            b -> b.organisers(base.organisers().subList(0, 2)),
            b ->
                b.participation(Participation.of(ParticipantCount.exactly(93), Set.of(AZERBAIJAN))),
            b -> b.topics(Set.of()),
            b -> b.keyMessages(base.keyMessages().subList(0, 1)),
            b -> b.description(null),
            b -> b.links(List.of()),
            b -> b.version(3),
            b -> b.createdAt(Instant.parse("2017-09-01T08:00:00.000001Z")),
            b -> b.updatedAt(Instant.parse("2017-10-12T17:45:12Z")));
    EqualsTester tester =
        new EqualsTester()
            .addEqualityGroup(
                base,
                base.toBuilder().build(),
                base.toBuilder()
                    .topics(
                        new LinkedHashSet<>(
                            List.of(
                                Topic.of("Online money laundering"),
                                Topic.of("electronic evidence"),
                                Topic.of("darknet"))))
                    .build());
    for (Consumer<Event.Builder> change : changes) {
      Event.Builder builder = base.toBuilder();
      change.accept(builder);
      tester.addEqualityGroup(builder.build());
    }

    tester.testEquals();
  }

  @Test
  void letsABuilderBeReusedWithoutChangingWhatItBuiltBefore() {
    Event.Builder builder = anEvent();
    Event first = builder.build();

    Event second = builder.addTopic(Topic.of("Darknet")).status(EventStatus.POSTPONED).build();

    assertThat(first.topics()).isEmpty();
    assertThat(first.status()).isEqualTo(EventStatus.SCHEDULED);
    assertThat(second.topics()).containsExactly(Topic.of("darknet"));
    assertThat(builder.build()).isEqualTo(second);
  }

  static Stream<Arguments> nullSetters() {
    return Stream.of(
        Arguments.of("id", (Executable) () -> anEvent().id(null)),
        Arguments.of("project", (Executable) () -> anEvent().addProject(null)),
        Arguments.of("component", (Executable) () -> anEvent().addComponent(null)),
        Arguments.of("title", (Executable) () -> anEvent().title((LocalizedText) null)),
        Arguments.of("type", (Executable) () -> anEvent().type(null)),
        Arguments.of("status", (Executable) () -> anEvent().status(null)),
        Arguments.of("dates", (Executable) () -> anEvent().dates(null)),
        Arguments.of("format", (Executable) () -> anEvent().format(null)),
        Arguments.of("organiser", (Executable) () -> anEvent().addOrganiser(null)),
        Arguments.of("participation", (Executable) () -> anEvent().participation(null)),
        Arguments.of("topic", (Executable) () -> anEvent().addTopic(null)),
        Arguments.of("keyMessage", (Executable) () -> anEvent().addKeyMessage(null)),
        Arguments.of("link", (Executable) () -> anEvent().addLink(null)),
        Arguments.of("createdAt", (Executable) () -> anEvent().createdAt(null)),
        Arguments.of("updatedAt", (Executable) () -> anEvent().updatedAt(null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nullSetters")
  void rejectsNullInASetterNamingTheField(String field, Executable setter) {
    assertThatNullPointerException().isThrownBy(setter::execute).withMessage(field);
  }

  static Stream<Arguments> nullListSetters() {
    return Stream.of(
        Arguments.of("projects", (Executable) () -> anEvent().projects(null)),
        Arguments.of("components", (Executable) () -> anEvent().components(null)),
        Arguments.of("organisers", (Executable) () -> anEvent().organisers(null)),
        Arguments.of("topics", (Executable) () -> anEvent().topics(null)),
        Arguments.of("keyMessages", (Executable) () -> anEvent().keyMessages(null)),
        Arguments.of("links", (Executable) () -> anEvent().links(null)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nullListSetters")
  void rejectsANullListInASetterNamingTheField(String field, Executable setter) {
    assertThatNullPointerException().isThrownBy(setter::execute).withMessage(field);
  }

  @Test
  void copiesTheCollectionsItIsGivenAndReturnsThemUnmodifiable() {
    List<ProjectId> projects = new ArrayList<>(List.of(ProjectId.of(UUID.randomUUID())));
    Set<Topic> topics = new LinkedHashSet<>(List.of(Topic.of("Darknet")));
    Event event =
        Event.builder()
            .id(anyEventId())
            .projects(projects)
            .title(LocalizedText.of("E"))
            .type(EventType.OTHER)
            .dates(october2017())
            .format(EventFormat.ONLINE)
            .topics(topics)
            .build();
    projects.add(ProjectId.of(UUID.randomUUID()));
    topics.add(Topic.of("Ransomware"));

    assertThat(event.projects()).hasSize(1);
    assertThat(event.topics()).hasSize(1);
    Event full = regionalCybercrimeConference();
    assertThatThrownBy(() -> full.projects().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> full.components().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> full.organisers().remove(0))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> full.topics().add(Topic.of("Ransomware")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> full.keyMessages().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> full.links().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> full.participation().countries().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> full.participation().byCountry().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
