package org.coopkit.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.fail;
import static org.coopkit.storage.tck.ContractAssertions.assertSame;
import static org.coopkit.storage.tck.ContractAssertions.assertStrictlyOrdered;
import static org.coopkit.storage.tck.ContractAssertions.eventOrder;
import static org.coopkit.storage.tck.Fixtures.anyProject;
import static org.coopkit.storage.tck.Fixtures.eventOf;
import static org.coopkit.storage.tck.Fixtures.eventOn;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.coopkit.Coopkit;
import org.coopkit.error.ConflictException;
import org.coopkit.error.DuplicateException;
import org.coopkit.model.EmailAddress;
import org.coopkit.model.ExternalId;
import org.coopkit.model.LocalizedText;
import org.coopkit.model.Topic;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.contact.RoleAssignment;
import org.coopkit.model.contact.RoleId;
import org.coopkit.model.contact.RoleType;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventId;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.project.Component;
import org.coopkit.model.project.OrganisationRole;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectId;
import org.coopkit.model.project.ProjectOrganisation;
import org.coopkit.query.EventQuery;
import org.coopkit.query.Page;
import org.coopkit.query.Paging;
import org.coopkit.query.ProjectQuery;
import org.coopkit.query.SortDirection;
import org.coopkit.spi.TransactionMode;
import org.junit.jupiter.api.Test;

/**
 * What a storage guarantees to many threads and many application instances at once: optimistic
 * locking that loses no update, unique codes and ids under racing creates, writes of a transaction
 * that become visible together, aggregates that are never seen half-written, pagination that stays
 * stable while others insert, and {@link Coopkit} instances over one storage that see each other's
 * writes.
 *
 * <p>Every test is bounded in iterations; a generous timeout only guards against hangs.
 *
 * @since 0.1.0
 */
public abstract class ConcurrencyTestSuite extends StorageTestSuite {
  /** Threads that race in each test. */
  protected static final int THREADS = 8;

  /** How long a test may take before it is taken to hang. */
  protected static final Duration HANG_GUARD = Duration.ofMinutes(5);

  private static final int MAX_ATTEMPTS = 10_000;

  /** For subclasses. */
  protected ConcurrencyTestSuite() {}

  /**
   * Checks that threads which read, change and update one aggregate, retrying on a {@code
   * ConflictException}, lose no update: every increment is in the final state.
   */
  @Test
  protected void concurrentReadModifyWriteUpdatesWithRetriesLoseNoUpdate() {
    // given
    int projectsCount = 3;
    int updatesPerThread = 15;
    List<Project> stored = new ArrayList<>();
    for (int i = 0; i < projectsCount; i++) {
      stored.add(storedProject());
    }
    Map<ProjectId, Set<Long>> versions = new ConcurrentHashMap<>();
    Map<ProjectId, Set<ExternalId>> markers = new ConcurrentHashMap<>();
    stored.forEach(
        p -> {
          versions.put(p.id(), ConcurrentHashMap.newKeySet());
          markers.put(p.id(), ConcurrentHashMap.newKeySet());
        });
    AtomicInteger conflicts = new AtomicInteger();

    // when
    runConcurrently(
        THREADS,
        thread -> {
          for (int i = 0; i < updatesPerThread; i++) {
            ProjectId id = stored.get((thread + i) % projectsCount).id();
            ExternalId marker = ExternalId.of("tck-marker", "thread-" + thread + "-update-" + i);
            for (int attempt = 1; ; attempt++) {
              Project current = projects().get(id);
              try {
                Project updated =
                    projects().update(current.toBuilder().addExternalId(marker).build());
                assertThat(versions.get(id).add(updated.version()))
                    .as("version %d handed out once", updated.version())
                    .isTrue();
                markers.get(id).add(marker);
                break;
              } catch (ConflictException e) {
                conflicts.incrementAndGet();
                if (attempt >= MAX_ATTEMPTS) {
                  throw new AssertionError("no progress after " + attempt + " attempts", e);
                }
              }
            }
          }
          return null;
        });

    // then
    int total = 0;
    for (Project project : stored) {
      Project after = projects().get(project.id());
      int successes = markers.get(project.id()).size();
      total += successes;
      assertThat(after.version()).as("version of %s", project.id()).isEqualTo(1L + successes);
      assertThat(after.externalIds())
          .as("markers of %s", project.id())
          .containsExactlyInAnyOrderElementsOf(markers.get(project.id()));
    }
    assertThat(total).isEqualTo(THREADS * updatesPerThread);
  }

  /**
   * Checks that, of two writers that read the same version, exactly one succeeds and the other gets
   * a {@code ConflictException}: the version check and the write must be one atomic step.
   */
  @Test
  protected void ofTwoWritersThatReadTheSameVersionExactlyOneSucceeds() {
    for (int round = 0; round < 20; round++) {
      // given
      Project stored = storedProject();
      AtomicInteger successes = new AtomicInteger();
      AtomicInteger conflicts = new AtomicInteger();
      Map<Integer, Project> winners = new ConcurrentHashMap<>();

      // when
      runConcurrently(
          2,
          writer -> {
            try {
              winners.put(
                  writer, projects().update(stored.toBuilder().title("Writer " + writer).build()));
              successes.incrementAndGet();
            } catch (ConflictException e) {
              assertThat(e.expectedVersion()).isEqualTo(1);
              assertThat(e.actualVersion()).isEqualTo(2);
              conflicts.incrementAndGet();
            }
            return null;
          });

      // then
      assertThat(successes.get()).as("successes in round %d", round).isEqualTo(1);
      assertThat(conflicts.get()).as("conflicts in round %d", round).isEqualTo(1);
      Project winner = winners.values().iterator().next();
      assertSame(projects().get(stored.id()), winner, "the winner's project");
    }
  }

  /**
   * Checks that an erasure racing edits of the same contact never fails: it runs on whatever
   * version is stored (a store reads it with {@code getForUpdate}), and every role that an edit
   * committed, before or after it, is kept while the personal data is gone.
   */
  @Test
  protected void anErasureRacingEditsOfTheSameContactNeverFailsAndKeepsTheirRoles() {
    for (int round = 0; round < 5; round++) {
      // given
      Project project = storedProject();
      Contact contact =
          contacts()
              .create(
                  Fixtures.anyContact().toBuilder()
                      .addEmail(EmailAddress.of("erased+" + round + "@example.org"))
                      .build());
      Set<RoleId> assigned = ConcurrentHashMap.newKeySet();

      // when: one thread erases while the others each assign a role, retrying on conflicts
      runConcurrently(
          THREADS,
          thread -> {
            if (thread == 0) {
              contacts().erase(contact.id());
              return null;
            }
            RoleAssignment role = Fixtures.role(RoleType.EXPERT, project.id());
            for (int attempt = 1; ; attempt++) {
              Contact current = contacts().get(contact.id());
              try {
                contacts().assignRole(contact.id(), current.version(), role);
                assigned.add(role.id());
                return null;
              } catch (ConflictException e) {
                if (attempt >= MAX_ATTEMPTS) {
                  throw new AssertionError("no progress after " + attempt + " attempts", e);
                }
              }
            }
          });

      // then
      Contact after = contacts().get(contact.id());
      assertThat(after.displayName()).as("round %d", round).isEqualTo(Contact.ERASED_NAME);
      assertThat(after.emails()).as("round %d", round).isEmpty();
      assertThat(after.roles().stream().map(RoleAssignment::id))
          .as("roles of round %d", round)
          .containsExactlyInAnyOrderElementsOf(assigned);
      assertThat(after.version())
          .as("one version for the erasure and one per role")
          .isEqualTo(2L + (THREADS - 1));
    }
  }

  /**
   * Checks that, of racing creates with the same project code, exactly one is stored and the others
   * fail with a {@code DuplicateException}, however the store enforces uniqueness.
   */
  @Test
  protected void racingCreatesWithTheSameCodeStoreExactlyOne() {
    for (int round = 0; round < 10; round++) {
      // given
      String code = Fixtures.uniqueCode();
      List<Project> candidates = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        candidates.add(anyProject().toBuilder().code(code).build());
      }
      Map<Integer, Project> created = new ConcurrentHashMap<>();
      AtomicInteger duplicates = new AtomicInteger();

      // when
      runConcurrently(
          THREADS,
          thread -> {
            try {
              created.put(thread, projects().create(candidates.get(thread)));
            } catch (DuplicateException e) {
              duplicates.incrementAndGet();
            }
            return null;
          });

      // then
      assertThat(created).as("projects created with code %s", code).hasSize(1);
      assertThat(duplicates.get()).isEqualTo(THREADS - 1);
      Project winner = created.values().iterator().next();
      assertSame(projects().findByCode(code).orElse(null), winner, "the project with the code");
      for (Project candidate : candidates) {
        if (!candidate.id().equals(winner.id())) {
          assertThat(projects().find(candidate.id())).isEmpty();
        }
      }
    }
  }

  /**
   * Checks that, of racing creates with the same id, exactly one is stored and the others fail with
   * a {@code DuplicateException}.
   */
  @Test
  protected void racingCreatesWithTheSameIdStoreExactlyOne() {
    Project project = storedProject();
    for (int round = 0; round < 10; round++) {
      // given
      EventId id = Fixtures.newEventId();
      Map<Integer, Event> created = new ConcurrentHashMap<>();
      AtomicInteger duplicates = new AtomicInteger();

      // when
      runConcurrently(
          THREADS,
          thread -> {
            try {
              created.put(
                  thread,
                  events()
                      .create(
                          eventOf(project.id()).toBuilder()
                              .id(id)
                              .title("Racer " + thread)
                              .build()));
            } catch (DuplicateException e) {
              duplicates.incrementAndGet();
            }
            return null;
          });

      // then
      assertThat(created).as("events created with id %s", id).hasSize(1);
      assertThat(duplicates.get()).isEqualTo(THREADS - 1);
      assertSame(events().get(id), created.values().iterator().next(), "the event");
    }
  }

  /** Checks that concurrent creates of different aggregates all succeed. */
  @Test
  protected void concurrentCreatesOfDifferentAggregatesAllSucceed() {
    // given
    Project project = storedProject();
    int perThread = 25;
    Set<EventId> created = ConcurrentHashMap.newKeySet();

    // when
    runConcurrently(
        THREADS,
        thread -> {
          for (int i = 0; i < perThread; i++) {
            Event event =
                events().create(eventOn(project.id(), LocalDate.of(2026, 1, 1).plusDays(i)));
            created.add(event.id());
            organisations().register(Fixtures.anyOrganisation());
          }
          return null;
        });

    // then
    List<Event> found =
        ContractAssertions.all(
            EventQuery.builder().project(project.id()).limit(30).build(),
            30,
            events()::search,
            EventQuery::after);
    assertThat(found.stream().map(Event::id).toList()).containsExactlyInAnyOrderElementsOf(created);
    assertThat(found).hasSize(THREADS * perThread);
  }

  /**
   * Checks that writes of one transaction become visible together: a concurrent reader sees all of
   * them or none, never a part.
   */
  @Test
  protected void writesOfOneTransactionBecomeVisibleTogether() {
    // given
    Topic topic = Fixtures.uniqueTopic();
    int transactions = 150;
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicInteger checks = new AtomicInteger();

    // when
    runConcurrently(
        THREADS,
        thread -> {
          if (thread == 0) {
            try {
              for (int i = 0; i < transactions; i++) {
                Project project = ContractAssertions.created(anyProject(), clock.instant());
                Event first =
                    ContractAssertions.created(
                        eventOf(project.id()).toBuilder().addTopic(topic).build(), clock.instant());
                Event second =
                    ContractAssertions.created(
                        eventOf(project.id()).toBuilder().addTopic(topic).build(), clock.instant());
                // In reference order, so stores with foreign keys take it as well.
                storage()
                    .inTransaction(
                        s -> {
                          s.projects().insert(project);
                          s.events().insert(first);
                          s.events().insert(second);
                          return null;
                        });
              }
            } finally {
              writing.set(false);
            }
            return null;
          }
          do {
            Page<Event> page =
                events().search(EventQuery.builder().topic(topic).limit(Paging.MAX_LIMIT).build());
            Map<ProjectId, Long> perProject =
                page.items().stream()
                    .collect(
                        Collectors.groupingBy(e -> e.projects().get(0), Collectors.counting()));
            perProject.forEach(
                (project, count) -> {
                  assertThat(count)
                      .as("events committed together for project %s", project)
                      .isEqualTo(2);
                  assertThat(projects().find(project))
                      .as("the project committed with its events")
                      .isPresent();
                });
            checks.incrementAndGet();
          } while (writing.get());
          return null;
        });

    // then
    assertThat(
            ContractAssertions.all(
                EventQuery.builder().topic(topic).limit(Paging.MAX_LIMIT).build(),
                Paging.MAX_LIMIT,
                events()::search,
                EventQuery::after))
        .hasSize(2 * transactions);
    assertThat(checks.get()).as("reads made").isPositive();
  }

  /**
   * Checks that readers never see a half-written aggregate, such as a project whose components
   * belong to an older version than its title.
   */
  @Test
  protected void readersNeverSeeAHalfWrittenAggregate() {
    // given
    Organisation organisation = storedOrganisation();
    Project stored =
        projects()
            .create(
                tagged(
                    anyProject().toBuilder()
                        .addOrganisation(
                            ProjectOrganisation.of(organisation.id(), OrganisationRole.FUNDING))
                        .build(),
                    0));
    int writes = 60;
    AtomicBoolean writing = new AtomicBoolean(true);
    AtomicInteger reads = new AtomicInteger();

    // when
    runConcurrently(
        THREADS,
        thread -> {
          if (thread == 0) {
            try {
              Project current = stored;
              for (int n = 1; n <= writes; n++) {
                current = projects().update(tagged(current, n));
              }
            } finally {
              writing.set(false);
            }
            return null;
          }
          do {
            Project read =
                thread % 2 == 0
                    ? projects().get(stored.id())
                    : projects()
                        .search(ProjectQuery.builder().organisation(organisation.id()).build())
                        .items()
                        .get(0);
            assertConsistentlyTagged(read);
            reads.incrementAndGet();
          } while (writing.get());
          return null;
        });

    // then
    assertConsistentlyTagged(projects().get(stored.id()));
    assertThat(projects().get(stored.id()).version()).isEqualTo(1L + writes);
    assertThat(reads.get()).as("reads made").isPositive();
  }

  /**
   * Checks that walking the pages of a query while another thread inserts never repeats or skips an
   * aggregate that existed before the walk began.
   */
  @Test
  protected void pagesStayStableWhileAnotherThreadInserts() {
    // given
    Project project = storedProject();
    LocalDate first = LocalDate.of(2027, 1, 1);
    Set<EventId> before = new HashSet<>();
    for (int i = 0; i < 60; i++) {
      before.add(events().create(eventOn(project.id(), first.plusDays(i % 30))).id());
    }
    AtomicBoolean walking = new AtomicBoolean(true);
    CountDownLatch inserting = new CountDownLatch(5);
    AtomicInteger inserted = new AtomicInteger();
    List<List<Event>> walks = new ArrayList<>();

    // when
    runConcurrently(
        2,
        thread -> {
          if (thread == 0) {
            Random random = new Random(7);
            try {
              while (walking.get() && inserted.get() < 400) {
                events().create(eventOn(project.id(), first.plusDays(random.nextInt(30))));
                inserted.incrementAndGet();
                inserting.countDown();
              }
            } finally {
              while (inserting.getCount() > 0) {
                inserting.countDown();
              }
            }
            return null;
          }
          try {
            inserting.await(HANG_GUARD.toSeconds(), TimeUnit.SECONDS);
            for (SortDirection direction : SortDirection.values()) {
              walks.add(
                  ContractAssertions.all(
                      EventQuery.builder()
                          .project(project.id())
                          .direction(direction)
                          .limit(7)
                          .build(),
                      7,
                      events()::search,
                      EventQuery::after));
            }
          } finally {
            walking.set(false);
          }
          return null;
        });

    // then
    assertThat(inserted.get()).as("events inserted during the walks").isPositive();
    for (int w = 0; w < walks.size(); w++) {
      List<Event> walk = walks.get(w);
      SortDirection direction = SortDirection.values()[w];
      assertStrictlyOrdered(walk, eventOrder(direction), Event::id);
      Set<EventId> seen = new HashSet<>();
      for (Event event : walk) {
        assertThat(seen.add(event.id()))
            .as("%s seen once walking %s", event.id(), direction)
            .isTrue();
      }
      assertThat(seen).as("events stored before the %s walk", direction).containsAll(before);
    }
  }

  /**
   * Checks that two coopkit instances over one storage, as two application nodes would have, see
   * each other's writes and conflict on the same versions.
   */
  @Test
  protected void twoCoopkitInstancesOverOneStorageSeeEachOthersWrites() {
    // given
    Coopkit first = coopkit();
    Coopkit second = newCoopkit();
    Project created = first.projects().create(anyProject());

    // when
    Project seen = second.projects().get(created.id());
    Project updated = second.projects().update(seen.toBuilder().title("Updated by second").build());
    Event event = second.events().create(eventOf(created.id()));

    // then
    assertSame(seen, created, "what the second instance read");
    assertSame(first.projects().get(created.id()), updated, "what the first instance reads");
    assertSame(first.events().get(event.id()), event, "the second instance's event");
    ConflictException conflict =
        catchThrowableOfType(
            ConflictException.class,
            () -> first.projects().update(created.toBuilder().title("Stale").build()));
    assertThat(conflict).as("the first instance's stale update").isNotNull();
    Optional<Event> direct =
        storage().inTransaction(TransactionMode.READ_ONLY, s -> s.events().get(event.id()));
    assertThat(direct).contains(event);
  }

  /** Sets every text the test checks to carry the tag {@code n}. */
  private static Project tagged(Project project, int n) {
    String tag = "v" + n;
    List<Component> components = new ArrayList<>();
    for (int k = 0; k < 5; k++) {
      components.add(
          Component.builder()
              .id(
                  k < project.components().size()
                      ? project.components().get(k).id()
                      : Fixtures.newComponentId())
              .code("c" + k)
              .title(tag + " component " + k)
              .build());
    }
    List<ExternalId> externalIds = new ArrayList<>();
    for (int k = 0; k < 5; k++) {
      externalIds.add(ExternalId.of("tck-tag", tag + "-" + k));
    }
    return project.toBuilder()
        .title(tag + " title")
        .summary(LocalizedText.of(tag + " summary"))
        .components(components)
        .externalIds(externalIds)
        .build();
  }

  private static void assertConsistentlyTagged(Project project) {
    String tag = project.title().english().split(" ")[0];
    assertThat(project.summary()).isEqualTo(LocalizedText.of(tag + " summary"));
    for (int k = 0; k < project.components().size(); k++) {
      assertThat(project.components().get(k).title().english())
          .as("a component of %s", tag)
          .isEqualTo(tag + " component " + k);
    }
    assertThat(project.components()).hasSize(5);
    assertThat(project.externalIds())
        .as("external ids of %s", tag)
        .extracting(ExternalId::value)
        .containsExactly(tag + "-0", tag + "-1", tag + "-2", tag + "-3", tag + "-4");
    assertThat(project.version())
        .as("version of %s", tag)
        .isEqualTo(1L + Integer.parseInt(tag.substring(1)));
  }

  /** What each racing thread does, given its number from 0. */
  @FunctionalInterface
  private interface Racer {
    Void run(int thread) throws Exception;
  }

  /**
   * Starts {@code threads} racers at once and waits for all of them, failing with the first failure
   * of any; the whole is guarded by {@link #HANG_GUARD}.
   */
  private static void runConcurrently(int threads, Racer racer) {
    assertTimeoutPreemptively(
        HANG_GUARD,
        () -> {
          ExecutorService pool = Executors.newFixedThreadPool(threads);
          try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Void>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
              int thread = t;
              Callable<Void> task =
                  () -> {
                    start.await();
                    return racer.run(thread);
                  };
              futures.add(pool.submit(task));
            }
            start.countDown();
            for (Future<Void> future : futures) {
              try {
                future.get();
              } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof Error error) {
                  throw error;
                }
                fail("a racing thread failed", cause);
              }
            }
          } finally {
            pool.shutdownNow();
          }
        });
  }
}
