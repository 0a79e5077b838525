package org.coopkit.query;

import java.util.Set;
import org.coopkit.model.ExternalId;

/**
 * A search that can keep only what carries given identifiers of other systems, as an aggregate
 * lists them in its {@code externalIds()}. {@link EventQuery}, {@link ProjectQuery}, {@link
 * ContactQuery} and {@link OrganisationQuery} have this filter.
 *
 * <p>Only coopkit's queries implement it; it may gain methods.
 *
 * @since 0.2.0
 */
public interface ExternalIdFilter {
  /**
   * Keeps only what carries any of these identifiers of other systems, compared as {@link
   * ExternalId#equals} does (the scheme in lower case, the value exactly). Empty, as a builder
   * starts, for no such filter; each value the builder adds widens it.
   *
   * @return the identifiers, in the order added
   */
  Set<ExternalId> externalIds();

  /**
   * The setter of an external-id filter's builder.
   *
   * @param <B> the builder's own type, which the setter returns
   * @since 0.2.0
   */
  interface Builder<B extends Builder<B>> {
    /**
     * Adds {@code externalId} to the query's {@link ExternalIdFilter#externalIds()}.
     *
     * @param externalId the value to add
     * @return this builder
     * @throws NullPointerException if {@code externalId} is null
     */
    B externalId(ExternalId externalId);
  }
}
