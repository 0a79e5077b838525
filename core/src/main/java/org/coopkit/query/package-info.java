/**
 * Queries over the stored aggregates, their sort orders, and keyset-paginated results.
 *
 * <p>Within one filter, values are alternatives (any of them matches); different filters must all
 * match. An empty filter does not restrict. Every query is sorted by a key and then by id, so pages
 * neither repeat nor skip an aggregate while others insert.
 *
 * @since 0.1.0
 */
@NullMarked
package org.coopkit.query;

import org.jspecify.annotations.NullMarked;
