package org.coopkit.model.event;

import static java.util.Objects.requireNonNull;

import java.util.UUID;
import org.coopkit.internal.Validator;
import org.coopkit.model.IdGenerator;

/**
 * Identifies an {@link Event}.
 *
 * @param value the UUID, time-ordered (version 7) when made by an {@link IdGenerator}
 * @since 0.1.0
 */
public record EventId(UUID value) implements Comparable<EventId> {
  /**
   * Checks that the UUID is present.
   *
   * @param value the UUID
   * @throws NullPointerException if {@code value} is null
   */
  public EventId {
    requireNonNull(value, "value");
  }

  /**
   * Wraps a UUID.
   *
   * @param value the UUID, of any version
   * @return the id wrapping {@code value}
   */
  public static EventId of(UUID value) {
    return new EventId(value);
  }

  /**
   * Reads the canonical text form, as given by {@link #toString()}.
   *
   * @param text the UUID in its usual hyphenated form; surrounding blanks are ignored
   * @return the id
   * @throws org.coopkit.error.ValidationException if {@code text} is not a UUID
   */
  public static EventId parse(String text) {
    try {
      return new EventId(UUID.fromString(text.strip()));
    } catch (IllegalArgumentException e) {
      Validator v = Validator.of("EventId");
      v.add("value", "must be a UUID", text);
      v.throwIfInvalid();
      throw new AssertionError(e);
    }
  }

  /**
   * Makes a new id with the given generator.
   *
   * @param generator the source of new UUIDs
   * @return a new id, never returned before by the same generator
   */
  public static EventId generate(IdGenerator generator) {
    return new EventId(generator.next());
  }

  /**
   * Orders by the UUID's 128 bits read as an unsigned number, the order databases use, so that
   * time-ordered ids sort by creation time everywhere.
   */
  @Override
  public int compareTo(EventId other) {
    int high =
        Long.compareUnsigned(value.getMostSignificantBits(), other.value.getMostSignificantBits());
    return high != 0
        ? high
        : Long.compareUnsigned(
            value.getLeastSignificantBits(), other.value.getLeastSignificantBits());
  }

  /** The canonical UUID text, e.g. {@code 0190a5b4-8f3e-7c1a-9b2d-4e5f6a7b8c9d}. */
  @Override
  public String toString() {
    return value.toString();
  }
}
