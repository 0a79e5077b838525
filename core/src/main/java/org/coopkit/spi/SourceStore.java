package org.coopkit.spi;

import org.coopkit.model.source.Source;
import org.coopkit.model.source.SourceId;
import org.coopkit.query.SourceQuery;

/**
 * Stores sources. {@link #find} returns the sources with the query's {@linkplain SourceQuery#link()
 * link} (all when it has none) whose ids follow its cursor, in the order of their ids, the cursor
 * being the last id.
 *
 * @since 0.2.0
 */
public interface SourceStore extends AggregateStore<SourceId, Source, SourceQuery> {}
