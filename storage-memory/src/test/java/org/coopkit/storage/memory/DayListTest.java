package org.coopkit.storage.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;
import org.coopkit.model.event.Event;
import org.coopkit.model.event.EventId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The block list against a sorted map of the same entries: after random adds (some twice) and
 * removes (some of entries it does not hold), through block splits, joins and shrinks, every walk
 * from any position in either direction must see exactly the map's entries of that stretch.
 */
class DayListTest {
  /** A sort position: first day, then the id's unsigned bits. */
  private record Position(int day, long high, long low) {
    static final Comparator<Position> ORDER =
        Comparator.comparingInt(Position::day)
            .thenComparing((a, b) -> DayList.compareIds(a.high(), a.low(), b.high(), b.low()));

    static Position of(int day, Event event) {
      UUID id = event.id().value();
      return new Position(day, id.getMostSignificantBits(), id.getLeastSignificantBits());
    }
  }

  private final TestData data = new TestData(20_260_101L);
  private final NavigableMap<Position, Event> model = new TreeMap<>(Position.ORDER);
  private final List<Event> events = new ArrayList<>();
  private final List<Integer> daysOf = new ArrayList<>();

  @ParameterizedTest(name = "ids kept in the list: {0}")
  @ValueSource(booleans = {false, true})
  void walksFromAnyPositionSeeExactlyTheEntriesOfASortedMap(boolean ids) {
    DayList list = new DayList(ids);
    // Few days and many events: long runs of equal days, so that ids decide the order.
    for (int i = 0; i < 3_000; i++) {
      add(list, newEvent(), data.random.nextInt(40));
    }
    assertWalks(list);
    // Remove most, so that blocks empty, join and shrink; and some again, which must do nothing.
    for (int i = 0; i < 2_700; i++) {
      int at = data.random.nextInt(events.size());
      list.remove(days(daysOf.get(at)), events.get(at));
      model.remove(Position.of(daysOf.get(at), events.get(at)));
    }
    assertWalks(list);
    for (int i = 0; i < 1_000; i++) {
      int at = data.random.nextInt(events.size());
      add(list, events.get(at), daysOf.get(at));
    }
    assertWalks(list);
  }

  @ParameterizedTest(name = "ids kept in the list: {0}")
  @ValueSource(booleans = {false, true})
  void eventsAddedInOrderAreWalkedInOrder(boolean ids) {
    DayList list = new DayList(ids);
    for (int day = 0; day < 2_000; day++) {
      Event event = newEvent();
      add(list, event, day);
    }
    assertWalks(list);
  }

  private void add(DayList list, Event event, int day) {
    list.add(days(day), event);
    model.put(Position.of(day, event), event);
    events.add(event);
    daysOf.add(day);
  }

  private Event newEvent() {
    // Ids with the high bits mostly equal, so that the low bits must decide too.
    UUID id =
        data.random.nextBoolean()
            ? new UUID(data.random.nextInt(3), data.random.nextLong())
            : data.uuid();
    return data.event(EventId.of(id), 0);
  }

  private static long days(int first) {
    return DayList.days(first, first + 1);
  }

  private void assertWalks(DayList list) {
    assertThat(list.size()).isEqualTo(model.size());
    List<Position> positions = new ArrayList<>(model.keySet());
    for (int i = 0; i < 300; i++) {
      Position at =
          positions.isEmpty() || data.random.nextInt(3) == 0
              ? new Position(data.random.nextInt(44) - 2, data.random.nextLong(), 0)
              : positions.get(data.random.nextInt(positions.size()));
      boolean strict = data.random.nextBoolean();
      int end = at.day() + data.random.nextInt(10);
      assertThat(walk(list.ascending(at.day(), at.high(), at.low(), strict, end)))
          .as("ascending from %s, strict %s, to day %s", at, strict, end)
          .containsExactlyElementsOf(
              model.tailMap(at, !strict).headMap(new Position(end, -1, -1), true).values());
      int start = at.day() - data.random.nextInt(10);
      assertThat(walk(list.descending(at.day(), at.high(), at.low(), strict, start)))
          .as("descending from %s, strict %s, to day %s", at, strict, start)
          .containsExactlyElementsOf(
              model
                  .headMap(at, !strict)
                  .tailMap(new Position(start, 0, 0), true)
                  .descendingMap()
                  .values());
    }
  }

  private static List<Event> walk(DayList.Run run) {
    List<Event> seen = new ArrayList<>();
    for (; run.valid(); run.next()) {
      seen.add(run.event());
    }
    return seen;
  }
}
