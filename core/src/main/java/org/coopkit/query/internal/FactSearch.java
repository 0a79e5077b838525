package org.coopkit.query.internal;

import java.util.UUID;
import org.coopkit.model.source.AggregateKind;
import org.coopkit.model.source.Fact;
import org.coopkit.model.source.FactPath;
import org.coopkit.model.source.FactProvenance;
import org.coopkit.model.source.SourceId;
import org.coopkit.query.FactQuery;

/**
 * How a store carries out a {@link FactQuery}: which facts' provenance matches, and the cursor
 * after a page.
 *
 * <p>Not API: public for coopkit's own stores, and may change in any release.
 */
public final class FactSearch {
  private FactSearch() {}

  /**
   * Whether {@code provenance} matches every filter of {@code query} (the cursor aside).
   *
   * @param query the query
   * @param provenance a stored provenance
   * @return {@code true} if it matches
   */
  public static boolean matches(FactQuery query, FactProvenance provenance) {
    Fact f = provenance.fact();
    AggregateKind kind = query.kind();
    UUID aggregateId = query.aggregateId();
    FactPath path = query.path();
    SourceId source = query.source();
    return (kind == null || f.kind() == kind)
        && (aggregateId == null || f.aggregateId().equals(aggregateId))
        && (path == null || f.path().equals(path))
        && (source == null || provenance.allSources().contains(source))
        && (!query.contested() || provenance.isContested())
        && (!query.unsourced() || !provenance.isSourced());
  }

  /**
   * The next-page cursor of a page that ends with {@code last}: kind, aggregate id and path, which
   * {@link FactQuery#after(String)} reads.
   *
   * @param last the last fact of a page
   * @return the cursor
   */
  public static String cursorAfter(FactProvenance last) {
    Fact f = last.fact();
    return f.kind().name() + "/" + f.aggregateId() + "/" + f.path();
  }
}
