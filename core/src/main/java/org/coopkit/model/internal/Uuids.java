package org.coopkit.model.internal;

import java.util.UUID;

/** The order every typed id sorts by, kept in one place for all of them. */
public final class Uuids {
  private Uuids() {}

  /**
   * Compares two UUIDs as unsigned 128-bit numbers, the order databases use, so that time-ordered
   * ids sort by creation time everywhere. {@link UUID#compareTo} compares signed halves and would
   * put ids from the upper half of the range first.
   *
   * @param a one UUID
   * @param b the other
   * @return negative, zero or positive as {@code a} sorts before, with or after {@code b}
   */
  public static int compare(UUID a, UUID b) {
    int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
    return high != 0
        ? high
        : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
  }
}
