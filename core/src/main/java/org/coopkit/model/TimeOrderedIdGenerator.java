package org.coopkit.model;

import static java.util.Objects.requireNonNull;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * RFC 9562 UUID version 7: 48 bits of Unix time in milliseconds, the version, 12 bits {@code
 * rand_a} used as a counter, the variant, and 62 random bits.
 *
 * <p>Within one millisecond the counter is incremented (RFC 9562, section 6.2, method 1), so ids
 * from one generator are strictly increasing. The counter starts at a random value in its lower
 * half, which leaves at least 2048 ids per millisecond before it runs out; then the timestamp is
 * moved one millisecond ahead of the clock, and the clock catches up later. For the same reason a
 * clock that goes back never makes ids go back.
 */
final class TimeOrderedIdGenerator implements IdGenerator {
  static final IdGenerator SYSTEM = new TimeOrderedIdGenerator(Clock.systemUTC());

  private static final long MAX_TIMESTAMP = (1L << 48) - 1;
  private static final int COUNTER_MAX = 0xFFF;
  private static final int COUNTER_START_BOUND = 0x800;
  private static final long VERSION_7 = 0x7000L;
  private static final long VARIANT = 0x8000_0000_0000_0000L;
  private static final long RAND_B_MASK = 0x3FFF_FFFF_FFFF_FFFFL;

  private final Clock clock;
  // SecureRandom so that ids from separate processes in the same millisecond do not collide.
  private final SecureRandom random = new SecureRandom();

  // Guarded by this.
  private long lastTimestamp = -1;
  private int counter;

  TimeOrderedIdGenerator(Clock clock) {
    this.clock = requireNonNull(clock, "clock");
  }

  @Override
  public UUID next() {
    long timestamp;
    int sequence;
    synchronized (this) {
      long now = clock.millis();
      if (now < 0 || now > MAX_TIMESTAMP) {
        throw new IllegalStateException("clock outside the UUIDv7 range: " + now + " ms");
      }
      if (now > lastTimestamp) {
        lastTimestamp = now;
        counter = random.nextInt(COUNTER_START_BOUND);
      } else if (counter < COUNTER_MAX) {
        counter++;
      } else {
        // Counter exhausted in this millisecond: borrow the next one.
        if (lastTimestamp == MAX_TIMESTAMP) {
          throw new IllegalStateException("UUIDv7 timestamp range exhausted");
        }
        lastTimestamp++;
        counter = random.nextInt(COUNTER_START_BOUND);
      }
      timestamp = lastTimestamp;
      sequence = counter;
    }
    long msb = (timestamp << 16) | VERSION_7 | sequence;
    long lsb = VARIANT | (random.nextLong() & RAND_B_MASK);
    return new UUID(msb, lsb);
  }

  @Override
  public String toString() {
    return "IdGenerator.timeOrdered(" + clock + ")";
  }
}
