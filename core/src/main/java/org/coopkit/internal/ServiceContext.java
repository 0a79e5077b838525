package org.coopkit.internal;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.coopkit.error.BrokenReferenceException;
import org.coopkit.error.ConflictException;
import org.coopkit.error.DuplicateException;
import org.coopkit.model.ExternalId;
import org.coopkit.model.ExternallyIdentified;
import org.coopkit.model.internal.Validator;
import org.coopkit.query.Page;
import org.coopkit.spi.AggregateStore;
import org.coopkit.spi.StorageSession;
import org.coopkit.spi.TransactionMode;
import org.coopkit.spi.TransactionalWork;
import org.jspecify.annotations.Nullable;

/**
 * What every service needs: where its calls run (a unit of work, or a transaction of their own),
 * the clock, and the checks they share.
 */
final class ServiceContext {
  private final UnitRunner runner;
  private final @Nullable Unit bound;
  private final Clock clock;

  /**
   * @param bound the unit the services are bound to, or {@code null} for services that join the
   *     unit running on the calling thread, if any
   */
  ServiceContext(UnitRunner runner, @Nullable Unit bound, Clock clock) {
    this.runner = runner;
    this.bound = bound;
    this.clock = clock;
  }

  <T> T read(TransactionalWork<T> work) {
    return runner.call(bound, TransactionMode.READ_ONLY, work);
  }

  <T> T write(TransactionalWork<T> work) {
    return runner.call(bound, TransactionMode.READ_WRITE, work);
  }

  /** The unit of work this call runs in, or {@code null} if it runs in a transaction of its own. */
  @Nullable Unit unit() {
    return bound != null ? bound : runner.current();
  }

  /**
   * The current instant, cut to microseconds: the finest that every database keeps, so a value read
   * back equals the one stored.
   */
  Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  /** Who acts now, as the history names actors. */
  String actor() {
    return runner.recording().actor();
  }

  /** Today in UTC, for "active today" questions. */
  LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  /** Fails on the first of {@code ids} that the store does not hold; one query for all. */
  static <I> void requireExisting(
      AggregateStore<I, ?, ?> store, List<I> ids, String path, String kind) {
    requireExisting(store, ids, i -> path + "[" + i + "]", kind);
  }

  /**
   * Fails on the first of {@code ids} that the store does not hold, naming it by {@code pathOf} its
   * index; one query for all.
   */
  static <I> void requireExisting(
      AggregateStore<I, ?, ?> store, List<I> ids, IntFunction<String> pathOf, String kind) {
    if (ids.isEmpty()) {
      return;
    }
    Set<I> found = store.existing(ids);
    for (int i = 0; i < ids.size(); i++) {
      if (!found.contains(ids.get(i))) {
        throw new BrokenReferenceException(pathOf.apply(i), kind, String.valueOf(ids.get(i)));
      }
    }
  }

  /** Fails unless the version the caller read is the stored one. */
  static void requireVersion(String kind, Object id, long expected, long actual) {
    if (expected != actual) {
      throw new ConflictException(kind, String.valueOf(id), expected, actual);
    }
  }

  /** Every result of a paged query, page after page. */
  static <T, Q> List<T> all(
      Q first, Function<Q, Page<T>> find, java.util.function.BiFunction<Q, String, Q> next) {
    List<T> all = new ArrayList<>();
    Q query = first;
    while (true) {
      Page<T> page = find.apply(query);
      all.addAll(page.items());
      if (page.nextCursor() == null) {
        return all;
      }
      query = next.apply(query, page.nextCursor());
    }
  }

  /** Whether any aggregate matches {@code query}. */
  static <T, Q> boolean any(Q query, Function<Q, Page<T>> find) {
    return !find.apply(query).items().isEmpty();
  }

  /**
   * The one aggregate of {@code kind} that carries {@code externalId}, from {@code found}: a search
   * for it limited to two.
   *
   * @throws DuplicateException naming the kind's external ids when two carry it
   */
  static <T> Optional<T> theOneWith(String kind, ExternalId externalId, Page<T> found) {
    List<T> items = found.items();
    if (items.size() > 1) {
      throw new DuplicateException(kind + ".externalIds", externalId.toString());
    }
    return items.stream().findFirst();
  }

  /** Writes {@code next} over {@code found}, an aggregate of the same kind a search returned. */
  @FunctionalInterface
  interface FoundReplacement<A> {
    A replace(StorageSession s, A found, A next);
  }

  /**
   * Upserts {@code aggregate} by one of its external ids, the same for every kind that has them:
   * the id must be one the aggregate holds; when no stored aggregate carries it, the aggregate is
   * inserted as new, else it replaces the one that does, in the same transaction.
   *
   * @param find the one stored aggregate that carries an external id, if any
   * @param insertNew writes an aggregate as new, stamping it
   * @param replaceFound writes an aggregate over the one found, in its id and version
   * @throws org.coopkit.error.ValidationException naming {@code externalIds} if the aggregate does
   *     not hold {@code externalId}
   */
  <A extends ExternallyIdentified> A upsertByExternalId(
      String kind,
      ExternalId externalId,
      A aggregate,
      BiFunction<StorageSession, ExternalId, Optional<A>> find,
      BiFunction<StorageSession, A, A> insertNew,
      FoundReplacement<A> replaceFound) {
    requireNonNull(externalId, "externalId");
    requireHeld(kind, externalId, aggregate.externalIds());
    return write(s -> upsert(s, find.apply(s, externalId), aggregate, insertNew, replaceFound));
  }

  /** Writes {@code aggregate} over what was {@code found}, or as new when nothing was. */
  private static <A> A upsert(
      StorageSession s,
      Optional<A> found,
      A aggregate,
      BiFunction<StorageSession, A, A> insertNew,
      FoundReplacement<A> replaceFound) {
    return found.isPresent()
        ? replaceFound.replace(s, found.get(), aggregate)
        : insertNew.apply(s, aggregate);
  }

  /**
   * Refuses to upsert an aggregate of {@code kind} by an external id it does not hold.
   *
   * @throws org.coopkit.error.ValidationException naming the field {@code externalIds}
   */
  private static void requireHeld(String kind, ExternalId externalId, List<ExternalId> held) {
    Validator v = Validator.of(kind);
    v.check(
        held.contains(externalId),
        "externalIds",
        "must hold the external id the " + kind.toLowerCase(Locale.ROOT) + " is upserted by",
        externalId);
    v.throwIfInvalid();
  }
}
