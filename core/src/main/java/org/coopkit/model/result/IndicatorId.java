package org.coopkit.model.result;

import static java.util.Objects.requireNonNull;

import java.util.UUID;
import org.coopkit.model.internal.Uuids;
import org.coopkit.model.internal.Validator;

/**
 * Identifies an {@link Indicator} of a result.
 *
 * @param value the UUID, time-ordered (version 7) when made by an {@link
 *     org.coopkit.model.IdGenerator}
 * @since 0.2.0
 */
public record IndicatorId(UUID value) implements Comparable<IndicatorId> {
  /**
   * Checks that the UUID is present.
   *
   * @param value the UUID
   * @throws NullPointerException if {@code value} is null
   */
  public IndicatorId {
    requireNonNull(value, "value");
  }

  /**
   * Wraps a UUID.
   *
   * @param value the UUID, of any version
   * @return the id wrapping {@code value}
   */
  public static IndicatorId of(UUID value) {
    return new IndicatorId(value);
  }

  /**
   * Reads the canonical text form, as given by {@link #toString()}: the 8-4-4-4-12 UUID form, 36
   * characters, hex digits in either case and nothing around them (the grammar of every typed id,
   * and of ids in coopkit's JSON).
   *
   * @param text the UUID text
   * @return the id
   * @throws org.coopkit.error.ValidationException if {@code text} is not in that form
   */
  public static IndicatorId parse(String text) {
    return new IndicatorId(Validator.uuid(text, "IndicatorId"));
  }

  /**
   * Orders by the UUID's 128 bits read as an unsigned number, the order databases use, so that
   * time-ordered ids sort by creation time everywhere.
   */
  @Override
  public int compareTo(IndicatorId other) {
    return Uuids.compare(value, other.value);
  }

  /** The canonical UUID text, e.g. {@code 0190a5b4-8f3e-7c1a-9b2d-4e5f6a7b8c9d}. */
  @Override
  public String toString() {
    return value.toString();
  }
}
