package org.coopkit.model.project;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coopkit.internal.RandomModelValues;
import org.coopkit.model.CountryCode;
import org.coopkit.model.ExternalId;
import org.coopkit.model.Limits;
import org.coopkit.model.Link;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.Money;
import org.coopkit.model.PartialDate;
import org.coopkit.model.organisation.OrganisationId;
import org.instancio.junit.GivenProvider;

/** Projects and components for tests: minimal valid ones, a full one, and random valid ones. */
public final class ProjectFixture {
  private ProjectFixture() {}

  public static ProjectId anyProjectId() {
    return ProjectId.of(UUID.randomUUID());
  }

  public static ComponentId anyComponentId() {
    return ComponentId.of(UUID.randomUUID());
  }

  /** A builder holding the least a valid project needs. */
  public static Project.Builder aProject() {
    return Project.builder()
        .id(anyProjectId())
        .code("cybercrime-eap-ii")
        .title("Cybercrime EAP II");
  }

  /** A builder holding the least a valid component needs. */
  public static Component.Builder aComponent() {
    return Component.builder().id(anyComponentId()).title("Mutual legal assistance");
  }

  /** Cybercrime EAP II as the seed page describes it, with every field set. */
  public static Project cybercrimeEapIi() {
    return Project.builder()
        .id(anyProjectId())
        .code("cybercrime-eap-ii")
        .title(
            LocalizedText.builder()
                .put("en", "Cybercrime EAP II")
                .put("hy", "Կիբեռհանցագործություն ԱԳ II")
                .build())
        .acronym("EAP II")
        .summary(LocalizedText.of("Regional and international cooperation on cybercrime"))
        .aims(
            LocalizedText.of(
                "To optimise the regional and international cooperation on"
                    + " cybercrime and electronic evidence"))
        .status(ProjectStatus.CLOSED)
        .dates(
            ProjectDates.planned(PartialDate.ofMonth(2015, 3), PartialDate.ofMonth(2017, 12))
                .withActual(PartialDate.of(2015, 3, 1), PartialDate.ofYear(2017)))
        .framework(CooperationFramework.of("pcf-eap", "Partnership for Good Governance", "PGG"))
        .addCountry(CountryCode.of("AM"))
        .addCountry(CountryCode.of("AZ"))
        .addCountry(ParticipatingCountry.of(CountryCode.of("BY"), CountryRole.PARTNER))
        .addCountry(CountryCode.of("GE"))
        .addCountry(CountryCode.of("MD"))
        .addCountry(CountryCode.of("UA"))
        .addOrganisation(
            ProjectOrganisation.of(OrganisationId.of(UUID.randomUUID()), OrganisationRole.FUNDING))
        .addOrganisation(
            ProjectOrganisation.of(
                OrganisationId.of(UUID.randomUUID()), OrganisationRole.IMPLEMENTING))
        .addRelation(ProjectRelation.of(anyProjectId(), RelationType.PREDECESSOR))
        .budget(Money.of("800000", "EUR"))
        .addComponent(
            Component.builder()
                .id(anyComponentId())
                .code("1")
                .title("Mutual legal assistance")
                .objective(LocalizedText.of("Improve mutual legal assistance on cybercrime"))
                .addExpectedResult(LocalizedText.of("Procedures for requests are in place"))
                .build())
        .addComponent(
            Component.builder().id(anyComponentId()).code("2").title("24/7 contact points").build())
        .addLink(
            Link.of(
                "https://www.coe.int/en/web/cybercrime/cybercrime-eap-ii",
                "Project page",
                Link.Kind.WEB_PAGE))
        .addExternalId(ExternalId.of("iati", "XM-DAC-47066-EAP-II"))
        .version(3)
        .createdAt(Instant.parse("2015-03-01T09:00:00.123456Z"))
        .updatedAt(Instant.parse("2018-01-15T16:30:00Z"))
        .build();
  }

  /** A random valid project: every optional part present or absent at random. */
  public static Project randomProject(RandomModelValues random) {
    ProjectId id = ProjectId.of(random.uuid());
    PartialDate[] planned = random.orderedDates();
    PartialDate[] actual = random.orderedDates();
    ProjectDates dates =
        new ProjectDates(
            random.chance(0.8) ? planned[0] : null, random.chance(0.8) ? planned[1] : null,
            random.chance(0.5) ? actual[0] : null, random.chance(0.5) ? actual[1] : null);
    List<ParticipatingCountry> countries =
        random.countries(random.between(0, 8)).stream()
            .map(c -> ParticipatingCountry.of(c, random.anyOf(CountryRole.class)))
            .toList();
    Set<ProjectOrganisation> organisations = new LinkedHashSet<>();
    for (int i = random.between(0, 4); i > 0; i--) {
      organisations.add(
          ProjectOrganisation.of(
              OrganisationId.of(random.uuid()), random.anyOf(OrganisationRole.class)));
    }
    List<ProjectRelation> relations =
        random.uuids(random.between(0, 3)).stream()
            .map(u -> ProjectRelation.of(ProjectId.of(u), random.anyOf(RelationType.class)))
            .toList();
    List<Component> components = new ArrayList<>();
    List<UUID> componentIds = random.uuids(random.between(0, 5));
    for (int i = 0; i < componentIds.size(); i++) {
      components.add(
          randomComponent(
              random,
              ComponentId.of(componentIds.get(i)),
              random.chance(0.7) ? Integer.toString(i + 1) : null));
    }
    Instant createdAt = random.instant();
    return Project.builder()
        .id(id)
        .code(random.code(Limits.CODE))
        .title(random.localizedText(Limits.TITLE))
        .acronym(random.chance(0.5) ? random.text(1, Limits.CODE) : null)
        .summary(random.chance(0.5) ? random.localizedText(300) : null)
        .aims(random.chance(0.5) ? random.localizedText(300) : null)
        .status(random.anyOf(ProjectStatus.class))
        .dates(dates)
        .framework(
            random.chance(0.5)
                ? new CooperationFramework(
                    random.code(Limits.CODE),
                    random.localizedText(80),
                    random.chance(0.5) ? random.text(1, Limits.CODE) : null)
                : null)
        .countries(countries)
        .organisations(List.copyOf(organisations))
        .relations(relations)
        .budget(random.chance(0.5) ? random.money() : null)
        .components(components)
        .links(random.links(random.between(0, 3)))
        .externalIds(random.externalIds(random.between(0, 3)))
        .version(random.between(0, 1_000))
        .createdAt(createdAt)
        .updatedAt(createdAt.plusSeconds(random.between(0, 100_000_000)))
        .build();
  }

  /** A random valid component with the given id and code. */
  public static Component randomComponent(RandomModelValues random, ComponentId id, String code) {
    Component.Builder builder =
        Component.builder()
            .id(id)
            .code(code)
            .title(random.localizedText(Limits.TITLE))
            .objective(random.chance(0.5) ? random.localizedText(300) : null);
    for (int i = random.between(0, 3); i > 0; i--) {
      builder.addExpectedResult(random.localizedText(200));
    }
    return builder.build();
  }

  /** Gives a test method a random valid project on the seed of the current test. */
  public static final class RandomProject implements GivenProvider {
    @Override
    public Object provide(ElementContext context) {
      return randomProject(new RandomModelValues(context.random()));
    }
  }
}
