package org.coopkit.model;

import java.time.Instant;

/**
 * An aggregate the services store with a version and the times it was first and last stored.
 *
 * <p>The services stamp these values on every write: a new aggregate becomes version 1, created and
 * updated at that moment; a change raises the version by one, keeps the creation time and sets the
 * update time. A change or a deletion names the version it was made from, and is refused when the
 * stored version is another, so that two writers cannot overwrite each other unseen. A restored
 * aggregate keeps the stamps it was exported with, unless it has none (version 0). Host
 * applications read these values and otherwise leave them alone.
 *
 * @since 0.2.0
 */
public interface Versioned {
  /**
   * The stored version, 0 before the first store.
   *
   * @return the stored version, 0 before the first store
   */
  long version();

  /**
   * When it was first stored; {@link Instant#EPOCH} before the first store.
   *
   * @return when it was first stored
   */
  Instant createdAt();

  /**
   * When it was last stored; {@link Instant#EPOCH} before the first store.
   *
   * @return when it was last stored
   */
  Instant updatedAt();

  /**
   * The part of an aggregate's builder that sets the stamps, which the services and stores use; a
   * host application sets them only to restore an export.
   *
   * @param <B> the aggregate's own builder, which each setter returns
   * @since 0.2.0
   */
  interface Builder<B extends Builder<B>> {
    /**
     * Sets {@link Versioned#version()}.
     *
     * @param version the stored version, 0 before the first store; must not be negative
     * @return this builder
     */
    B version(long version);

    /**
     * Sets {@link Versioned#createdAt()}.
     *
     * @param createdAt when it was first stored
     * @return this builder
     * @throws NullPointerException if {@code createdAt} is null
     */
    B createdAt(Instant createdAt);

    /**
     * Sets {@link Versioned#updatedAt()}.
     *
     * @param updatedAt when it was last stored; not before {@code createdAt}
     * @return this builder
     * @throws NullPointerException if {@code updatedAt} is null
     */
    B updatedAt(Instant updatedAt);
  }
}
