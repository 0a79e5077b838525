package org.coopkit.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.coopkit.storage.jdbc.StoredRowsTest.stamped;

import java.util.List;
import org.coopkit.error.BrokenReferenceException;
import org.coopkit.error.DuplicateException;
import org.coopkit.error.StillReferencedException;
import org.coopkit.error.StorageUnavailableException;
import org.coopkit.error.ValidationException;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.RoleType;
import org.coopkit.model.event.Event;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.project.Component;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectId;
import org.coopkit.query.EventQuery;
import org.coopkit.query.ProjectQuery;
import org.coopkit.spi.TransactionalWork;
import org.coopkit.storage.tck.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The database's failures as coopkit's exceptions, on every database: written straight to the
 * stores, past the services' own checks, so that the constraints answer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FailureTranslationTest {
  private final SchemaPerDatabase schemas = new SchemaPerDatabase();

  @AfterAll
  void dropSchemas() {
    schemas.close();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void aTakenIdOrCodeIsADuplicateNamingTheFieldAndTheValue(Database database) {
    // given
    JdbcStorage storage = schemas.storage(database);
    Project project = stamped(Fixtures.projectWithComponents(1));
    Event event = stamped(Fixtures.eventOf(project.id()));
    write(
        storage,
        s -> {
          s.projects().insert(project);
          s.events().insert(event);
          return null;
        });
    Component takenComponent = project.components().get(0);

    // when
    DuplicateException eventId =
        duplicate(
            storage,
            s -> {
              s.events().insert(event.toBuilder().title("Again").build());
              return null;
            });
    DuplicateException projectId =
        duplicate(
            storage,
            s -> {
              s.projects()
                  .insert(stamped(Fixtures.anyProject().toBuilder().id(project.id()).build()));
              return null;
            });
    DuplicateException code =
        duplicate(
            storage,
            s -> {
              s.projects()
                  .insert(stamped(Fixtures.anyProject().toBuilder().code(project.code()).build()));
              return null;
            });
    DuplicateException componentId =
        duplicate(
            storage,
            s -> {
              s.projects()
                  .insert(
                      stamped(
                          Fixtures.anyProject().toBuilder().addComponent(takenComponent).build()));
              return null;
            });

    // then
    assertThat(eventId.field()).isEqualTo("Event.id");
    assertThat(eventId.value()).isEqualTo(event.id().toString());
    assertThat(projectId.field()).isEqualTo("Project.id");
    assertThat(projectId.value()).isEqualTo(project.id().toString());
    assertThat(code.field()).isEqualTo("Project.code");
    assertThat(code.value()).isEqualTo(project.code());
    assertThat(componentId.field()).isEqualTo("Component.id");
    assertThat(componentId.value()).isEqualTo(takenComponent.id().toString());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void aTakenValueAmongSeveralWrittenIsNamedFromWhatTheStatementWroteNotFromTheMessage(
      Database database) {
    // given
    JdbcStorage storage = schemas.storage(database);
    Project owner = stamped(Fixtures.projectWithComponents(1));
    Event taken = stamped(Fixtures.eventOf(owner.id()));
    write(
        storage,
        s -> {
          s.projects().insert(owner);
          s.events().insert(taken);
          return null;
        });
    Component takenComponent = owner.components().get(0);
    Project second = Fixtures.projectWithComponents(2);
    Project withTakenSecondComponent =
        stamped(
            second.toBuilder()
                .components(
                    List.of(
                        second.components().get(0),
                        second.components().get(1).toBuilder().id(takenComponent.id()).build()))
                .build());
    List<Event> chunk =
        List.of(
            stamped(Fixtures.eventOf(owner.id())),
            stamped(Fixtures.eventOf(owner.id())),
            taken.toBuilder().title("Again").build());

    // when
    DuplicateException component =
        duplicate(
            storage,
            s -> {
              s.projects().insert(withTakenSecondComponent);
              return null;
            });
    DuplicateException event =
        catchThrowableOfType(DuplicateException.class, () -> storage.insertEvents(chunk));

    // then
    assertThat(component.field()).isEqualTo("Component.id");
    assertThat(component.value()).isEqualTo(takenComponent.id().toString());
    assertThat(event).as("a DuplicateException").isNotNull();
    assertThat(event.field()).isEqualTo("Event.id");
    assertThat(event.value()).isEqualTo(taken.id().toString());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void aReferenceToNothingIsABrokenReferenceNamingTheFieldAndTheMissingId(Database database) {
    // given
    JdbcStorage storage = schemas.storage(database);
    Project project = stamped(Fixtures.anyProject());
    write(
        storage,
        s -> {
          s.projects().insert(project);
          return null;
        });
    ProjectId unknownProject = Fixtures.newProjectId();
    OrganisationId unknownOrganisation = Fixtures.newOrganisationId();

    // when
    BrokenReferenceException event =
        broken(
            storage,
            s -> {
              s.events()
                  .insert(
                      stamped(
                          Fixtures.eventOf(project.id()).toBuilder()
                              .addProject(unknownProject)
                              .build()));
              return null;
            });
    BrokenReferenceException employer =
        broken(
            storage,
            s -> {
              s.contacts()
                  .insert(
                      stamped(
                          Fixtures.anyContact().toBuilder()
                              .organisation(unknownOrganisation)
                              .build()));
              return null;
            });
    BrokenReferenceException role =
        broken(
            storage,
            s -> {
              s.contacts()
                  .insert(
                      stamped(
                          Fixtures.anyContact().toBuilder()
                              .addRole(Fixtures.role(RoleType.EXPERT, project.id()))
                              .addRole(Fixtures.role(RoleType.TRAINER, unknownProject))
                              .build()));
              return null;
            });

    // then
    assertThat(event.path()).isEqualTo("Event.projects");
    assertThat(event.targetKind()).isEqualTo("Project");
    assertThat(event.targetId()).isEqualTo(unknownProject.toString());
    assertThat(employer.path()).isEqualTo("Contact.organisation");
    assertThat(employer.targetKind()).isEqualTo("Organisation");
    assertThat(employer.targetId()).isEqualTo(unknownOrganisation.toString());
    assertThat(role.path()).isEqualTo("Contact.roles.project");
    assertThat(role.targetId()).isEqualTo(unknownProject.toString());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void deletingWhatIsStillReferredToIsStillReferencedNamingWhatRefersToIt(Database database) {
    // given
    JdbcStorage storage = schemas.storage(database);
    Project project = stamped(Fixtures.projectWithComponents(2));
    Contact contact =
        stamped(
            Fixtures.anyContact().toBuilder()
                .addRole(Fixtures.role(RoleType.PROGRAMME_MANAGER, project.id()))
                .build());
    Event event =
        stamped(
            Fixtures.eventOf(project.id()).toBuilder()
                .addComponent(project.components().get(1).id())
                .build());
    write(
        storage,
        s -> {
          s.projects().insert(project);
          s.contacts().insert(contact);
          return null;
        });

    // when
    StillReferencedException byRole =
        catchThrowableOfType(
            StillReferencedException.class,
            () ->
                write(
                    storage,
                    s -> {
                      s.projects().delete(project.id(), 1);
                      return null;
                    }));
    write(
        storage,
        s -> {
          s.contacts().delete(contact.id(), 1);
          s.events().insert(event);
          return null;
        });
    StillReferencedException byEvent =
        catchThrowableOfType(
            StillReferencedException.class,
            () ->
                write(
                    storage,
                    s -> {
                      s.projects()
                          .update(
                              project.toBuilder()
                                  .components(project.components().subList(0, 1))
                                  .version(2)
                                  .build(),
                              1);
                      return null;
                    }));

    // then
    assertThat(byRole).as("deleting a project a role is for").isNotNull();
    assertThat(byRole.kind()).isEqualTo("Project");
    assertThat(byRole.id()).isEqualTo(project.id().toString());
    assertThat(byRole.referencedBy()).isEqualTo("roles of contacts");
    assertThat(byEvent).as("dropping a component an event serves").isNotNull();
    assertThat(byEvent.kind()).isEqualTo("Component");
    assertThat(byEvent.id()).isEqualTo(project.components().get(1).id().toString());
    assertThat(read(storage, project.id()).components()).hasSize(2);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(Database.class)
  void aCursorOfAnotherKindOfSearchIsRefused(Database database) {
    // given
    JdbcStorage storage = schemas.storage(database);
    Project first = stamped(Fixtures.anyProject());
    Project second = stamped(Fixtures.anyProject());
    write(
        storage,
        s -> {
          s.projects().insert(first);
          s.projects().insert(second);
          return null;
        });
    String projectCursor =
        storage
            .inTransaction(s -> s.projects().find(ProjectQuery.builder().limit(1).build()))
            .nextCursor();

    // when
    ValidationException refused =
        catchThrowableOfType(
            ValidationException.class,
            () ->
                storage.inTransaction(
                    s -> s.events().find(EventQuery.builder().build().after(projectCursor))));

    // then
    assertThat(projectCursor).isNotNull();
    assertThat(refused).isNotNull();
    assertThat(refused.paths()).containsExactly("after");
  }

  @Test
  void anUnreachableServerIsARetryableStorageUnavailableNamingTheUrlButNoPassword() {
    // given
    String url = "jdbc:postgresql://127.0.0.1:1/test?password=s3cret";

    // when
    StorageUnavailableException unavailable =
        catchThrowableOfType(
            StorageUnavailableException.class,
            () -> JdbcStorage.connect(url, "postgres", "s3cret"));

    // then
    assertThat(unavailable).isNotNull();
    assertThat(unavailable.isRetryable()).isTrue();
    assertThat(unavailable.getMessage())
        .contains("jdbc:postgresql://127.0.0.1:1/test")
        .doesNotContain("s3cret");
  }

  @Test
  void aClosedPoolFailsTheTransactionWithAStorageUnavailableThatIsNotRetryable() {
    // given
    StorageUnavailableException unavailable;
    try (FreshSchema schema = Database.H2.openFreshSchema()) {
      JdbcStorage storage = JdbcStorage.create(schema.dataSource());
      schema.dataSource().close();

      // when
      unavailable =
          catchThrowableOfType(
              StorageUnavailableException.class, () -> storage.inTransaction(s -> null));
    }

    // then
    assertThat(unavailable).isNotNull();
    assertThat(unavailable.isRetryable()).as("a closed pool does not open again").isFalse();
    assertThat(unavailable.getMessage())
        .startsWith("Could not get a connection from pool coopkit-")
        .contains("the pool is closed");
  }

  private static <T> void write(JdbcStorage storage, TransactionalWork<T> work) {
    storage.inTransaction(work);
  }

  private static Project read(JdbcStorage storage, ProjectId id) {
    return storage.inTransaction(s -> s.projects().get(id)).orElseThrow();
  }

  private static DuplicateException duplicate(JdbcStorage storage, TransactionalWork<?> work) {
    DuplicateException e =
        catchThrowableOfType(DuplicateException.class, () -> storage.inTransaction(work));
    assertThat(e).as("a DuplicateException").isNotNull();
    return e;
  }

  private static BrokenReferenceException broken(JdbcStorage storage, TransactionalWork<?> work) {
    BrokenReferenceException e =
        catchThrowableOfType(BrokenReferenceException.class, () -> storage.inTransaction(work));
    assertThat(e).as("a BrokenReferenceException").isNotNull();
    return e;
  }
}
