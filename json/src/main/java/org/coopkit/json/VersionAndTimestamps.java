package org.coopkit.json;

import java.time.Instant;
import org.coopkit.model.Versioned;
import tools.jackson.core.JsonGenerator;

/**
 * An aggregate's version and timestamps, the stamps the store sets: {@code version}, {@code
 * createdAt}, {@code updatedAt}. They are written for a stored aggregate and left out for one never
 * stored (version 0 and both timestamps at the epoch, as the builders make it), and read all three
 * or none.
 */
final class VersionAndTimestamps {
  static final String VERSION = "version";
  static final String CREATED_AT = "createdAt";
  static final String UPDATED_AT = "updatedAt";

  private VersionAndTimestamps() {}

  static void write(JsonGenerator g, Versioned aggregate) {
    long version = aggregate.version();
    Instant createdAt = aggregate.createdAt();
    Instant updatedAt = aggregate.updatedAt();
    if (version == 0 && createdAt.equals(Instant.EPOCH) && updatedAt.equals(Instant.EPOCH)) {
      return;
    }
    g.writeNumberProperty(VERSION, version);
    g.writeStringProperty(CREATED_AT, createdAt.toString());
    g.writeStringProperty(UPDATED_AT, updatedAt.toString());
  }

  /** Fails unless the object had all three stamps or none. */
  static void check(ShapedObjectReader r) {
    r.allOrNone(VERSION, CREATED_AT, UPDATED_AT);
  }
}
