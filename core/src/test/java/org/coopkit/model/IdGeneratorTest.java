package org.coopkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class IdGeneratorTest {
  private static final int COUNT = 10_000;

  @Test
  void makesVersion7IdsWithTheRfcVariant() {
    IdGenerator generator = IdGenerator.timeOrdered();
    for (int i = 0; i < 100; i++) {
      UUID id = generator.next();
      assertThat(id.version()).isEqualTo(7);
      assertThat(id.variant()).isEqualTo(2);
    }
  }

  @Test
  void putsTheUnixMillisecondsInTheFirst48Bits() {
    Instant now = Instant.parse("2025-11-28T15:42:00.123Z");
    UUID id = IdGenerator.timeOrdered(Clock.fixed(now, ZoneOffset.UTC)).next();
    assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(now.toEpochMilli());
    assertThat(id.toString()).startsWith("019acb20-ddbb-7");
  }

  @Test
  void makesStrictlyIncreasingIdsOnTheSystemClock() {
    assertStrictlyIncreasing(generate(IdGenerator.timeOrdered(Clock.systemUTC())));
  }

  @Test
  void makesStrictlyIncreasingIdsWhenTheClockStandsStill() {
    Clock frozen = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);
    List<UUID> ids = generate(IdGenerator.timeOrdered(frozen));
    assertStrictlyIncreasing(ids);
    assertThat(ids)
        .allSatisfy(
            id -> {
              assertThat(id.version()).isEqualTo(7);
              assertThat(id.variant()).isEqualTo(2);
            });
  }

  @Test
  void makesStrictlyIncreasingIdsWhenTheClockGoesBack() {
    AtomicLong millis = new AtomicLong(1_700_000_000_000L);
    Clock backwards =
        new Clock() {
          @Override
          public ZoneOffset getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return Instant.ofEpochMilli(millis.getAndAdd(-1));
          }
        };
    assertStrictlyIncreasing(generate(IdGenerator.timeOrdered(backwards)));
  }

  @Test
  void makesDistinctIdsFromManyThreads() throws Exception {
    IdGenerator generator = IdGenerator.timeOrdered();
    Set<UUID> ids = ConcurrentHashMap.newKeySet();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < COUNT; i++) {
                    ids.add(generator.next());
                  }
                }));
      }
      for (Future<?> f : done) {
        f.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(ids).hasSize(8 * COUNT);
  }

  @Test
  void makesDifferentIdsInSeparateGeneratorsOnTheSameClock() {
    Clock frozen = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);
    Set<UUID> ids = new HashSet<>(generate(IdGenerator.timeOrdered(frozen)));
    ids.addAll(generate(IdGenerator.timeOrdered(frozen)));
    assertThat(ids).hasSize(2 * COUNT);
  }

  private static List<UUID> generate(IdGenerator generator) {
    List<UUID> ids = new ArrayList<>(COUNT);
    for (int i = 0; i < COUNT; i++) {
      ids.add(generator.next());
    }
    return ids;
  }

  /** Checks the order both as UUIDs and as text, the way databases and logs sort them. */
  private static void assertStrictlyIncreasing(List<UUID> ids) {
    for (int i = 1; i < ids.size(); i++) {
      UUID before = ids.get(i - 1);
      UUID after = ids.get(i);
      assertThat(after).as("id %d", i).isGreaterThan(before);
      assertThat(after.toString()).as("id %d as text", i).isGreaterThan(before.toString());
    }
  }
}
