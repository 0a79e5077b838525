package org.coopkit.history;

/**
 * What a change did to its aggregate.
 *
 * @since 0.2.0
 */
public enum ChangeKind {
  /** The aggregate was stored for the first time (created, registered, restored or upserted). */
  CREATED,
  /** The stored aggregate was replaced by a new version (an update, an erasure, an upsert). */
  UPDATED,
  /** The aggregate was deleted. */
  DELETED
}
