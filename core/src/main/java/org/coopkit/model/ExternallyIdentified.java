package org.coopkit.model;

import java.util.List;

/**
 * An aggregate that other systems know by identifiers of their own, e.g. an IATI activity or
 * organisation identifier or an entry in a donor's directory. Its service finds it by any of them.
 *
 * @since 0.2.0
 */
public interface ExternallyIdentified {
  /**
   * Identifiers of it in other systems, each once, in the order given; at most {@value
   * Limits#LIST}.
   *
   * @return the identifiers, possibly empty, unmodifiable
   */
  List<ExternalId> externalIds();

  /**
   * The part of an aggregate's builder that sets its external identifiers.
   *
   * @param <B> the aggregate's own builder, which each setter returns
   * @since 0.2.0
   */
  interface Builder<B extends Builder<B>> {
    /**
     * Sets {@link ExternallyIdentified#externalIds()}, replacing any given before; the list is
     * copied.
     *
     * @param externalIds the identifiers
     * @return this builder
     * @throws NullPointerException if {@code externalIds} or one of them is null
     */
    B externalIds(List<ExternalId> externalIds);

    /**
     * Appends {@code externalId} to the identifiers given so far.
     *
     * @param externalId the identifier to append
     * @return this builder
     * @throws NullPointerException if {@code externalId} is null
     */
    B addExternalId(ExternalId externalId);
  }
}
