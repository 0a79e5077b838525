/**
 * What coopkit records about each change of an aggregate: who changed which aggregate, when, to
 * which version, and field by field what changed ({@link org.coopkit.history.Change}); read per
 * aggregate through {@link org.coopkit.service.HistoryService} and in commit order through {@link
 * org.coopkit.service.ChangeFeed}.
 *
 * @since 0.2.0
 */
@NullMarked
package org.coopkit.history;

import org.jspecify.annotations.NullMarked;
