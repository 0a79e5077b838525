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
  private final MultiIndex<OrganisationId, Organisation, OrganisationId> byParent;
  private final MultiIndex<OrganisationId, Organisation, OrganisationType> byType;
  private final MultiIndex<OrganisationId, Organisation, CountryCode> byCountry;
  private final MultiIndex<OrganisationId, Organisation, ExternalId> byExternalId;
  private final MultiIndex<OrganisationId, Organisation, String> byName;

  private OrganisationTable(
      AggregateDescriptor<OrganisationId, Organisation> kind,
      MultiIndex<OrganisationId, Organisation, OrganisationId> byParent,
      MultiIndex<OrganisationId, Organisation, OrganisationType> byType,
      MultiIndex<OrganisationId, Organisation, CountryCode> byCountry,
      MultiIndex<OrganisationId, Organisation, ExternalId> byExternalId,
      MultiIndex<OrganisationId, Organisation, String> byName) {
    super(kind, List.of(byParent, byType, byCountry, byExternalId, byName));
    this.byParent = byParent;
    this.byType = byType;
    this.byCountry = byCountry;
    this.byExternalId = byExternalId;
    this.byName = byName;
  }

  static OrganisationTable create() {
    AggregateDescriptor<OrganisationId, Organisation> kind =
        new AggregateDescriptor<>(
            "Organisation",
            Organisation::id,
            Organisation::version,
            OrganisationSearch::sortKey,
            OrganisationId::value,
            OrganisationId::of,
            OrganisationSearch::cursor);
    return new OrganisationTable(
        kind,
        new MultiIndex<>(o -> Optional.ofNullable(o.parent()).stream().toList()),
        new MultiIndex<>(o -> List.of(o.type())),
        new MultiIndex<>(o -> Optional.ofNullable(o.country()).stream().toList()),
        new MultiIndex<>(Organisation::externalIds),
        new MultiIndex<>(OrganisationSearch::nameKeys));
  }

  /** The organisations with this name key, in page order. */
  List<Organisation> byName(String foldedName) {
    NavigableMap<IndexKey<OrganisationId>, Organisation> entries = byName.entries(foldedName);
    return entries == null ? List.of() : List.copyOf(entries.values());
  }

  @Override
  Page<Organisation> find(OrganisationQuery query) {
    PageWalk<OrganisationId, Organisation> walk = walk();
    walk.narrow(byParent, query.parents());
    walk.narrow(byType, query.types());
    walk.narrow(byCountry, query.countries());
    walk.narrow(byExternalId, query.externalIds());
    return walk.page(
        organisation -> OrganisationSearch.matches(query, organisation),
        query.direction(),
        query.limit(),
        query.after());
  }
}
