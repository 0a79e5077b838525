package org.coopkit.storage.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.coopkit.storage.tck.ContractAssertions.assertSame;
import static org.coopkit.storage.tck.ContractAssertions.assertStrictlyOrdered;
import static org.coopkit.storage.tck.ContractAssertions.contactOrder;
import static org.coopkit.storage.tck.ContractAssertions.eventOrder;
import static org.coopkit.storage.tck.StressWorld.FIRST_DAY;
import static org.coopkit.storage.tck.StressWorld.createdAtOf;
import static org.coopkit.storage.tck.StressWorld.eventOf;
import static org.coopkit.storage.tck.StressWorld.stamped;
import static org.coopkit.storage.tck.StressWorld.updatedAtOf;
import static org.coopkit.storage.tck.StressWorld.versionOf;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.coopkit.error.ConflictException;
import org.coopkit.error.NotFoundException;
import org.coopkit.error.ValidationException;
import org.coopkit.model.contact.Contact;
import org.coopkit.model.event.Event;
import org.coopkit.model.project.Project;
import org.coopkit.model.project.ProjectId;
import org.coopkit.query.ContactQuery;
import org.coopkit.query.EventQuery;
import org.coopkit.query.Paging;
import org.coopkit.query.ProjectQuery;
import org.coopkit.query.SortDirection;
import org.coopkit.report.EventTally;
import org.coopkit.report.ProjectDashboard;
import org.coopkit.report.ReportFilter;
import org.coopkit.report.ReportScope;
import org.coopkit.storage.tck.StressWorld.Attempt;
import org.coopkit.storage.tck.StressWorld.Log;
import org.coopkit.storage.tck.StressWorld.Outcome;
import org.coopkit.storage.tck.StressWorld.Type;
import org.junit.jupiter.api.Test;

/**
 * Many writers at once on a shared set of aggregates, and readers beside them.
 *
 * <p>{@link #THREADS} threads each make {@link #operationsPerThread()} mixed writes (creates,
 * updates naming a version, role assignments and ends, reschedules, cancellations, deletes) on
 * projects, events and contacts of the test's own, read-modify-write with fresh or deliberately
 * stale versions. Every attempt and its outcome is recorded. Afterwards:
 *
 * <ol>
 *   <li>every attempt succeeded, or failed with a {@link ConflictException} naming the version it
 *       gave, a {@link NotFoundException} (the aggregate was deleted meanwhile) or a {@link
 *       ValidationException}; creates, on fresh ids, all succeeded;
 *   <li>per aggregate, the successful writes form a gap-free chain of versions 1, 2, 3…, each
 *       naming the version before it; replaying the chain serially, each change applied to the
 *       result before it, gives exactly each recorded result, and the last one is what the store
 *       holds (or nothing, after the one successful delete, which named the last version);
 *   <li>created minus deleted equals what searches find, aggregate by aggregate.
 * </ol>
 *
 * <p>Other tests walk pages and take dashboards while writers run: pages stay strictly ordered and
 * never repeat an item; every dashboard adds up (it is computed in one read-only transaction), and
 * the dashboard of projects no writer touches never changes.
 *
 * <p>Stores slower than memory override {@link #operationsPerThread()}: a database at 250 stays
 * well under a minute. The seed of the operations is printed in every failure; set the system
 * property {@value RoundTripTestSuite#SEED_PROPERTY} to replay the same operations (their
 * interleaving differs run to run).
 *
 * @since 0.1.0
 */
public abstract class StressTestSuite extends StorageTestSuite {
  /** Threads that write at once. */
  protected static final int THREADS = 8;

  /** Writes per thread by default: 8,000 in all. */
  protected static final int OPERATIONS_PER_THREAD = 1_000;

  private static final int SHOWN_FAILURES = 10;

  /** For subclasses. */
  protected StressTestSuite() {}

  /**
   * How many writes each thread makes; lower it for slow stores.
   *
   * @return the number of writes per thread
   */
  protected int operationsPerThread() {
    return OPERATIONS_PER_THREAD;
  }

  /**
   * How long a test may take before it is taken to hang.
   *
   * @return the time after which a test fails as hung, five minutes by default
   */
  protected Duration hangGuard() {
    return Duration.ofMinutes(5);
  }

  // Concurrent writers.

  /** Checks that concurrent mixed writes equal a serial replay of the successful ones. */
  @Test
  protected void concurrentMixedWritesEqualASerialReplayOfTheSuccessfulOnes() {
    // given
    long seed = seed();
    String replay = replay(seed);
    StressWorld world = world();
    Log log = new Log();
    world.setUp(log);

    // when
    Racing.race(
        THREADS,
        hangGuard(),
        replay,
        thread -> {
          Random random = new Random(seed * 31 + thread);
          for (int i = 0; i < operationsPerThread(); i++) {
            log.add(world.attempt(random, thread, i));
          }
        });

    // then
    List<Attempt> attempts = List.copyOf(log.attempts);
    String stats = replay + ", " + summary(attempts);
    assertOnlyLegitimateOutcomes(attempts, stats);
    assertEveryAggregateIsTheSerialReplayOfItsSuccessfulWrites(world, attempts, stats);
    assertCountsReconcile(world, attempts, stats);
  }

  /** Checks that pages stay ordered and never repeat an item while writers run. */
  @Test
  protected void pagesStayOrderedAndNeverRepeatAnItemWhileWritersRun() {
    // given
    long seed = seed();
    String replay = replay(seed);
    StressWorld world = world();
    world.setUp(new Log());
    Project walked = world.projects.get(0);
    List<Event> steady = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      steady.add(events().create(eventOf(walked.id(), FIRST_DAY.plusDays(i % 40), 10)));
    }
    AtomicInteger writersLeft = new AtomicInteger(THREADS - 2);
    int writes = Math.max(50, operationsPerThread() / 4);
    List<String> problems = new CopyOnWriteArrayList<>();
    AtomicInteger walks = new AtomicInteger();

    // when
    Racing.race(
        THREADS,
        hangGuard(),
        replay,
        thread -> {
          if (thread >= 2) {
            try {
              Random random = new Random(seed * 31 + thread);
              for (int i = 0; i < writes; i++) {
                // No reschedules: an event moved past the cursor would rightly be seen twice.
                world.attemptWithoutMovingEvents(random, thread, i);
              }
            } finally {
              writersLeft.decrementAndGet();
            }
            return;
          }
          do {
            SortDirection direction = SortDirection.values()[(thread + walks.get()) % 2];
            List<Event> events =
                ContractAssertions.all(
                    EventQuery.builder().project(walked.id()).direction(direction).limit(7).build(),
                    7,
                    events()::search,
                    EventQuery::after);
            check(
                problems,
                () -> {
                  assertStrictlyOrdered(events, eventOrder(direction), Event::id);
                  assertThat(events)
                      .extracting(Event::id)
                      .as("steady events, walking %s", direction)
                      .containsAll(steady.stream().map(Event::id).toList());
                });
            List<Contact> contacts =
                ContractAssertions.all(
                    ContactQuery.builder()
                        .organisation(world.employer.id())
                        .direction(direction)
                        .limit(6)
                        .build(),
                    6,
                    contacts()::search,
                    ContactQuery::after);
            check(
                problems,
                () -> assertStrictlyOrdered(contacts, contactOrder(direction), Contact::id));
            walks.incrementAndGet();
          } while (writersLeft.get() > 0);
        });

    // then
    assertThat(problems).as(replay + ", problems in " + walks.get() + " walks").isEmpty();
    assertThat(walks.get()).as("walks made").isPositive();
  }

  /** Checks that dashboards taken while writers run add up and quiet scopes stay put. */
  @Test
  protected void dashboardsTakenWhileWritersRunAddUpAndQuietScopesStayPut() {
    // given
    long seed = seed();
    String replay = replay(seed);
    StressWorld world = world();
    world.setUp(new Log());
    Project quiet =
        projects().create(Fixtures.anyProject().toBuilder().framework(world.framework).build());
    for (int i = 0; i < 25; i++) {
      Event event = events().create(eventOf(quiet.id(), FIRST_DAY.plusDays(97L * i), i));
      if (i % 3 == 0) {
        events().cancel(event.id(), event.version());
      }
    }
    ReportScope quietScope = ReportScope.project(quiet.id());
    ReportScope busyScope = ReportScope.projects(world.projects.stream().map(Project::id).toList());
    ProjectDashboard quietBefore = reports().dashboard(quietScope, ReportFilter.ALL);
    long quietCountBefore = countEvents(quiet.id());
    AtomicInteger writersLeft = new AtomicInteger(THREADS - 2);
    int writes = Math.max(50, operationsPerThread() / 4);
    List<String> problems = new CopyOnWriteArrayList<>();
    AtomicInteger dashboards = new AtomicInteger();

    // when
    Racing.race(
        THREADS,
        hangGuard(),
        replay,
        thread -> {
          if (thread >= 2) {
            try {
              Random random = new Random(seed * 31 + thread);
              for (int i = 0; i < writes; i++) {
                world.attempt(random, thread, i);
              }
            } finally {
              writersLeft.decrementAndGet();
            }
            return;
          }
          do {
            ProjectDashboard busy = reports().dashboard(busyScope, ReportFilter.ALL);
            check(problems, () -> assertAddsUp(busy));
            ProjectDashboard still = reports().dashboard(quietScope, ReportFilter.ALL);
            check(
                problems,
                () -> assertThat(still).as("the quiet scope's dashboard").isEqualTo(quietBefore));
            dashboards.incrementAndGet();
          } while (writersLeft.get() > 0);
        });

    // then
    assertThat(problems).as(replay + ", problems in " + dashboards.get() + " dashboards").isEmpty();
    assertThat(dashboards.get()).as("dashboards taken").isPositive();
    assertThat(quietBefore.total().events()).isEqualTo(quietCountBefore).isEqualTo(25);
    assertThat(countEvents(quiet.id())).isEqualTo(quietCountBefore);
    ProjectDashboard busyAfter = reports().dashboard(busyScope, ReportFilter.ALL);
    assertAddsUp(busyAfter);
    List<Event> busyEvents = eventsOf(busyScope.projects());
    assertThat(busyAfter.total().events())
        .as(replay + ", events in the busy scope after")
        .isEqualTo(busyEvents.size());
    assertThat(busyAfter.total().participants().lowerBound())
        .isEqualTo(busyEvents.stream().mapToLong(e -> e.participation().total().value()).sum());
    Map<Integer, Long> byYear =
        busyEvents.stream()
            .collect(
                Collectors.groupingBy(e -> e.dates().firstDay().getYear(), Collectors.counting()));
    assertThat(
            busyAfter.byYear().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().events())))
        .isEqualTo(byYear);
  }

  private StressWorld world() {
    return new StressWorld(this);
  }

  // What must hold afterwards.

  private static void assertOnlyLegitimateOutcomes(List<Attempt> attempts, String stats) {
    List<String> wrong = new ArrayList<>();
    for (Attempt attempt : attempts) {
      boolean legitimate =
          switch (attempt.outcome()) {
            case SUCCESS -> true;
            case CONFLICT ->
                !attempt.isCreate()
                    && attempt.failure() instanceof ConflictException c
                    && c.expectedVersion() == attempt.expectedVersion()
                    && c.actualVersion() != c.expectedVersion();
            case NOT_FOUND, INVALID -> !attempt.isCreate();
            case UNEXPECTED -> false;
          };
      if (!legitimate) {
        wrong.add(attempt.describe());
      }
    }
    if (!wrong.isEmpty()) {
      Throwable first =
          attempts.stream()
              .filter(a -> a.outcome() == Outcome.UNEXPECTED)
              .map(Attempt::failure)
              .findFirst()
              .orElse(null);
      fail(
          stats
              + ": "
              + wrong.size()
              + " attempts ended in a way no race explains, e.g. "
              + wrong.subList(0, Math.min(SHOWN_FAILURES, wrong.size())),
          first);
    }
  }

  private static void assertEveryAggregateIsTheSerialReplayOfItsSuccessfulWrites(
      StressWorld world, List<Attempt> attempts, String stats) {
    Map<Object, List<Attempt>> byAggregate = new LinkedHashMap<>();
    for (Attempt attempt : attempts) {
      byAggregate.computeIfAbsent(attempt.id(), id -> new ArrayList<>()).add(attempt);
    }
    for (Map.Entry<Object, List<Attempt>> entry : byAggregate.entrySet()) {
      List<Attempt> own = entry.getValue();
      Type type = own.get(0).type();
      String context = stats + ", " + type + " " + entry.getKey();
      List<Attempt> creates = own.stream().filter(a -> a.isCreate() && a.succeeded()).toList();
      assertThat(creates).as(context + ": successful creates").hasSize(1);
      List<Attempt> writes =
          own.stream()
              .filter(a -> a.succeeded() && !a.isCreate() && !a.isDelete())
              .sorted(Comparator.comparingLong(a -> versionOf(requireResult(a))))
              .toList();
      // The chain: version 1 from the create, then 2, 3… each naming the one before.
      Object replayed = requireResult(creates.get(0));
      assertThat(versionOf(replayed)).as(context + ": version created").isEqualTo(1);
      for (int k = 0; k < writes.size(); k++) {
        Attempt write = writes.get(k);
        Object result = requireResult(write);
        long version = k + 2;
        if (versionOf(result) != version) {
          fail(
              context
                  + ": the successful writes' versions are not 1, 2, 3…: expected "
                  + version
                  + " but found "
                  + versionOf(result)
                  + " ("
                  + write.describe()
                  + ")"
                  + (versionOf(result) < version
                      ? ", a version handed out twice: a lost update"
                      : ", a gap"));
        }
        assertThat(write.expectedVersion())
            .as(context + ": the version named by " + write.describe())
            .isEqualTo(version - 1);
        Object next =
            stamped(
                requireChange(write).apply(replayed),
                version,
                createdAtOf(replayed),
                updatedAtOf(result));
        assertThat(updatedAtOf(result))
            .as(context + ": updatedAt of version " + version)
            .isAfterOrEqualTo(updatedAtOf(replayed));
        assertSame(result, next, context + ": version " + version + " against the replay");
        replayed = next;
      }
      List<Attempt> deletes = own.stream().filter(a -> a.isDelete() && a.succeeded()).toList();
      assertThat(deletes).as(context + ": successful deletes").hasSizeLessThanOrEqualTo(1);
      Optional<?> stored = world.stored(type, entry.getKey());
      if (deletes.isEmpty()) {
        assertSame(stored.orElse(null), replayed, context + ": what the store holds");
      } else {
        assertThat(deletes.get(0).expectedVersion())
            .as(context + ": the version the delete named")
            .isEqualTo(versionOf(replayed));
        assertThat(stored).as(context + ": what the store holds after the delete").isEmpty();
      }
    }
  }

  private void assertCountsReconcile(StressWorld world, List<Attempt> attempts, String stats) {
    Map<Type, Set<Object>> present = new EnumMap<>(Type.class);
    for (Type type : Type.values()) {
      present.put(type, new HashSet<>());
    }
    Map<Type, Integer> created = new EnumMap<>(Type.class);
    Map<Type, Integer> deleted = new EnumMap<>(Type.class);
    for (Attempt attempt : attempts) {
      if (attempt.succeeded() && attempt.isCreate()) {
        created.merge(attempt.type(), 1, Integer::sum);
        present.get(attempt.type()).add(attempt.id());
      }
    }
    for (Attempt attempt : attempts) {
      if (attempt.succeeded() && attempt.isDelete()) {
        deleted.merge(attempt.type(), 1, Integer::sum);
        present.get(attempt.type()).remove(attempt.id());
      }
    }
    Map<Type, Set<Object>> found = new EnumMap<>(Type.class);
    found.put(
        Type.PROJECT,
        ids(
            ContractAssertions.all(
                ProjectQuery.builder()
                    .framework(world.framework.code())
                    .limit(Paging.MAX_LIMIT)
                    .build(),
                Paging.MAX_LIMIT,
                projects()::search,
                ProjectQuery::after),
            Project::id));
    found.put(Type.EVENT, ids(allEvents(world), Event::id));
    found.put(
        Type.CONTACT,
        ids(
            ContractAssertions.all(
                ContactQuery.builder()
                    .organisation(world.employer.id())
                    .limit(Paging.MAX_LIMIT)
                    .build(),
                Paging.MAX_LIMIT,
                contacts()::search,
                ContactQuery::after),
            Contact::id));
    for (Type type : Type.values()) {
      int expected = created.getOrDefault(type, 0) - deleted.getOrDefault(type, 0);
      assertThat(found.get(type))
          .as(
              stats + ": %s found: created %d - deleted %d",
              type,
              created.getOrDefault(type, 0),
              deleted.getOrDefault(type, 0))
          .hasSize(expected)
          .isEqualTo(present.get(type));
    }
  }

  private List<Event> allEvents(StressWorld world) {
    return eventsOf(world.projects.stream().map(Project::id).toList());
  }

  private List<Event> eventsOf(Collection<ProjectId> projects) {
    return ContractAssertions.all(
        EventQuery.builder().projects(projects).limit(Paging.MAX_LIMIT).build(),
        Paging.MAX_LIMIT,
        events()::search,
        EventQuery::after);
  }

  private long countEvents(ProjectId project) {
    return ContractAssertions.all(
            EventQuery.builder().project(project).limit(Paging.MAX_LIMIT).build(),
            Paging.MAX_LIMIT,
            events()::search,
            EventQuery::after)
        .size();
  }

  /** A dashboard's breakdowns add up to its total, as one consistent snapshot's must. */
  private static void assertAddsUp(ProjectDashboard dashboard) {
    EventTally total = dashboard.total();
    assertThat(total.participants().isExact()).as("the total is exact").isTrue();
    assertThat(sum(dashboard.byYear().values()))
        .as("events by year against the total")
        .isEqualTo(total.events());
    assertThat(sum(dashboard.byType().values()))
        .as("events by type against the total")
        .isEqualTo(total.events());
    assertThat(sum(dashboard.byStatus().values()))
        .as("events by status against the total")
        .isEqualTo(total.events());
    assertThat(
            dashboard.byYear().values().stream()
                .mapToLong(t -> t.participants().lowerBound())
                .sum())
        .as("participants by year against the total")
        .isEqualTo(total.participants().lowerBound());
  }

  private static long sum(Collection<EventTally> tallies) {
    return tallies.stream().mapToLong(EventTally::events).sum();
  }

  private static <T> Set<Object> ids(List<T> items, Function<T, ?> id) {
    Set<Object> ids = new HashSet<>();
    items.forEach(item -> ids.add(id.apply(item)));
    return ids;
  }

  private static Object requireResult(Attempt attempt) {
    Object result = attempt.result();
    if (result == null) {
      throw new AssertionError("a successful write returned nothing: " + attempt.describe());
    }
    return result;
  }

  private static UnaryOperator<Object> requireChange(Attempt attempt) {
    UnaryOperator<Object> change = attempt.change();
    if (change == null) {
      throw new AssertionError("no change recorded: " + attempt.describe());
    }
    return change;
  }

  /** Runs a check on a reader thread, collecting its failure instead of stopping the writers. */
  private static void check(List<String> problems, Runnable check) {
    try {
      check.run();
    } catch (AssertionError e) {
      if (problems.size() < SHOWN_FAILURES) {
        problems.add(e.getMessage());
      }
    }
  }

  private static String summary(List<Attempt> attempts) {
    Map<String, Long> counts = new TreeMap<>();
    for (Attempt attempt : attempts) {
      counts.merge(attempt.operation() + " " + attempt.outcome(), 1L, Long::sum);
    }
    return attempts.size() + " attempts " + counts;
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
        + " (replay the operations with -D"
        + RoundTripTestSuite.SEED_PROPERTY
        + "="
        + seed
        + ")";
  }
}
