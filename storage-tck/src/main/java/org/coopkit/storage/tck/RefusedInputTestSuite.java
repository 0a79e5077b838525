package org.coopkit.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.coopkit.storage.tck.ContractAssertions.assertSame;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.coopkit.error.ConflictException;
import org.coopkit.error.BrokenReferenceException;
import org.coopkit.error.DuplicateException;
import org.coopkit.error.NotFoundException;
import org.coopkit.error.StillReferencedException;
import org.coopkit.error.ValidationException;
import org.coopkit.model.CountryCode;
import org.coopkit.model.Topic;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.RoleAssignment;
import org.coopkit.model.contact.RoleType;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.Organiser;
import org.coopkit.model.event.OrganiserRole;
import org.coopkit.model.event.Participation;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.Component;
import org.coopkit.model.project.ComponentId;
import org.coopkit.model.project.OrganisationRole;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectId;
import org.coopkit.model.project.ProjectOrganisation;
import org.coopkit.model.project.ProjectRelation;
import org.coopkit.model.project.RelationType;
import org.coopkit.query.ContactQuery;
import org.coopkit.query.EventQuery;
import org.coopkit.query.OrganisationQuery;
import org.coopkit.query.ProjectQuery;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Input that only the store can show to be wrong is refused, and refused completely: references to
 * aggregates that do not exist fail with a {@link BrokenReferenceException} naming the referring
 * field, taken ids and codes with a {@link DuplicateException}, and changes that the stored state
 * forbids with the documented exception; in every case nothing is stored, checked by reading and by
 * searching afterwards. The random cases are seeded; the seed is printed in every failure and
 * replayed with the system property {@value RoundTripTestSuite#SEED_PROPERTY}.
 *
 * @since 0.1.0
 */
public abstract class RefusedInputTestSuite extends StorageTestSuite {
  /** For subclasses. */
  protected RefusedInputTestSuite() {}

  /**
   * How many random cases each random test tries; lower it for slow stores.
   *
   * @return the number of cases, 300 by default
   */
  protected int randomCases() {
    return 300;
  }

  // Broken references.

  /**
   * Checks that random aggregates with one broken reference are refused with a {@code
   * BrokenReferenceException} naming the referring field, and that nothing of them is stored.
   */
  @Test
  protected void randomBrokenReferencesAreRefusedNamingTheReferenceAndNothingIsStored() {
    // given
    long seed = seed();
    Random random = new Random(seed);
    Stored stored = stored();

    for (int i = 0; i < randomCases(); i++) {
      Broken broken = broken(random, stored);
      String context = replay(seed) + ", case " + i + ": " + broken.description();

      // when
      Throwable thrown = catchThrowable(broken.attempt()::run);

      // then
      assertThat(thrown).as(context).isInstanceOf(BrokenReferenceException.class);
      BrokenReferenceException e = (BrokenReferenceException) thrown;
      if (broken.path() != null) {
        assertThat(e.path()).as(context + ": the path").isEqualTo(broken.path());
      }
      assertThat(e.targetKind())
          .as(context + ": the kind referred to")
          .isEqualTo(broken.targetKind());
      assertThat(e.targetId()).as(context + ": the id referred to").isEqualTo(broken.targetId());
      broken.nothingStored().run();
    }
    stored.assertUnchanged("after " + randomCases() + " refused writes, " + replay(seed));
  }

  /** Checks that a broken single-valued reference is named by its field without an index. */
  @Test
  protected void aBrokenSingleValuedReferenceIsNamedByItsFieldWithoutAnIndex() {
    // given
    Organisation unknown = Fixtures.anyOrganisation();
    Contact contact = Fixtures.anyContact().toBuilder().organisation(unknown.id()).build();
    Organisation unit = Fixtures.unitOf(unknown.id());

    // when
    Throwable employer = catchThrowable(() -> contacts().create(contact));
    Throwable parent = catchThrowable(() -> organisations().register(unit));

    // then
    assertThat(employer)
        .isInstanceOfSatisfying(
            BrokenReferenceException.class,
            e -> assertThat(e.path()).isEqualTo("Contact.organisation"));
    assertThat(parent)
        .isInstanceOfSatisfying(
            BrokenReferenceException.class,
            e -> assertThat(e.path()).isEqualTo("Organisation.parent"));
    assertThat(contacts().find(contact.id())).isEmpty();
    assertThat(organisations().find(unit.id())).isEmpty();
  }

  // Duplicates.

  /** Checks that random taken ids and codes are refused and nothing is stored. */
  @Test
  protected void randomTakenIdsAndCodesAreRefusedAndNothingIsStored() {
    // given
    long seed = seed();
    Random random = new Random(seed);
    Stored stored = stored();

    for (int i = 0; i < randomCases(); i++) {
      Duplicate duplicate = duplicate(random, stored);
      String context = replay(seed) + ", case " + i + ": " + duplicate.description();

      // when
      Throwable thrown = catchThrowable(duplicate.attempt()::run);

      // then
      assertThat(thrown).as(context).isInstanceOf(DuplicateException.class);
      assertThat(((DuplicateException) thrown).field())
          .as(context + ": the field")
          .isEqualTo(duplicate.field());
      duplicate.nothingStored().run();
    }
    stored.assertUnchanged("after " + randomCases() + " refused writes, " + replay(seed));
  }

  // Changes the stored state forbids.

  /** Checks that changes that the stored state forbids are refused and nothing changes. */
  @Test
  protected void changesTheStoredStateForbidsAreRefusedAndNothingChanges() {
    // given
    Stored stored = stored();
    Contact contact = stored.contact;
    RoleAssignment role = contact.roles().get(0);
    Project project = stored.project;
    ComponentId used = project.components().get(0).id();
    List<Refusal> refusals =
        List.of(
            new Refusal(
                "a role id the contact has already",
                ValidationException.class,
                "roles[" + contact.roles().size() + "].id",
                () ->
                    contacts()
                        .assignRole(
                            contact.id(),
                            contact.version(),
                            role.toBuilder().title("Again").build())),
            new Refusal(
                "a role ended before it began",
                ValidationException.class,
                "validUntil",
                () ->
                    contacts()
                        .endRole(
                            contact.id(),
                            contact.version(),
                            role.id(),
                            role.validFrom().minusDays(1))),
            new Refusal(
                "ending a role the contact does not have",
                NotFoundException.class,
                null,
                () ->
                    contacts()
                        .endRole(
                            contact.id(),
                            contact.version(),
                            Fixtures.newRoleId(),
                            LocalDate.of(2030, 1, 1))),
            new Refusal(
                "an order that leaves a component out",
                ValidationException.class,
                "components",
                () -> projects().reorderComponents(project.id(), project.version(), List.of(used))),
            new Refusal(
                "a component code the project has",
                ValidationException.class,
                "components[2]",
                () ->
                    projects()
                        .addComponent(
                            project.id(),
                            project.version(),
                            Fixtures.component(project.components().get(1).code(), "Twin"))),
            new Refusal(
                "a component id the project has",
                ValidationException.class,
                "components[2]",
                () ->
                    projects()
                        .addComponent(
                            project.id(),
                            project.version(),
                            project.components().get(0).toBuilder().code("other").build())),
            new Refusal(
                "changing a component the project does not have",
                NotFoundException.class,
                null,
                () ->
                    projects()
                        .changeComponent(project.id(), project.version(), Fixtures.anyComponent())),
            new Refusal(
                "removing a component an event serves",
                StillReferencedException.class,
                null,
                () -> projects().removeComponent(project.id(), project.version(), used)),
            new Refusal(
                "deleting a project that has events",
                StillReferencedException.class,
                null,
                () -> projects().delete(project.id(), project.version())),
            new Refusal(
                "deleting an organisation that is referred to",
                StillReferencedException.class,
                null,
                () ->
                    organisations()
                        .delete(stored.organisation.id(), stored.organisation.version())),
            new Refusal(
                "an outcome recorded against a stale version",
                ConflictException.class,
                null,
                () ->
                    events()
                        .recordOutcome(
                            stored.event.id(),
                            stored.event.version() + 1,
                            Participation.UNKNOWN,
                            List.of())),
            new Refusal(
                "a parent chain that loops",
                ValidationException.class,
                "parent",
                () ->
                    organisations()
                        .update(stored.organisation.toBuilder().parent(stored.unit.id()).build())),
            new Refusal(
                "updating a deleted event",
                NotFoundException.class,
                null,
                () -> {
                  Event doomed = storedEventOf(project);
                  events().delete(doomed.id(), doomed.version());
                  events().update(doomed.toBuilder().title("Too late").build());
                }));

    for (Refusal refusal : refusals) {
      // when
      Throwable thrown = catchThrowable(refusal.attempt()::run);

      // then
      assertThat(thrown).as(refusal.description()).isInstanceOf(refusal.type());
      if (refusal.path() != null) {
        assertThat(((ValidationException) thrown).paths())
            .as(refusal.description())
            .contains(refusal.path());
      }
      stored.assertUnchanged(refusal.description());
    }
  }

  // What the tests share.

  /**
   * The test's stored aggregates: an organisation with a unit, a project with two components and an
   * event serving the first, a second project with a component, and a contact employed by the
   * organisation with a dated role for the project.
   */
  private final class Stored {
    final Organisation organisation = storedOrganisation();
    final Organisation unit = organisations().register(Fixtures.unitOf(organisation.id()));
    final Project project =
        projects()
            .create(
                Fixtures.projectWithComponents(2).toBuilder()
                    .addOrganisation(
                        ProjectOrganisation.of(organisation.id(), OrganisationRole.FUNDING))
                    .build());
    final Project other = storedProjectWithComponents(1);
    final Event event =
        events()
            .create(
                Fixtures.eventOf(project.id()).toBuilder()
                    .addComponent(project.components().get(0).id())
                    .addOrganiser(Organiser.of(organisation.id(), OrganiserRole.ORGANISER))
                    .build());
    final Contact contact =
        contacts()
            .create(
                Fixtures.anyContact().toBuilder()
                    .organisation(organisation.id())
                    .addRole(
                        Fixtures.role(RoleType.PROJECT_OFFICER, project.id()).toBuilder()
                            .validFrom(LocalDate.of(2020, 1, 1))
                            .build())
                    .build());

    void assertUnchanged(String context) {
      assertSame(organisations().get(organisation.id()), organisation, context + ", organisation");
      assertSame(organisations().get(unit.id()), unit, context + ", unit");
      assertSame(projects().get(project.id()), project, context + ", project");
      assertSame(projects().get(other.id()), other, context + ", other project");
      assertSame(events().get(event.id()), event, context + ", event");
      assertSame(contacts().get(contact.id()), contact, context + ", contact");
    }
  }

  private Stored stored() {
    return new Stored();
  }

  /**
   * A write with one reference to nothing.
   *
   * @param path the referring field, or null where the test leaves it unchecked
   */
  private record Broken(
      String description,
      @Nullable String path,
      String targetKind,
      String targetId,
      Runnable attempt,
      Runnable nothingStored) {}

  /** A write of a taken id or code. */
  private record Duplicate(
      String description, String field, Runnable attempt, Runnable nothingStored) {}

  /** A change the stored state forbids. */
  private record Refusal(
      String description,
      Class<? extends Throwable> type,
      @Nullable String path,
      Runnable attempt) {}

  private Broken broken(Random random, Stored stored) {
    ProjectId unknownProject = Fixtures.newProjectId();
    OrganisationId unknownOrganisation = Fixtures.newOrganisationId();
    Topic topic = Fixtures.uniqueTopic();
    String token = Fixtures.uniqueToken();
    switch (random.nextInt(10)) {
      case 0, 1 -> {
        boolean update = random.nextBoolean();
        List<ProjectId> projects = new ArrayList<>(List.of(stored.project.id(), stored.other.id()));
        int at = random.nextInt(projects.size() + 1);
        projects.add(at, unknownProject);
        Event given = eventWith(stored, update, topic).toBuilder().projects(projects).build();
        return brokenEvent(
            stored,
            update,
            given,
            topic,
            "an event of an unknown project",
            "Event.projects[" + at + "]",
            "Project",
            unknownProject.toString());
      }
      case 2 -> {
        boolean update = random.nextBoolean();
        List<Organiser> organisers =
            new ArrayList<>(
                List.of(
                    Organiser.of(stored.organisation.id(), OrganiserRole.HOST),
                    Organiser.of(stored.unit.id(), OrganiserRole.FUNDER)));
        int at = random.nextInt(organisers.size() + 1);
        organisers.add(at, Organiser.of(unknownOrganisation, OrganiserRole.CO_ORGANISER));
        Event given = eventWith(stored, update, topic).toBuilder().organisers(organisers).build();
        return brokenEvent(
            stored,
            update,
            given,
            topic,
            "an event with an unknown organiser",
            "Event.organisers[" + at + "]",
            "Organisation",
            unknownOrganisation.toString());
      }
      case 3 -> {
        boolean update = random.nextBoolean();
        List<ComponentId> components =
            new ArrayList<>(
                List.of(
                    stored.project.components().get(0).id(),
                    stored.project.components().get(1).id()));
        int at = random.nextInt(components.size() + 1);
        ComponentId foreign = stored.other.components().get(0).id();
        components.add(at, foreign);
        Event given =
            eventWith(stored, update, topic).toBuilder()
                .projects(List.of(stored.project.id()))
                .components(components)
                .build();
        return brokenEvent(
            stored,
            update,
            given,
            topic,
            "an event serving another project's component",
            "Event.components[" + at + "]",
            "Component of the event's projects",
            foreign.toString());
      }
      case 4, 5 -> {
        boolean update = random.nextBoolean();
        boolean relation = random.nextBoolean();
        Project base = update ? stored.other : Fixtures.anyProject();
        Project.Builder builder = base.toBuilder().title("Project " + token);
        int at;
        if (relation) {
          List<ProjectRelation> relations =
              new ArrayList<>(
                  List.of(ProjectRelation.of(stored.project.id(), RelationType.PREDECESSOR)));
          at = random.nextInt(relations.size() + 1);
          relations.add(at, ProjectRelation.of(unknownProject, RelationType.SUCCESSOR));
          builder.relations(relations);
        } else {
          List<ProjectOrganisation> organisations =
              new ArrayList<>(
                  List.of(
                      ProjectOrganisation.of(stored.organisation.id(), OrganisationRole.FUNDING),
                      ProjectOrganisation.of(stored.unit.id(), OrganisationRole.IMPLEMENTING)));
          at = random.nextInt(organisations.size() + 1);
          organisations.add(
              at, ProjectOrganisation.of(unknownOrganisation, OrganisationRole.EXTENDING));
          builder.organisations(organisations);
        }
        Project given = builder.build();
        return new Broken(
            (update ? "an update of" : "a new")
                + " project with an unknown "
                + (relation ? "related project" : "organisation"),
            relation ? "Project.relations[" + at + "]" : "Project.organisations[" + at + "]",
            relation ? "Project" : "Organisation",
            (relation ? unknownProject : unknownOrganisation).toString(),
            () -> {
              if (update) {
                projects().update(given);
              } else {
                projects().create(given);
              }
            },
            () -> {
              if (!update) {
                assertThat(projects().find(given.id())).isEmpty();
                assertThat(projects().findByCode(given.code())).isEmpty();
              }
              assertThat(projects().search(ProjectQuery.builder().text(token).build()).items())
                  .isEmpty();
            });
      }
      case 6, 7 -> {
        boolean organisation = random.nextBoolean();
        boolean assign = random.nextBoolean();
        RoleAssignment bad =
            RoleAssignment.builder()
                .id(Fixtures.newRoleId())
                .type(RoleType.FOCAL_POINT)
                .project(organisation ? null : unknownProject)
                .organisation(organisation ? unknownOrganisation : null)
                .build();
        String kind = organisation ? "Organisation" : "Project";
        String field = organisation ? "organisation" : "project";
        String target = (organisation ? unknownOrganisation : unknownProject).toString();
        if (assign) {
          Contact contact = stored.contact;
          return new Broken(
              "assigning a role for an unknown " + field,
              "Contact.roles[" + contact.roles().size() + "]." + field,
              kind,
              target,
              () -> contacts().assignRole(contact.id(), contact.version(), bad),
              () -> {});
        }
        List<RoleAssignment> roles = new ArrayList<>();
        for (int r = random.nextInt(3); r > 0; r--) {
          roles.add(Fixtures.role(RoleType.EXPERT, stored.project.id()));
          roles.add(Fixtures.roleFor(stored.organisation.id()));
        }
        int at = random.nextInt(roles.size() + 1);
        roles.add(at, bad);
        Contact given =
            Fixtures.contactNamed("Refused " + token, token).toBuilder().roles(roles).build();
        return new Broken(
            "a new contact with a role for an unknown " + field,
            "Contact.roles[" + at + "]." + field,
            kind,
            target,
            () -> contacts().create(given),
            () -> assertNoContact(given, token));
      }
      case 8 -> {
        Contact given =
            Fixtures.contactNamed("Refused " + token, token).toBuilder()
                .organisation(unknownOrganisation)
                .build();
        return new Broken(
            "a new contact with an unknown employer",
            null,
            "Organisation",
            unknownOrganisation.toString(),
            () -> contacts().create(given),
            () -> assertNoContact(given, token));
      }
      default -> {
        boolean update = random.nextBoolean();
        Organisation base = update ? stored.unit : Fixtures.anyOrganisation();
        Organisation given =
            base.toBuilder().name("Refused " + token).parent(unknownOrganisation).build();
        return new Broken(
            (update ? "an update of" : "a new") + " unit of an unknown parent",
            null,
            "Organisation",
            unknownOrganisation.toString(),
            () -> {
              if (update) {
                organisations().update(given);
              } else {
                organisations().register(given);
              }
            },
            () -> {
              if (!update) {
                assertThat(organisations().find(given.id())).isEmpty();
              }
              assertThat(
                      organisations()
                          .search(OrganisationQuery.builder().text(token).build())
                          .items())
                  .isEmpty();
            });
      }
    }
  }

  /** A new event, or the stored one to update, carrying {@code topic} to search by. */
  private Event eventWith(Stored stored, boolean update, Topic topic) {
    Event base = update ? stored.event : Fixtures.eventOf(stored.project.id());
    return base.toBuilder().addTopic(topic).build();
  }

  private Broken brokenEvent(
      Stored stored,
      boolean update,
      Event given,
      Topic topic,
      String description,
      String path,
      String kind,
      String target) {
    return new Broken(
        (update ? "an update of " : "a new ") + description.substring(3),
        path,
        kind,
        target,
        () -> {
          if (update) {
            events().update(given);
          } else {
            events().create(given);
          }
        },
        () -> {
          if (!update) {
            assertThat(events().find(given.id())).isEmpty();
          }
          assertThat(events().search(EventQuery.builder().topic(topic).build()).items()).isEmpty();
          assertThat(stored.event.topics()).doesNotContain(topic);
        });
  }

  private void assertNoContact(Contact given, String token) {
    assertThat(contacts().find(given.id())).isEmpty();
    assertThat(contacts().search(ContactQuery.builder().namePrefix(token).build()).items())
        .isEmpty();
  }

  private Duplicate duplicate(Random random, Stored stored) {
    String token = Fixtures.uniqueToken();
    switch (random.nextInt(6)) {
      case 0 -> {
        String code = variant(random, stored.project.code());
        Project given =
            Fixtures.anyProject().toBuilder().code(code).title("Project " + token).build();
        return new Duplicate(
            "a new project with the taken code '" + code + "'",
            "Project.code",
            () -> projects().create(given),
            () -> {
              assertThat(projects().find(given.id())).isEmpty();
              assertNoProjectWithText(token);
            });
      }
      case 1 -> {
        String code = variant(random, stored.project.code());
        Project given = stored.other.toBuilder().code(code).title("Project " + token).build();
        return new Duplicate(
            "a project renamed to the taken code '" + code + "'",
            "Project.code",
            () -> projects().update(given),
            () -> assertNoProjectWithText(token));
      }
      case 2 -> {
        Project given =
            Fixtures.anyProject().toBuilder()
                .id(stored.other.id())
                .title("Project " + token)
                .build();
        return new Duplicate(
            "a new project with a taken id",
            "Project.id",
            () -> projects().create(given),
            () -> {
              assertThat(projects().findByCode(given.code())).isEmpty();
              assertNoProjectWithText(token);
            });
      }
      case 3 -> {
        Topic topic = Fixtures.uniqueTopic();
        Event given =
            Fixtures.eventOf(stored.other.id()).toBuilder()
                .id(stored.event.id())
                .addTopic(topic)
                .build();
        return new Duplicate(
            "a new event with a taken id",
            "Event.id",
            () -> events().create(given),
            () ->
                assertThat(events().search(EventQuery.builder().topic(topic).build()).items())
                    .isEmpty());
      }
      case 4 -> {
        Contact given =
            Fixtures.contactNamed("Twin " + token, token).toBuilder()
                .id(stored.contact.id())
                .build();
        return new Duplicate(
            "a new contact with a taken id",
            "Contact.id",
            () -> contacts().create(given),
            () ->
                assertThat(
                        contacts().search(ContactQuery.builder().namePrefix(token).build()).items())
                    .isEmpty());
      }
      default -> {
        Organisation given =
            Fixtures.anyOrganisation().toBuilder()
                .id(stored.unit.id())
                .name("Twin " + token)
                .country(CountryCode.of("AM"))
                .build();
        return new Duplicate(
            "a new organisation with a taken id",
            "Organisation.id",
            () -> organisations().register(given),
            () ->
                assertThat(
                        organisations()
                            .search(OrganisationQuery.builder().text(token).build())
                            .items())
                    .isEmpty());
      }
    }
  }

  private void assertNoProjectWithText(String token) {
    assertThat(projects().search(ProjectQuery.builder().text(token).build()).items()).isEmpty();
  }

  /** {@code code} as a caller might write it: in upper case, or with spaces around. */
  private static String variant(Random random, String code) {
    return switch (random.nextInt(3)) {
      case 0 -> code;
      case 1 -> code.toUpperCase(Locale.ROOT);
      default -> "  " + code + "\t";
    };
  }

  private static long seed() {
    String fixed = System.getProperty(RoundTripTestSuite.SEED_PROPERTY);
    return fixed != null && !fixed.isBlank()
        ? Long.parseLong(fixed.strip())
        : new SecureRandom().nextLong();
  }

  private static String replay(long seed) {
    return "seed "
        + seed
        + " (replay with -D"
        + RoundTripTestSuite.SEED_PROPERTY
        + "="
        + seed
        + ")";
  }

  /**
   * Checks that a lookup by a code no project can have (a NUL, a control character, too long) is
   * refused alike on every store, before any store is asked, and that an unknown code finds
   * nothing.
   */
  @Test
  protected void aLookupByACodeNoProjectCanHaveIsRefusedAlikeOnEveryStore() {
    for (String code : List.of("m\u0000", "m\u001b", "a".repeat(65), " ")) {
      assertThat(catchThrowable(() -> projects().findByCode(code)))
          .as("finding the code of %s characters", code.length())
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("code");
    }
    assertThat(projects().findByCode("no-such-" + Fixtures.uniqueCode())).isEmpty();
  }

  /**
   * Checks that a component id that another project holds is refused with a {@link
   * DuplicateException} naming {@code Component.id}, on create and on update, and nothing is
   * stored: component ids are unique across all projects on every store.
   */
  @Test
  protected void aComponentIdThatAnotherProjectHoldsIsRefused() {
    // given
    Project holder = storedProjectWithComponents(1);
    Component taken = holder.components().get(0);
    Project newcomer = Fixtures.anyProject().toBuilder().addComponent(taken).build();
    Project other = storedProject();

    // when
    Throwable onCreate = catchThrowable(() -> projects().create(newcomer));
    Throwable onUpdate =
        catchThrowable(() -> projects().update(other.toBuilder().addComponent(taken).build()));

    // then
    for (Throwable refused : List.of(onCreate, onUpdate)) {
      assertThat(refused)
          .isInstanceOfSatisfying(
              DuplicateException.class, e -> assertThat(e.field()).isEqualTo("Component.id"));
    }
    assertThat(projects().find(newcomer.id())).isEmpty();
    assertSame(projects().get(other.id()), other, "the other project, unchanged");
    assertSame(projects().get(holder.id()), holder, "the holder, unchanged");
  }
}
