package org.coopkit.history;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;

/**
 * One recorded change of one aggregate: an entry of its {@linkplain
 * org.coopkit.service.HistoryService history}, and of the {@linkplain
 * org.coopkit.service.ChangeFeed change feed}. Recorded in the transaction that made the change, so
 * it exists exactly when the change was committed.
 *
 * @param position where the change stands in the feed: unique, and greater for a change committed
 *     later; {@code 0} only before it is stored
 * @param aggregateKind the kind of aggregate, the model class's simple name: {@code Project},
 *     {@code Event}, {@code Contact}, {@code Organisation}, {@code Source}, {@code Logframe}, or
 *     {@code FactProvenance} for the provenance of one fact
 * @param aggregateId the aggregate's id, as the UUID text of its typed id; for a fact's provenance,
 *     the id described at {@link
 *     org.coopkit.service.HistoryService#of(org.coopkit.model.source.Fact, String, int)}
 * @param version the version the change produced; for a deletion, the version deleted
 * @param kind whether the aggregate was created, updated or deleted
 * @param at when the change was made, by the clock of {@link org.coopkit.Coopkit}
 * @param actor who made it, as the host named them (see {@link org.coopkit.Coopkit#actingAs});
 *     {@value #SYSTEM} when the host named no one
 * @param fields what changed, field by field, in path order; empty for a deletion
 * @since 0.2.0
 */
public record Change(
    long position,
    String aggregateKind,
    String aggregateId,
    long version,
    ChangeKind kind,
    Instant at,
    String actor,
    List<FieldChange> fields) {
  /** The actor of a change made when the host named none: {@value}. */
  public static final String SYSTEM = "system";

  /**
   * Checks that every component is present and copies the fields into an immutable list.
   *
   * @param position the feed position
   * @param aggregateKind the kind of aggregate
   * @param aggregateId the aggregate's id
   * @param version the version produced
   * @param kind what the change did
   * @param at when it was made
   * @param actor who made it
   * @param fields what changed
   * @throws NullPointerException if a component is null
   */
  public Change {
    requireNonNull(aggregateKind, "aggregateKind");
    requireNonNull(aggregateId, "aggregateId");
    requireNonNull(kind, "kind");
    requireNonNull(at, "at");
    requireNonNull(actor, "actor");
    fields = ImmutableList.copyOf(requireNonNull(fields, "fields"));
  }

  /**
   * This change at another feed position; stores call it when they place a change in the feed.
   *
   * @param newPosition the feed position
   * @return a copy at {@code newPosition}
   */
  public Change atPosition(long newPosition) {
    return new Change(newPosition, aggregateKind, aggregateId, version, kind, at, actor, fields);
  }

  /**
   * This change with the values of its personal fields erased (see {@link FieldChange#erased()}).
   *
   * @return the change as it may be kept once the person is erased
   */
  public Change erased() {
    return new Change(
        position,
        aggregateKind,
        aggregateId,
        version,
        kind,
        at,
        actor,
        fields.stream().map(FieldChange::erased).toList());
  }
}
