/**
 * What the queries and the stores share to match, sort and page alike: the folded search text of
 * each aggregate and the order of sort keys ({@link org.coopkit.query.internal.SearchText}), the
 * text form of cursors ({@link org.coopkit.query.internal.Cursors}), and for each kind of query
 * which items it matches, their sort key and the cursor after a page ({@code OrganisationSearch},
 * {@code ProjectSearch}, {@code EventSearch}, {@code ContactSearch}, {@code SourceSearch}, {@code
 * FactSearch}). The queries use it to read cursors; coopkit's stores and contract kit use it to
 * carry out queries and to fill and search the columns they index. Not part of the API: types here
 * may change or go away in any release, whatever their visibility.
 */
@NullMarked
package org.coopkit.query.internal;

import org.jspecify.annotations.NullMarked;
