package org.coopkit.storage.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventDates;
import org.coopkit.model.event.EventFormat;
import org.coopkit.model.event.EventId;
import org.coopkit.model.event.EventStatus;
import org.coopkit.model.event.EventType;
import org.coopkit.query.EventQuery;
import org.coopkit.query.Page;
import org.coopkit.query.SortDirection;
import org.coopkit.query.internal.EventSearch;
import org.coopkit.spi.TransactionMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The event index walk against a brute-force filter and sort over every stored event, for many
 * random queries: whichever index a query walks, from wherever its cursor points, it must return
 * exactly what {@link EventSearch#matches} accepts, in order.
 */
class EventIndexWalkTest {
  private static final int EVENTS = 3_000;

  private final TestData data = new TestData(20_240_611L);
  private final MemoryStorage storage = MemoryStorage.create();
  private final Map<EventId, Event> stored = new HashMap<>();
  private final BruteForce<Event, EventId> bruteForce =
      new BruteForce<>(EventSearch::sortKey, Event::id, EventId::value);

  @BeforeEach
  void storeEvents() {
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < EVENTS; i++) {
      events.add(data.event());
    }
    storage.inTransaction(
        session -> {
          events.forEach(session.events()::insert);
          return null;
        });
    events.forEach(e -> stored.put(e.id(), e));
  }

  @Test
  void everyRandomQueryReturnsWhatABruteForceFilterReturns() {
    for (int i = 0; i < 1_000; i++) {
      assertFirstPage(randomQuery());
    }
  }

  @Test
  void aQueryOfOneFilterAndAPeriodWhichTheIndexAloneDecidesReturnsWhatMatchesAccepts() {
    for (int i = 0; i < 1_000; i++) {
      // The period, direction and cursor of a random query, and one filter or none.
      EventQuery random = randomQuery();
      EventQuery.Builder one =
          EventQuery.builder()
              .between(random.from(), random.to())
              .direction(random.direction())
              .limit(1 + data.random.nextInt(40))
              .after(
                  random.after() == null
                      ? null
                      : EventSearch.cursor(random.after().sortKey(), random.after().id()));
      switch (data.random.nextInt(6)) {
        case 0 -> one.projects(data.some(data.projects, 1, 2));
        case 1 -> data.some(data.components, 1, 2).forEach(one::component);
        case 2 -> one.countries(data.some(TestData.COUNTRIES, 1, 3));
        case 3 -> data.some(data.organisations, 1, 2).forEach(one::organiser);
        case 4 -> data.some(TestData.TOPICS, 1, 2).forEach(one::topic);
        default -> {
          // the period alone: the index of all events
        }
      }
      assertFirstPage(one.build());
    }
  }

  @Test
  void queriesStillAgreeAfterUpdatesDeletesInsertsAndARolledBackTransaction() {
    List<EventId> ids = new ArrayList<>(stored.keySet());
    storage.inTransaction(
        session -> {
          for (int i = 0; i < 500; i++) {
            Event old = stored.get(data.any(ids));
            if (old == null) {
              continue;
            }
            if (i % 3 == 0) {
              session.events().delete(old.id(), old.version());
              stored.remove(old.id());
            } else {
              Event changed = data.event(old.id(), old.version() + 1);
              session.events().update(changed, old.version());
              stored.put(changed.id(), changed);
            }
          }
          for (int i = 0; i < 200; i++) {
            Event added = data.event();
            session.events().insert(added);
            stored.put(added.id(), added);
          }
          return null;
        });
    assertThatThrownBy(
            () ->
                storage.inTransaction(
                    session -> {
                      for (Event event : List.copyOf(stored.values()).subList(0, 300)) {
                        session
                            .events()
                            .update(data.event(event.id(), event.version() + 1), event.version());
                      }
                      for (Event event : List.copyOf(stored.values()).subList(300, 400)) {
                        session.events().delete(event.id(), event.version());
                      }
                      for (int i = 0; i < 100; i++) {
                        session.events().insert(data.event());
                      }
                      throw new IllegalStateException("roll back");
                    }))
        .hasMessage("roll back");

    for (int i = 0; i < 500; i++) {
      assertFirstPage(randomQuery());
    }
  }

  @Test
  void pagingThroughEveryPageInEitherDirectionYieldsTheWholeOrder() {
    for (int i = 0; i < 300; i++) {
      EventQuery query =
          randomQuery().toBuilder()
              .after(null)
              .limit(1 + data.random.nextInt(i < 20 ? 500 : 25))
              .build();
      List<Event> expected =
          bruteForce.all(
              stored.values(), event -> EventSearch.matches(query, event), query.direction());
      List<Event> walked =
          BruteForce.allPages(find(query), c -> find(query.after(c)), query.limit());
      assertThat(walked).as(query.toString()).containsExactlyElementsOf(expected);
    }
  }

  @Test
  void aCursorBetweenOrBeyondTheStoredKeysStartsTheWalkInTheRightPlace() {
    List<String> keys =
        List.of(
            "",
            "0",
            "2021-05-17",
            "2021-05-17T",
            "2021-05",
            "2020-01-01",
            "9999-12-31",
            "+10000-01-01",
            "-0001-01-01",
            "zzz",
            "\uD83D\uDE00");
    for (String key : keys) {
      if (!key.matches("\\d{4}-\\d{2}-\\d{2}")) {
        // No event's first day: the query refuses such a cursor before any store walks it.
        String forged = EventSearch.cursor(key, data.uuid());
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> randomQuery().toBuilder().after(forged).build())
            .as("a cursor at '%s'", key)
            .isInstanceOf(org.coopkit.error.ValidationException.class);
        continue;
      }
      for (int i = 0; i < 40; i++) {
        String cursor = EventSearch.cursor(key, data.uuid());
        assertFirstPage(randomQuery().toBuilder().after(cursor).build());
      }
    }
  }

  @Test
  void aPeriodReachesEventsThatStartedBeforeIt() {
    Event longOne =
        Event.builder()
            .id(EventId.of(data.uuid()))
            .addProject(data.projects.get(0))
            .title("A year-long mentoring programme")
            .format(EventFormat.ONLINE)
            .dates(EventDates.of(LocalDate.of(2019, 3, 1), LocalDate.of(2020, 2, 28), null))
            .build();
    storage.inTransaction(
        session -> {
          session.events().insert(longOne);
          return null;
        });
    stored.put(longOne.id(), longOne);

    EventQuery query =
        EventQuery.builder()
            .project(data.projects.get(0))
            .between(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 4, 30))
            .limit(1_000)
            .build();
    assertThat(find(query).items()).contains(longOne);
    assertFirstPage(query);
    assertFirstPage(query.toBuilder().direction(SortDirection.DESCENDING).build());
  }

  private void assertFirstPage(EventQuery query) {
    Page<Event> page = find(query);
    List<Event> expected =
        bruteForce.all(
            stored.values(),
            e -> EventSearch.matches(query, e) && EventSearch.isAfterCursor(query, e),
            query.direction());
    bruteForce.assertPage(page, expected, query.limit(), query.toString());
  }

  private Page<Event> find(EventQuery query) {
    return storage.inTransaction(
        TransactionMode.READ_ONLY, session -> session.events().find(query));
  }

  private EventQuery randomQuery() {
    EventQuery.Builder query =
        EventQuery.builder()
            .direction(
                data.random.nextBoolean() ? SortDirection.ASCENDING : SortDirection.DESCENDING)
            .limit(1 + data.random.nextInt(data.random.nextInt(10) == 0 ? 1_000 : 30));
    if (chance(30)) {
      query.projects(data.some(data.projects, 1, 3));
    }
    if (chance(15)) {
      data.some(data.components, 1, 2).forEach(query::component);
    }
    if (chance(35)) {
      query.countries(data.some(TestData.COUNTRIES, 1, 3));
    }
    if (chance(15)) {
      data.some(data.organisations, 1, 2).forEach(query::organiser);
    }
    if (chance(15)) {
      data.some(TestData.TOPICS, 1, 2).forEach(query::topic);
    }
    if (chance(15)) {
      data.some(List.of(EventType.values()), 1, 3).forEach(query::type);
    }
    if (chance(15)) {
      data.some(List.of(EventStatus.values()), 1, 2).forEach(query::status);
    }
    if (chance(8)) {
      query.text(data.any(TestData.WORDS).substring(0, 4));
    }
    if (chance(50)) {
      LocalDate from = chance(80) ? data.day() : null;
      LocalDate to =
          chance(80)
              ? (from != null && chance(70) ? from.plusDays(data.random.nextInt(120)) : data.day())
              : null;
      if (from != null && to != null && to.isBefore(from)) {
        LocalDate swap = from;
        from = to;
        to = swap;
      }
      query.between(from, to);
    }
    if (chance(30)) {
      Event at = data.any(List.copyOf(stored.values()));
      query.after(EventSearch.cursorAfter(at));
    } else if (chance(10)) {
      query.after(EventSearch.cursor(data.day().toString(), data.uuid()));
    }
    return query.build();
  }

  private boolean chance(int percent) {
    return data.random.nextInt(100) < percent;
  }
}
