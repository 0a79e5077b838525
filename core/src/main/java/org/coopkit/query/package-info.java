/**
 * Queries over the stored aggregates, their sort orders, and keyset-paginated results.
 *
 * <p>Within one filter, values are alternatives (any of them matches); different filters must all
 * match. An empty filter does not restrict. Every query is sorted by a key and then by id, so pages
 * neither repeat nor skip an aggregate while others insert.
 *
 * <p>Texts are compared folded: decomposed (NFKD), without combining marks (accents), lower-cased
 * without regard to locale, and with every run of characters other than letters and digits turned
 * into one space. So {@code "Céline DEWAELE"} folds to {@code "celine dewaele"}; Armenian, Georgian
 * and Cyrillic letters stay letters and fold case where their script has it. A free-text filter
 * matches when the folded text occurs in the folded texts it searches; a name prefix matches when
 * it starts a word of the folded name. Sorting by a folded key compares Unicode code points.
 *
 * @since 0.1.0
 */
@NullMarked
package org.coopkit.query;

import org.jspecify.annotations.NullMarked;
