/**
 * What the queries and the stores share to match and sort alike: the folded search text of each
 * aggregate and the order of sort keys. The queries use it to decide what matches; coopkit's stores
 * use it to fill and search the columns they index. Not part of the API: types here may change or
 * go away in any release, whatever their visibility.
 */
@NullMarked
package org.coopkit.query.internal;

import org.jspecify.annotations.NullMarked;
