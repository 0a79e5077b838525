package org.coopkit.spi;

import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.query.OrganisationQuery;

/**
 * Stores organisations.
 *
 * @since 0.1.0
 */
public interface OrganisationStore
    extends AggregateStore<OrganisationId, Organisation, OrganisationQuery> {}
