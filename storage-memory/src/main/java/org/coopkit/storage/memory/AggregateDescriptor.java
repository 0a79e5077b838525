package org.coopkit.storage.memory;

import static java.util.Objects.requireNonNull;

import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * What a table needs to know about one kind of aggregate: its name in errors, how to read its id,
 * version and sort key, and how its id maps to and from the UUID a cursor carries.
 *
 * @param <I> the id type
 * @param <A> the aggregate type
 */
final class AggregateDescriptor<I extends Comparable<I>, A> {
  private final String name;
  private final Function<A, I> id;
  private final ToLongFunction<A> version;
  private final Function<A, String> sortKey;
  private final Function<I, UUID> toUuid;
  private final Function<UUID, I> fromUuid;
  private final BiFunction<String, UUID, String> cursor;

  AggregateDescriptor(
      String name,
      Function<A, I> id,
      ToLongFunction<A> version,
      Function<A, String> sortKey,
      Function<I, UUID> toUuid,
      Function<UUID, I> fromUuid,
      BiFunction<String, UUID, String> cursor) {
    this.name = requireNonNull(name, "name");
    this.id = requireNonNull(id, "id");
    this.version = requireNonNull(version, "version");
    this.sortKey = requireNonNull(sortKey, "sortKey");
    this.toUuid = requireNonNull(toUuid, "toUuid");
    this.fromUuid = requireNonNull(fromUuid, "fromUuid");
    this.cursor = requireNonNull(cursor, "cursor");
  }

  /** The kind as errors name it, e.g. {@code "Event"}. */
  String name() {
    return name;
  }

  I idOf(A aggregate) {
    return id.apply(aggregate);
  }

  long versionOf(A aggregate) {
    return version.applyAsLong(aggregate);
  }

  IndexKey<I> keyOf(A aggregate) {
    return new IndexKey<>(sortKey.apply(aggregate), id.apply(aggregate));
  }

  UUID uuidOf(I id) {
    return toUuid.apply(id);
  }

  I idFrom(UUID uuid) {
    return fromUuid.apply(uuid);
  }

  /** The next-page cursor after {@code key}, tagged as the query of this kind tags it. */
  String cursorAfter(IndexKey<I> key) {
    return cursor.apply(key.sortKey(), toUuid.apply(key.id()));
  }
}
