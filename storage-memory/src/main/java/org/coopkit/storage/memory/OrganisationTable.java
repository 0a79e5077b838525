package org.coopkit.storage.memory;

import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import org.coopkit.model.CountryCode;
import org.coopkit.model.ExternalId;
import org.coopkit.model.organisation.Organisation;
import org.coopkit.model.organisation.OrganisationId;
import org.coopkit.model.organisation.OrganisationType;
import org.coopkit.query.OrganisationQuery;
import org.coopkit.query.Page;
import org.coopkit.query.internal.OrganisationSearch;

/**
 * Organisations, sorted by folded English name and id, and indexed by parent, type, country,
 * external id and name key ({@link OrganisationSearch#nameKeys}).
 */
final class OrganisationTable extends SortedTable<OrganisationId, Organisation, OrganisationQuery> {
  private final MultiIndex<OrganisationId, Organisation, OrganisationId> byParent =
      indexed(new MultiIndex<>(o -> Optional.ofNullable(o.parent()).stream().toList()));
  private final MultiIndex<OrganisationId, Organisation, OrganisationType> byType =
      indexed(new MultiIndex<>(o -> List.of(o.type())));
  private final MultiIndex<OrganisationId, Organisation, CountryCode> byCountry =
      indexed(new MultiIndex<>(o -> Optional.ofNullable(o.country()).stream().toList()));
  private final MultiIndex<OrganisationId, Organisation, ExternalId> byExternalId =
      indexed(new MultiIndex<>(Organisation::externalIds));
  private final MultiIndex<OrganisationId, Organisation, String> byName =
      indexed(new MultiIndex<>(OrganisationSearch::nameKeys));

  private OrganisationTable() {
    super(
        new AggregateDescriptor<>(
            "Organisation",
            Organisation::id,
            Organisation::version,
            OrganisationSearch::sortKey,
            OrganisationId::value,
            OrganisationId::of,
            OrganisationSearch::cursor));
  }

  static OrganisationTable create() {
    return new OrganisationTable();
  }

  /** The organisations with this name key, in page order. */
  List<Organisation> byName(String foldedName) {
    NavigableMap<IndexKey<OrganisationId>, Organisation> entries = byName.entries(foldedName);
    return entries == null ? List.of() : List.copyOf(entries.values());
  }

  @Override
  Page<Organisation> find(OrganisationQuery query) {
    SortedTablePager<OrganisationId, Organisation> pager = pager();
    pager.narrow(byParent, query.parents());
    pager.narrow(byType, query.types());
    pager.narrow(byCountry, query.countries());
    pager.narrow(byExternalId, query.externalIds());
    return pager.page(
        organisation -> OrganisationSearch.matches(query, organisation),
        query.direction(),
        query.limit(),
        query.after());
  }
}
