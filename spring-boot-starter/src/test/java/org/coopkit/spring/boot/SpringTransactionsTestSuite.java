package org.coopkit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.coopkit.Coopkit;
import org.coopkit.error.DuplicateException;
import org.coopkit.history.ChangeListener;
import org.coopkit.model.project.Project;
import org.coopkit.service.ProjectService;
import org.coopkit.storage.jdbc.JdbcStorage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/**
 * coopkit inside a real Spring Boot application's transactions, on the database a subclass gives
 * through {@code spring.datasource.*}: a call inside a {@code @Transactional} method commits and
 * rolls back with the application's own JdbcTemplate writes, is read-only in a read-only
 * transaction, leaves the transaction usable when it fails; outside a transaction it commits on its
 * own.
 */
@SpringBootTest(
    classes = HostApplication.class,
    properties = {
      "spring.sql.init.mode=always",
      "spring.sql.init.schema-locations=classpath:host-schema.sql"
    })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class SpringTransactionsTestSuite {
  @Autowired HostApplication.Transactions host;
  @Autowired ProjectService projects;
  @Autowired Coopkit coopkit;

  /** The host's failure, thrown after both writes, which makes Spring roll back. */
  static final class HostChangedItsMind extends RuntimeException {
    private static final long serialVersionUID = 1L;

    HostChangedItsMind() {
      super("the host changed its mind");
    }
  }

  Project newProject() {
    String token = UUID.randomUUID().toString().substring(0, 8);
    return Project.builder()
        .id(coopkit.ids().newProjectId())
        .code("boot-" + token)
        .title("Spring project " + token)
        .build();
  }

  @Test
  void coopkitRunsOnTheJdbcStoreOverTheApplicationsDataSource() {
    assertThat(coopkit.storage()).isInstanceOf(JdbcStorage.class);
    assertThat(((JdbcStorage) coopkit.storage()).schemaVersion()).isEqualTo("15.1");
  }

  @Test
  void aCallInsideTheHostsTransactionCommitsWithTheHostsOwnWrite() {
    // given
    Project project = newProject();

    // when
    host.inTransaction(
        () -> {
          host.note(project.id().toString(), "created " + project.code());
          return projects.create(project);
        });

    // then
    assertThat(host.hasNote(project.id().toString())).isTrue();
    assertThat(projects.find(project.id())).isPresent();
  }

  @Test
  void changeListenersAreToldWhenTheHostCommitsAndNeverWhenItRollsBack() {
    // given
    Project kept = newProject();
    Project dropped = newProject();
    List<String> told = new CopyOnWriteArrayList<>();
    List<Boolean> toldInsideTheHostsTransaction = new CopyOnWriteArrayList<>();
    ChangeListener listener = changes -> changes.forEach(c -> told.add(c.aggregateId()));
    coopkit.changes().addListener(listener);
    try {
      // when
      host.inTransaction(
          () -> {
            Project created = projects.create(kept);
            toldInsideTheHostsTransaction.add(!told.isEmpty());
            return created;
          });
      assertThatThrownBy(
              () ->
                  host.inTransaction(
                      () -> {
                        projects.create(dropped);
                        throw new HostChangedItsMind();
                      }))
          .isInstanceOf(HostChangedItsMind.class);

      // then
      assertThat(toldInsideTheHostsTransaction).containsExactly(false);
      assertThat(told).containsExactly(kept.id().toString());
    } finally {
      coopkit.changes().removeListener(listener);
    }
  }

  @Test
  void whenTheHostRollsBackItsOwnWriteAndCoopkitsAreBothGone() {
    // given
    Project project = newProject();

    // when
    assertThatThrownBy(
            () ->
                host.inTransaction(
                    () -> {
                      host.note(project.id().toString(), "created " + project.code());
                      projects.create(project);
                      throw new HostChangedItsMind();
                    }))
        .isInstanceOf(HostChangedItsMind.class);

    // then
    assertThat(host.hasNote(project.id().toString())).isFalse();
    assertThat(projects.find(project.id())).isEmpty();
    assertThat(projects.findByCode(project.code())).isEmpty();
  }

  @Test
  void insideTheTransactionTheHostSeesCoopkitsWriteAndOthersSeeItOnlyAfterTheCommit()
      throws InterruptedException {
    // given
    Project project = newProject();
    AtomicBoolean hostSaw = new AtomicBoolean();
    AtomicReference<Boolean> otherSaw = new AtomicReference<>();

    // when
    host.inTransaction(
        () -> {
          projects.create(project);
          hostSaw.set(host.hasProjectRow(project.id().toString()));
          otherSaw.set(seenFromAnotherThread(project));
          return null;
        });

    // then
    assertThat(hostSaw).as("the host's JdbcTemplate, in the transaction").isTrue();
    assertThat(otherSaw.get()).as("another thread, before the commit").isFalse();
    assertThat(seenFromAnotherThread(project)).as("another thread, after the commit").isTrue();
  }

  @Test
  void aReadOnlyTransactionReadsCoopkitAndRefusesItsWritesBeforeAnyStatement() {
    // given
    Project stored = projects.create(newProject());
    Project refused = newProject();

    // when
    Project read =
        host.inReadOnlyTransaction(
            () -> {
              assertThatThrownBy(() -> projects.create(refused))
                  .isInstanceOf(IllegalStateException.class)
                  .hasMessageContaining("read-only transaction");
              return projects.get(stored.id());
            });

    // then
    assertThat(read).isEqualTo(stored);
    assertThat(projects.find(refused.id())).isEmpty();
  }

  @Test
  void aFailedCallLeavesTheHostsTransactionUsableAndItsEarlierWritesInPlace() {
    // given
    Project first = newProject();
    // Same id, another code: the database's primary key refuses it.
    Project sameId = newProject().toBuilder().id(first.id()).build();

    // when
    host.inTransaction(
        () -> {
          projects.create(first);
          assertThatThrownBy(() -> projects.create(sameId)).isInstanceOf(DuplicateException.class);
          host.note(first.id().toString(), "after a failed call");
          return null;
        });

    // then
    assertThat(projects.get(first.id()).code()).isEqualTo(first.code());
    assertThat(host.hasNote(first.id().toString())).isTrue();
  }

  @Test
  void outsideATransactionEachCallCommitsOnItsOwn() {
    // given
    Project project = newProject();

    // when
    projects.create(project);
    assertThatThrownBy(
            () ->
                host.inTransaction(
                    () -> {
                      host.note(project.id().toString(), "noted after the fact");
                      throw new HostChangedItsMind();
                    }))
        .isInstanceOf(HostChangedItsMind.class);

    // then
    assertThat(projects.find(project.id())).isPresent();
    assertThat(host.hasNote(project.id().toString())).isFalse();
  }

  /** Whether a thread in no transaction finds the project, through coopkit's own transaction. */
  private boolean seenFromAnotherThread(Project project) {
    AtomicReference<Object> outcome = new AtomicReference<>();
    Thread reader =
        new Thread(
            () -> {
              try {
                outcome.set(projects.find(project.id()).isPresent());
              } catch (RuntimeException e) {
                outcome.set(e);
              }
            });
    reader.start();
    try {
      reader.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
    if (outcome.get() instanceof RuntimeException e) {
      throw e;
    }
    return (Boolean) outcome.get();
  }
}
