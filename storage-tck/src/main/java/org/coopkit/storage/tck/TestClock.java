package org.coopkit.storage.tck;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until a test moves it, for predictable timestamps and "today".
 *
 * <p>Its instant is always truncated to microseconds, the finest precision every supported database
 * keeps, so a timestamp taken from it reads back equal from any store. It is thread-safe: threads
 * that share it see the same instant, and a move is seen by all of them at once. Copies made with
 * {@link #withZone} share the instant.
 *
 * <pre>{@code
 * TestClock clock = TestClock.at(Instant.parse("2025-03-17T08:30:00Z"));
 * Coopkit coopkit = Coopkit.builder().storage(storage).clock(clock).build();
 * clock.advance(Duration.ofDays(1));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class TestClock extends Clock {
  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private TestClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /**
   * A clock standing at {@code instant} (truncated to microseconds), in UTC.
   *
   * @param instant where the clock stands
   * @return a new clock, in UTC
   */
  public static TestClock at(Instant instant) {
    return new TestClock(new AtomicReference<>(truncate(instant)), ZoneOffset.UTC);
  }

  /**
   * A clock standing at {@code time} UTC on {@code day}.
   *
   * @param day the day
   * @param time the time of day, in UTC
   * @return a new clock, in UTC
   */
  public static TestClock at(LocalDate day, LocalTime time) {
    return at(day.atTime(time).toInstant(ZoneOffset.UTC));
  }

  /**
   * Moves the clock to {@code instant}, truncated to microseconds; back in time is allowed.
   *
   * @param instant where the clock is to stand
   */
  public void set(Instant instant) {
    now.set(truncate(instant));
  }

  /**
   * Moves the clock to {@code time} UTC on {@code day}.
   *
   * @param day the day
   * @param time the time of day, in UTC
   */
  public void set(LocalDate day, LocalTime time) {
    set(day.atTime(time).toInstant(ZoneOffset.UTC));
  }

  /**
   * Moves the clock by {@code amount} (negative goes back) and returns the new instant.
   *
   * @param amount how far to move, in whole microseconds
   * @return the instant the clock stands at after the move
   * @throws IllegalArgumentException if {@code amount} is finer than a microsecond
   */
  public Instant advance(Duration amount) {
    if (amount.getNano() % 1_000 != 0) {
      throw new IllegalArgumentException("the test clock moves in whole microseconds: " + amount);
    }
    return now.updateAndGet(instant -> instant.plus(amount));
  }

  /**
   * Today in the clock's zone (UTC unless {@link #withZone} was used).
   *
   * @return the date at the clock's instant
   */
  public LocalDate today() {
    return LocalDate.ofInstant(instant(), zone);
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  /** A view of this clock in another zone; moving either moves both. */
  @Override
  public Clock withZone(ZoneId newZone) {
    return new TestClock(now, requireNonNull(newZone, "zone"));
  }

  @Override
  public String toString() {
    return "TestClock[" + instant() + ", " + zone + "]";
  }

  private static Instant truncate(Instant instant) {
    return requireNonNull(instant, "instant").truncatedTo(ChronoUnit.MICROS);
  }
}
